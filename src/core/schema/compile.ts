/**
 * The JSON Schemas, compiled once per process (lazily, on first use) and
 * never per check: compiling costs far more than validating.
 */
import Ajv, { type AnySchema, type ValidateFunction } from 'ajv';
import catalogSchema from '../../../schemas/catalog.schema.json';
import configSchema from '../../../schemas/config.schema.json';
import definitionsSchema from '../../../schemas/definitions.schema.json';
import journeySchema from '../../../schemas/journey.schema.json';
import { isDuration, parseDate } from '../durations';
import type { FileKind } from '../types';

/**
 * Annotations that ajv does not know. Editors read the first ones (the Red
 * Hat YAML extension shows them); `x-what` names what a value should be
 * ("a channel id") and `x-keys` what a mapping's keys are, for messages.
 */
const ANNOTATIONS = ['patternErrorMessage', 'enumDescriptions', 'defaultSnippets', 'markdownDescription', 'x-what', 'x-keys'];

let validators: Record<FileKind, ValidateFunction> | undefined;

function compileAll(): Record<FileKind, ValidateFunction> {
  // verbose: errors carry the failing schema and value, which the messages need.
  // allowUnionTypes: "one value or a list" is a union type, which gives one
  // error per problem where anyOf would give three.
  // strictRequired off: the task's "team or partner" lists each in a oneOf branch.
  const ajv = new Ajv({ allErrors: true, verbose: true, strict: true, strictRequired: false, allowUnionTypes: true });
  ajv.addVocabulary(ANNOTATIONS);
  ajv.addFormat('duration', { type: 'string', validate: isDuration });
  ajv.addFormat('date', { type: 'string', validate: (s: string) => parseDate(s) !== undefined });
  // Keyed by file name, so the relative $refs between the files resolve here
  // exactly as they do for an editor that loads them from disk.
  ajv.addSchema(definitionsSchema as AnySchema, 'definitions.schema.json');
  return {
    journey: ajv.compile(journeySchema as AnySchema),
    catalog: ajv.compile(catalogSchema as AnySchema),
    config: ajv.compile(configSchema as AnySchema),
  };
}

export function validatorFor(kind: FileKind): ValidateFunction {
  validators ??= compileAll();
  return validators[kind];
}
