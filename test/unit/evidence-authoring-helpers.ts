/**
 * A small incident log with hostile activity names (wildcards, quotes, `#`,
 * a line break, markdown) and a journey that maps part of it, analysed as
 * the editor would once its worker has read the log.
 */
import type { Analysis } from '../../src/core';
import { analyseWithLog } from './evidence-check-helpers';
import { yaml } from './helpers';

/** Activity → number of cases (case i has it when i < the number), in the order a case lives them. */
export const ACTIVITIES: [string, number][] = [
  ['Melding', 12],
  ['Registreren', 12],
  ['Registratie controleren', 7],
  ['Escaleren *urgent*?', 6],
  ['Bel "klant" # terug: nu', 6],
  ['Regel\nnieuw', 5],
  ['Oplossen', 10],
  ['[link](http://x) **vet** `code`', 3],
  ['Notitie 1', 2],
  ['Notitie 2', 2],
  ['Notitie 3', 1],
  ['Notitie 4', 1],
  ['Afsluiten', 8],
];

const csvField = (s: string): string => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

export function incidentCsv(): string {
  const rows = ['case:concept:name,concept:name,time:timestamp,org:resource'];
  for (let c = 0; c < 12; c++) {
    let hour = 0;
    for (const [name, cases] of ACTIVITIES) {
      if (c < cases) rows.push([`C${c}`, name, `2026-01-05T${String(8 + hour++).padStart(2, '0')}:00:00Z`, 'Ans'].map(csvField).join(','));
    }
  }
  return rows.join('\n') + '\n';
}

export const JOURNEY_TEXT = yaml`
  journey: Storing melden
  owner: Servicedesk
  need: Mijn storing is opgelost
  outcome: De storing is opgelost
  teams:
    servicedesk: { name: Servicedesk }
  evidence:
    log: logs/incidents.csv
    case: case:concept:name
  steps:
    - id: melden
      customer: Belt de servicedesk
      observed: Melding   # the call
      process:
        - team: servicedesk
          does: Registreert de melding
          observed: [Registreren]
    - id: oplossen
      customer: Wacht op de oplossing
      observed:
        - Oplossen
    - id: afsluiten
      customer: Hoort dat het klaar is
      observed: Afsluitne
`;

export async function analyse(dir: string, journey = JOURNEY_TEXT, language: 'en' | 'nl' = 'en'): Promise<Analysis> {
  return analyseWithLog(dir, { journey, content: incidentCsv(), language });
}
