import { readConfig } from '../../../src/core';
import { csvLog, FULL_PLAN, INCIDENT_JOURNEY, LOG } from './heads';
import { ruleTester } from './rule-tester';

// The `pingpong` cases are analysed by tweede-lijn, derde-lijn, tweede-lijn.
const backAndForth = (cases: number, share: string) => `In ${cases} cases of step 'melden' (${share}) the work goes back and forth between actors (A, B, A), most often between 'derde-lijn' and 'tweede-lijn'. Agree who finishes the work, or what the one needs from the other to do so.`;
/** At melden's process key (line 24). */
const AT_PROCESS = { line: 24, column: 5, endLine: 24, endColumn: 12 };

ruleTester('observed-pingpong', {
  valid: [
    { name: 'fewer than min-cases (5) cases', text: INCIDENT_JOURNEY, logs: { [LOG]: csvLog({ normal: 20, pingpong: 4 }) } },
    { name: 'below min-share (5%): 5 of 101', text: INCIDENT_JOURNEY, logs: { [LOG]: csvLog({ normal: 96, pingpong: 5 }) } },
    {
      name: 'below a configured min-share (6%): 5 of 100',
      text: INCIDENT_JOURNEY,
      logs: { [LOG]: csvLog({ normal: 95, pingpong: 5 }) },
      options: { config: readConfig({ evidence: { 'min-share': 0.06 } }) },
    },
  ],
  invalid: [
    {
      name: "on the full planted log, at the step's process",
      text: INCIDENT_JOURNEY,
      logs: { [LOG]: csvLog(FULL_PLAN) },
      errors: [{ message: backAndForth(6, '9.1%'), ...AT_PROCESS, severity: 'warning', offers: ["Suppress 'observed-pingpong' on this line"] }],
    },
    { name: 'at min-cases exactly', text: INCIDENT_JOURNEY, logs: { [LOG]: csvLog({ normal: 20, pingpong: 5 }) }, errors: [{ message: backAndForth(5, '20%'), ...AT_PROCESS }] },
    { name: 'at min-share exactly: 5 of 100', text: INCIDENT_JOURNEY, logs: { [LOG]: csvLog({ normal: 95, pingpong: 5 }) }, errors: [{ message: backAndForth(5, '5%'), ...AT_PROCESS }] },
    {
      name: 'with a configured severity',
      text: INCIDENT_JOURNEY,
      logs: { [LOG]: csvLog(FULL_PLAN) },
      options: { config: readConfig({ checks: { 'observed-pingpong': 'error' } }) },
      errors: [{ message: backAndForth(6, '9.1%'), ...AT_PROCESS, severity: 'error' }],
    },
    {
      name: 'at the observed patterns of a step without a process',
      text: INCIDENT_JOURNEY.replace(/ {4}process:\n(?: {6}.*\n)+/, '').replace('observed: "Melding *"', 'observed: ["Melding *", Registreren, Analyseren]'),
      logs: { [LOG]: csvLog(FULL_PLAN) },
      errors: [{ message: backAndForth(6, '9.1%'), line: 22, column: 16, endLine: 22, endColumn: 27 }],
    },
    {
      name: 'in Dutch',
      text: INCIDENT_JOURNEY,
      logs: { [LOG]: csvLog(FULL_PLAN) },
      language: 'nl',
      errors: [{
        message: "In 6 cases van stap 'melden' (9,1%) gaat het werk heen en weer tussen betrokkenen (A, B, A), het vaakst tussen 'derde-lijn' en 'tweede-lijn'. Spreek af wie het werk afmaakt, of wat de een daarvoor van de ander nodig heeft.",
        ...AT_PROCESS,
      }],
    },
  ],
});
