/**
 * `schema`: found by validating against the JSON Schemas (schema/validate.ts,
 * with the friendly messages of schema/messages.ts).
 */
import { replaceScalar } from '../../fixes/edits';
import { FIX_TEXT, one } from '../../fixes/fix';
import { flowValueFixes, splitValueRepair } from '../../fixes/flow-value-repair';
import type { PipelineRule } from '../rule';

/** What the schema's messages found: the value or key most probably meant, or the keys a mapping lacks. */
export type SchemaData =
  | { kind: 'value' | 'key'; suggestion: string }
  | { kind: 'missing'; missing: readonly string[] };

export const schema: PipelineRule<SchemaData> = {
  id: 'schema',
  defaultSeverity: 'error',
  description: {
    en: 'The file breaks the journey format: a missing required key, a wrong type, an unknown key or a value out of range.',
    nl: 'Het bestand wijkt af van het klantreisformaat: een verplichte sleutel ontbreekt, een waarde heeft het verkeerde type, een sleutel is onbekend of een waarde valt buiten het bereik.',
  },
  madeBy: 'schema/validate.ts (validateSchema) and config/config-globs.ts for the config\'s globs',
  fixes(data, { finding, doc, path, language }) {
    // Free text split at a comma inside `{ … }`: the schema reports its tail as an unknown key, which no rename mends.
    const repair = flowValueFixes(splitValueRepair(doc, path), language);
    if (repair.length > 0 || !data || data.kind === 'missing') return repair;
    const title = FIX_TEXT[language].changeTo(data.suggestion);
    if (data.kind === 'value') return one(title, replaceScalar(doc, path, data.suggestion), false, true);
    // The key itself, where the finding is.
    return one(title, { start: doc.lines.offsetAt(finding.range.start), end: doc.lines.offsetAt(finding.range.end), newText: data.suggestion }, false, true);
  },
};
