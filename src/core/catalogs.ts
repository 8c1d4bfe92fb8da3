/**
 * Loads the catalogs a journey `uses`, parsed and validated once per content:
 * many journeys share one catalog, and typing in a journey must not re-read
 * and re-validate it on every keystroke.
 */
import { readCatalog, type Catalog } from './model';
import { parseYaml } from './parse';
import { validateSchema } from './schema/validate';
import { FindingSink, type SourceFile } from './sink';

export interface FileHost {
  /** The file's text, or undefined when it does not exist or cannot be read. */
  readFile(absPath: string): Promise<string | undefined>;
  /** The path with symbolic links followed, or undefined when unknown; hosts without links leave it out. */
  realPath?(absPath: string): Promise<string | undefined>;
}

export type LoadedCatalog =
  | { file: string; status: 'missing' }
  | { file: string; status: 'invalid'; source: SourceFile; catalog: Catalog; problems: number }
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

  /** Forget a catalog, e.g. when it is deleted. */
  forget(file: string): void {
    this.entries.delete(file);
  }
}

function analyse(file: string, text: string): LoadedCatalog {
  const parsed = parseYaml(text);
  const source: SourceFile = { file, doc: parsed.doc, lines: parsed.lines };
  const sink = new FindingSink(source);
  if (parsed.problems.length === 0) validateSchema('catalog', parsed.value, sink);
  const problems = parsed.problems.length + sink.findings.length;
  const catalog = readCatalog(parsed.problems.length === 0 ? parsed.value : undefined, file);
  return problems > 0 ? { file, status: 'invalid', source, catalog, problems } : { file, status: 'ok', source, catalog };
}
