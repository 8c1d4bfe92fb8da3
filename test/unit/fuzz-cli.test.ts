/**
 * The command line under mutation fuzzing with hostile names: the example
 * journeys, edited at random (with control characters, bidi controls and
 * line breaks among the inserted text), saved under file names that hold the
 * same characters, and checked in every format. Whatever the input, text and
 * stylish output and stderr carry no raw control character (a terminal or CI
 * runner would act on it), JSON and SARIF stay parseable and name the file
 * exactly, and the exit code is 0, 1 or 2, never an exception.
 *
 * Bounded like fuzz.test.ts: a fixed seed and a few dozen runs; set
 * JOURNEY_LENS_FUZZ_RUNS and JOURNEY_LENS_FUZZ_SEED for a longer hunt.
 */
import * as assert from 'assert';
import fc from 'fast-check';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { applyAll, mutated } from './fuzz-arbitraries';
import { cli } from './cli-helpers';

const SEED = Number(process.env.JOURNEY_LENS_FUZZ_SEED) || 20261202;
const RUNS = Number(process.env.JOURNEY_LENS_FUZZ_RUNS) || 0;
const runs = (n: number) => ({ seed: SEED, numRuns: RUNS || n });

const EXAMPLES = path.resolve(__dirname, '../../../examples');
/** What a terminal or CI runner would read as something else than text (the newline that ends each line is allowed). */
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/; // eslint-disable-line no-control-regex

/** Characters a file name can hold (not `/` or NUL) that a terminal would act on. */
const HOSTILE_NAME_PARTS = ['\n', '\r', '\t', '\x1b[2J', '\x1b]8;;x\x07', '\u202e', '\u2066', '\x7f', '\x85', '\n::error file=README.md,line=1::Injected', ' ', 'é', '🇳🇱', '..', '-'];
const hostileName = fc
  .array(fc.oneof(fc.constantFrom(...HOSTILE_NAME_PARTS), fc.string({ maxLength: 4 }).map((s) => s.replace(/[/\0]/g, '_'))), { minLength: 1, maxLength: 5 })
  .map((parts) => `${parts.join('')}.journey.yaml`);

describe('fuzz: the command line on mutated journeys with hostile file names', function () {
  this.timeout(300_000);
  let dir: string;
  let journeys: string[];
  before(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'jl-fuzz-cli-'));
    const names = (await fs.readdir(EXAMPLES)).filter((f) => f.endsWith('.yaml')).sort();
    journeys = await Promise.all(names.filter((f) => f.endsWith('.journey.yaml')).map((f) => fs.readFile(path.join(EXAMPLES, f), 'utf8')));
    // The catalogs the examples use sit beside them, as in examples/.
    for (const f of names.filter((n) => n.endsWith('.catalog.yaml'))) await fs.copyFile(path.join(EXAMPLES, f), path.join(dir, f));
  });
  after(async () => fs.rm(dir, { recursive: true, force: true }));

  it('prints no raw control character, keeps JSON and SARIF exact, and exits 0, 1 or 2', async () => {
    await fc.assert(
      fc.asyncProperty(mutated(journeys), hostileName, async ({ seed, mutations }, name) => {
        // After `--`, as a name that starts with '-' must be written on any command line.
        const file = path.join(dir, name);
        await fs.writeFile(file, applyAll(journeys[seed % journeys.length], mutations));
        try {
          for (const format of ['text', 'stylish']) {
            const r = await cli(dir, 'check', '--format', format, '--', name);
            assert.ok([0, 1, 2].includes(r.code), `exit ${r.code}: ${r.err}`);
            assert.doesNotMatch(r.out, RAW_CONTROL);
            assert.doesNotMatch(r.err, RAW_CONTROL);
          }
          const json = await cli(dir, 'check', '--format', 'json', '--', name);
          assert.ok([0, 1, 2].includes(json.code), json.err);
          const files = (JSON.parse(json.out) as { file: string }[]).map((f) => f.file);
          assert.ok(files.every((f) => f === name), `JSON names ${JSON.stringify(files)}, not ${JSON.stringify(name)}`);
          const sarif = await cli(dir, 'check', '--format', 'sarif', '--', name);
          const results = (JSON.parse(sarif.out) as { runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] }).runs[0].results;
          for (const r of results) assert.strictEqual(decodeURIComponent(r.locations[0].physicalLocation.artifactLocation.uri), name);
          // The whole folder, as CI runs it: the walk meets the hostile name itself.
          const walk = await cli(dir, 'check', '.', '--format', 'text');
          assert.ok([0, 1, 2].includes(walk.code), walk.err);
          assert.doesNotMatch(walk.out, RAW_CONTROL);
        } finally {
          await fs.rm(file, { force: true });
        }
      }),
      runs(30),
    );
  });
});

