/**
 * Checks that the pipeline itself runs (they need the raw text, the schema or
 * the catalogs rather than the journey model). They are listed here so that
 * configuration, documentation and SARIF see every check in one place.
 */
import type { RuleMeta } from '../rule';

export const yamlSyntax: RuleMeta = {
  id: 'yaml-syntax',
  defaultSeverity: 'error',
  description: 'The file is not valid YAML (also duplicate keys), so nothing else can be checked reliably.',
};

export const schema: RuleMeta = {
  id: 'schema',
  defaultSeverity: 'error',
  description: 'The file breaks the journey format: a missing required key, a wrong type, an unknown key or a value out of range.',
};

export const catalogInvalid: RuleMeta = {
  id: 'catalog-invalid',
  defaultSeverity: 'error',
  description: 'A catalog in `uses` cannot be read or breaks the format, so its declarations cannot be trusted.',
};

export const unusedSuppression: RuleMeta = {
  id: 'unused-suppression',
  defaultSeverity: 'hint',
  description: 'A journey-lens-disable comment suppresses nothing: remove it so it does not hide a future finding.',
};
