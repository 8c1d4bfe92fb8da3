/**
 * The config's globs: the same answers as picomatch on the patterns Journey
 * Lens supports, and linear time on patterns built to backtrack.
 */
import * as assert from 'assert';
import picomatch from 'picomatch';
import { compileGlobs, globProblem } from '../../src/core/config/glob';
import { MAX_GLOB_LENGTH } from '../../src/core/engine/limits';

const PATTERNS = [
  '**/*.journey.yaml', '**/*.{journey,catalog}.{yaml,yml}', '**/node_modules/**', '**/.git/**', 'journeys/*.journey.yaml',
  'journeys/**', '*', '**', '?.journey.yaml', '[ab]*.journey.yaml', '[^a]*', '[a-c]?x', 'drafts/**/old-*', 'a/**/b/**/c',
  '{a,{b,c}}/*.yaml', 'x\\*y', '.hidden/*', '**/.hidden/**', '[]]x', '{,sub/}*.yaml',
];
const PATHS = [
  'a.journey.yaml', 'b.journey.yaml', 'journeys/a.journey.yaml', 'journeys/nl/p.journey.yaml', 'node_modules/x/a.journey.yaml',
  'src/node_modules', '.git/config', 'x/.git/HEAD', '.hidden/a.journey.yaml', 'x/.hidden/y/z', 'a.catalog.yml', 'c.journey.yml',
  'bx', 'ccx', 'drafts/2026/old-a', 'drafts/old-b', 'a/b/c', 'a/x/b/y/c', 'a/c', 'b/z.yaml', 'x*y', 'xzy', ']x', 'sub/q.yaml', 'q.yaml',
];

describe('config globs', () => {
  for (const dot of [false, true]) {
    it(`answers as picomatch does on the supported syntax (dot: ${dot})`, () => {
      const differences: string[] = [];
      for (const pattern of PATTERNS) {
        assert.strictEqual(globProblem(pattern), undefined, pattern);
        const ours = compileGlobs([pattern], dot);
        const theirs = picomatch(pattern, { dot });
        for (const p of PATHS) if (ours(p) !== theirs(p)) differences.push(`${pattern} ${p}: ours ${ours(p)}, picomatch ${theirs(p)}`);
      }
      assert.deepStrictEqual(differences, []);
    });
  }

  it('reads [!a] as "not a", as POSIX and bash do (picomatch reads it as "! or a")', () => {
    assert.deepStrictEqual(['a.yaml', 'b.yaml', '!.yaml'].map(compileGlobs(['[!a]*'])), [false, true, true]);
  });

  it('matches any of several globs, and none of the unusable ones', () => {
    const m = compileGlobs(['+(a*)*b', '', '*.yaml', '[']);
    assert.deepStrictEqual(['x.yaml', 'ab', '', '['].map(m), [true, false, false, false]);
  });

  it('finishes on patterns built to backtrack, against long names', function () {
    this.timeout(5_000); // picomatch takes seconds to minutes on each of these
    const name = 'a'.repeat(250);
    const hostile = [
      '*a*a*a*a*a*a*a*a*a*a*b',
      '**/*a*a*a*a*a*b',
      `**/${'*a'.repeat(200)}*b`,
      '{a,a}{a,a}{a,a}{a,a}{a,a}{a,a}{a,a}{a,a}*b',
      `${'**/'.repeat(100)}b`,
      `${'?'.repeat(200)}*b`,
      `${'[a-z]*'.repeat(100)}b`,
    ];
    const paths = [name, `${'a/'.repeat(200)}${name}`];
    for (const pattern of hostile) {
      assert.ok(pattern.length <= MAX_GLOB_LENGTH, pattern);
      assert.strictEqual(globProblem(pattern), undefined, pattern);
      const m = compileGlobs([pattern], true);
      for (const p of paths) assert.strictEqual(m(p), false, pattern);
    }
  });
});
