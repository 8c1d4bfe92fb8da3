/** Shared helpers for engine tests: in-memory files, and findings by rule. */
import * as path from 'path';
import { CatalogCache, type CheckOptions, checkText, type FileHost, type Finding } from '../../src/core';

export const ROOT = path.resolve('/ws');
export const JOURNEY = path.join(ROOT, 'test.journey.yaml');

export function memoryHost(files: Record<string, string>): FileHost {
  return {
    async readFile(absPath) {
      return files[absPath];
    },
  };
}

/** Checks `text` as /ws/test.journey.yaml; `files` maps absolute paths to texts. */
export async function check(text: string, files: Record<string, string> = {}, options: CheckOptions = {}): Promise<Finding[]> {
  return checkText(JOURNEY, text, memoryHost(files), { today: '2026-11-23', catalogs: new CatalogCache(), ...options });
}

export function byRule(findings: readonly Finding[], rule: string): Finding[] {
  return findings.filter((f) => f.rule === rule);
}

/** A compact, readable description of findings for assertion messages. */
export function show(findings: readonly Finding[]): string {
  return findings.map((f) => `${f.range.start.line + 1}:${f.range.start.character + 1} ${f.rule} ${f.message}`).join('\n');
}

/** A host over in-memory files that remembers every file it was asked to read. */
export function recordingHost(files: Record<string, string>): FileHost & { reads: string[] } {
  const reads: string[] = [];
  return { reads, async readFile(p) { reads.push(p); return files[p]; } };
}

/** Removes the common indentation of a template literal, so fixtures read naturally. */
export function yaml(strings: TemplateStringsArray, ...values: unknown[]): string {
  const raw = strings.reduce((acc, s, i) => acc + s + (i < values.length ? String(values[i]) : ''), '');
  const lines = raw.replace(/^\n/, '').split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => l.match(/^ */)![0].length));
  return lines.map((l) => l.slice(indent)).join('\n');
}

/** The facts a finding's check attached for its quick fixes (each check types its own, `Rule<Data>`). */
export function dataOf(f: Pick<Finding, 'data'>): { readonly [key: string]: unknown } {
  return (f.data ?? {}) as { readonly [key: string]: unknown };
}

/** A journey whose `uses` is `uses`, with one step on email (its fallback phone) and `more` lines of that step. */
export function journeyUsing(uses: string, more = ''): string {
  return yaml`
    journey: Uses a catalog
    owner: Ans
    need: A need
    outcome: An outcome
    uses: ${uses}
    steps:
      - id: a
        customer: Mails
        channel: email
        fallback: phone
  ` + more;
}
