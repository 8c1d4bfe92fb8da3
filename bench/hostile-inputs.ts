/**
 * Inputs built to make a YAML checker hang or crash: alias bombs, deep
 * nesting, huge files and lines, floods of errors and findings. Shared by the
 * unit tests (test/unit/limits.test.ts), which assert the finding each one
 * gets, and by bench/hostile.ts, which times them.
 */
import { generateJourney } from './generate';

const HEAD = 'journey: Hostile\nowner: Ans\nneed: A need\noutcome: An outcome\n';
const STEP = 'steps:\n  - id: a\n    customer: Calls\n    channel: email\n    fallback: phone\n';

/** "Billion laughs": nine levels of ten aliases each, 10^9 strings once expanded. */
export function billionLaughs(): string {
  const lines = ['x-lol0: &lol0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
  for (let i = 1; i <= 9; i++) lines.push(`x-lol${i}: &lol${i} [${Array(10).fill(`*lol${i - 1}`).join(', ')}]`);
  return HEAD + lines.join('\n') + '\n' + STEP;
}

/** `levels` flow collections inside each other: `[[[...]]]`, or never closed. */
export function deepFlow(levels: number, open: '[' | '{', closed = true): string {
  const close = open === '[' ? ']' : '}';
  return HEAD + `x-deep: ${open.repeat(levels)}${closed ? close.repeat(levels) : ''}\n` + STEP;
}

/** `levels` block mappings, each indented one space more than the last. */
export function deepBlock(levels: number): string {
  const lines = Array.from({ length: levels }, (_, i) => `${' '.repeat(i + 1)}k${i}:`);
  return HEAD + STEP + `x-deep:\n${lines.join('\n')} end\n`;
}

/** `levels` block sequences on one line: `- - - - x`. */
export function deepSequence(levels: number): string {
  return HEAD + STEP + `x-deep:\n  ${'- '.repeat(levels)}x\n`;
}

/**
 * A clean journey padded with `x-data` to at least `bytes` (one mapping of
 * many keys), before or after its steps (the editor's segmented parser
 * re-reads what comes before the steps on every edit).
 */
export function largeFile(bytes: number, steps: 'first' | 'last' = 'first'): string {
  const row = (i: number) => `  key${i}: ${'v'.repeat(40)}\n`;
  const rows: string[] = [];
  let size = HEAD.length + STEP.length + 8;
  for (let i = 0; size < bytes; i++) {
    const r = row(i);
    rows.push(r);
    size += r.length;
  }
  const data = 'x-data:\n' + rows.join('');
  return steps === 'first' ? HEAD + STEP + data : HEAD + data + STEP;
}

/** A list of `steps` short steps; every tenth is on the web without a fallback (a fallback-missing finding). */
export function manySteps(steps: number): string {
  const lines = Array.from({ length: steps }, (_, i) => (i % 10 === 9 ? `  - { id: s${i}, customer: Looks, channel: web }` : `  - { id: s${i}, customer: Mails, channel: email, fallback: phone }`));
  return `${HEAD}steps:\n${lines.join('\n')}\n`;
}

/** A realistic journey (bench/generate.ts) of about `bytes`, to see what the typing limit costs. */
export function realisticJourney(bytes: number): string {
  const perStep = generateJourney(100).length / 100;
  return generateJourney(Math.max(1, Math.round(bytes / perStep)));
}

/** One line of `length` characters, as a title. */
export function longValue(length: number): string {
  return HEAD.replace('Hostile', 'x'.repeat(length)) + STEP;
}

/** A reference `length` characters long among `declared` declared channels: "did you mean" must not compare them all in full. */
export function longReference(length: number, declared: number): string {
  const channels = Array.from({ length: declared }, (_, i) => `  channel${i}: { kind: web }`).join('\n');
  return HEAD + `channels:\n${channels}\n` + STEP.replace('channel: email', `channel: ${'x'.repeat(length)}`);
}

/** A suppression comment naming `count` checks that do not exist. */
export function longSuppression(count: number): string {
  return `# journey-lens-disable-next-line ${'nope '.repeat(count)}\n` + HEAD + STEP;
}

/** A line-comment of `length` characters. */
export function longComment(length: number): string {
  return `#${' x'.repeat(length / 2)}\n` + HEAD + STEP;
}

/** `count` lines that are each a syntax error. */
export function manySyntaxErrors(count: number): string {
  return Array.from({ length: count }, () => ']').join('\n') + '\n';
}

/** `a: b: c` on every line: yaml reads each line as nested in the one before. */
export function nestedCompactMappings(count: number): string {
  return Array.from({ length: count }, (_, i) => `k${i}: a: b`).join('\n') + '\n';
}

/** `steps` steps, each with a `next` to an undeclared step (issue 19: "did you mean" was quadratic). */
export function unknownNexts(steps: number): string {
  const lines = Array.from({ length: steps }, (_, i) => `  - {id: s${i}, customer: c, next: [s${i}xy]}`);
  return `${HEAD}steps:\n${lines.join('\n')}\n`;
}

/** `channels` declared channels and `steps` steps, each on an undeclared channel near one of them. */
export function unknownChannels(channels: number, steps: number): string {
  const declared = Array.from({ length: channels }, (_, i) => `  ch${i}: {kind: web}`);
  const lines = Array.from({ length: steps }, (_, i) => `  - {id: s${i}, customer: c, channel: ch${i}zz}`);
  return `${HEAD}channels:\n${declared.join('\n')}\nsteps:\n${lines.join('\n')}\n`;
}
