import { readConfig } from '../../../src/core';
import { csvLog, FULL_PLAN, INCIDENT_JOURNEY, LOG } from './heads';
import { ruleTester } from './rule-tester';

// On the full plan, 62 handoffs are measured: 51 take 1 h, 3 (dst) 4 h, 8 (slow) 10 h,
// against 4 hours: the 8 slow ones are ranks 55–62 (nearest rank).
const percentile = (p: number) => ({ config: readConfig({ evidence: { percentile: p } }) });
/** At the handoff's within value (line 28). */
const AT_WITHIN = { line: 28, column: 64, endLine: 28, endColumn: 71 };

ruleTester('observed-handoff-slow', {
  valid: [
    { name: 'the default 80th percentile (rank 50 of 62) is within', text: INCIDENT_JOURNEY, logs: { [LOG]: csvLog(FULL_PLAN) } },
    { name: 'the 87th percentile (rank 54) is within', text: INCIDENT_JOURNEY, logs: { [LOG]: csvLog(FULL_PLAN) }, options: percentile(87) },
    { name: 'fewer than min-cases (5) measured', text: INCIDENT_JOURNEY, logs: { [LOG]: csvLog({ slow: 4 }) } },
  ],
  invalid: [
    {
      name: 'the 88th percentile (rank 55) is above within, at the within value',
      text: INCIDENT_JOURNEY,
      logs: { [LOG]: csvLog(FULL_PLAN) },
      options: percentile(88),
      errors: [{
        message: "The handoff to 'tweede-lijn' takes longer than its 4 hours in practice: measured in 62 cases, the 88th percentile is 10 hours (median 1 hour); 8 cases (12.9%) took longer than 4 hours. Agree a time that holds, or find out what delays the handoff.",
        ...AT_WITHIN, severity: 'warning',
        offers: ["Suppress 'observed-handoff-slow' on this line"],
      }],
    },
    {
      name: 'min-cases measured exactly',
      text: INCIDENT_JOURNEY,
      logs: { [LOG]: csvLog({ slow: 5 }) },
      errors: [{
        message: "The handoff to 'tweede-lijn' takes longer than its 4 hours in practice: measured in 5 cases, the 80th percentile is 10 hours (median 10 hours); 5 cases (100%) took longer than 4 hours. Agree a time that holds, or find out what delays the handoff.",
        ...AT_WITHIN,
      }],
    },
    {
      name: 'in Dutch (the within as the journey writes it)',
      text: INCIDENT_JOURNEY,
      logs: { [LOG]: csvLog(FULL_PLAN) },
      options: percentile(88),
      language: 'nl',
      errors: [{
        message: "De overdracht aan 'tweede-lijn' duurt in de praktijk langer dan de afgesproken 4 hours: gemeten in 62 cases is het 88e percentiel 10 uur (mediaan 1 uur); 8 cases (12,9%) duurden langer dan 4 hours. Spreek een termijn af die haalbaar is, of zoek uit wat de overdracht ophoudt.",
        ...AT_WITHIN,
      }],
    },
  ],
});
