/**
 * computeFigures: the figures of evidence.md for kept cases and a design, in
 * one pass over the cases. Pure and synchronous; activities and actor values
 * are mapped once each per call, so a design edit re-maps cached cases fast.
 */
import { mapActors } from '../map/actors';
import { designedTransitions } from '../map/links';
import { mapCase, type Mapping } from '../map/mapped-case';
import { mapActivities, placesOf } from '../map/places';
import type { DesignStep, EvidenceDetails, EvidenceFigures, EvidenceSettings, EvidenceThresholds, LogCases } from '../types';
import { ActivityCounter } from './activities';
import { Examples } from './examples';
import { HandoffCounter } from './handoffs';
import { PathCounter } from './paths';
import { PromiseCounter } from './promises';
import { StepCounter } from './steps';

/** With `examples`, also up to that many case ids per figure (for `journey-lens evidence --examples N` only). */
export function computeFigures(
  cases: LogCases, design: readonly DesignStep[], settings: EvidenceSettings, thresholds: EvidenceThresholds,
  options: { examples?: number } = {},
): { figures: EvidenceFigures; details: EvidenceDetails; examples?: Examples } {
  const examples = options.examples === undefined ? undefined : new Examples(options.examples);
  const places = placesOf(design);
  const mapping: Mapping = {
    places,
    placeOfActivity: mapActivities(cases.activities, design, places),
    actors: mapActors(cases.actorValues, settings.actors),
  };
  const steps = new StepCounter(design.length, places, design.map((s) => s.id), examples);
  const promises = new PromiseCounter(design, settings.timezone, examples);
  const handoffs = new HandoffCounter(design, places, settings.timezone, examples);
  const paths = new PathCounter(design, designedTransitions(design), examples);
  const activities = new ActivityCounter(cases.activities, mapping.placeOfActivity);
  let mappedCases = 0;
  for (const source of cases.cases) {
    const c = mapCase(source, mapping);
    if (c.path.length > 0) mappedCases++;
    steps.add(c);
    promises.add(c);
    handoffs.add(c);
    paths.add(c);
    activities.add(c);
  }
  const p = thresholds.percentile;
  const figures: EvidenceFigures = {
    events: { ...cases.events },
    cases: cases.cases.length,
    mappedCases,
    percentile: p,
    steps: design.map((s, i) => ({
      id: s.id, cases: steps.cases[i], visits: steps.visits[i], repeatCases: steps.repeatCases[i],
      pingpongCases: steps.pingpongCases[i], promise: promises.figures(i, p),
    })),
    transitions: paths.transitionFigures(),
    handoffs: handoffs.figures(p),
    unmapped: activities.unmapped(),
    variants: paths.variantFigures(),
  };
  const repeatedActivity = new Map<string, string>();
  const pingpongPair = new Map<string, readonly [string, string]>();
  design.forEach((s, i) => {
    const activity = steps.repeatedActivity(i, cases.activities);
    if (activity !== undefined) repeatedActivity.set(s.id, activity);
    const pair = steps.pingpongPair(i, mapping.actors.names);
    if (pair) pingpongPair.set(s.id, pair);
  });
  return { figures, details: { repeatedActivity, pingpongPair, activityCases: activities.activityCases() }, examples };
}
