/**
 * `yaml-syntax`: found by the parser (yaml/parse.ts: syntax problems,
 * duplicate keys, the limits against hostile input), before any other check.
 */
import { colonValueRepair, flowValueFixes } from '../../fixes/flow-value-repair';
import type { PipelineRule } from '../rule';

export const yamlSyntax: PipelineRule = {
  id: 'yaml-syntax',
  defaultSeverity: 'error',
  description: {
    en: 'The file is not valid YAML (also duplicate keys), so nothing else can be checked reliably.',
    nl: 'Het bestand is geen geldige YAML (ook dubbele sleutels), dus verder kan niets betrouwbaar gecontroleerd worden.',
  },
  madeBy: 'yaml/parse.ts (parseYaml), reported by engine/check.ts',
  // Free text with `: ` inside `{ … }` is a syntax error at the value.
  fixes: (_data, { finding, doc, language }) => flowValueFixes(colonValueRepair(doc, doc.lines.offsetAt(finding.range.start)), language),
};
