import { yaml } from '../helpers';
import { CATALOG, journey, ORG_CATALOG, SHORT_HEAD } from './heads';
import { ruleTester } from './rule-tester';

const SUPPRESS = "Suppress 'duplicate-id' on this line";

/** SHORT_HEAD on ORG_CATALOG, so its channel telefoon (line 7) and team ks (line 9) are declared twice. */
const REDECLARES = SHORT_HEAD.replace('need: A need\n', 'need: A need\nuses: org.catalog.yaml\n')
  + 'steps:\n  - id: a\n    customer: Calls\n    channel: telefoon\n    process: [{ team: ks, does: Answers }, { team: fa, does: Bills }]\n';
// `telefoon` is the journey's only channel: the `channels:` key goes with it.
const WITHOUT_CHANNEL = REDECLARES.replace('channels:\n  telefoon: { kind: phone }\n', '');
const WITHOUT_KS = '  ks: { name: Klantenservice, line: front }\n';

const CHANNEL_TWICE = {
  message: "The channel 'telefoon' is already declared in the catalog 'org.catalog.yaml' that this journey uses. Remove this declaration, or give it another id.",
  line: 7, column: 3, endLine: 7, endColumn: 11,
  related: [{ message: "'telefoon' declared in the catalog", line: 3, column: 3, endLine: 3, endColumn: 11, file: CATALOG }],
};
const TEAM_TWICE = (line: number) => ({
  message: "The team 'ks' is already declared in the catalog 'org.catalog.yaml' that this journey uses. Remove this declaration, or give it another id.",
  line, column: 3, endLine: line, endColumn: 5,
  related: [{ message: "'ks' declared in the catalog", line: 5, column: 3, endLine: 5, endColumn: 5, file: CATALOG }],
});

ruleTester('duplicate-id', {
  valid: [
    {
      name: 'unique step ids',
      text: journey(yaml`
        - id: a
          customer: One
        - id: b
          customer: Two
      `),
    },
    {
      name: 'a journey that uses the catalog without redeclaring it',
      text: WITHOUT_CHANNEL.replace(WITHOUT_KS, ''),
      files: { [CATALOG]: ORG_CATALOG },
    },
  ],
  invalid: [
    {
      name: 'the second step with an id, relating the first, renamed to a free id',
      text: journey(yaml`
        - id: a
          customer: One
        - id: a
          customer: Two
      `),
      errors: [{
        message: "Another step already has the id 'a'. Give each step its own id.",
        line: 22, column: 7, endLine: 22, endColumn: 8, severity: 'error',
        related: [{ message: "First step with id 'a'", line: 20, column: 7, endLine: 20, endColumn: 8 }],
        offers: ["Rename this step to 'a-2'", SUPPRESS],
      }],
      fixes: [{
        title: "Rename this step to 'a-2'",
        preferred: true,
        output: journey(yaml`
          - id: a
            customer: One
          - id: a-2
            customer: Two
        `),
      }],
    },
    {
      name: 'a second step with the same id is renamed to an id no step has',
      text: SHORT_HEAD + 'steps:\n  - id: a\n    customer: Calls\n  - id: a-2\n    customer: Waits\n  - id: a\n    customer: Calls again\n',
      errors: [{
        message: "Another step already has the id 'a'. Give each step its own id.",
        line: 15, column: 9, endLine: 15, endColumn: 10,
        related: [{ message: "First step with id 'a'", line: 11, column: 9, endLine: 11, endColumn: 10 }],
      }],
      fixes: [{
        title: "Rename this step to 'a-3'",
        preferred: true,
        output: SHORT_HEAD + 'steps:\n  - id: a\n    customer: Calls\n  - id: a-2\n    customer: Waits\n  - id: a-3\n    customer: Calls again\n',
      }],
    },
    {
      name: 'a journey team with the id of a catalog partner',
      text: 'journey: T\nowner: X\nneed: N\noutcome: O\nuses: [org.catalog.yaml]\nteams:\n  stedin: { name: Team }\nsteps:\n  - id: a\n    customer: C\n',
      files: { [CATALOG]: 'catalog: Org\npartners:\n  stedin: { name: Stedin, agreement: A, sla: 5 days, fallback: F }\n' },
      errors: [{
        message: "'stedin' is already declared as a partner in the catalog 'org.catalog.yaml' that this journey uses. Remove this declaration, or give it another id.",
        line: 7, column: 3, endLine: 7, endColumn: 9,
        related: [{ message: "'stedin' declared in the catalog", line: 3, column: 3, endLine: 3, endColumn: 9, file: CATALOG }],
        offers: ["Remove this declaration and use the catalog's 'stedin'", SUPPRESS],
      }],
      // The journey's only team: the `teams:` key goes with it.
      fixes: [{
        title: "Remove this declaration and use the catalog's 'stedin'",
        preferred: true,
        output: 'journey: T\nowner: X\nneed: N\noutcome: O\nuses: [org.catalog.yaml]\nsteps:\n  - id: a\n    customer: C\n',
      }],
    },
    {
      name: 'a team and a partner with one id in the journey',
      text: journey(yaml`
        - id: a
          customer: C
      `).replace('partners:\n', 'partners:\n  ks: { name: Partner KS, agreement: A, fallback: F }\n'),
      errors: [{
        message: "'ks' is declared both as a team and as a partner, so a handoff to 'ks' is ambiguous. Give one of them another id.",
        line: 17, column: 3, endLine: 17, endColumn: 5,
        related: [{ message: "Team 'ks'", line: 11, column: 3, endLine: 11, endColumn: 5 }],
      }],
    },
    {
      name: "no removal is offered for a team and a partner of one id in the journey (neither is the catalog's)",
      text: SHORT_HEAD + 'partners:\n  ks: { name: KS bv }\nsteps:\n  - id: a\n    customer: Calls\n',
      errors: [{
        message: "'ks' is declared both as a team and as a partner, so a handoff to 'ks' is ambiguous. Give one of them another id.",
        line: 11, column: 3, endLine: 11, endColumn: 5,
        related: [{ message: "Team 'ks'", line: 8, column: 3, endLine: 8, endColumn: 5 }],
        offers: [SUPPRESS],
      }],
    },
    {
      name: "the journey's redeclaration of a catalog's id is removed, so the catalog's is used",
      text: REDECLARES,
      files: { [CATALOG]: ORG_CATALOG },
      errors: [CHANNEL_TWICE, TEAM_TWICE(9)],
      fixes: [
        { finding: 0, title: "Remove this declaration and use the catalog's 'telefoon'", preferred: true, output: WITHOUT_CHANNEL },
        { finding: 1, title: "Remove this declaration and use the catalog's 'ks'", preferred: true, output: REDECLARES.replace(WITHOUT_KS, '') },
      ],
    },
    {
      name: 'after the channel, the team: nothing of the catalog is declared twice, and the YAML stays whole',
      text: WITHOUT_CHANNEL,
      files: { [CATALOG]: ORG_CATALOG },
      errors: [TEAM_TWICE(7)],
      fixes: [{ title: "Remove this declaration and use the catalog's 'ks'", preferred: true, output: WITHOUT_CHANNEL.replace(WITHOUT_KS, ''), remaining: ['handoff-unclear'] }],
    },
  ],
});
