import { readConfig } from '../../../src/core';
import { csvLog, INCIDENT_JOURNEY, LOG } from './heads';
import { ruleTester } from './rule-tester';

// The `open` cases hold 'Wachten op klant', which no step or task observes.
const unmapped = (activity: string, cases: string) => `The activity '${activity}' occurs in ${cases} but belongs to no step or task. Add it to the observed patterns of the step or task it is part of, or a step of its own if the design misses it.`;
/** At the evidence key (line 11). */
const AT_EVIDENCE = { line: 11, column: 1, endLine: 11, endColumn: 9 };

/** Case i has the unmapped activities X01…X(12 − i // 6): X01 is in all 72 cases, X12 in the first 6. */
function twelveUnmapped(): string {
  const rows = ['case:concept:name,concept:name,time:timestamp,org:resource'];
  for (let i = 0; i < 72; i++) {
    rows.push(`c${i},Melding ontvangen,2026-01-05 09:00,SD`);
    for (let x = 1; x <= 12 - Math.floor(i / 6); x++) rows.push(`c${i},X${String(x).padStart(2, '0')},2026-01-05 10:${String(x).padStart(2, '0')},SD`);
  }
  return `${rows.join('\n')}\n`;
}
/** Five cases of Melding ontvangen then X01: the one unmapped activity, with no step it is seen in. */
const ONE_UNMAPPED = ['case:concept:name,concept:name,time:timestamp,org:resource',
  ...[0, 1, 2, 3, 4].flatMap((i) => [`c${i},Melding ontvangen,2026-01-05 09:00,SD`, `c${i},X01,2026-01-05 10:01,SD`]), ''].join('\n');
/** The map-to-a-step fix for the activity X01 (line 11 of INCIDENT_JOURNEY's evidence), with its output. */
const MAP_X01 = [
  // A step without observed gets the key, below its last line.
  { title: "Map 'X01' to step 'informeren'", preferred: false, output: INCIDENT_JOURNEY.replace('    customer: Hoort wat er is gedaan\n', '    customer: Hoort wat er is gedaan\n    observed: X01\n') },
  // A quoted pattern becomes the first of a flow list, quotes kept.
  { title: "Map 'X01' to step 'melden'", preferred: false, output: INCIDENT_JOURNEY.replace('    observed: "Melding *"\n', '    observed: ["Melding *", X01]\n') },
  // A plain pattern likewise.
  { title: "Map 'X01' to step 'oplossen'", preferred: false, output: INCIDENT_JOURNEY.replace('    observed: Oplossen\n', '    observed: [Oplossen, X01]\n') },
];
const X = [72, 66, 60, 54, 48, 42, 36, 30, 24, 18];
const SHARE = ['100', '91.7', '83.3', '75', '66.7', '58.3', '50', '41.7', '33.3', '25'];

ruleTester('evidence-unmapped', {
  valid: [
    { name: 'fewer than min-cases (5) cases', text: INCIDENT_JOURNEY, logs: { [LOG]: csvLog({ normal: 20, open: 4 }) } },
    { name: 'below min-share (5%) of all kept cases: 5 of 101', text: INCIDENT_JOURNEY, logs: { [LOG]: csvLog({ normal: 96, open: 5 }) } },
  ],
  invalid: [
    {
      name: 'an unmapped activity in min-cases cases, at the evidence key, offered to the step it happens in',
      text: INCIDENT_JOURNEY,
      logs: { [LOG]: csvLog({ normal: 20, open: 5 }) },
      errors: [{
        message: unmapped('Wachten op klant', '5 cases (20% of all cases, 5 events)'),
        ...AT_EVIDENCE, severity: 'info',
        offers: ["Map 'Wachten op klant' to step 'oplossen'", "Suppress 'evidence-unmapped' on this line"],
      }],
      fixes: [{
        title: "Map 'Wachten op klant' to step 'oplossen'",
        preferred: true,
        output: INCIDENT_JOURNEY.replace('    observed: Oplossen\n', '    observed: [Oplossen, Wachten op klant]\n'),
      }],
    },
    {
      name: 'at min-share exactly: 5 of 100 cases',
      text: INCIDENT_JOURNEY,
      logs: { [LOG]: csvLog({ normal: 95, open: 5 }) },
      errors: [{ message: unmapped('Wachten op klant', '5 cases (5% of all cases, 5 events)'), ...AT_EVIDENCE }],
      fixes: [{
        title: "Map 'Wachten op klant' to step 'oplossen'",
        preferred: true,
        output: INCIDENT_JOURNEY.replace('    observed: Oplossen\n', '    observed: [Oplossen, Wachten op klant]\n'),
      }],
    },
    {
      name: 'a configured min-cases',
      text: INCIDENT_JOURNEY,
      logs: { [LOG]: csvLog({ normal: 20, open: 4 }) },
      options: { config: readConfig({ evidence: { 'min-cases': 4 } }) },
      errors: [{ message: unmapped('Wachten op klant', '4 cases (16.7% of all cases, 4 events)'), ...AT_EVIDENCE }],
      fixes: [{
        title: "Map 'Wachten op klant' to step 'oplossen'",
        preferred: true,
        output: INCIDENT_JOURNEY.replace('    observed: Oplossen\n', '    observed: [Oplossen, Wachten op klant]\n'),
      }],
    },
    {
      name: 'at most ten activities, most cases first',
      text: INCIDENT_JOURNEY,
      logs: { [LOG]: twelveUnmapped() },
      fixesElsewhere: "each of the ten findings offers the same three 'Map … to step' fixes (30): the next case applies each kind once, for X01",
      errors: X.map((n, i) => ({
        message: unmapped(`X${String(i + 1).padStart(2, '0')}`, `${n} cases (${SHARE[i]}% of all cases, ${n} events)`),
        ...AT_EVIDENCE,
      })),
    },
    {
      name: 'an activity seen in no step is offered to every step, none preferred: a new observed key, or a pattern added to a quoted or a plain one',
      text: INCIDENT_JOURNEY,
      logs: { [LOG]: ONE_UNMAPPED },
      errors: [{
        message: unmapped('X01', '5 cases (100% of all cases, 5 events)'),
        ...AT_EVIDENCE,
        offers: [...MAP_X01.map((x) => x.title), "Suppress 'evidence-unmapped' on this line"],
      }],
      fixes: MAP_X01,
    },
  ],
});
