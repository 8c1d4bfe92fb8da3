/**
 * The journey heads the rule tables share. Line numbers in the tables are
 * written out; the comments here say where the steps begin.
 */
import * as path from 'path';
import { generateRows, type Plan, toCsv, toXes } from '../../fixtures/evidence/generator';
import { ROOT, yaml } from '../helpers';

/** A catalog beside the journey, as `uses: org.catalog.yaml` finds it. */
export const CATALOG = path.join(ROOT, 'org.catalog.yaml');

/**
 * Every kind of declaration, all of them in order: 18 lines. After it,
 * `steps:` is line 19 and the first step's `- id:` line 20.
 */
export const HEAD = yaml`
  journey: Test journey
  owner: Ans de Vries
  need: A need
  outcome: An outcome
  channels:
    website: { kind: web }
    telefoon: { kind: phone }
    chat: { kind: chat }
    app: { kind: app }
  teams:
    ks: { name: Klantenservice, line: front }
    fa: { name: Facturatie }
    it: { name: IT }
  systems:
    crm: { name: Klantsysteem }
  partners:
    net: { name: Stedin, agreement: SLA-1, sla: 5 working days, fallback: ks belt de storingsdienst }
    bare: { name: Kale partner }
`;

/** HEAD with these steps (block text, indented as list entries under `steps:`). */
export function journey(steps: string): string {
  return `${HEAD}steps:\n${steps}`;
}

/**
 * A head with comments that a quick fix must keep: 10 lines, so `steps:` is
 * line 11 and the first step's `- id:` line 12.
 */
export const COMMENTED_HEAD = yaml`
  journey: Fixes   # the title
  owner: Ans
  need: A need
  outcome: An outcome
  channels:
    website: { kind: web }
    telefoon: { kind: phone }   # human
  teams:
    ks: { name: Klantenservice, line: front }
    fa: { name: Facturatie }
`;

/** A short head with one human channel and two teams: 9 lines, `steps:` is line 10, the first `- id:` line 11. */
export const SHORT_HEAD = yaml`
  journey: Fixes
  owner: Ans
  need: A need
  outcome: An outcome
  channels:
    telefoon: { kind: phone }
  teams:
    ks: { name: Klantenservice, line: front }
    fa: { name: Facturatie }
`;

/** A catalog with a channel and a team (5 lines). */
export const ORG_CATALOG = yaml`
  catalog: Organisatie
  channels:
    telefoon: { kind: phone }
  teams:
    ks: { name: Klantenservice, line: front }
`;

/**
 * The evidence checks' journey and logs: INCIDENT_JOURNEY (evidence-check-helpers.ts)
 * names `log: logs/incidents.csv` on line 12; logs are planted by the
 * generator, so every figure follows from the plan.
 */
export { FULL_PLAN, INCIDENT_JOURNEY } from '../evidence-check-helpers';

/** Where INCIDENT_JOURNEY looks for its log, relative to the journey. */
export const LOG = 'logs/incidents.csv';

/** A planted log as CSV (as the export of a process-mining tool). */
export function csvLog(plan: Plan): string {
  return toCsv(generateRows(plan));
}

/** A planted log as XES. */
export function xesLog(plan: Plan): string {
  return toXes(generateRows(plan));
}
