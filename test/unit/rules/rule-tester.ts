/**
 * A small rule tester in the manner of ESLint's RuleTester: one table of
 * valid and invalid journeys per check, run through the engine's front door
 * only (src/core/index.ts), as the editor and the command line run it.
 *
 * Lines and columns are 1-based, as the user reads them in the editor and on
 * the command line (column = UTF-16 character + 1). An invalid case lists
 * EVERY finding of its check, exactly and in order: message, range,
 * severity, related locations. A quick fix is checked by its exact title,
 * whether it is the preferred one (always stated), and the exact text after
 * applying it (snippet placeholders rendered as the user accepts them), and
 * the fixed text is checked again: the finding must be gone (unless
 * `gone: false`) and no syntax error may have appeared. Every fix the engine
 * offers for every finding of an invalid case, but Suppress, is applied by an
 * entry in that case's `fixes`, whether or not the case lists `offers`; a case
 * may opt out only with `fixesElsewhere`, saying why (and which case applies
 * those fixes instead).
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import {
  analyseText, type Analysis, applyEdits, CatalogCache, type CheckOptions, DEFAULT_CONFIG, evaluateEvidence,
  type EvidenceSource, type Finding, type Fix, fixesFor, type Language, LogCache, plainText, RULES_BY_ID, type Severity,
} from '../../../src/core';
import { JOURNEY, memoryHost, ROOT } from '../helpers';

/** The date the review checks compare against, unless a case sets `options.today`. */
export const TODAY = '2026-11-23';

/** A file of an event log: its bytes, or a folder where the journey expects a file. */
export type LogFile = string | Uint8Array | { folder: true };

export interface ValidCase {
  /** What the case shows; default: a summary of its text. */
  name?: string;
  /** The journey, checked as JOURNEY (/ws/test.journey.yaml). */
  text: string;
  /** Other files by absolute path under ROOT (catalogs), served from memory. */
  files?: Record<string, string>;
  /** Passed to the engine over `{ today: TODAY, catalogs: new CatalogCache() }`. */
  options?: CheckOptions;
  /** The language of the messages and fix titles (default English). */
  language?: Language;
  /**
   * Event log files by path relative to the journey's folder. With `logs`
   * (even `{}`), the case runs in a temporary workspace on disk, the journey
   * and `files` moved into it, with the evidence source the command line
   * uses (logs confined to the workspace, the config's thresholds). Paths in
   * the results are shown under ROOT all the same.
   */
  logs?: Record<string, LogFile>;
}

/** A place in a file, 1-based. */
export interface ExpectedPlace {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** Absolute path (under ROOT); default the journey. */
  file?: string;
}

export interface ExpectedRelated extends ExpectedPlace {
  message: string;
}

export interface ExpectedFinding {
  /** The exact text the user reads. */
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** Default: the check's default severity. */
  severity?: Severity;
  /** Every related location, in order; default none. */
  related?: ExpectedRelated[];
  /** Facts the quick fixes use (never shown): only the keys given are compared. */
  data?: Record<string, unknown>;
  /**
   * The exact titles of every quick fix offered for this finding, in order
   * (Suppress included). Whether listed or not, each fix offered but Suppress
   * must be applied by an entry in the case's `fixes` for this finding
   * (`finding:` its index here).
   */
  offers?: string[];
  /** Titles that must not be among the quick fixes offered for this finding. */
  notOffered?: string[];
}

export interface ExpectedFix {
  /** Which finding, as its index in `errors` (default 0, the first). */
  finding?: number;
  /** The exact title. */
  title: string;
  /** The journey's whole text after the fix; absent: the fix must not edit the journey. */
  output?: string;
  /** Other files' whole texts after the fix (a declaration in a catalog); absent: the fix edits no other file. */
  outputs?: Record<string, string>;
  /** The place a fix without edits leads to; absent: the fix reveals nothing. */
  reveal?: ExpectedRelated;
  /** Whether the fix is the preferred one (the one auto-fix applies): always stated, true or false. */
  preferred: boolean;
  /** The finding is gone when the result is checked again (default true); false: it is still there. */
  gone?: boolean;
  /** Every check still reported on the result, in order. */
  remaining?: string[];
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedFinding[];
  /** One entry per fix offered for any finding, but Suppress: each is applied and its result checked. */
  fixes?: ExpectedFix[];
  /**
   * Opt-out (rare): the case does not apply its findings' fixes, for the
   * reason given (e.g. many alike findings, whose kinds of fix another case
   * applies). Without it, a fix offered but not in `fixes` fails the case; with
   * it, the case must in fact leave some fix unapplied.
   */
  fixesElsewhere?: string;
}

export interface RuleTable {
  valid: ValidCase[];
  invalid: InvalidCase[];
}

/** What the tester compares: a finding as the user reads it. */
interface Seen {
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: Severity;
  related: ExpectedRelated[];
  data?: Record<string, unknown>;
  offers?: string[];
  notOffered?: string[];
}

/** Runs one check's table as mocha suites: describe(rule) › valid / invalid › one `it` per case. */
export function ruleTester(ruleId: string, table: RuleTable): void {
  const rule = RULES_BY_ID.get(ruleId);
  describe(ruleId, () => {
    it('is a check the engine knows', () => assert.ok(rule, `no check '${ruleId}' in ALL_RULES`));
    assert.ok(table.valid.length > 0 && table.invalid.length > 0, `${ruleId}: a table needs valid and invalid cases`);
    describe('valid', () => {
      table.valid.forEach((c, i) => it(c.name ?? `valid #${i + 1}: ${summary(c.text)}`, async () => {
        const run = await runCase(c);
        try {
          const all = run.analysis.findings;
          if (ruleId !== 'yaml-syntax') {
            assert.ok(!all.some((f) => f.rule === 'yaml-syntax'), `a valid case must be readable YAML, or it proves nothing:\n${showAll(all, run)}`);
          }
          if (c.logs) {
            assert.ok(run.analysis.evidence?.ok, `a valid evidence case needs a usable log, or it proves nothing:\n${showAll(all, run)}`);
          }
          const mine = all.filter((f) => f.rule === ruleId);
          assert.deepStrictEqual(mine.map((f) => seen(f, run)), [], `expected no ${ruleId}; all findings:\n${showAll(all, run)}`);
        } finally {
          run.dispose();
        }
      }));
    });
    describe('invalid', () => {
      table.invalid.forEach((c, i) => it(c.name ?? `invalid #${i + 1}: ${c.errors[0]?.message ?? summary(c.text)}`, async () => {
        assert.ok(c.errors.length > 0, 'an invalid case expects at least one finding');
        const run = await runCase(c);
        try {
          const all = run.analysis.findings;
          const mine = all.filter((f) => f.rule === ruleId);
          const defaultSeverity = rule?.defaultSeverity;
          const expected = c.errors.map((e): Seen => ({
            message: e.message, line: e.line, column: e.column, endLine: e.endLine, endColumn: e.endColumn,
            severity: e.severity ?? defaultSeverity ?? 'error',
            related: (e.related ?? []).map((r) => ({ ...r, file: r.file ?? JOURNEY })),
            ...(e.data ? { data: e.data } : {}),
            ...(e.offers ? { offers: e.offers } : {}),
            ...(e.notOffered ? { notOffered: [] } : {}),
          }));
          const actual = mine.map((f, k) => {
            const s = seen(f, run);
            const e = c.errors[k];
            if (e?.data) s.data = pick(f.data, Object.keys(e.data));
            const titles = fixesFor(f, run.analysis).map((x) => x.title);
            if (e?.offers) s.offers = titles;
            const banned = e?.notOffered;
            if (banned) s.notOffered = titles.filter((t) => banned.includes(t));
            return s;
          });
          assert.deepStrictEqual(actual, expected, `the ${ruleId} findings differ; all findings:\n${showAll(all, run)}`);
          checkOffersApplied(ruleId, c, mine, run);
          for (const x of c.fixes ?? []) await checkFix(ruleId, c, x, mine, run);
        } finally {
          run.dispose();
        }
      }));
    });
  });
}

interface Run {
  analysis: Analysis;
  /** Analyses another text of the journey, with some files replaced. */
  again(text: string, files: Record<string, string>): Promise<Analysis>;
  /** A path as the table writes it (under ROOT). */
  shown(file: string): string;
  dispose(): void;
}

async function runCase(c: ValidCase): Promise<Run> {
  const files = c.files ?? {};
  if (!c.logs) {
    const analyse = (text: string, fs2: Record<string, string>) => analyseText(JOURNEY, text, memoryHost(fs2), options(c));
    return { analysis: await analyse(c.text, files), again: analyse, shown: (f) => f, dispose: () => undefined };
  }
  // A workspace on disk: the evidence source reads logs through the file system.
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'jl-rule-tester-')));
  try {
    const into = (p: string) => path.join(dir, path.relative(ROOT, p));
    for (const [rel, content] of Object.entries(c.logs)) {
      const abs = path.join(path.dirname(into(JOURNEY)), rel);
      fs.mkdirSync(path.dirname(abs), { recursive: true });
      if (typeof content === 'object' && 'folder' in content) fs.mkdirSync(abs);
      else fs.writeFileSync(abs, content);
    }
    const moved = (fs2: Record<string, string>) => Object.fromEntries(Object.entries(fs2).map(([p, t]) => [into(p), t]));
    const config = c.options?.config ?? DEFAULT_CONFIG;
    const cache = new LogCache();
    const evidence: EvidenceSource = (journey, absPath) => evaluateEvidence(journey, absPath, { root: dir, cache, thresholds: config.evidence });
    const analyse = (text: string, fs2: Record<string, string>) => {
      fs.writeFileSync(into(JOURNEY), text);
      return analyseText(into(JOURNEY), text, memoryHost(moved(fs2)), { root: dir, evidence, maxBytes: Infinity, ...options(c) });
    };
    const shown = (f: string) => (f === dir || f.startsWith(dir + path.sep) ? path.join(ROOT, path.relative(dir, f)) : f);
    return { analysis: await analyse(c.text, files), again: analyse, shown, dispose: () => fs.rmSync(dir, { recursive: true, force: true }) };
  } catch (e) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw e;
  }
}

function options(c: ValidCase): CheckOptions {
  return { today: TODAY, catalogs: new CatalogCache(), ...(c.language ? { language: c.language } : {}), ...c.options };
}

/** The title of the fix that suppresses a check on the finding's line, in each language. */
function isSuppress(ruleId: string, title: string): boolean {
  return title === `Suppress '${ruleId}' on this line` || title === `'${ruleId}' op deze regel onderdrukken`;
}

/**
 * Every fix the engine offers for each finding (but Suppress) is applied by
 * one of the case's `fixes`, for that finding, unless the case opts out with
 * `fixesElsewhere` (a reason), in which case some fix must be left unapplied.
 */
function checkOffersApplied(ruleId: string, c: InvalidCase, mine: Finding[], run: Run): void {
  const missing = mine.flatMap((f, k) => fixesFor(f, run.analysis)
    .map((x) => x.title)
    .filter((title) => !isSuppress(ruleId, title))
    .filter((title) => !(c.fixes ?? []).some((x) => (x.finding ?? 0) === k && x.title === title))
    .map((title) => `  { finding: ${k}, title: ${JSON.stringify(title)}, preferred: …, output / outputs / reveal: … },  // for ${JSON.stringify(f.message)}`));
  if (c.fixesElsewhere !== undefined) {
    assert.ok(c.fixesElsewhere.trim().length > 0, '`fixesElsewhere` must say why this case does not apply its fixes');
    assert.ok(missing.length > 0, `\`fixesElsewhere\` is set (${JSON.stringify(c.fixesElsewhere)}), but the case applies every fix offered: remove it`);
    return;
  }
  assert.ok(missing.length === 0, `every fix offered for a finding, but Suppress, needs an entry in this case's \`fixes\` that applies it (or the case opts out with \`fixesElsewhere: '<why>'\`); missing ${missing.length}:\n${missing.join('\n')}`);
}

async function checkFix(ruleId: string, c: InvalidCase, x: ExpectedFix, mine: Finding[], run: Run): Promise<void> {
  assert.strictEqual(typeof x.preferred, 'boolean', `fix ${JSON.stringify(x.title)}: the entry must state \`preferred: true\` or \`preferred: false\``);
  const index = x.finding ?? 0;
  const finding = mine[index];
  assert.ok(finding, `fix '${x.title}': there is no ${ruleId} finding #${index}`);
  const fixes = fixesFor(finding, run.analysis);
  const fix = fixes.find((f) => f.title === x.title);
  assert.ok(fix, `no fix titled ${JSON.stringify(x.title)} for ${JSON.stringify(finding.message)}; offered:\n${fixes.map((f) => `  ${JSON.stringify(f.title)}`).join('\n')}`);
  const where = `fix ${JSON.stringify(x.title)}`;

  const output = applyFix(c.text, fix);
  if (x.output === undefined) assert.deepStrictEqual(fix.edits, [], `${where} edits the journey, but the case expects no edit`);
  else assert.strictEqual(output, x.output, `${where}: the journey's text after the fix`);

  const files = { ...(c.files ?? {}) };
  if (x.outputs === undefined) {
    assert.strictEqual(fix.elsewhere, undefined, `${where} edits ${fix.elsewhere?.file}, but the case expects no other file edited`);
  } else {
    assert.ok(fix.elsewhere, `${where} edits no other file; expected ${Object.keys(x.outputs).join(', ')}`);
    const file = run.shown(fix.elsewhere.file);
    const before = files[file];
    assert.ok(before !== undefined, `${where} edits ${file}, which the case does not have`);
    files[file] = applyEdits(before, fix.elsewhere.edits.map((e) => ({ start: offsetAt(before, e.start), end: offsetAt(before, e.end), newText: e.newText })));
    assert.deepStrictEqual({ [file]: files[file] }, x.outputs, `${where}: the other files after the fix`);
  }

  if (x.reveal === undefined) assert.strictEqual(fix.reveal, undefined, `${where} reveals a place, but the case expects none`);
  else {
    assert.ok(fix.reveal, `${where} reveals no place`);
    assert.deepStrictEqual(related(fix.reveal, run), { ...x.reveal, file: x.reveal.file ?? JOURNEY }, `${where}: the place it reveals`);
  }
  assert.strictEqual(!!fix.preferred, x.preferred, `${where}: preferred`);

  const after = await run.again(output, files);
  const syntax = (a: Analysis) => a.findings.filter((f) => f.rule === 'yaml-syntax').length;
  assert.ok(syntax(after) <= syntax(run.analysis), `${where} breaks the YAML:\n${showAll(after.findings, run)}`);
  const still = after.findings.filter((f) => f.rule === ruleId);
  if (x.gone ?? true) {
    assert.ok(still.length < mine.length && !still.some((f) => f.message === finding.message),
      `${where} leaves its finding ${JSON.stringify(finding.message)}; after it:\n${showAll(after.findings, run)}`);
  } else {
    assert.ok(still.some((f) => f.message === finding.message), `${where} was expected to leave its finding; after it:\n${showAll(after.findings, run)}`);
  }
  if (x.remaining) assert.deepStrictEqual(after.findings.map((f) => f.rule), x.remaining, `${where}: the checks still reported after it:\n${showAll(after.findings, run)}`);
}

/** The journey's text after the fix's own edits, with snippet placeholders as the user accepts them. */
function applyFix(text: string, fix: Fix): string {
  return applyEdits(text, fix.edits.map((e) => ({ ...e, newText: fix.snippet ? plainText(e.newText) : e.newText })));
}

/** The offset of a 0-based line and character, counting \r\n, \n and \r as line ends (as an editor does). */
function offsetAt(text: string, p: { line: number; character: number }): number {
  let offset = 0;
  for (let line = 0; line < p.line; line++) {
    const m = /\r\n|\n|\r/g;
    m.lastIndex = offset;
    const end = m.exec(text);
    assert.ok(end, `line ${p.line + 1} is past the end of the file`);
    offset = end.index + end[0].length;
  }
  return offset + p.character;
}

function seen(f: Finding, run: Run): Seen {
  return { message: f.message, ...place(f.range), severity: f.severity, related: f.related.map((r) => related(r, run)) };
}

function related(r: Finding['related'][number], run: Run): ExpectedRelated {
  return { message: r.message, ...place(r.range), file: run.shown(r.file) };
}

function place(r: Finding['range']): Omit<ExpectedPlace, 'file'> {
  return { line: r.start.line + 1, column: r.start.character + 1, endLine: r.end.line + 1, endColumn: r.end.character + 1 };
}

/** The given keys of a finding's data (those it has). */
function pick(data: unknown, keys: string[]): Record<string, unknown> {
  const o = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
  return Object.fromEntries(keys.filter((k) => k in o).map((k) => [k, o[k]]));
}

/** Every finding, written as a table entry (with its check), so a failure shows what the engine said. */
function showAll(findings: readonly Finding[], run: Run): string {
  if (findings.length === 0) return '  (none)';
  return findings.map((f) => {
    const s = seen(f, run);
    const rel = s.related.length ? `, related: ${JSON.stringify(s.related)}` : '';
    return `  [${f.rule}] { message: ${JSON.stringify(s.message)}, line: ${s.line}, column: ${s.column}, endLine: ${s.endLine}, endColumn: ${s.endColumn}, severity: '${s.severity}'${rel} }`;
  }).join('\n');
}

/** The last non-empty line of a text, for a case without a name. */
function summary(text: string): string {
  const lines = text.split(/\r?\n/).filter((l) => l.trim());
  return (lines[lines.length - 1] ?? '(empty)').trim();
}
