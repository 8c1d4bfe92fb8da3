/** Helpers for the schema tests: validate a text or a value, and describe findings. */
import { stringify } from 'yaml';
import { type Language, parseYaml } from '../../src/core';
import type { PathSegment } from '../../src/core/yaml/locate';
import { validateSchema } from '../../src/core/schema/validate';
import { FindingSink, type RawFinding } from '../../src/core/engine/sink';
import type { FileKind } from '../../src/core/engine/types';

const FILES: Record<FileKind, string> = {
  journey: '/x.journey.yaml',
  catalog: '/x.catalog.yaml',
  config: '/journey-lens.config.yaml',
};

/** The schema findings of a file's text (which must be valid YAML). */
export function schemaFindings(text: string, kind: FileKind = 'journey', language: Language = 'en'): RawFinding[] {
  const { doc, lines, value, problems } = parseYaml(text);
  if (problems.length > 0) throw new Error(`Test text is not valid YAML: ${problems[0].message.en}`);
  const sink = new FindingSink({ file: FILES[kind], doc, lines });
  validateSchema(kind, value, sink, language);
  return sink.findings;
}

/** The schema findings of a plain value, written out as YAML first. */
export function valueFindings(value: unknown, kind: FileKind = 'journey'): RawFinding[] {
  return schemaFindings(stringify(value), kind);
}

/** A compact description of findings for assertion messages. */
export function listFindings(findings: readonly RawFinding[]): string {
  return findings.map((f) => `${f.range.start.line}:${f.range.start.character} ${JSON.stringify(f.path)} ${f.message}`).join('\n') || '(no findings)';
}

/** A range as "line:char-line:char" (0-based), for exact position assertions. */
export function span(f: RawFinding): string {
  const { start, end } = f.range;
  return `${start.line}:${start.character}-${end.line}:${end.character}`;
}

/** Marks a key to be removed, for "missing required key" cases. */
export const MISSING = Symbol('missing');

/** A copy of `value` with the key at `path` set, or removed for MISSING. */
export function withValue<T>(value: T, path: readonly PathSegment[], v: unknown): T {
  const copy = structuredClone(value);
  let here = copy as Record<PathSegment, unknown>;
  for (const seg of path.slice(0, -1)) here = here[seg] as Record<PathSegment, unknown>;
  const last = path[path.length - 1];
  if (v === MISSING) delete here[last];
  else here[last] = v;
  return copy;
}

/** The smallest journey that validates, with one of every container to put fields in. */
export function baseJourney(): Record<string, unknown> {
  return {
    journey: 'Verhuizing doorgeven',
    need: 'Mijn energie loopt door',
    outcome: 'Levering op het nieuwe adres',
    channels: { website: { kind: 'web' } },
    teams: { klantenservice: { name: 'Klantenservice' } },
    systems: { crm: { name: 'Klantsysteem' } },
    partners: { netbeheerder: { name: 'Stedin' } },
    steps: [{
      id: 'aanvragen',
      customer: 'Geeft het nieuwe adres door',
      promise: { says: 'We bevestigen snel' },
      process: [{ team: 'klantenservice', does: 'Registreert', handoff: { to: 'netbeheerder' } }],
    }],
  };
}

export function baseCatalog(): Record<string, unknown> {
  return {
    catalog: 'Organisatie',
    channels: { website: { kind: 'web' } },
    teams: { klantenservice: { name: 'Klantenservice' } },
    systems: { crm: { name: 'Klantsysteem' } },
    partners: { netbeheerder: { name: 'Stedin' } },
  };
}
