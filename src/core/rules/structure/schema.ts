/**
 * `schema`: found by validating against the JSON Schemas (schema/validate.ts,
 * with the friendly messages of schema/messages.ts).
 */
import { flowValueFixes, splitValueRepair } from '../../fixes/flow-value-repair';
import type { PipelineRule } from '../rule';

/** What the schema's messages found: the value most probably meant, or the keys a mapping lacks. */
export interface SchemaData {
  suggestion?: string;
  missing?: readonly string[];
}

export const schema: PipelineRule<SchemaData> = {
  id: 'schema',
  defaultSeverity: 'error',
  description: {
    en: 'The file breaks the journey format: a missing required key, a wrong type, an unknown key or a value out of range.',
    nl: 'Het bestand wijkt af van het klantreisformaat: een verplichte sleutel ontbreekt, een waarde heeft het verkeerde type, een sleutel is onbekend of een waarde valt buiten het bereik.',
  },
  madeBy: 'schema/validate.ts (validateSchema) and config/config-globs.ts for the config\'s globs',
  // Free text split at a comma inside `{ … }`: the schema reports its tail as an unknown key.
  fixes: (_data, { doc, path, language }) => flowValueFixes(splitValueRepair(doc, path), language),
};
