/**
 * Schema validation with friendly, precise findings: one finding per real
 * problem, at the smallest YAML node (the key for an unknown key, the
 * mapping's key for a missing one, the value for a wrong type, enum or range).
 */
import type { ErrorObject } from 'ajv';
import type { Language, Texts } from '../i18n/language';
import type { Report } from '../rules/rule';
import { schema, type SchemaData } from '../rules/structure/schema';
import type { FindingSink } from '../engine/sink';
import type { FileKind } from '../engine/types';
import { collapse } from './collapse';
import { validatorFor } from './compile';
import { SchemaMessages } from './messages';
import { pointerToPath } from './pointer';

const MESSAGES: Texts<SchemaMessages> = { en: new SchemaMessages('en'), nl: new SchemaMessages('nl') };

/** Validates the plain value of a journey, catalog or config file; reports rule 'schema' findings into the sink. */
export function validateSchema(kind: FileKind, value: unknown, sink: FindingSink, language: Language = 'en'): void {
  // An empty config file is a valid choice: every default stays in force.
  if (kind === 'config' && (value === null || value === undefined)) return;
  const data = value === undefined ? null : value;
  const validate = validatorFor(kind);
  if (validate(data)) return;
  const seen = new Set<string>();
  for (const report of reports(collapse(validate.errors ?? []), data, MESSAGES[language])) {
    const key = `${JSON.stringify(report.path)}|${report.part}|${report.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    sink.add(schema, report);
  }
}

/** Reports in ajv's order; the required keys one mapping lacks become one report. */
function reports(errors: readonly ErrorObject[], data: unknown, messages: SchemaMessages): Report<SchemaData>[] {
  const missing = new Map<string, ErrorObject[]>();
  for (const e of errors) {
    if (e.keyword === 'required') missing.set(e.instancePath, [...(missing.get(e.instancePath) ?? []), e]);
  }
  const out: Report<SchemaData>[] = [];
  for (const e of errors) {
    const path = pointerToPath(e.instancePath, data);
    if (e.keyword !== 'required') {
      out.push(messages.reportFor(e, path));
    } else if (missing.get(e.instancePath)?.[0] === e) {
      const keys = missing.get(e.instancePath)!.map((m) => String((m.params as { missingProperty: unknown }).missingProperty));
      out.push(messages.missingKeys(e.parentSchema ?? {}, keys, path));
    }
  }
  return out;
}
