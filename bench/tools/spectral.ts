/**
 * Spectral with a ruleset of one rule: the `schema` function applying our
 * journey schema to the whole document. Spectral's schema function cannot
 * load the schema's relative $refs, so definitions.schema.json is bundled
 * into it; `format: duration` (our own format, which Spectral's ajv-formats
 * reads as ISO 8601 only) is left out, or every "2 weeks" would be an error.
 */
import { Document, Spectral } from '@stoplight/spectral-core';
import { schema } from '@stoplight/spectral-functions';
import * as Parsers from '@stoplight/spectral-parsers';
import { readFileSync } from 'fs';
import * as path from 'path';
import { SCHEMAS } from '../paths';
import { JOURNEY_PATH, type Checker } from './checker';

type Json = Record<string, unknown>;

/** The journey schema with the definitions it references inlined. */
export function bundledSchema(): Json {
  const read = (file: string) => readFileSync(path.join(SCHEMAS, file), 'utf8');
  const journey = JSON.parse(read('journey.schema.json').replaceAll('"definitions.schema.json#/', '"#/')) as Json;
  const shared = JSON.parse(read('definitions.schema.json')) as Json;
  journey.definitions = { ...(shared.definitions as Json), ...(journey.definitions as Json) };
  return JSON.parse(JSON.stringify(journey, (key, value: unknown) => (key === 'format' && value === 'duration' ? undefined : value))) as Json;
}

export function spectral(): Checker {
  const linter = new Spectral();
  linter.setRuleset({
    rules: {
      'journey-schema': {
        given: '$',
        severity: 'error',
        then: { function: schema, functionOptions: { schema: bundledSchema(), allErrors: true } },
      },
    },
  });
  return {
    // The Document parses the text: it belongs in the time.
    check: async (text) => (await linter.run(new Document(text, Parsers.Yaml, JOURNEY_PATH))).length,
  };
}
