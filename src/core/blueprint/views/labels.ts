/**
 * The words of the preview and the export, in English and Dutch. The views
 * read them through the live binding LABELS, which the preview page and the
 * export commands set once from VS Code's display language before rendering:
 * rendering is synchronous, and threading a language through every view
 * function would only repeat it.
 */
import { languageOf, type Texts } from '../../language';

const EN = {
  views: { blueprint: 'Blueprint', customer: 'Customer journey', employee: 'Employee journey', walkthrough: 'Walkthrough' },
  lanes: {
    customer: 'Customer',
    emotion: 'Emotion',
    front: 'Front office',
    back: 'Back office',
    partner: 'Partners',
    system: 'Systems',
  },
  partner: 'Partner',
  lineOfInteraction: 'Line of interaction',
  lineOfVisibility: 'Line of visibility',
  stage: 'Stage',
  step: 'Step',
  noStage: '(no stage)',
  human: 'human',
  selfService: 'self-service',
  unknown: 'not declared',
  fallback: 'Fallback',
  noFallback: 'No fallback',
  asks: 'Asks',
  promise: 'Promise',
  by: 'by',
  within: 'within',
  pain: 'Pain',
  idea: 'Idea',
  momentOfTruth: 'Moment of truth',
  kano: 'Kano',
  end: 'End',
  noTeam: '(no team or partner)',
  receives: 'Receives from',
  handsOn: 'Hands on to',
  system: 'System',
  instruction: 'Instruction',
  agreement: 'Agreement',
  noAgreement: 'no agreement',
  sla: 'SLA',
  partnerFallback: 'If the partner fails',
  script: 'Script',
  behind: 'Behind the scenes',
  partners: 'Partners',
  findings: 'Findings',
  noFindings: 'No findings',
  findingCount: (n: number) => `${n} finding${n === 1 ? '' : 's'}`,
  journeyFindings: 'About the whole journey',
  persona: 'Persona',
  need: 'Need',
  outcome: 'Outcome',
  owner: 'Owner',
  reviewed: 'Reviewed',
  previous: 'Previous',
  next: 'Next',
  stepOf: (n: number, total: number) => `Step ${n} of ${total}`,
  emotionOf: (e: number) => `emotion ${e > 0 ? '+' : ''}${e}`,
  noSteps: 'This journey has no steps yet.',
  stale: 'Showing the last version that could be read.',
  handoff: { clear: 'clear handoff', unclear: 'unclear handoff', pingpong: 'ping-pong' },
  legend: 'Handoffs',
  severity: { error: 'error', warning: 'warning', info: 'info', hint: 'hint' },
  untitled: 'Untitled journey',
  gives: 'gives',
  blueprintOf: (title: string) => `Service blueprint: ${title}`,
  employeeOf: (title: string) => `Employee journey: ${title}`,
  findingsPerCheck: 'Findings per check',
  viewSwitch: 'Views',
};

export type Labels = typeof EN;

const NL: Labels = {
  views: { blueprint: 'Blueprint', customer: 'Klantreis', employee: 'Medewerkersreis', walkthrough: 'Stap voor stap' },
  lanes: {
    customer: 'Klant',
    emotion: 'Emotie',
    front: 'Frontoffice',
    back: 'Backoffice',
    partner: 'Partners',
    system: 'Systemen',
  },
  partner: 'Partner',
  lineOfInteraction: 'Interactielijn',
  lineOfVisibility: 'Zichtbaarheidslijn',
  stage: 'Fase',
  step: 'Stap',
  noStage: '(geen fase)',
  human: 'persoonlijk',
  selfService: 'selfservice',
  unknown: 'niet gedeclareerd',
  fallback: 'Uitwijkkanaal',
  noFallback: 'Geen uitwijkkanaal',
  asks: 'Vraagt',
  promise: 'Belofte',
  by: 'door',
  within: 'binnen',
  pain: 'Pijnpunt',
  idea: 'Idee',
  momentOfTruth: 'Moment van de waarheid',
  kano: 'Kano',
  end: 'Einde',
  noTeam: '(geen team of partner)',
  receives: 'Ontvangt van',
  handsOn: 'Geeft door aan',
  system: 'Systeem',
  instruction: 'Werkinstructie',
  agreement: 'Afspraak',
  noAgreement: 'geen afspraak',
  sla: 'SLA',
  partnerFallback: 'Als de partner uitvalt',
  script: 'Script',
  behind: 'Achter de schermen',
  partners: 'Partners',
  findings: 'Bevindingen',
  noFindings: 'Geen bevindingen',
  findingCount: (n: number) => `${n} ${n === 1 ? 'bevinding' : 'bevindingen'}`,
  journeyFindings: 'Over de hele reis',
  persona: 'Persona',
  need: 'Behoefte',
  outcome: 'Uitkomst',
  owner: 'Eigenaar',
  reviewed: 'Beoordeeld',
  previous: 'Vorige',
  next: 'Volgende',
  stepOf: (n: number, total: number) => `Stap ${n} van ${total}`,
  emotionOf: (e: number) => `emotie ${e > 0 ? '+' : ''}${e}`,
  noSteps: 'Deze reis heeft nog geen stappen.',
  stale: 'Dit is de laatste versie die gelezen kon worden.',
  handoff: { clear: 'duidelijke overdracht', unclear: 'onduidelijke overdracht', pingpong: 'pingpong' },
  legend: 'Overdrachten',
  severity: { error: 'fout', warning: 'waarschuwing', info: 'info', hint: 'hint' },
  untitled: 'Reis zonder titel',
  gives: 'geeft',
  blueprintOf: (title: string) => `Service blueprint: ${title}`,
  employeeOf: (title: string) => `Medewerkersreis: ${title}`,
  findingsPerCheck: 'Bevindingen per controle',
  viewSwitch: 'Weergaven',
};

/** Every language the views speak, by VS Code language id. */
export const LABEL_SETS: Texts<Labels> = { en: EN, nl: NL };

/** The labels for a VS Code display language ('nl', 'nl-BE', ...): Dutch for Dutch, English otherwise. */
export function labelsFor(language: string | undefined): Labels {
  return LABEL_SETS[languageOf(language)];
}

/** The labels the views render with; see useLanguage. */
export let LABELS: Labels = EN;

/** Sets the language of the next renders (the preview page per update, an export before it writes). */
export function useLanguage(language: string | undefined): void {
  LABELS = labelsFor(language);
}
