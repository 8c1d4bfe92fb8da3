/**
 * The defects a generated journey can have: each one is a small, realistic
 * mistake that makes one check fire (partner gaps fire theirs once per
 * partner per journey). `yaml-syntax` and `catalog-invalid` are left out on
 * purpose: broken YAML stops every other check, and an invalid catalog is a
 * catalog's defect, not a journey's.
 */
import { chain, teamsInTurn, type Rnd, type StepSpec } from './step';

export interface DefectContext {
  /** The step's index. */
  i: number;
  /** The final step ids (duplicate-id repeats the previous one). */
  ids: readonly string[];
  /** The defect kind planned for each step. */
  plan: readonly (string | undefined)[];
  rnd: Rnd;
}

interface Defect {
  /** The checks it makes fire. */
  rules: string[];
  /** Whether it can be placed at this step (some need a step before or two after). */
  fits?(ctx: DefectContext): boolean;
  apply(spec: StepSpec, ctx: DefectContext): void;
}

const soleHumanStep = (spec: StepSpec): void => {
  spec.channel = 'telefoon';
  spec.fallback = undefined;
};

export const STEP_DEFECTS = {
  'unknown-reference': {
    rules: ['unknown-reference'],
    apply: (spec) => { spec.process[0].system = 'crn'; },
  },
  'duplicate-id': {
    rules: ['duplicate-id'],
    fits: ({ i }) => i > 0,
    // The assembler gives this step the id of the step before it.
    apply: () => undefined,
  },
  'fallback-missing': {
    rules: ['fallback-missing'],
    apply: (spec) => { spec.channel = 'website'; spec.fallback = undefined; },
  },
  'fallback-ineffective': {
    rules: ['fallback-ineffective'],
    apply: (spec) => { spec.channel = 'app'; spec.fallback = ['website']; },
  },
  'handoff-unclear': {
    rules: ['handoff-unclear'],
    apply: (spec, { i, rnd }) => {
      spec.process = chain(teamsInTurn(rnd, 2), i + 1, rnd);
      delete spec.process[0].handoff!.within;
    },
  },
  'handoff-pingpong': {
    rules: ['handoff-pingpong'],
    apply: (spec, { i, rnd }) => {
      const [a, b] = teamsInTurn(rnd, 2);
      spec.process = chain([a, b, a], i + 1, rnd);
    },
  },
  'handoff-chain': {
    rules: ['handoff-chain'],
    apply: (spec, { i, rnd }) => { spec.process = chain(teamsInTurn(rnd, 5), i + 1, rnd); },
  },
  'partner-unbound': {
    rules: ['partner-no-agreement', 'partner-no-fallback'],
    apply: (spec, { i, rnd }) => { spec.process = chain([...teamsInTurn(rnd, 1), { partner: 'drukker' }], i + 1, rnd); },
  },
  'partner-no-fallback': {
    rules: ['partner-no-fallback'],
    apply: (spec, { i, rnd }) => { spec.process = chain([...teamsInTurn(rnd, 1), { partner: 'koerier' }], i + 1, rnd); },
  },
  'promise-at-risk': {
    rules: ['promise-at-risk'],
    apply: (spec) => {
      // The grid operator's SLA alone (5 working days) is longer than the promise.
      spec.partners = ['netbeheerder'];
      spec.promise = { says: 'Binnen drie dagen aangesloten', by: spec.process[0].team, within: '3 days' };
    },
  },
  'promise-unowned': {
    rules: ['promise-unowned'],
    apply: (spec) => { spec.promise = { says: 'U hoort binnen twee weken van ons', within: '2 weeks' }; },
  },
  'asked-twice': {
    rules: ['asked-twice'],
    // The first step asks for the customer number; asking again is the defect.
    fits: ({ i }) => i > 0,
    apply: (spec) => { spec.asks = ['Klantnummer']; },
  },
  'step-unsupported': {
    rules: ['step-unsupported'],
    apply: (spec) => { soleHumanStep(spec); spec.process = []; spec.promise = undefined; },
  },
  'step-unreachable': {
    rules: ['step-unreachable'],
    // Skips the next step, so nothing leads to it.
    fits: ({ i, ids, plan }) => i + 2 < ids.length && plan[i + 1] !== 'duplicate-id' && plan[i + 2] !== 'duplicate-id',
    apply: (spec, { i, ids }) => { spec.next = [ids[i + 2]]; },
  },
  'emotion-low-unaddressed': {
    rules: ['emotion-low-unaddressed'],
    apply: (spec) => { spec.emotion = -2; spec.pain = undefined; spec.idea = undefined; },
  },
  schema: {
    rules: ['schema'],
    // Dutch for "yes": a string where the format wants true or false.
    apply: (spec) => { spec.momentOfTruth = 'ja'; },
  },
  'unused-suppression': {
    rules: ['unused-suppression'],
    apply: (spec) => {
      soleHumanStep(spec);
      spec.comment = 'journey-lens-disable-next-line fallback-missing -- telefoon is altijd bemand';
    },
  },
} satisfies Record<string, Defect>;

export type StepDefect = keyof typeof STEP_DEFECTS;
export const STEP_DEFECT_KINDS = Object.keys(STEP_DEFECTS) as StepDefect[];

/** Journey-wide defects, each making one check fire once. */
export const JOURNEY_DEFECTS = ['owner-missing', 'review-overdue', 'no-end'] as const;
export type JourneyDefect = (typeof JOURNEY_DEFECTS)[number];

export function fits(kind: StepDefect, ctx: DefectContext): boolean {
  const d: Defect = STEP_DEFECTS[kind];
  return d.fits ? d.fits(ctx) : true;
}

export function applyDefect(kind: StepDefect, spec: StepSpec, ctx: DefectContext): void {
  STEP_DEFECTS[kind].apply(spec, ctx);
}

/** Every check some defect makes fire. */
export const FIRING_RULES: readonly string[] = [...new Set([...STEP_DEFECT_KINDS.flatMap((k) => STEP_DEFECTS[k].rules), ...JOURNEY_DEFECTS])];
