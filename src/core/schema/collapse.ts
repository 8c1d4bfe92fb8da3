/**
 * ajv with allErrors reports every failing keyword, so one real problem can
 * surface as several errors (a combinator and all its branches, a type and an
 * enum for the same value, a property name twice). This keeps one error per
 * problem, the one that explains it best.
 */
import type { ErrorObject } from 'ajv';
import { meant } from './messages';

const COMBINATORS = new Set(['anyOf', 'oneOf']);

export function collapse(errors: readonly ErrorObject[]): ErrorObject[] {
  // propertyNames reports the inner failure (tagged with propertyName) and itself: keep itself.
  let kept = errors.filter((e) => !('propertyName' in e) && e.keyword !== 'if');
  kept = resolveCombinators(kept);
  kept = dropTypeBesideEnum(kept);
  kept = dropExplainedByType(kept);
  kept = dropTyposOfRequired(kept);
  return dropDuplicates(kept);
}

function within(e: ErrorObject, c: ErrorObject): boolean {
  const inside = e.instancePath === c.instancePath || e.instancePath.startsWith(`${c.instancePath}/`);
  return inside && e !== c && e.schemaPath.startsWith(`${c.schemaPath}/`);
}

/**
 * A failed anyOf/oneOf becomes the errors of the branch that matches the
 * value's type (the user meant that one), else one error for the combinator
 * itself. Outer combinators come later in ajv's list, so walking backwards
 * decides them first; an inner one is then decided within the chosen branch.
 * Branches must be inline schemas: errors behind a $ref carry the ref's own
 * schemaPath and could not be told apart.
 */
function resolveCombinators(errors: ErrorObject[]): ErrorObject[] {
  let kept = [...errors];
  for (const c of errors.filter((e) => COMBINATORS.has(e.keyword)).reverse()) {
    if (!kept.includes(c)) continue; // inside a branch an outer combinator did not choose
    const branchErrors = kept.filter((e) => within(e, c));
    kept = kept.filter((e) => !within(e, c));
    const passing = (c.params as { passingSchemas?: unknown }).passingSchemas;
    // Several passing branches ("both team and partner"), or branches that each
    // only miss a key ("team or partner"): the combinator itself says it best.
    if (Array.isArray(passing) || branchErrors.every((e) => e.keyword === 'required' && e.instancePath === c.instancePath)) continue;
    const chosen = matchingBranch(c, branchErrors);
    if (chosen) kept.splice(kept.indexOf(c), 1, ...chosen);
  }
  return kept;
}

function matchingBranch(c: ErrorObject, branchErrors: readonly ErrorObject[]): ErrorObject[] | undefined {
  const branches = new Map<string, ErrorObject[]>();
  for (const e of branchErrors) {
    const branch = e.schemaPath.slice(c.schemaPath.length + 1).split('/')[0];
    branches.set(branch, [...(branches.get(branch) ?? []), e]);
  }
  return [...branches.values()].find((list) => !list.some((e) => e.keyword === 'type' && e.instancePath === c.instancePath));
}

/** `kano: 3` fails both type and enum; the enum's list of values says more. */
function dropTypeBesideEnum(errors: ErrorObject[]): ErrorObject[] {
  const listed = new Set(errors.filter((e) => e.keyword === 'enum' || e.keyword === 'const').map((e) => e.instancePath));
  return errors.filter((e) => e.keyword !== 'type' || !listed.has(e.instancePath));
}

/**
 * A value of the wrong type is the whole problem: a task written as text must
 * not also be told it names "both team and partner" (required holds
 * vacuously for non-objects, so both oneOf branches pass).
 */
function dropExplainedByType(errors: ErrorObject[]): ErrorObject[] {
  const typed = new Set(errors.filter((e) => e.keyword === 'type').map((e) => e.instancePath));
  return errors.filter((e) => e.keyword === 'type' || !typed.has(e.instancePath));
}

/** `custmer:` is one problem (a typo), not also a missing `customer`. */
function dropTyposOfRequired(errors: ErrorObject[]): ErrorObject[] {
  const typos = new Set<string>();
  for (const e of errors) {
    if (e.keyword !== 'additionalProperties') continue;
    const allowed = Object.keys((e.parentSchema as { properties?: object } | undefined)?.properties ?? {});
    const key = meant(String((e.params as { additionalProperty: unknown }).additionalProperty), allowed);
    if (key) typos.add(`${e.instancePath}\u0000${key}`);
  }
  return errors.filter((e) => e.keyword !== 'required' || !typos.has(`${e.instancePath}\u0000${String((e.params as { missingProperty: unknown }).missingProperty)}`));
}

function dropDuplicates(errors: ErrorObject[]): ErrorObject[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const key = `${e.instancePath}\u0000${e.keyword}\u0000${JSON.stringify(e.params)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
