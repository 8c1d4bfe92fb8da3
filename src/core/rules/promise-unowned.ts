import type { Rule } from '../rule';

/** A promise nobody owns, or with no time, is a promise nobody can keep. */
export const promiseUnowned: Rule = {
  id: 'promise-unowned',
  defaultSeverity: 'warning',
  description: 'A promise to the customer lacks `by` (the team that keeps it) or `within` (by when): nobody is accountable for it.',
  check({ journey, report }) {
    for (const step of journey.steps) {
      const p = step.promise;
      if (!p) continue;
      const missing = [!p.by && 'by', !p.within && 'within'].filter((k): k is string => !!k);
      if (missing.length === 0) continue;
      const what = missing.map((k) => (k === 'by' ? 'which team keeps it (by)' : 'by when (within)')).join(' and ');
      report({ path: p.path, part: 'key', message: `This promise does not say ${what}. A promise nobody owns is a promise nobody keeps.`, data: { missing } });
    }
  },
};
