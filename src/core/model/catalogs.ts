/**
 * Loads the catalogs a journey `uses`, parsed and validated once per content:
 * many journeys share one catalog, and typing in a journey must not re-read
 * and re-validate it on every keystroke.
 */
import { isMap, type Document } from 'yaml';
import { MAX_ALIAS_COUNT } from '../engine/limits';
import { readCatalog, type Catalog } from './model';
import { parseYaml, type SyntaxProblem } from '../yaml/parse';
import { validateSchema } from '../schema/validate';
import { FindingSink, type SourceFile } from '../engine/sink';

/**
 * Reads the files the engine names: absolute paths, or URI strings where the
 * editor reads through another file system (files/locations.ts).
 */
export interface FileHost {
  /** The file's text, or undefined when it does not exist or cannot be read. */
  readFile(file: string): Promise<string | undefined>;
  /** The file with symbolic links followed, or undefined when unknown; hosts without links leave it out. */
  realPath?(file: string): Promise<string | undefined>;
}

export type LoadedCatalog =
  | { file: string; status: 'missing' }
  /** `unread`: YAML syntax problems kept parts of it from being read; the declarations are those that were whole. */
  | { file: string; status: 'invalid'; source: SourceFile; catalog: Catalog; problems: number; unread: boolean }
  | { file: string; status: 'ok'; source: SourceFile; catalog: Catalog };

export class CatalogCache {
  private readonly entries = new Map<string, { text: string; loaded: LoadedCatalog }>();

  async load(file: string, host: FileHost): Promise<LoadedCatalog> {
    const text = await host.readFile(file);
    if (text === undefined) {
      this.entries.delete(file);
      return { file, status: 'missing' };
    }
    const hit = this.entries.get(file);
    if (hit && hit.text === text) return hit.loaded;
    const loaded = analyse(file, text);
    this.entries.set(file, { text, loaded });
    return loaded;
  }
}

function analyse(file: string, text: string): LoadedCatalog {
  const parsed = parseYaml(text);
  const source: SourceFile = { file, doc: parsed.doc, lines: parsed.lines };
  const sink = new FindingSink(source);
  if (parsed.problems.length === 0) validateSchema('catalog', parsed.value, sink);
  const problems = parsed.problems.length + sink.findings.length;
  const unread = parsed.problems.length > 0;
  const catalog = readCatalog(unread ? wholeEntries(parsed.doc, parsed.problems) : parsed.value, file);
  return problems > 0 ? { file, status: 'invalid', source, catalog, problems, unread } : { file, status: 'ok', source, catalog };
}

/**
 * What a catalog with syntax problems still declares: yaml's document holds
 * the parts that parsed, and a declaration (`telefoon: { kind: phone }`)
 * that no problem touches is whole. One duplicate key or unclosed quote must
 * not take a shared catalog's every id away from the journeys that use it.
 */
function wholeEntries(doc: Document.Parsed | undefined, problems: readonly SyntaxProblem[]): unknown {
  if (!doc || !isMap(doc.contents)) return undefined;
  const touched = (range: readonly number[] | null | undefined) => !range || problems.some((p) => p.start < range[2] && Math.max(p.end, p.start + 1) > range[0]);
  const out: Record<string, unknown> = {};
  for (const section of doc.contents.items) {
    const key = section.key as { value?: unknown; range?: number[] } | null;
    if (typeof key?.value !== 'string' || !isMap(section.value)) continue;
    const entries: Record<string, unknown> = {};
    for (const entry of section.value.items) {
      const id = entry.key as { value?: unknown; range?: number[] } | null;
      const value = entry.value as { range?: number[]; toJS?: (d: Document, o: object) => unknown } | null;
      if (typeof id?.value !== 'string' || touched(id.range) || (value && touched(value.range))) continue;
      entries[id.value] = readValue(doc, entry.value);
    }
    out[key.value] = entries;
  }
  return out;
}

function readValue(doc: Document.Parsed, node: unknown): unknown {
  if (!node || typeof node !== 'object' || !('toJS' in node)) return null;
  try {
    return (node as { toJS: (d: Document, o: object) => unknown }).toJS(doc, { maxAliasCount: MAX_ALIAS_COUNT });
  } catch {
    // An alias bomb inside one declaration leaves that declaration out.
    return undefined;
  }
}
