/**
 * The list of checks (ALL_RULES) holds every check exactly once, and the
 * places a user meets the checks list the same ones: the rule modules, the
 * documentation pages in both languages, the SARIF rules of a CI run and
 * the `checks` of the configuration file.
 */
import * as assert from 'assert';
import { promises as fs } from 'fs';
import * as path from 'path';
import { formatSarif } from '../../src/core';
import { ALL_RULES, JOURNEY_RULES } from '../../src/core/rules';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const ids = ALL_RULES.map((r) => r.id);

/** Every `id: '…'` that a module under src/core/rules declares: read from the source, not from the list. */
async function declaredInModules(dir = path.join(ROOT, 'src', 'core', 'rules')): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await declaredInModules(file)));
    else if (entry.name.endsWith('.ts')) out.push(...[...(await fs.readFile(file, 'utf8')).matchAll(/^\s+id: '([a-z-]+)',$/gm)].map((m) => m[1]));
  }
  return out;
}

const sorted = (list: Iterable<string>) => [...list].sort();

describe('the list of checks', () => {
  it('holds each check once', () => {
    assert.strictEqual(new Set(ids).size, ids.length, `twice: ${ids.filter((id, i) => ids.indexOf(id) !== i).join(', ')}`);
  });

  it('holds every check a rule module declares, and runs each model check of it', async () => {
    assert.deepStrictEqual(sorted(ids), sorted(await declaredInModules()));
    // The pipeline makes the syntax, schema, catalog and suppression findings itself (a PipelineRule names where); the rest are journey rules.
    const pipeline = ALL_RULES.filter((r) => 'madeBy' in r).map((r) => r.id);
    assert.deepStrictEqual(sorted(pipeline), ['catalog-invalid', 'schema', 'unused-suppression', 'yaml-syntax']);
    assert.deepStrictEqual(sorted(JOURNEY_RULES.map((r) => r.id)), sorted(ids.filter((id) => !pipeline.includes(id))));
  });

  for (const dir of ['docs/rules', 'docs/rules/nl']) {
    it(`matches the pages of ${dir}`, async () => {
      const pages = (await fs.readdir(path.join(ROOT, dir))).filter((f) => f.endsWith('.md') && f !== 'README.md').map((f) => f.slice(0, -3));
      assert.deepStrictEqual(sorted(pages), sorted(ids));
    });
  }

  it('matches the rules of a SARIF run: each links its page and has the severity the page states', async () => {
    type SarifRule = { id: string; helpUri: string; defaultConfiguration: { level: string } };
    const sarif = JSON.parse([...formatSarif([], ROOT, '0.0.0')].join('')) as { runs: { tool: { driver: { rules: SarifRule[] } } }[] };
    const rules = sarif.runs[0].tool.driver.rules;
    assert.deepStrictEqual(rules.map((r) => r.id), ids);
    // SARIF has three levels: info and hint are both a note.
    const level: Record<string, string> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };
    for (const r of rules) {
      const page = await fs.readFile(path.join(ROOT, 'docs', 'rules', `${r.id}.md`), 'utf8');
      const stated = /Default severity: \*\*(\w+)\*\*/.exec(page)?.[1] ?? '(none)';
      assert.strictEqual(r.defaultConfiguration.level, level[stated], `${r.id}: the page states ${stated}`);
      assert.ok(r.helpUri.endsWith(`/docs/rules/${r.id}.md`), `${r.id}: ${r.helpUri}`);
    }
  });

  it('matches the checks the configuration file can set', async () => {
    const schema = JSON.parse(await fs.readFile(path.join(ROOT, 'schemas', 'config.schema.json'), 'utf8')) as { properties: { checks: { properties: Record<string, unknown> } } };
    assert.deepStrictEqual(Object.keys(schema.properties.checks.properties), ids);
  });
});
