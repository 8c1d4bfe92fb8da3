import type { Rule } from '../rule';

/** Every journey needs a journey manager who keeps it true. */
export const ownerMissing: Rule = {
  id: 'owner-missing',
  defaultSeverity: 'info',
  description: 'The journey names no owner: nobody is responsible for reviewing and improving it.',
  check({ journey, report }) {
    if (journey.owner) return;
    report({
      path: ['journey'],
      part: 'key',
      message: 'This journey names no owner. Add `owner:` with the journey manager who reviews it.',
      data: { missing: ['owner'] },
    });
  },
};
