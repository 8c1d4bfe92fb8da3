/**
 * Checks that the pipeline itself runs (they need the raw text, the schema or
 * the catalogs rather than the journey model). They are listed here so that
 * configuration, documentation and SARIF see every check in one place.
 */
import type { RuleMeta } from '../rule';

export const yamlSyntax: RuleMeta = {
  id: 'yaml-syntax',
  defaultSeverity: 'error',
  description: {
    en: 'The file is not valid YAML (also duplicate keys), so nothing else can be checked reliably.',
    nl: 'Het bestand is geen geldige YAML (ook dubbele sleutels), dus verder kan niets betrouwbaar gecontroleerd worden.',
  },
};

export const schema: RuleMeta = {
  id: 'schema',
  defaultSeverity: 'error',
  description: {
    en: 'The file breaks the journey format: a missing required key, a wrong type, an unknown key or a value out of range.',
    nl: 'Het bestand wijkt af van het klantreisformaat: een verplichte sleutel ontbreekt, een waarde heeft het verkeerde type, een sleutel is onbekend of een waarde valt buiten het bereik.',
  },
};

export const catalogInvalid: RuleMeta = {
  id: 'catalog-invalid',
  defaultSeverity: 'error',
  description: {
    en: 'A catalog in `uses` cannot be read or breaks the format, so its declarations cannot be trusted.',
    nl: 'Een catalogus in `uses` kan niet gelezen worden of wijkt af van het formaat, dus op de declaraties ervan valt niet te vertrouwen.',
  },
};

export const unusedSuppression: RuleMeta = {
  id: 'unused-suppression',
  defaultSeverity: 'hint',
  description: {
    en: 'A journey-lens-disable comment suppresses nothing: remove it so it does not hide a future finding.',
    nl: 'Een journey-lens-disable-opmerking onderdrukt niets: haal haar weg, zodat ze geen toekomstige bevinding verbergt.',
  },
};
