import { CATALOG, ORG_CATALOG } from './heads';
import { ruleTester } from './rule-tester';

/** A journey on org.catalog.yaml (`uses` line 5), with the catalog's channel and team. */
const ON_CATALOG = 'journey: Fixes\nowner: Ans\nneed: A need\noutcome: An outcome\nuses: org.catalog.yaml\nsteps:\n  - id: a\n    customer: Calls\n    channel: telefoon\n    process: [{ team: ks, does: Answers }]\n';
const ONE_PROBLEM = "The catalog 'org.catalog.yaml' has a problem; open it to see it. Its valid declarations are used meanwhile.";

ruleTester('catalog-invalid', {
  valid: [
    { name: 'a valid catalog', text: ON_CATALOG, files: { [CATALOG]: ORG_CATALOG } },
  ],
  invalid: [
    {
      name: 'a catalog that breaks the format, at the uses value; its valid declarations are still used',
      text: ON_CATALOG,
      files: { [CATALOG]: `${ORG_CATALOG}colour: blue\n` },
      errors: [{ message: ONE_PROBLEM, line: 5, column: 7, endLine: 5, endColumn: 23, severity: 'error', offers: ["Suppress 'catalog-invalid' on this line"] }],
    },
    {
      name: 'a catalog with a YAML syntax error',
      text: ON_CATALOG,
      files: { [CATALOG]: `${ORG_CATALOG}  bad: [unclosed\n` },
      errors: [{ message: ONE_PROBLEM, line: 5, column: 7, endLine: 5, endColumn: 23 }],
    },
    {
      name: 'the number of problems',
      text: ON_CATALOG,
      files: { [CATALOG]: `${ORG_CATALOG}colour: blue\nsize: 3\n` },
      errors: [{
        message: "The catalog 'org.catalog.yaml' has 2 problems; open it to see them. Its valid declarations are used meanwhile.",
        line: 5, column: 7, endLine: 5, endColumn: 23,
      }],
    },
    {
      name: 'in Dutch',
      text: ON_CATALOG,
      files: { [CATALOG]: `${ORG_CATALOG}colour: blue\n` },
      language: 'nl',
      errors: [{
        message: "De catalogus 'org.catalog.yaml' heeft een probleem; open hem om het te zien. Zijn geldige declaraties worden intussen gebruikt.",
        line: 5, column: 7, endLine: 5, endColumn: 23,
      }],
    },
  ],
});
