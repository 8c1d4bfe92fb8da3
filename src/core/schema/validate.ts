/**
 * Schema validation with friendly, precise findings: one finding per real
 * problem, at the smallest YAML node (the key for an unknown key, the parent's
 * key for a missing one, the value for a wrong type, enum or range).
 */
import type { ErrorObject } from 'ajv';
import type { Part } from '../locate';
import type { FindingSink } from '../sink';
import type { FileKind } from '../types';
import { validatorFor } from './compile';
import { messageFor } from './messages';

const REQUIRED_KEYS: Record<FileKind, string> = {
  journey: "'journey', 'need', 'outcome' and 'steps'",
  catalog: "'catalog'",
  config: 'nothing',
};

/** Validates the plain value of a journey, catalog or config file; reports rule 'schema' findings into the sink. */
export function validateSchema(kind: FileKind, value: unknown, sink: FindingSink): void {
  if (value === null || value === undefined) {
    if (kind !== 'config') sink.addAt('schema', `This file is empty. A ${kind} needs at least ${REQUIRED_KEYS[kind]}.`, 0, 0);
    return;
  }
  const validate = validatorFor(kind);
  if (validate(value)) return;
  const seen = new Set<string>();
  for (const e of relevantErrors(validate.errors ?? [])) {
    const { path, part } = locationOf(e);
    const { text, suggestion } = messageFor(e, pathWithoutKey(e, path));
    const key = `${path.join('/')}|${text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    sink.add('schema', { path, part, message: text, data: suggestion ? { suggestion } : undefined });
  }
}

/** JSON pointer → YAML path; array indexes become numbers. */
export function pointerToPath(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer.slice(1).split('/').map((s) => {
    const seg = s.replace(/~1/g, '/').replace(/~0/g, '~');
    return /^\d+$/.test(seg) ? Number(seg) : seg;
  });
}

function locationOf(e: ErrorObject): { path: (string | number)[]; part: Part } {
  const path = pointerToPath(e.instancePath);
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'additionalProperties':
      return { path: [...path, String(p.additionalProperty)], part: 'key' };
    case 'propertyNames':
      return { path: [...path, String(p.propertyName)], part: 'key' };
    case 'required':
      return { path, part: 'key' };
    case 'oneOf':
      return taskActorLocation(e, path);
    default:
      return { path, part: 'value' };
  }
}

/** For messages, an unknown key is named by its object, not by itself. */
function pathWithoutKey(e: ErrorObject, path: (string | number)[]): (string | number)[] {
  return e.keyword === 'additionalProperties' || e.keyword === 'propertyNames' ? path.slice(0, -1) : path;
}

function taskActorLocation(e: ErrorObject, path: (string | number)[]): { path: (string | number)[]; part: Part } {
  const data = (e.data ?? {}) as Record<string, unknown>;
  return 'team' in data && 'partner' in data ? { path: [...path, 'partner'], part: 'key' } : { path, part: 'key' };
}

/**
 * Drops the noise of combinators: for "one value or a list" (anyOf), keep the
 * errors of the branch whose type matches the value, else one summary error;
 * the task's team-or-partner rule (oneOf of `required`) becomes one error; an
 * unknown key that is a typo of a missing required key is one problem, not two.
 */
function relevantErrors(errors: readonly ErrorObject[]): ErrorObject[] {
  let kept = [...errors];
  for (const combinator of errors.filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf')) {
    const prefix = `${combinator.schemaPath}/`;
    const branchErrors = kept.filter((e) => e.schemaPath.startsWith(prefix));
    kept = kept.filter((e) => !e.schemaPath.startsWith(prefix));
    if (combinator.keyword === 'oneOf') {
      kept = kept.map((e) => (e === combinator ? { ...e, message: actorMessage(e) } : e));
      continue;
    }
    const branches = new Map<string, ErrorObject[]>();
    for (const e of branchErrors) {
      const branch = e.schemaPath.slice(prefix.length).split('/')[0];
      branches.set(branch, [...(branches.get(branch) ?? []), e]);
    }
    const matching = [...branches.values()].find((list) => !list.some((e) => e.keyword === 'type' && e.instancePath === combinator.instancePath));
    if (matching) kept.splice(kept.indexOf(combinator), 1, ...matching);
  }
  return dropTypoDuplicates(kept.filter((e) => !(e.keyword === 'pattern' && 'propertyName' in e)));
}

function actorMessage(e: ErrorObject): string {
  const data = (e.data ?? {}) as Record<string, unknown>;
  return 'team' in data && 'partner' in data ? 'both' : 'none';
}

function dropTypoDuplicates(errors: ErrorObject[]): ErrorObject[] {
  const unknown = errors.filter((e) => e.keyword === 'additionalProperties');
  return errors.filter((e) => {
    if (e.keyword !== 'required') return true;
    const missing = String((e.params as Record<string, unknown>).missingProperty);
    return !unknown.some((u) => {
      if (u.instancePath !== e.instancePath) return false;
      return messageFor(u, []).suggestion === missing;
    });
  });
}
