import type { Rule } from '../rule';
import type { Texts } from '../../i18n/language';
import { addKey } from '../../fixes/edits';
import { addedKeys, FIX_TEXT } from '../../fixes/fix';


const TEXT: Texts<{ by: string; within: string; and: string; unowned: (what: string) => string; untimed: (what: string) => string }> = {
  en: {
    by: 'which team keeps it (by)', within: 'by when (within)', and: 'and',
    unowned: (what) => `This promise does not say ${what}. A promise nobody owns is a promise nobody keeps.`,
    untimed: (what) => `This promise does not say ${what}. A promise without a time cannot be kept on time, nor checked.`,
  },
  nl: {
    by: 'welk team hem nakomt (by)', within: 'wanneer (within)', and: 'en',
    unowned: (what) => `Deze belofte zegt niet ${what}. Een belofte van niemand is een belofte die niemand nakomt.`,
    untimed: (what) => `Deze belofte zegt niet ${what}. Een belofte zonder termijn kan niet op tijd nagekomen worden, en ook niet gecontroleerd.`,
  },
};

/** The promise's missing keys, which the fix adds with placeholders. */
export interface PromiseUnownedData {
  missing: readonly ('by' | 'within')[];
}

const PLACEHOLDER: Texts<string> = { en: '3 working days', nl: '3 werkdagen' };

/** A promise nobody owns, or with no time, is a promise nobody can keep. */
export const promiseUnowned: Rule<PromiseUnownedData> = {
  id: 'promise-unowned',
  defaultSeverity: 'warning',
  description: {
    en: 'A promise to the customer lacks `by` (the team that keeps it) or `within` (by when): nobody is accountable for it.',
    nl: 'Een belofte aan de klant mist `by` (het team dat haar nakomt) of `within` (wanneer): niemand is erop aanspreekbaar.',
  },
  check({ journey, report, options }) {
    for (const step of journey.steps) {
      const p = step.promise;
      if (!p) continue;
      const missing = ([!p.by && 'by', !p.within && 'within'] as const).filter((k): k is 'by' | 'within' => !!k);
      if (missing.length === 0) continue;
      const t = TEXT[options.language];
      const what = missing.map((k) => (k === 'by' ? t.by : t.within)).join(` ${t.and} `);
      // Only `within` missing: someone owns it, so "nobody owns" would mislead.
      const message = p.by ? t.untimed(what) : t.unowned(what);
      report({ path: p.path, part: 'key', message, data: { missing } });
    }
  },
  fixes(data, { doc, path, language }) {
    const missing = data?.missing ?? [];
    return addedKeys(FIX_TEXT[language].addTo(missing, 'promise'), missing.map((k, i) => addKey(doc, path, k, k === 'by' ? `\${${i + 1}:team}` : `\${${i + 1}:${PLACEHOLDER[language]}}`)));
  },
};
