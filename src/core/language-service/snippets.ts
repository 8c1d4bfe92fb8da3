/**
 * The structural snippets (step, task, handoff, promise, partner), all in
 * block style: no flow mapping around free text, so a comma or a colon in
 * `gives` or `says` cannot break the file. Completion offers them where they
 * fit; snippets/*.code-snippets hold the same bodies (a unit test compares).
 */
import type { Language, Texts } from '../i18n/language';

export type SnippetName = 'step' | 'task' | 'handoff' | 'promise' | 'partner';

export interface StructuralSnippet {
  label: string;
  description: string;
  /** Lines relative to the first (its indentation is the cursor's); snippet syntax. */
  body: readonly string[];
}

export const SNIPPETS: Texts<Record<SnippetName, StructuralSnippet>> = {
  en: {
    step: {
      label: 'New step', description: 'A customer step with its channel, fallback and process (Journey Lens)',
      body: ['- id: ${1:step-id}', '  stage: ${2:Stage}', '  customer: ${3:What the customer does or experiences}', '  channel: ${4:website}', '  fallback: ${5:phone}', '  emotion: ${6|0,1,2,-1,-2|}', '  process:', '    - team: ${7:team-id}', '      does: ${8:What the team does}$0'],
    },
    task: {
      label: 'New task', description: 'A task in a step\'s process (Journey Lens)',
      body: ['- team: ${1:team-id}', '  does: ${2:What the team does}', '  system: ${3:system-id}', '  instruction: ${4:Work instruction}$0'],
    },
    handoff: {
      label: 'Handoff', description: 'Passing the work on: to whom, what they need, by when (Journey Lens)',
      body: ['handoff:', '  to: ${1:team-id}', '  gives: ${2:what the receiver needs}', '  within: ${3:1 working day}$0'],
    },
    promise: {
      label: 'Promise', description: 'A promise to the customer, owned by a team, with a time (Journey Lens)',
      body: ['promise:', '  says: ${1:What we promise}', '  by: ${2:team-id}', '  within: ${3:3 working days}$0'],
    },
    partner: {
      label: 'New partner', description: 'A supplier or chain partner with its agreement, SLA and fallback (Journey Lens)',
      body: ['${1:partner-id}:', '  name: ${2:Partner name}', '  agreement: ${3:Agreement reference}', '  sla: ${4:5 working days}', '  fallback: ${5:What happens when the partner fails}$0'],
    },
  },
  nl: {
    step: {
      label: 'Nieuwe stap', description: 'Een stap van de klant met kanaal, uitwijkkanaal en proces (Journey Lens)',
      body: ['- id: ${1:stap-id}', '  stage: ${2:Fase}', '  customer: ${3:Wat de klant doet of meemaakt}', '  channel: ${4:website}', '  fallback: ${5:telefoon}', '  emotion: ${6|0,1,2,-1,-2|}', '  process:', '    - team: ${7:team-id}', '      does: ${8:Wat het team doet}$0'],
    },
    task: {
      label: 'Nieuwe taak', description: 'Een taak in het proces van een stap (Journey Lens)',
      body: ['- team: ${1:team-id}', '  does: ${2:Wat het team doet}', '  system: ${3:systeem-id}', '  instruction: ${4:Werkinstructie}$0'],
    },
    handoff: {
      label: 'Overdracht', description: 'Het werk doorgeven: aan wie, wat die nodig heeft, binnen welke tijd (Journey Lens)',
      body: ['handoff:', '  to: ${1:team-id}', '  gives: ${2:wat de ontvanger nodig heeft}', '  within: ${3:1 werkdag}$0'],
    },
    promise: {
      label: 'Belofte', description: 'Een belofte aan de klant, van een team, met een termijn (Journey Lens)',
      body: ['promise:', '  says: ${1:Wat we beloven}', '  by: ${2:team-id}', '  within: ${3:3 werkdagen}$0'],
    },
    partner: {
      label: 'Nieuwe partner', description: 'Een leverancier of ketenpartner met afspraak, SLA en terugvaloptie (Journey Lens)',
      body: ['${1:partner-id}:', '  name: ${2:Naam van de partner}', '  agreement: ${3:Kenmerk van de afspraak}', '  sla: ${4:5 werkdagen}', '  fallback: ${5:Wat er gebeurt als de partner uitvalt}$0'],
    },
  },
};

/** A snippet's text at a column: the lines after the first indented by it; without its `- ` when the line has one already. */
export function snippetText(name: SnippetName, language: Language, column: number, dashTyped: boolean): string {
  const body = SNIPPETS[language][name].body;
  const lines = dashTyped ? [body[0].replace(/^- /, ''), ...body.slice(1)] : [...body];
  return lines.map((l, i) => (i === 0 ? l : ' '.repeat(column) + l)).join('\n');
}
