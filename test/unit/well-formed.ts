/**
 * What every finding must satisfy, whatever the input: a known severity, a
 * message, and a range that lies inside its document (line < line count,
 * character ≤ that line's length, start ≤ end). Lines are counted here
 * independently of LineIndex, at \r\n, \r and \n as VS Code counts them, so
 * the check does not trust the code it checks.
 */
import * as assert from 'assert';
import { type Finding, type Position, type Range, SEVERITIES } from '../../src/core';

export function lineLengths(text: string): number[] {
  return text.split(/\r\n|\r|\n/).map((l) => l.length);
}

function assertPosition(p: Position, lengths: number[], where: string): void {
  assert.ok(Number.isInteger(p.line) && Number.isInteger(p.character), `${where}: integer position ${JSON.stringify(p)}`);
  assert.ok(p.line >= 0 && p.line < lengths.length, `${where}: line ${p.line} outside 0..${lengths.length - 1}`);
  assert.ok(p.character >= 0 && p.character <= lengths[p.line], `${where}: character ${p.character} outside line ${p.line} of length ${lengths[p.line]}`);
}

export function assertRangeInside(range: Range, text: string | number[], where: string): void {
  const lengths = typeof text === 'string' ? lineLengths(text) : text;
  assertPosition(range.start, lengths, `${where} start`);
  assertPosition(range.end, lengths, `${where} end`);
  const { start, end } = range;
  assert.ok(start.line < end.line || (start.line === end.line && start.character <= end.character), `${where}: start after end ${JSON.stringify(range)}`);
}

/**
 * Asserts that `findings` of the file `file` are well formed; `texts` maps
 * absolute paths to the texts of that file and of any catalog a related
 * location may point into.
 */
export function assertWellFormed(findings: readonly Finding[], file: string, texts: Readonly<Record<string, string>>): void {
  // Each text is split once: a hostile file may have 10,000 findings.
  const lengths = new Map<string, number[]>();
  const linesOf = (f: string) => lengths.get(f) ?? lengths.set(f, lineLengths(texts[f])).get(f)!;
  for (const f of findings) {
    const where = `${f.rule} "${f.message.slice(0, 80)}"`;
    assert.ok(typeof f.rule === 'string' && f.rule.length > 0, `${where}: a rule id`);
    assert.ok(SEVERITIES.includes(f.severity), `${where}: severity ${f.severity}`);
    assert.ok(typeof f.message === 'string' && f.message.trim().length > 0, `${where}: a message`);
    // A check that threw is caught and reported as a finding; for the fuzz tests that is a bug.
    assert.doesNotMatch(f.message, /could not run the check/, where);
    assertRangeInside(f.range, linesOf(file), where);
    for (const r of f.related) {
      assert.ok(r.file in texts, `${where}: related location in an unknown file ${r.file}`);
      assertRangeInside(r.range, linesOf(r.file), `${where} related`);
    }
  }
}
