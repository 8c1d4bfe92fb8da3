/**
 * `catalog-invalid`: found while the catalogs in `uses` are loaded
 * (engine/check.ts, loadCatalogs; model/catalogs.ts reads and caches them).
 * The fix is in the catalog itself, which has findings of its own.
 */
import type { PipelineRule } from '../rule';

export const catalogInvalid: PipelineRule = {
  id: 'catalog-invalid',
  defaultSeverity: 'error',
  description: {
    en: 'A catalog in `uses` cannot be read or breaks the format, so its declarations cannot be trusted.',
    nl: 'Een catalogus in `uses` kan niet gelezen worden of wijkt af van het formaat, dus op de declaraties ervan valt niet te vertrouwen.',
  },
  madeBy: 'engine/check.ts (loadCatalogs)',
};
