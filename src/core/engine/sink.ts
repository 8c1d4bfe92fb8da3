/**
 * Collects one file's findings and turns YAML paths into ranges, in this file
 * or in a catalog it uses.
 */
import type { Document } from 'yaml';
import type { LineIndex } from '../yaml/lines';
import { spanOf, type Path, type Part } from '../yaml/locate';
import type { At, Check, Report } from '../rules/rule';
import type { Range, RelatedLocation } from './types';

/** A finding before configuration (severity, suppressions) is applied. */
export interface RawFinding {
  rule: string;
  message: string;
  range: Range;
  related: RelatedLocation[];
  path?: readonly (string | number)[];
  data?: unknown;
}

export interface SourceFile {
  file: string;
  doc: Document.Parsed | undefined;
  lines: LineIndex;
}

export class FindingSink {
  readonly findings: RawFinding[] = [];

  constructor(
    readonly source: SourceFile,
    /** Other files that related locations may point into (catalogs). */
    private readonly others: ReadonlyMap<string, SourceFile> = new Map(),
  ) {}

  rangeOf(path: Path, part?: Part, file?: string): Range {
    const src = file && file !== this.source.file ? this.others.get(file) : this.source;
    if (!src) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const span = spanOf(src.doc, path, part);
    return src.lines.range(span.start, span.end);
  }

  /**
   * A finding at explicit offsets of this file (syntax errors, comments).
   * Findings are made for a check (its module), so that their data has the
   * type the check's fixes read.
   */
  addAt<Data>(rule: Check<Data>, message: string, start: number, end: number, data?: Data): void {
    this.findings.push({ rule: rule.id, message, range: this.source.lines.range(start, end), related: [], ...(data !== undefined ? { data } : {}) });
  }

  add<Data>(rule: Check<Data>, r: Report<Data>): void {
    this.findings.push({
      rule: rule.id,
      message: r.message,
      range: this.rangeOf(r.path, r.part, r.file),
      related: (r.related ?? []).map((x) => this.related(x)),
      path: [...r.path],
      ...(r.data !== undefined ? { data: r.data } : {}),
    });
  }

  private related(x: At & { message: string }): RelatedLocation {
    return { file: x.file ?? this.source.file, range: this.rangeOf(x.path, x.part, x.file), message: x.message };
  }
}
