/**
 * The validators of the JSON Schemas. They are compiled at build time into
 * validators.generated.ts (scripts/compile-schemas.mjs, ajv standalone code),
 * so neither activating the extension nor the first check compiles a schema.
 */
import type { ValidateFunction } from 'ajv';
import type { FileKind } from '../engine/types';
import * as generated from './validators.generated';

const validators = generated as unknown as Record<FileKind, ValidateFunction>;

export function validatorFor(kind: FileKind): ValidateFunction {
  return validators[kind];
}
