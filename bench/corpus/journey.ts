/**
 * Generated journeys of any size with a realistic share of defects, and
 * portfolios of journeys that share one catalog. Deterministic: the same
 * arguments give the same text.
 */
import { random } from '../generate';
import { BENCH_CATALOG, CATALOG_FILE } from './catalog';
import { applyDefect, fits, JOURNEY_DEFECTS, STEP_DEFECT_KINDS, type DefectContext, type JourneyDefect, type StepDefect } from './defects';
import { renderStep, soundStep, type Rnd } from './step';

export interface JourneyOptions {
  /** Share of steps with a defect drawn at random (default 0.1). */
  defectRate?: number;
  /** Place every kind of defect at least once, spread over the journey (default true). */
  everyKind?: boolean;
  /** Journey-wide defects (default: all of them when everyKind, else drawn at random). */
  journeyDefects?: readonly JourneyDefect[];
  catalogPath?: string;
}

/** Which defect each step gets: random ones, then each kind once, evenly spread when asked. */
function planDefects(steps: number, rnd: Rnd, rate: number, everyKind: boolean): (StepDefect | undefined)[] {
  const plan: (StepDefect | undefined)[] = Array.from({ length: steps }, () =>
    rnd() < rate ? STEP_DEFECT_KINDS[Math.floor(rnd() * STEP_DEFECT_KINDS.length)] : undefined);
  if (everyKind) {
    // Between the first step and the last two, so that every kind fits where it lands.
    const room = Math.max(1, steps - 4);
    STEP_DEFECT_KINDS.forEach((kind, k) => {
      plan[Math.min(steps - 1, 1 + Math.floor(((k + 0.5) * room) / STEP_DEFECT_KINDS.length))] = kind;
    });
  }
  return plan;
}

function idsFor(plan: readonly (StepDefect | undefined)[]): string[] {
  const ids: string[] = [];
  plan.forEach((kind, i) => ids.push(kind === 'duplicate-id' && i > 0 ? ids[i - 1] : `stap-${i + 1}`));
  return ids;
}

function drawJourneyDefects(rnd: Rnd): JourneyDefect[] {
  const odds: Record<JourneyDefect, number> = { 'owner-missing': 0.05, 'review-overdue': 0.2, 'no-end': 0.03 };
  return JOURNEY_DEFECTS.filter((d) => rnd() < odds[d]);
}

export function benchJourney(steps: number, seed = 1, options: JourneyOptions = {}): string {
  const rnd = random(seed);
  const everyKind = options.everyKind ?? true;
  const plan = planDefects(steps, rnd, options.defectRate ?? 0.1, everyKind);
  const ids = idsFor(plan);
  for (let i = 0; i < steps; i++) {
    const kind = plan[i];
    if (kind && !fits(kind, { i, ids, plan, rnd })) plan[i] = 'fallback-missing';
  }
  const journeyDefects = new Set(options.journeyDefects ?? (everyKind ? JOURNEY_DEFECTS : drawJourneyDefects(rnd)));
  const stageCount = Math.max(1, Math.min(8, Math.ceil(steps / 10)));
  const stages = Array.from({ length: stageCount }, (_, i) => `Fase-${i + 1}`);
  const head = [
    `journey: Verhuizing doorgeven ${seed} (${steps} stappen)`,
    ...(journeyDefects.has('owner-missing') ? [] : ['owner: Ans de Vries']),
    `reviewed: ${journeyDefects.has('review-overdue') ? '2025-03-01' : '2026-06-01'}`,
    'persona: Huurder die binnen de stad verhuist',
    'need: Mijn energie loopt door op mijn nieuwe adres',
    'outcome: Levering op het nieuwe adres en een kloppende eindafrekening',
    `uses: [${options.catalogPath ?? CATALOG_FILE}]`,
    'measures: { CES: "< 2", NPS: "+30" }',
    `stages: [${stages.join(', ')}]`,
    'steps:',
  ];
  const body: string[] = [];
  for (let i = 0; i < steps; i++) {
    const spec = soundStep(i, rnd, stages[Math.floor((i * stageCount) / steps)]);
    spec.id = ids[i];
    // The customer identifies once, at the start; asked-twice asks again later.
    if (i === 0) spec.asks = ['Klantnummer', 'Postcode'];
    const ctx: DefectContext = { i, ids, plan, rnd };
    const kind = plan[i];
    if (kind) applyDefect(kind, spec, ctx);
    if (i === steps - 1 && journeyDefects.has('no-end') && steps > 1) {
      // The last step loops back to the start: no end is ever reached.
      spec.next = [ids[0]];
      spec.end = false;
    }
    body.push(renderStep(spec));
  }
  return `${head.join('\n')}\n${body.join('\n')}\n`;
}

/**
 * `count` journeys of `steps` steps and the catalog they share, with defects
 * as a real portfolio has them: about one step in ten, each journey its own.
 */
export function benchPortfolio(count: number, steps: number): Map<string, string> {
  const files = new Map<string, string>([[CATALOG_FILE, BENCH_CATALOG]]);
  for (let i = 0; i < count; i++) {
    files.set(`reis-${String(i + 1).padStart(3, '0')}.journey.yaml`, benchJourney(steps, 1000 + i, { everyKind: false }));
  }
  return files;
}
