/**
 * Generators for the fuzz tests: edits that people (and copy-paste from
 * other tools) make to journey files, random YAML-ish text, and journeys,
 * catalogs and configs whose values have the wrong types. Edits are plain
 * data so that a failing case prints readably and shrinks.
 */
import fc from 'fast-check';

/** One edit, applied by `applyMutation`; positions and lines wrap around the text. */
export type Mutation =
  | { op: 'cut'; at: number }
  | { op: 'delete-line'; line: number }
  | { op: 'duplicate-line'; line: number }
  | { op: 'swap-lines'; line: number }
  | { op: 'insert'; at: number; text: string }
  | { op: 'swap-type'; line: number; value: string }
  | { op: 'indent'; line: number; by: number }
  | { op: 'line-endings'; to: '\r\n' | '\r' }
  | { op: 'bom' };

/** Characters that upset parsers and editors: tabs, BOM, NUL, line breaks of every kind, bidi controls, lone surrogates. */
const ODD = [
  '\t', '\uFEFF', '\0', '\r', '\r\n', '\n', '\u2028', '\u2029', '\u0085', '\u000B', '\u000C', '\x1b',
  '\uD800', '\uDFFF', '\u202E', '\u2066', '\u200B', '\u200D', '\u200F', '\uFFFE', '\uFFFF',
  '#', ': ', '- ', '&a ', '*a', '!!str ', '!foo ', '{', '}', '[', ']', '"', "'", '|', '>', '%', '---\n', '...\n', '? ', ',', '@', '`', '\\',
];

/** Text in other scripts and shapes, repeated into long runs. */
const UNICODE = ['👩‍👩‍👧‍👦', '🇳🇱', 'שלום עולם', 'مرحبا', 'e\u0301\u0302\u0303\u0304', '\u202Eevil\u202C', '𝔘𝔫𝔦𝔠𝔬𝔡𝔢', '中文字', 'Z̷̧̛a̶l̷g̵o̴'];

/** Values that change a key's type: collections, numbers, tags, anchors, dates that are not dates. */
export const SWAPPED_VALUES = [
  '[]', '{}', '[a, b]', '{a: 1}', '42', '-1', '3.5', '1e400', 'true', 'null', '~', '""', "''", '|', '>-', '&x', '*x', '&x [*x]',
  '!!binary aGVsbG8=', '!!int "x"', '!!map', '!!set {a}', '2026-13-45', '.nan', '-.inf', '0x1F', '- item', 'a: b', '? k', '@x', '"open', "'open",
];

const longUnicode = fc.tuple(fc.constantFrom(...UNICODE), fc.integer({ min: 1, max: 300 })).map(([s, n]) => s.repeat(n));
const insertion = fc.oneof(fc.constantFrom(...ODD), longUnicode, fc.string({ unit: 'binary', maxLength: 12 }));

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('cut' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('delete-line' as const), line: fc.nat() }),
  fc.record({ op: fc.constant('duplicate-line' as const), line: fc.nat() }),
  fc.record({ op: fc.constant('swap-lines' as const), line: fc.nat() }),
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), text: insertion }),
  fc.record({ op: fc.constant('swap-type' as const), line: fc.nat(), value: fc.constantFrom(...SWAPPED_VALUES) }),
  fc.record({ op: fc.constant('indent' as const), line: fc.nat(), by: fc.integer({ min: -4, max: 4 }) }),
  fc.record({ op: fc.constant('line-endings' as const), to: fc.constantFrom('\r\n' as const, '\r' as const) }),
  fc.constant({ op: 'bom' as const }),
);

export function applyMutation(text: string, m: Mutation): string {
  const at = (n: number) => n % (text.length + 1);
  const lines = text.split('\n');
  const line = (n: number) => n % lines.length;
  switch (m.op) {
    case 'cut':
      return text.slice(0, at(m.at));
    case 'delete-line':
      lines.splice(line(m.line), 1);
      return lines.join('\n');
    case 'duplicate-line':
      lines.splice(line(m.line), 0, lines[line(m.line)]);
      return lines.join('\n');
    case 'swap-lines': {
      const i = line(m.line);
      const j = (i + 1) % lines.length;
      [lines[i], lines[j]] = [lines[j], lines[i]];
      return lines.join('\n');
    }
    case 'insert':
      return text.slice(0, at(m.at)) + m.text + text.slice(at(m.at));
    case 'swap-type': {
      const i = line(m.line);
      // Replace the value of `key: value` or of `- value`, keeping the key and indentation.
      lines[i] = lines[i].replace(/^(\s*(?:- )?(?:[^:#\s][^:#]*:)?\s+)\S.*$/, (_, head: string) => head + m.value);
      return lines.join('\n');
    }
    case 'indent': {
      const i = line(m.line);
      lines[i] = m.by >= 0 ? ' '.repeat(m.by) + lines[i] : lines[i].replace(new RegExp(`^ {0,${-m.by}}`), '');
      return lines.join('\n');
    }
    case 'line-endings':
      return text.replace(/\r?\n/g, m.to);
    case 'bom':
      return `\uFEFF${text}`;
  }
}

/** A seed text with one to four edits applied in turn. */
export function mutated(seeds: readonly string[]): fc.Arbitrary<{ seed: number; mutations: Mutation[] }> {
  return fc.record({ seed: fc.nat({ max: seeds.length - 1 }), mutations: fc.array(mutation, { minLength: 1, maxLength: 4 }) });
}

export const applyAll = (text: string, mutations: readonly Mutation[]) => mutations.reduce(applyMutation, text);

/** Pieces of YAML syntax and journey words, glued at random. */
const TOKENS = [
  'journey', 'steps', 'id', 'customer', 'channel', 'fallback', 'process', 'team', 'handoff', 'uses', 'catalog', 'checks', 'phone', 'web',
  ': ', ':', '\n', '  ', '    ', '- ', '-', '[', ']', '{', '}', ', ', '&a ', '*a', '!!str ', '!!map ', '|', '>', '#', '"', "'", '---', '...',
  '? ', '\t', '%YAML 1.2', '%TAG ! tag:x,2000:', '<<: ', '\uFEFF', '\0', '\r', '@', '`',
];

export const yamlSoup: fc.Arbitrary<string> = fc
  .array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...TOKENS) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) }), { maxLength: 80 })
  .map((parts) => parts.join(''));

/** Any value at all, kept small: what a misunderstood key ends up holding. */
const anyValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.string({ maxLength: 8 }), fc.integer(), fc.double(), fc.boolean(), fc.constant(null),
    fc.constantFrom('phone', 'web', 'email', 'ks', 'net', 'a', 'b', '3 days', 'P2D', '1 working day', '2020-01-01', '-2'),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(fc.string({ maxLength: 6 }), tie('value'), { maxKeys: 3 }),
  ),
})).value;

/** Usually the right kind of value, sometimes anything. */
const mostly = <T>(good: fc.Arbitrary<T>) => fc.oneof({ weight: 3, arbitrary: good as fc.Arbitrary<unknown> }, { weight: 1, arbitrary: anyValue });

const ids = ['a', 'b', 'c', 'ks', 'bo', 'net', 'crm', 'phone', 'web', 'chat', 'telefoon', 'klantenservice', 'netbeheerder', 'x-y'];
const id = fc.constantFrom(...ids);
const duration = fc.constantFrom('1 day', '3 working days', '2 hours', 'PT4H', 'P2D', '5 werkdagen', 'soon', '');

const channel = fc.record({ kind: mostly(fc.constantFrom('web', 'app', 'phone', 'chat', 'store', 'other', 'fax')), human: mostly(fc.boolean()), name: anyValue }, { requiredKeys: [] });
const team = fc.record({ name: mostly(fc.string()), line: mostly(fc.constantFrom('front', 'back', 'side')) }, { requiredKeys: [] });
const partner = fc.record({ name: anyValue, agreement: anyValue, sla: mostly(duration), fallback: anyValue }, { requiredKeys: [] });
const declarations = {
  channels: mostly(fc.dictionary(id, channel, { maxKeys: 4 })),
  teams: mostly(fc.dictionary(id, team, { maxKeys: 4 })),
  systems: mostly(fc.dictionary(id, fc.record({ name: anyValue }, { requiredKeys: [] }), { maxKeys: 2 })),
  partners: mostly(fc.dictionary(id, partner, { maxKeys: 3 })),
};

const task = fc.record({
  team: mostly(id), partner: mostly(id), does: mostly(fc.string()), system: mostly(fc.oneof(id, fc.array(id))),
  handoff: mostly(fc.record({ to: mostly(id), gives: anyValue, within: mostly(duration) }, { requiredKeys: [] })),
}, { requiredKeys: [] });

const step = fc.record({
  id: mostly(id), customer: mostly(fc.string()), stage: mostly(fc.constantFrom('Een', 'Twee')), channel: mostly(id),
  fallback: mostly(fc.oneof(id, fc.array(id, { maxLength: 3 }))), emotion: mostly(fc.integer({ min: -3, max: 3 })),
  kano: mostly(fc.constantFrom('basic', 'satisfier', 'delighter', 'meh')), pain: anyValue, idea: anyValue,
  'moment-of-truth': anyValue, asks: mostly(fc.array(fc.constantFrom('adres', 'Adres ', 'datum', 'iban'), { maxLength: 3 })),
  promise: mostly(fc.record({ says: anyValue, by: mostly(id), within: mostly(duration) }, { requiredKeys: [] })),
  partners: mostly(fc.array(id, { maxLength: 3 })), process: mostly(fc.array(task, { maxLength: 4 })),
  next: mostly(fc.array(id, { maxLength: 3 })), end: mostly(fc.boolean()), script: anyValue,
}, { requiredKeys: [] });

/** The catalogs `uses` may name in the fuzz tests: real, missing, outside the workspace, or not a path. */
export const USES = ['energie.catalog.yaml', 'insurance.catalog.yaml', 'missing.catalog.yaml', '../../etc/passwd', '/etc/passwd', 'sub/../energie.catalog.yaml'];

export const journeyValue = fc.record({
  journey: mostly(fc.string()), need: mostly(fc.string()), outcome: mostly(fc.string()), owner: anyValue,
  reviewed: mostly(fc.constantFrom('2025-01-01', '2026-02-30', 'gisteren')), 'review-every': mostly(duration),
  uses: mostly(fc.oneof(fc.constantFrom(...USES), fc.array(fc.constantFrom(...USES), { maxLength: 3 }))),
  ...declarations, stages: mostly(fc.array(fc.constantFrom('Een', 'Twee', 'Drie'), { maxLength: 3 })),
  measures: anyValue, steps: mostly(fc.array(step, { maxLength: 5 })), 'x-extra': anyValue,
}, { requiredKeys: [] });

export const catalogValue = fc.record({ catalog: mostly(fc.string()), ...declarations, 'x-extra': anyValue }, { requiredKeys: [] });

export function configValue(ruleIds: readonly string[]): fc.Arbitrary<unknown> {
  const severity = mostly(fc.constantFrom('error', 'warning', 'info', 'hint', 'off', 'loud', 'Error'));
  return mostly(fc.record({
    checks: mostly(fc.dictionary(fc.oneof(fc.constantFrom(...ruleIds, 'fallback-mising', 'nope'), fc.string({ maxLength: 6 })), severity, { maxKeys: 4 })),
    'handoff-maximum': mostly(fc.integer({ min: -5, max: 10 })),
    include: mostly(fc.array(fc.constantFrom('**/*.journey.yaml', 'a/**', '['), { maxLength: 2 })),
    exclude: mostly(fc.array(fc.constantFrom('**/node_modules/**', '!', ''), { maxLength: 2 })),
  }, { requiredKeys: [] }));
}
