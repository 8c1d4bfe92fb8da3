/**
 * The engine's one entry point: the findings of one journey, catalog or
 * config file. Used alike by the extension, the CLI and the tests, so the
 * editor and a CI pipeline never disagree.
 */
import { CatalogCache, type FileHost, type LoadedCatalog } from '../model/catalogs';
import { DEFAULT_CONFIG, isSeverity, severityOf, type Config } from '../config/config';
import { checkConfigGlobs } from '../config/config-globs';
import { parseDate } from '../model/durations';
import { fileKindOf } from '../files/file-kinds';
import { languageOf, type Language, type Texts } from '../i18n/language';
import { clipQuotes, DEFAULT_MAX_BYTES, oversize } from './limits';
import { looksLikeUtf16 } from '../files/encoding';
import { tooLarge, UTF16 } from '../yaml/syntax-messages';
import type { EvidenceOutcome } from '../evidence/types';
import { readJourney, type Declarations, type Journey } from '../model/model';
import { parseYaml, unparsed, type ParsedYaml } from '../yaml/parse';
import { docsUrl, type RuleOptions } from '../rules/rule';
import { JOURNEY_RULES } from '../rules';
import { catalogInvalid } from '../rules/structure/catalog-invalid';
import { unknownReference } from '../rules/structure/unknown-reference';
import { yamlSyntax } from '../rules/structure/yaml-syntax';
import { validateSchema } from '../schema/validate';
import { Scope } from '../model/scope';
import { FindingSink, type RawFinding, type SourceFile } from './sink';
import { applySuppressions } from './suppressions';
import type { FileKind, Finding } from './types';
import { outsideRoot } from '../files/workspace-root';
import { isInside, resolveBeside } from '../files/locations';

export type { FileHost } from '../model/catalogs';

export interface CheckOptions {
  /** "Today" for review checks, as YYYY-MM-DD; default: the current date. */
  today?: string;
  config?: Readonly<Config>;
  /** Reuse one cache across checks so shared catalogs are read once. */
  catalogs?: CatalogCache;
  /** The kind of file, when its name does not tell (default: by name, else journey). */
  kind?: FileKind;
  /**
   * How to parse: by default the whole text. The editor passes a
   * SegmentedParser per document, which re-parses only the edited step.
   */
  parse?: (text: string) => ParsedYaml;
  /**
   * Larger files (in UTF-8 bytes) get one finding instead of a check, so that
   * typing never waits for a huge file. Default DEFAULT_MAX_BYTES; the CLI
   * and a check on save pass Infinity.
   */
  maxBytes?: number;
  /** The workspace folder (absolute): `uses` paths outside it are refused, not read. Default: no limit. */
  root?: string;
  /**
   * The language of the checks' messages and quick fixes: a VS Code display
   * language or locale ('nl', 'nl-BE', 'nl_NL.UTF-8'); Dutch or else English.
   */
  language?: string;
  /**
   * Where a journey's evidence comes from: the command line reads the log
   * (evaluateEvidence through one LogCache), the editor asks its worker.
   * Absent, or answering undefined: the evidence checks stay silent.
   */
  evidence?: EvidenceSource;
}

/** A journey's evidence outcome, or undefined when it names no log or evidence is off. */
export type EvidenceSource = (journey: Journey, absPath: string) => Promise<EvidenceOutcome | undefined>;

/** Everything one check learned, for the preview and language features too. */
export interface Analysis {
  kind: FileKind;
  parsed: ParsedYaml;
  journey?: Journey;
  scope?: Scope;
  catalogs: LoadedCatalog[];
  findings: Finding[];
  /** The language the findings are in, for the quick fixes built on them. */
  language: Language;
  /** The journey's evidence, when it has `evidence` and a source gave it (for the preview). */
  evidence?: EvidenceOutcome;
}

const sharedCache = new CatalogCache();

export async function checkText(absPath: string, text: string, host: FileHost, options: CheckOptions = {}): Promise<Finding[]> {
  return (await analyseText(absPath, text, host, options)).findings;
}

export async function analyseText(absPath: string, text: string, host: FileHost, options: CheckOptions = {}): Promise<Analysis> {
  const kind = options.kind ?? fileKindOf(absPath) ?? 'journey';
  const config = options.config ?? DEFAULT_CONFIG;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const bytes = oversize(text, maxBytes);
  const parsed = bytes !== undefined ? unparsed(text, tooLarge(bytes, maxBytes))
    : looksLikeUtf16(text) ? unparsed(text, UTF16)
      : (options.parse ?? parseYaml)(text);
  const source: SourceFile = { file: absPath, doc: parsed.doc, lines: parsed.lines };
  const others = new Map<string, SourceFile>();
  const sink = new FindingSink(source, others);
  const language = languageOf(options.language);
  const analysis: Analysis = { kind, parsed, catalogs: [], findings: [], language };

  for (const p of parsed.problems) sink.addAt(yamlSyntax, p.message[language], p.start, p.end);
  // On broken YAML only the syntax is reported: anything else would be guesswork.
  if (parsed.problems.length === 0) {
    validateSchema(kind, parsed.value, sink, language);
    if (kind === 'config') checkConfigGlobs(parsed.value, sink, language);
    if (kind === 'journey') {
      const journey = readJourney(parsed.value, absPath, parsed.doc);
      const { catalogs, gaps } = await loadCatalogs(journey, host, options.catalogs ?? sharedCache, options.root, language);
      for (const c of catalogs) if (c.status !== 'missing') others.set(c.file, c.source);
      const decls: Declarations[] = catalogs.flatMap((c) => (c.status === 'missing' ? [] : [c.catalog.declarations]));
      const scope = new Scope(journey.declarations, decls, gaps.some((g) => g.incomplete));
      const evidence = journey.evidence && options.evidence ? await evidenceOf(options.evidence, journey, absPath) : undefined;
      runRules(journey, scope, ruleOptions(config, options.today, language), sink, config, evidence);
      // After the checks: each finding says how many references it held back.
      for (const g of gaps) sink.add(g.rule === 'catalog-invalid' ? catalogInvalid : unknownReference, { path: g.path, message: g.message + (scope.unchecked > 0 && g.incomplete ? CATALOG_TEXT[language].unchecked(scope.unchecked, g.several) : '') });
      Object.assign(analysis, { journey, scope, catalogs, evidence });
    }
  }
  analysis.findings = finalize(applySuppressions(sink.findings, parsed.lines, language), config, language);
  return analysis;
}

const CATALOG_TEXT: Texts<{
  missing: (use: string, file: string) => string;
  invalid: (use: string, problems: number) => string;
  journeyOutside: (root: string) => string;
  unchecked: (n: number, several: boolean) => string;
}> = {
  en: {
    missing: (use, file) => `The catalog '${use}' does not exist or cannot be read (looked for ${file}).`,
    invalid: (use, n) => `The catalog '${use}' has ${n === 1 ? 'a problem; open it to see it' : `${n} problems; open it to see them`}. Its valid declarations are used meanwhile.`,
    journeyOutside: (root) => `This journey lies outside the folder that Journey Lens reads catalogs from (${root}), so its catalogs are not read. Run journey-lens in the folder that holds the journey and its catalogs, or pass --allow-outside.`,
    unchecked: (n, several) => ` ${n === 1 ? '1 reference' : `${n} references`} ${several ? 'they' : 'it'} might declare ${n === 1 ? 'is' : 'are'} not checked.`,
  },
  nl: {
    missing: (use, file) => `De catalogus '${use}' bestaat niet of kan niet gelezen worden (gezocht: ${file}).`,
    invalid: (use, n) => `De catalogus '${use}' heeft ${n === 1 ? 'een probleem; open hem om het te zien' : `${n} problemen; open hem om ze te zien`}. Zijn geldige declaraties worden intussen gebruikt.`,
    journeyOutside: (root) => `Deze klantreis staat buiten de map waaruit Journey Lens catalogi leest (${root}), dus de catalogi worden niet gelezen. Voer journey-lens uit in de map met de klantreis en de catalogi, of geef --allow-outside mee.`,
    unchecked: (n, several) => ` ${n === 1 ? '1 verwijzing' : `${n} verwijzingen`} die ${several ? 'ze' : 'hij'} zou${several ? 'den' : ''} kunnen declareren, ${n === 1 ? 'wordt' : 'worden'} niet gecontroleerd.`,
  },
};

/** A catalog in `uses` that gets a finding on the journey; `incomplete` when ids it declares may be missing. */
interface CatalogGap { path: Journey['uses'][number]['path']; rule: 'unknown-reference' | 'catalog-invalid'; message: string; incomplete: boolean; several: boolean }

async function loadCatalogs(journey: Journey, host: FileHost, cache: CatalogCache, root: string | undefined, language: Language): Promise<{ catalogs: LoadedCatalog[]; gaps: CatalogGap[] }> {
  const t = CATALOG_TEXT[language];
  const files = journey.uses.map((use) => resolveBeside(journey.file, use.text));
  // A journey checked from another folder: one finding that says what to do, not one per catalog.
  if (root !== undefined && journey.uses.length > 0 && !isInside(journey.file, root)) {
    const gap: CatalogGap = { path: journey.uses[0].path, rule: 'unknown-reference', message: t.journeyOutside(root), incomplete: true, several: journey.uses.length > 1 };
    return { catalogs: files.map((file) => ({ file, status: 'missing' })), gaps: [gap] };
  }
  const catalogs: LoadedCatalog[] = [];
  const gaps: CatalogGap[] = [];
  for (const [i, use] of journey.uses.entries()) {
    const file = files[i];
    const refused = root === undefined ? undefined : await outsideRoot(use.text, file, root, host, language);
    const loaded: LoadedCatalog = refused ? { file, status: 'missing' } : await cache.load(file, host);
    if (refused || loaded.status === 'missing') {
      gaps.push({ path: use.path, rule: 'unknown-reference', message: refused ?? t.missing(use.text, file), incomplete: true, several: false });
    } else if (loaded.status === 'invalid') {
      gaps.push({ path: use.path, rule: 'catalog-invalid', message: t.invalid(use.text, loaded.problems), incomplete: loaded.unread, several: false });
    }
    catalogs.push(loaded);
  }
  return { catalogs, gaps };
}

/** A source that fails (a bug, a worker that died) becomes an `evidence-log` finding, not a check that throws. */
async function evidenceOf(source: EvidenceSource, journey: Journey, absPath: string): Promise<EvidenceOutcome | undefined> {
  try {
    return await source(journey, absPath);
  } catch (e) {
    return { ok: false, problem: { kind: 'unreadable', format: 'io', detail: e instanceof Error ? e.message : String(e) } };
  }
}

function runRules(journey: Journey, scope: Scope, options: RuleOptions, sink: FindingSink, config: Readonly<Config>, evidence: EvidenceOutcome | undefined): void {
  for (const rule of JOURNEY_RULES) {
    if (severityOf(config, rule.id) === 'off') continue;
    try {
      rule.check({ journey, scope, options, evidence, report: (r) => sink.add(rule, r) });
    } catch (e) {
      // A bug in one check must not hide the others' findings.
      sink.addAt(rule, `Journey Lens could not run the check '${rule.id}' on this file (${e instanceof Error ? e.message : String(e)}). Please report this.`, 0, 0);
    }
  }
}

export function ruleOptions(config: Readonly<Config>, today: string | undefined, language: Language = 'en'): RuleOptions {
  const now = new Date();
  const date = (today && parseDate(today)) || new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  return { handoffMaximum: config.handoffMaximum, today: date, language, evidence: config.evidence };
}

function finalize(raw: RawFinding[], config: Readonly<Config>, language: Language): Finding[] {
  const out: Finding[] = [];
  for (const f of raw) {
    const severity = severityOf(config, f.rule);
    if (!isSeverity(severity)) continue;
    const related = f.related.map((r) => ({ ...r, message: clipQuotes(r.message) }));
    out.push({ ...f, message: clipQuotes(f.message), related, severity, docsUrl: docsUrl(f.rule, language) });
  }
  return out.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}
