/**
 * The bundled examples show the checks in action: each deliberate defect is
 * marked in the YAML by a comment that starts with the check id, and produces
 * exactly the finding listed here, nothing else. Positions are 1-based
 * `line:col`, as `journey-lens check --format text` prints them.
 *
 * The rule pages in docs/rules are held to the same standard: each page's
 * failing example produces exactly the findings the page shows, and its
 * corrected twin produces none.
 */
import * as assert from 'assert';
import { promises as fs } from 'fs';
import * as path from 'path';
import { ALL_RULES, CatalogCache, checkText, type Finding, nodeFileHost, RULES_BY_ID } from '../../src/core';
import { checkExamples, examplesOf, shownFindings } from './rule-pages';
import journeySchema from '../../schemas/journey.schema.json';

// Tests run compiled from out/test/unit/.
const EXAMPLES = path.resolve(__dirname, '../../../examples');
const RULE_DOCS = path.resolve(__dirname, '../../../docs/rules');

const EXPECTED: Record<string, string[]> = {
  'energie.catalog.yaml': [],
  'insurance.catalog.yaml': [],
  'verhuizing.journey.yaml': [
    '25:14 fallback-missing',
    '45:98 promise-at-risk',
    '71:16 partner-no-fallback',
    '90:62 asked-twice',
    '100:38 unused-suppression',
    '122:15 handoff-unclear',
  ],
  'opzeggen.journey.yaml': [
    '7:11 review-overdue',
    '15:3 duplicate-id',
    '24:1 no-end',
    '45:15 fallback-ineffective',
    '51:5 promise-unowned',
    '80:15 handoff-pingpong',
    '104:9 step-unreachable',
  ],
  // Its design is clean; what its log shows comes from the evidence checks (example-log.test.ts).
  'jaarafrekening.journey.yaml': [],
  'insurance-claim.journey.yaml': [
    '5:1 owner-missing',
    '15:3 partner-no-agreement',
    '33:14 emotion-low-unaddressed',
    '73:5 schema',
    '82:18 unknown-reference',
    '96:5 handoff-chain',
    '118:14 step-unsupported',
  ],
};

async function findingsOf(file: string): Promise<{ text: string; findings: Finding[] }> {
  const absPath = path.join(EXAMPLES, file);
  const text = await fs.readFile(absPath, 'utf8');
  const findings = await checkText(absPath, text, nodeFileHost, { today: '2026-11-23', catalogs: new CatalogCache() });
  return { text, findings };
}

const brief = (f: Finding) => `${f.range.start.line + 1}:${f.range.start.character + 1} ${f.rule}`;

/** The check ids named by defect comments (`# <id>[, <id>]: why`). */
function markedRules(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/^\s*#\s*([a-z-]+(?:\s*,\s*[a-z-]+)*)\s*:/gm)) {
    for (const id of m[1].split(',').map((s) => s.trim())) if (RULES_BY_ID.has(id)) out.add(id);
  }
  return out;
}

// jaarafrekening.journey.yaml uses the evidence keys: until the journey schema has them, it has schema findings only.
const schemaKnowsEvidence = 'evidence' in ((journeySchema as { properties?: object }).properties ?? {});
const needsEvidenceSchema = (file: string) => file === 'jaarafrekening.journey.yaml' && !schemaKnowsEvidence;

describe('examples', () => {
  it('lists every file in examples/', async () => {
    const files = (await fs.readdir(EXAMPLES)).filter((f) => /\.(journey|catalog)\.ya?ml$/.test(f)).sort();
    assert.deepStrictEqual(files, Object.keys(EXPECTED).sort());
  });

  for (const [file, expected] of Object.entries(EXPECTED)) {
    it(`${file} has exactly its deliberate findings`, async function () {
      if (needsEvidenceSchema(file)) this.skip();
      const { findings } = await findingsOf(file);
      assert.deepStrictEqual(findings.map(brief), expected, findings.map((f) => `${brief(f)} ${f.message}`).join('\n'));
    });

    if (file.endsWith('.journey.yaml')) {
      it(`${file} marks each deliberate defect with a comment naming its check`, async function () {
        if (needsEvidenceSchema(file)) this.skip();
        const { text, findings } = await findingsOf(file);
        assert.deepStrictEqual([...markedRules(text)].sort(), [...new Set(findings.map((f) => f.rule))].sort(), 'the checks marked by `# <id>: why` comments against the checks that fire');
      });
    }
  }

  it("opzeggen's review is overdue because of its date: due on 2026-06-15, not a day before", async () => {
    // Reviewed 2025-06-15, every 12 months by default: the finding depends on the day the check runs.
    const file = path.join(EXAMPLES, 'opzeggen.journey.yaml');
    const text = await fs.readFile(file, 'utf8');
    const overdueOn = async (today: string) => (await checkText(file, text, nodeFileHost, { today, catalogs: new CatalogCache() })).filter((f) => f.rule === 'review-overdue').map(brief);
    assert.deepStrictEqual(await overdueOn('2026-06-15'), []);
    assert.deepStrictEqual(await overdueOn('2026-06-16'), ['7:11 review-overdue']);
  });
});

/** What a check page says in each language: its severity line, and where its pages are. */
const PAGES = {
  en: { dir: RULE_DOCS, severity: 'Default severity', reports: '`journey-lens check` reports:' },
  nl: { dir: path.join(RULE_DOCS, 'nl'), severity: 'Standaardernst', reports: '`journey-lens check --lang nl` meldt:' },
} as const;

for (const [language, pages] of Object.entries(PAGES)) {
  describe(`docs/rules${language === 'en' ? '' : `/${language}`}`, () => {
    it('has a page for every check, and the README lists each with its default severity', async () => {
      const readme = await fs.readFile(path.join(pages.dir, 'README.md'), 'utf8');
      for (const rule of ALL_RULES) {
        const page = await fs.readFile(path.join(pages.dir, `${rule.id}.md`), 'utf8');
        assert.ok(page.startsWith(`# ${rule.id}\n`), `${rule.id}.md starts with its title`);
        assert.ok(page.includes(`${pages.severity}: **${rule.defaultSeverity}**`), `${rule.id}.md states severity ${rule.defaultSeverity}`);
        assert.ok(readme.includes(`| [${rule.id}](${rule.id}.md) | ${rule.defaultSeverity} |`), `${path.relative(path.resolve(RULE_DOCS, '..', '..'), pages.dir)}/README.md has no row "| [${rule.id}](${rule.id}.md) | ${rule.defaultSeverity} | … |"`);
      }
    });

    for (const rule of ALL_RULES) {
      it(`${rule.id}.md: the failing example shows its findings, the corrected one has none`, async () => {
        const page = await fs.readFile(path.join(pages.dir, `${rule.id}.md`), 'utf8');
        const groups = examplesOf(page);
        const shown = shownFindings(page);
        assert.ok(shown, 'the page shows the findings of its failing example');
        assert.ok(page.includes(pages.reports), `the page introduces them with ${pages.reports}`);
        const fail = await checkExamples(groups.fail, language, groups.logs.fail);
        assert.ok(fail.some((l) => l.endsWith(`[${rule.id}]`)), `the failing example triggers ${rule.id}`);
        assert.deepStrictEqual(fail, shown, 'the failing example gives other findings than the page shows (node scripts/rule-docs-findings.mjs rewrites them)');
        assert.ok(Object.keys(groups.pass).length > 0, 'the page has a corrected example');
        assert.deepStrictEqual(await checkExamples(groups.pass, language, groups.logs.pass), [], 'the corrected example has findings');
      });
    }
  });
}

describe('docs/rules/nl', () => {
  it('translates each English page with the same examples', async () => {
    for (const rule of ALL_RULES) {
      const en = await fs.readFile(path.join(PAGES.en.dir, `${rule.id}.md`), 'utf8');
      const nl = await fs.readFile(path.join(PAGES.nl.dir, `${rule.id}.md`), 'utf8');
      assert.deepStrictEqual(examplesOf(nl), examplesOf(en), `${rule.id}: the examples of the Dutch page`);
      assert.ok(!/^## (What it finds|Why it matters|Example|Fixed|Configure)/m.test(nl), `${rule.id}: English headings left`);
    }
  });
});
