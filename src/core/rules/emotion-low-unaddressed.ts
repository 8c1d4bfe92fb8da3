import type { Rule } from '../rule';

/** The lowest point of a journey deserves a named pain and an idea. */
export const emotionLowUnaddressed: Rule = {
  id: 'emotion-low-unaddressed',
  defaultSeverity: 'info',
  description: 'A step where the customer feels worst (emotion -2) names neither a pain nor an idea: the low point is noted but not worked on.',
  check({ journey, report }) {
    for (const step of journey.steps) {
      if (step.emotion !== -2 || step.pain.length > 0 || step.idea.length > 0) continue;
      report({
        path: [...step.path, 'emotion'],
        message: 'The customer feels worst here (emotion -2), but the step names no pain and no idea. Write down what hurts (pain) and what could help (idea).',
      });
    }
  },
};
