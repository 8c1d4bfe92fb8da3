import type { Text } from '../model';
import type { Rule } from '../rule';

/** Golden rule: never ask the customer for what they already told us. */
export const askedTwice: Rule = {
  id: 'asked-twice',
  defaultSeverity: 'warning',
  description: 'The journey asks the customer for the same information in more than one step: customers hate telling their story twice.',
  check({ journey, report }) {
    const first = new Map<string, { ask: Text; step: string }>();
    for (const step of journey.steps) {
      const seenHere = new Set<string>();
      for (const ask of step.asks) {
        const key = ask.text.toLowerCase().replace(/\s+/g, ' ').trim();
        if (seenHere.has(key)) continue;
        seenHere.add(key);
        const earlier = first.get(key);
        if (!earlier) {
          first.set(key, { ask, step: step.id?.id ?? `step ${step.index + 1}` });
          continue;
        }
        report({
          path: ask.path,
          message: `The customer was already asked for '${ask.text}' in step '${earlier.step}'. Reuse what they told you instead of asking again.`,
          related: [{ path: earlier.ask.path, message: `First asked here, in step '${earlier.step}'` }],
        });
      }
    }
  },
};
