/**
 * The words of the portfolio's evidence sections, in English and Dutch,
 * shared by the Markdown and HTML renderers. Plain text: each renderer
 * escapes it.
 */
import type { Language, Texts } from '../i18n/language';
import type { EvidenceDeviation, EvidenceJourneyRow, EvidenceShare } from './types';
import type { LogProblem } from '../evidence/types';

export interface EvidenceTexts {
  sections: {
    journeys: { id: string; title: string; why: string };
    findings: { id: string; title: string; why: string; none: string };
  };
  columns: { journey: string; cases: string; promisesKept: string; pingpong: string; repeat: string; worst: string; severity: string; line: string; check: string; message: string };
  fewer: (n: number) => string;
  none: string;
  captions: { journeys: (n: number) => string; findings: (n: number) => string };
  problem: (kind: LogProblem['kind']) => string;
  deviation: (d: EvidenceDeviation) => string;
}

const pct = (s: EvidenceShare, language: Language) => {
  const text = ((100 * s.cases) / s.of).toFixed(s.cases === s.of || s.cases === 0 ? 0 : 1);
  return `${language === 'nl' ? text.replace('.', ',') : text}%`;
};

/** Every kind of problem gets its words: a new kind does not compile until it has them. */
const PROBLEMS: Texts<Record<LogProblem['kind'], string>> = {
  en: {
    missing: 'the log does not exist', 'outside-workspace': 'the log is outside the workspace', 'not-a-file': 'the log is not a file',
    'unknown-extension': 'the log is not CSV or XES', 'too-large': 'the log has a value too large to read', 'file-too-large': 'the log is larger than Journey Lens reads from this file system', unreadable: 'the log cannot be read',
    'no-attribute': 'a named attribute is not in the log', 'no-events': 'no event of the log counts',
  },
  nl: {
    missing: 'het log bestaat niet', 'outside-workspace': 'het log ligt buiten de werkmap', 'not-a-file': 'het log is geen bestand',
    'unknown-extension': 'het log is geen CSV of XES', 'too-large': 'het log heeft een te grote waarde', 'file-too-large': 'het log is groter dan Journey Lens van dit bestandssysteem leest', unreadable: 'het log is niet te lezen',
    'no-attribute': 'een genoemd attribuut staat niet in het log', 'no-events': 'geen event van het log telt mee',
  },
};

export const EVIDENCE_TEXTS: Texts<EvidenceTexts> = {
  en: {
    sections: {
      journeys: {
        id: 'evidence', title: 'Evidence from event logs',
        why: 'What customers really lived, from each journey\'s event log: how often its promises were kept, the step where work ping-pongs most, the step where customers are contacted again most, and the deviation from the design that touches the largest share of its cases.',
      },
      findings: { id: 'evidence-findings', title: 'Evidence findings, worst first', why: 'Every finding of the evidence checks across the journeys: what the logs show that the designs did not plan.', none: 'The evidence checks found nothing.' },
    },
    columns: { journey: 'Journey', cases: 'Cases', promisesKept: 'Promises kept', pingpong: 'Most ping-pong', repeat: 'Most repeated contact', worst: 'Worst deviation', severity: 'Severity', line: 'Line', check: 'Check', message: 'Finding' },
    fewer: (n) => `fewer than ${n} cases`,
    none: 'none',
    captions: {
      journeys: (n) => `${n} ${n === 1 ? 'journey' : 'journeys'} with an event log`,
      findings: (n) => `${n} evidence ${n === 1 ? 'finding' : 'findings'}, errors first`,
    },
    problem: (kind) => PROBLEMS.en[kind],
    deviation: (d) => {
      const p = pct(d, 'en');
      switch (d.kind) {
        case 'undesigned-path': return `${d.step} → ${d.to}, not designed: ${p} of ${d.step}'s cases`;
        case 'pingpong': return `ping-pong in ${d.step}: ${p} of its cases`;
        case 'repeat': return `contact repeated in ${d.step}: ${p} of its cases`;
        case 'promise-broken': return `the promise of ${d.step} broken in ${p} of measured cases`;
        case 'handoff-slow': return `a handoff in ${d.step} over its time in ${p} of measured cases`;
      }
    },
  },
  nl: {
    sections: {
      journeys: {
        id: 'evidence', title: 'Evidence uit eventlogs',
        why: 'Wat klanten echt meemaakten, uit het eventlog van elke reis: hoe vaak de beloftes werden gehouden, de stap waar het werk het meest heen en weer gaat, de stap waar klanten het vaakst opnieuw contact hebben, en de afwijking van het ontwerp die het grootste deel van de cases raakt.',
      },
      findings: { id: 'evidence-findings', title: 'Evidence-bevindingen, ernstigste eerst', why: 'Elke bevinding van de evidence-checks over alle reizen: wat de logs laten zien dat de ontwerpen niet voorzagen.', none: 'De evidence-checks vonden niets.' },
    },
    columns: { journey: 'Reis', cases: 'Cases', promisesKept: 'Beloftes gehouden', pingpong: 'Meeste pingpong', repeat: 'Meeste herhaald contact', worst: 'Grootste afwijking', severity: 'Ernst', line: 'Regel', check: 'Check', message: 'Bevinding' },
    fewer: (n) => `minder dan ${n} cases`,
    none: 'geen',
    captions: {
      journeys: (n) => `${n} ${n === 1 ? 'reis' : 'reizen'} met een eventlog`,
      findings: (n) => `${n} evidence-${n === 1 ? 'bevinding' : 'bevindingen'}, fouten eerst`,
    },
    problem: (kind) => PROBLEMS.nl[kind],
    deviation: (d) => {
      const p = pct(d, 'nl');
      switch (d.kind) {
        case 'undesigned-path': return `${d.step} → ${d.to}, niet ontworpen: ${p} van de cases van ${d.step}`;
        case 'pingpong': return `pingpong in ${d.step}: ${p} van de cases`;
        case 'repeat': return `herhaald contact in ${d.step}: ${p} van de cases`;
        case 'promise-broken': return `de belofte van ${d.step} gebroken in ${p} van de gemeten cases`;
        case 'handoff-slow': return `een overdracht in ${d.step} te laat in ${p} van de gemeten cases`;
      }
    },
  },
};

/** "87,0% (167 of 192) in melden", or "fewer than 5 cases". */
export function shareText(s: EvidenceShare | null | undefined, t: EvidenceTexts, minCases: number, language: Language): string {
  if (s === undefined) return '—';
  if (s === null) return t.fewer(minCases);
  const where = s.step ? ` in ${s.step}` : '';
  return `${pct(s, language)} (${s.cases} ${language === 'nl' ? 'van' : 'of'} ${s.of})${where}`;
}

/** The cells of a journey's row, as text: cases, promises kept, ping-pong, repeat, worst deviation. */
export function evidenceCells(r: EvidenceJourneyRow, t: EvidenceTexts, minCases: number, language: Language): string[] {
  if (r.problem) return [t.problem(r.problem), '—', '—', '—', '—'];
  const cases = r.cases === null || r.cases === undefined ? t.fewer(minCases) : String(r.cases);
  // No promise at all reads "none", one measured on too few cases "fewer than N cases".
  const promises = r.promisesKept === undefined ? t.none : shareText(r.promisesKept, t, minCases, language);
  return [cases, promises, shareText(r.pingpong, t, minCases, language), shareText(r.repeat, t, minCases, language), r.worst ? t.deviation(r.worst) : t.none];
}
