/**
 * The evidence checks end to end: a journey and a generated log with planted
 * deviations written to a temporary workspace, checked as the command line
 * does (one LogCache, the workspace as root), in English or Dutch.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { cliEvidenceSource } from '../../src/cli/evidence-source';
import { analyseText, type Analysis, CatalogCache, type Finding, nodeFileHost, readConfig } from '../../src/core';
import { generateRows, writeLog, type Plan } from '../fixtures/evidence/generator';
import { yaml } from './helpers';

/** The incident journey of test/fixtures/evidence/design.ts, written as a valid journey file. */
export const INCIDENT_JOURNEY = yaml`
  journey: Storing melden
  owner: Servicedesk
  need: Mijn storing is opgelost
  outcome: De storing is opgelost
  teams:
    servicedesk: { name: Servicedesk }
    tweede-lijn: { name: Tweede lijn }
    derde-lijn: { name: Derde lijn }
  channels:
    telefoon: { name: Telefoon, kind: phone }
  evidence:
    log: logs/incidents.csv
    actor: org:resource
    timezone: Europe/Amsterdam
    actors:
      "* 2nd": tweede-lijn
      "* 3rd": derde-lijn
  steps:
    - id: melden
      customer: Belt de servicedesk over de storing
      channel: telefoon
      observed: "Melding *"
      promise: { says: Binnen 2 werkdagen opgelost, by: servicedesk, within: 2 werkdagen, until: opgelost }
      process:
        - team: servicedesk
          does: Registreert de melding
          observed: Registreren
          handoff: { to: tweede-lijn, gives: de melding, within: 4 hours }
        - team: tweede-lijn
          does: Analyseert de storing
          observed: Analyseren
    - id: oplossen
      customer: Wacht op de oplossing
      observed: Oplossen
    - id: informeren
      customer: Hoort wat er is gedaan
    - id: opgelost
      customer: Kan weer verder
      observed: Afsluiten
`;

/** The plan of evidence-figures.test.ts: 66 cases, every deviation planted. */
export const FULL_PLAN: Plan = { normal: 20, pingpong: 6, repeat: 7, undesigned: 5, slow: 8, broken: 9, weekend: 4, dst: 3, open: 4, skippedNoCase: 3, skippedNoTime: 2 };

export interface EvidenceRun {
  /** The journey's text; default INCIDENT_JOURNEY. */
  journey?: string;
  /** The config value (as journey-lens.config.yaml holds it). */
  config?: unknown;
  language?: 'en' | 'nl';
  /** The log file name under logs/ (default incidents.csv); its content: a plan, or raw bytes. */
  log?: string;
  content?: Plan | string | Buffer;
  /** Make the log a folder instead of a file. */
  folder?: boolean;
}

/** A temporary workspace for one describe block, removed after it. */
export function workspace(): { dir: () => string } {
  let dir = '';
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jl-evidence-checks-'));
    fs.mkdirSync(path.join(dir, 'logs'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  return { dir: () => dir };
}

let runs = 0;

/** Writes the log and journey into `dir` (a fresh subfolder per run) and analyses the journey with the CLI's evidence source. */
export async function analyseWithLog(dir: string, run: EvidenceRun = {}): Promise<Analysis> {
  const ws = path.join(dir, `run-${++runs}`);
  fs.mkdirSync(path.join(ws, 'logs'), { recursive: true });
  const log = run.log ?? 'incidents.csv';
  const content = run.content ?? FULL_PLAN;
  const logFile = path.join(ws, 'logs', log);
  if (run.folder) fs.mkdirSync(logFile);
  else if (typeof content === 'string' || Buffer.isBuffer(content)) fs.writeFileSync(logFile, content);
  else writeLog(logFile, generateRows(content));
  const text = (run.journey ?? INCIDENT_JOURNEY).replace('log: logs/incidents.csv', `log: logs/${log}`);
  const file = path.join(ws, 'incident.journey.yaml');
  fs.writeFileSync(file, text);
  const config = readConfig(run.config ?? {});
  return analyseText(file, text, nodeFileHost, {
    config, today: '2026-11-23', catalogs: new CatalogCache(), maxBytes: Infinity, root: ws,
    language: run.language ?? 'en', evidence: cliEvidenceSource(config, ws),
  });
}

export async function evidenceFindings(dir: string, run: EvidenceRun = {}): Promise<Finding[]> {
  return (await analyseWithLog(dir, run)).findings;
}

/** The 1-based line of the first line of `text` that contains `needle` (after `after`, if given). */
export function lineOf(text: string, needle: string, after?: string): number {
  const lines = text.split('\n');
  const start = after === undefined ? 0 : lines.findIndex((l) => l.includes(after));
  return lines.findIndex((l, i) => i >= start && l.includes(needle)) + 1;
}
