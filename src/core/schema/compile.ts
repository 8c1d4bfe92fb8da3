/**
 * The JSON Schemas compiled once per process (lazily, on first use), never per
 * check: compiling costs far more than validating.
 */
import Ajv, { type ValidateFunction } from 'ajv';
import catalogSchema from '../../../schemas/catalog.schema.json';
import configSchema from '../../../schemas/config.schema.json';
import journeySchema from '../../../schemas/journey.schema.json';
import { isDuration, parseDate } from '../durations';
import type { FileKind } from '../types';

let validators: Record<FileKind, ValidateFunction> | undefined;

function compileAll(): Record<FileKind, ValidateFunction> {
  // strictRequired is off: the task's "team or partner" rule lists required keys per branch.
  // verbose: errors carry the failing schema and data, which friendly messages need.
  const ajv = new Ajv({ allErrors: true, verbose: true, strict: true, strictRequired: false, allowUnionTypes: true });
  // `x-what` names what a value should be ("a channel id"), for messages and for editors.
  ajv.addVocabulary(['x-what']);
  ajv.addFormat('duration', { type: 'string', validate: isDuration });
  ajv.addFormat('date', { type: 'string', validate: (s: string) => parseDate(s) !== undefined });
  ajv.addSchema(journeySchema, 'journey.schema.json');
  return {
    journey: ajv.getSchema('journey.schema.json')!,
    catalog: ajv.compile(catalogSchema),
    config: ajv.compile(configSchema),
  };
}

export function validatorFor(kind: FileKind): ValidateFunction {
  validators ??= compileAll();
  return validators[kind];
}
