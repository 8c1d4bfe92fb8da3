import { yaml } from '../helpers';
import { CATALOG, COMMENTED_HEAD, HEAD, journey, ORG_CATALOG, SHORT_HEAD } from './heads';
import { ruleTester } from './rule-tester';

const SUPPRESS = "Suppress 'unknown-reference' on this line";

/** A journey on ORG_CATALOG whose one step (channel telefoon from the catalog) has this process (line 10). */
const onCatalog = (task: string) => yaml`
  journey: Fixes
  owner: Ans
  need: A need
  outcome: An outcome
  uses: org.catalog.yaml
  steps:
    - id: a
      customer: Calls
      channel: telefoon
` + `    process: [${task}]\n`;

const CHECKS_JURIDISCH = COMMENTED_HEAD + 'steps:\n  - id: a\n    customer: Calls\n    channel: telefoon\n    process: [{ team: juridisch, does: Checks }]\n';
/** A step on the channel 'telefon' (line 22), one letter short of 'telefoon'. */
const ON_TELEFON = journey(yaml`
  - id: a
    customer: Calls
    channel: telefon
`);
/** Unknown references of five kinds (stage, team, step, system, handoff target); `to: faa` on line 31. */
const NEAR_MISSES = HEAD + yaml`
  stages: [Begin, Einde]
  steps:
    - id: a
      stage: Begn
      customer: Calls
      channel: telefoon
      promise: { says: Soon, by: kss, within: 1 day }
      next: [z]
      process:
        - team: ks
          does: Registers
          system: crn
          handoff: { to: faa, gives: x, within: 1 day }
`;
const TO_INKOOP = SHORT_HEAD + 'steps:\n  - id: a\n    customer: Calls\n    channel: telefoon\n    process:\n      - team: ks\n        does: Registers\n        handoff: { to: inkoop, gives: the order, within: 1 day }\n';

ruleTester('unknown-reference', {
  valid: [
    {
      name: 'every reference is declared',
      text: journey(yaml`
        - id: a
          customer: Calls
          channel: telefoon
          process: [{ team: ks, does: Answers, system: crm }]
      `),
    },
    {
      name: 'references declared in a catalog the journey uses',
      text: onCatalog('{ team: ks, does: Answers }'),
      files: { [CATALOG]: ORG_CATALOG },
    },
  ],
  invalid: [
    {
      name: 'the nearest declared id is suggested, and offered as the fix',
      text: ON_TELEFON,
      errors: [{
        message: "Unknown channel 'telefon'. Did you mean 'telefoon'?",
        line: 22, column: 12, endLine: 22, endColumn: 19, severity: 'error',
        data: { suggestion: 'telefoon' },
        offers: ["Change to 'telefoon'", "Declare channel 'telefon'", SUPPRESS],
      }],
      fixes: [
        { title: "Change to 'telefoon'", preferred: true, output: ON_TELEFON.replace('channel: telefon\n', 'channel: telefoon\n') },
        // A channel declared from a reference is of kind `other`.
        {
          title: "Declare channel 'telefon'",
          preferred: false,
          output: ON_TELEFON.replace('  app: { kind: app }\n', '  app: { kind: app }\n  telefon: { kind: other }\n'),
        },
      ],
    },
    {
      name: 'an id declared as another kind is explained',
      text: journey(yaml`
        - id: a
          customer: Waits
          process: [{ team: net, does: Delivers }]
      `),
      errors: [{
        message: "'net' is declared as a partner, not as a team. Write `partner: net` instead.",
        line: 22, column: 21, endLine: 22, endColumn: 24,
        offers: [SUPPRESS],
      }],
    },
    {
      name: 'stages, next, systems, handoff targets and promise owners are checked',
      text: NEAR_MISSES,
      errors: [
        { message: "Unknown stage 'Begn'. Did you mean 'Begin'?", line: 22, column: 12, endLine: 22, endColumn: 16 },
        { message: "Unknown team 'kss'. Did you mean 'ks'?", line: 25, column: 32, endLine: 25, endColumn: 35 },
        {
          message: "Unknown step 'z'. Declare it under the steps of this journey or use one that is declared.",
          line: 26, column: 12, endLine: 26, endColumn: 13,
          offers: [SUPPRESS],
        },
        { message: "Unknown system 'crn'. Did you mean 'crm'?", line: 30, column: 17, endLine: 30, endColumn: 20 },
        {
          message: "Unknown team or partner 'faa'. Did you mean 'fa'?",
          line: 31, column: 24, endLine: 31, endColumn: 27,
          offers: ["Change to 'fa'", "Declare team 'faa'", "Declare partner 'faa'", SUPPRESS],
        },
      ],
      fixes: [
        // A stage is only ever changed: stages are a list of names, not declarations.
        { finding: 0, title: "Change to 'Begin'", preferred: true, output: NEAR_MISSES.replace('stage: Begn\n', 'stage: Begin\n') },
        { finding: 1, title: "Change to 'ks'", preferred: true, output: NEAR_MISSES.replace('by: kss,', 'by: ks,') },
        {
          finding: 1,
          title: "Declare team 'kss'",
          preferred: false,
          output: NEAR_MISSES.replace('  it: { name: IT }\n', '  it: { name: IT }\n  kss: { name: kss }\n'),
        },
        { finding: 3, title: "Change to 'crm'", preferred: true, output: NEAR_MISSES.replace('system: crn\n', 'system: crm\n') },
        {
          finding: 3,
          title: "Declare system 'crn'",
          preferred: false,
          output: NEAR_MISSES.replace('  crm: { name: Klantsysteem }\n', '  crm: { name: Klantsysteem }\n  crn: { name: crn }\n'),
        },
        { finding: 4, title: "Change to 'fa'", preferred: true, output: NEAR_MISSES.replace('to: faa,', 'to: fa,') },
        {
          finding: 4,
          title: "Declare team 'faa'",
          preferred: false,
          output: NEAR_MISSES.replace('  it: { name: IT }\n', '  it: { name: IT }\n  faa: { name: faa }\n'),
        },
        {
          finding: 4,
          title: "Declare partner 'faa'",
          preferred: false,
          output: NEAR_MISSES.replace('  bare: { name: Kale partner }\n', '  bare: { name: Kale partner }\n  faa: { name: faa }\n'),
        },
      ],
    },
    {
      name: 'the suggested id replaces the unknown reference, keeping the comment',
      text: COMMENTED_HEAD + 'steps:\n  - id: a\n    customer: Calls\n    channel: telefon  # typo\n    process: [{ team: ks, does: Answers }]\n',
      errors: [{ message: "Unknown channel 'telefon'. Did you mean 'telefoon'?", line: 14, column: 14, endLine: 14, endColumn: 21 }],
      fixes: [{
        title: "Change to 'telefoon'",
        preferred: true,
        output: COMMENTED_HEAD + 'steps:\n  - id: a\n    customer: Calls\n    channel: telefoon  # typo\n    process: [{ team: ks, does: Answers }]\n',
      }, {
        title: "Declare channel 'telefon'",
        preferred: false,
        output: COMMENTED_HEAD.replace('  telefoon: { kind: phone }   # human\n', '  telefoon: { kind: phone }   # human\n  telefon: { kind: other }\n')
          + 'steps:\n  - id: a\n    customer: Calls\n    channel: telefon  # typo\n    process: [{ team: ks, does: Answers }]\n',
      }],
    },
    {
      name: 'an unknown team is declared in the teams map',
      text: CHECKS_JURIDISCH,
      errors: [{
        message: "Unknown team 'juridisch'. Declare it under `teams` or use one that is declared.",
        line: 15, column: 23, endLine: 15, endColumn: 32,
        offers: ["Declare team 'juridisch'", SUPPRESS],
      }],
      fixes: [{
        title: "Declare team 'juridisch'",
        preferred: false,
        output: CHECKS_JURIDISCH.replace('  fa: { name: Facturatie }\n', '  fa: { name: Facturatie }\n  juridisch: { name: juridisch }\n'),
      }],
    },
    {
      name: "a team is declared in the catalog's teams, beside declaring it in the journey",
      text: onCatalog('{ team: inkoop, does: Orders }'),
      files: { [CATALOG]: ORG_CATALOG },
      errors: [{
        message: "Unknown team 'inkoop'. Declare it under `teams` or use one that is declared.",
        line: 10, column: 23, endLine: 10, endColumn: 29,
        offers: ["Declare team 'inkoop'", "Declare team 'inkoop' in org.catalog.yaml", SUPPRESS],
      }],
      fixes: [
        // The journey declares no teams of its own: the section is started at its end.
        // Started just above `steps:`, where a journey's declarations stand.
        { title: "Declare team 'inkoop'", preferred: false, output: onCatalog('{ team: inkoop, does: Orders }').replace('steps:\n', 'teams:\n  inkoop: { name: inkoop }\nsteps:\n') },
        {
          title: "Declare team 'inkoop' in org.catalog.yaml",
          preferred: false,
          outputs: { [CATALOG]: `${ORG_CATALOG}  inkoop: { name: inkoop }\n` },
        },
      ],
    },
    {
      name: 'the section is started when the catalog has none of that kind, in Dutch too',
      text: onCatalog('{ team: ks, does: Looks up, system: crm }'),
      files: { [CATALOG]: ORG_CATALOG },
      language: 'nl',
      errors: [{
        message: "Onbekend systeem 'crm'. Declareer de id onder `systems`, of gebruik een gedeclareerde id.",
        line: 10, column: 51, endLine: 10, endColumn: 54,
        offers: ["Systeem 'crm' declareren", "Systeem 'crm' declareren in org.catalog.yaml", "'unknown-reference' op deze regel onderdrukken"],
      }],
      fixes: [
        { title: "Systeem 'crm' declareren", preferred: false, output: onCatalog('{ team: ks, does: Looks up, system: crm }').replace('steps:\n', 'systems:\n  crm: { name: crm }\nsteps:\n') },
        {
          title: "Systeem 'crm' declareren in org.catalog.yaml",
          preferred: false,
          outputs: { [CATALOG]: `${ORG_CATALOG}systems:\n  crm: { name: crm }\n` },
        },
      ],
    },
    {
      name: 'no declaration is offered for an id that plain YAML cannot hold, in the journey or a catalog',
      text: onCatalog('{ team: "a: b", does: Orders }'),
      files: { [CATALOG]: ORG_CATALOG },
      errors: [{
        message: "Unknown team 'a: b'. Declare it under `teams` or use one that is declared.",
        line: 10, column: 23, endLine: 10, endColumn: 29,
        offers: [SUPPRESS],
      }],
    },
    {
      // Written plain, `null: { name: null }` would declare no id, and `name: 123` would be a number.
      name: 'no declaration is offered for an id that plain YAML reads as something else',
      text: onCatalog('{ team: "null", does: Orders }'),
      files: { [CATALOG]: ORG_CATALOG },
      errors: [{
        message: "Unknown team 'null'. Declare it under `teams` or use one that is declared.",
        line: 10, column: 23, endLine: 10, endColumn: 29,
        offers: [SUPPRESS],
      }],
    },
    {
      name: 'an unknown handoff target can be declared as a team or as a partner, as the message says',
      text: TO_INKOOP,
      errors: [{
        message: "Unknown team or partner 'inkoop'. Declare it under `teams` or `partners` or use one that is declared.",
        line: 17, column: 24, endLine: 17, endColumn: 30,
        offers: ["Declare team 'inkoop'", "Declare partner 'inkoop'", SUPPRESS],
      }],
      fixes: [
        { title: "Declare team 'inkoop'", preferred: false, output: TO_INKOOP.replace('  fa: { name: Facturatie }\n', '  fa: { name: Facturatie }\n  inkoop: { name: inkoop }\n') },
        // A journey without partners gets the section at its end.
        { title: "Declare partner 'inkoop'", preferred: false, output: TO_INKOOP.replace('steps:\n', 'partners:\n  inkoop: { name: inkoop }\nsteps:\n') },
      ],
    },
    {
      name: 'a catalog path that does not exist, at the uses value, counting the references left unchecked',
      text: onCatalog('{ team: ks, does: Answers }'),
      errors: [{
        message: "The catalog 'org.catalog.yaml' does not exist or cannot be read (looked for /ws/org.catalog.yaml). 2 references it might declare are not checked.",
        line: 5, column: 7, endLine: 5, endColumn: 23,
        offers: [SUPPRESS],
      }],
    },
    {
      name: 'no declaration is offered for an id declared as another kind',
      text: SHORT_HEAD + 'steps:\n  - id: a\n    customer: Calls\n    channel: ks\n',
      errors: [{
        message: "'ks' is declared as a team, not as a channel.",
        line: 13, column: 14, endLine: 13, endColumn: 16,
        offers: [SUPPRESS],
      }],
    },
  ],
});
