/**
 * One generated step: a sound step drawn at random (right channel and
 * fallback, complete handoffs, promises the process can keep), and its YAML.
 * Defects (defects.ts) change the spec before it is written.
 */
import { CHANNEL_WEIGHTS, SELF_SERVICE, SOUND_PARTNERS, SYSTEMS, TEAMS } from './catalog';

export interface HandoffSpec {
  to?: string;
  gives?: string;
  within?: string;
}

export interface TaskSpec {
  team?: string;
  partner?: string;
  does: string;
  system?: string | string[];
  instruction?: string;
  handoff?: HandoffSpec;
}

export interface StepSpec {
  id: string;
  stage: string;
  customer: string;
  /** A comment line inside the step, written just before `channel`. */
  comment?: string;
  channel: string;
  fallback?: string[];
  emotion: number;
  kano?: string;
  /** Written as is: a defect may make it something other than a boolean. */
  momentOfTruth?: string;
  pain?: string;
  idea?: string;
  asks?: string[];
  promise?: { says: string; by?: string; within?: string };
  partners?: string[];
  process: TaskSpec[];
  next?: string[];
  end?: boolean;
}

export type Rnd = () => number;

export const pick = <T>(rnd: Rnd, list: readonly T[]): T => list[Math.floor(rnd() * list.length)];

const ACTIONS = [
  'Zoekt uit welke gegevens nodig zijn',
  'Vult het formulier in en controleert het adres',
  'Wacht op een bevestiging van de datum',
  'Belt om te vragen waarom het langer duurt',
  'Uploadt de meterstanden met een foto',
  'Kiest een tijdvak voor de monteur',
  'Vergelijkt de eindafrekening met het voorschot',
];
const TASKS = [
  'Controleert de aanvraag',
  'Past het voorschot en het contract aan',
  'Plant de monteur in',
  'Sluit de meter aan en noteert de standen',
  'Verwerkt de wijziging',
];
const PAINS = ['Weet niet hoe lang het gaat duren', 'Moet dezelfde gegevens opnieuw zoeken', 'Krijgt geen bevestiging'];
const IDEAS = ['Stuur direct een bevestiging met de verwachte datum', 'Vul bekende gegevens alvast in'];
const FIELDS = ['Meterstand', 'Verhuisdatum', 'Nieuw adres', 'IBAN', 'Telefoonnummer', 'Aantal bewoners'];

function weightedChannel(rnd: Rnd): string {
  let r = rnd();
  for (const [channel, weight] of CHANNEL_WEIGHTS) {
    if (r < weight) return channel;
    r -= weight;
  }
  return CHANNEL_WEIGHTS[0][0];
}

/** Tasks by `actors` in turn, each handing on to the next with a complete handoff. */
export function chain(actors: { team?: string; partner?: string }[], i: number, rnd: Rnd): TaskSpec[] {
  return actors.map((actor, k) => {
    const next = actors[k + 1];
    const task: TaskSpec = { ...actor, does: pick(rnd, TASKS) };
    if (actor.team) task.system = rnd() < 0.3 ? ['crm', pick(rnd, SYSTEMS.slice(1))] : pick(rnd, SYSTEMS);
    if (actor.team && rnd() < 0.4) task.instruction = `WI-${10 + (i % 90)}`;
    if (next) task.handoff = { to: next.team ?? next.partner, gives: `dossier ${i}`, within: '1 working day' };
    return task;
  });
}

/** `count` teams in ring order from a random start: work never comes back to a team. */
export function teamsInTurn(rnd: Rnd, count: number): { team: string }[] {
  const start = Math.floor(rnd() * TEAMS.length);
  return Array.from({ length: count }, (_, k) => ({ team: TEAMS[(start + k) % TEAMS.length] }));
}

export function soundStep(i: number, rnd: Rnd, stage: string): StepSpec {
  const channel = weightedChannel(rnd);
  const actors: { team?: string; partner?: string }[] = teamsInTurn(rnd, pick(rnd, [1, 1, 2, 2, 3]));
  if (rnd() < 0.1) actors.push({ partner: pick(rnd, SOUND_PARTNERS) });
  const spec: StepSpec = {
    id: `stap-${i + 1}`,
    stage,
    customer: `${pick(rnd, ACTIONS)} (stap ${i + 1})`,
    channel,
    fallback: SELF_SERVICE.has(channel) ? pick(rnd, [['telefoon'], ['telefoon', 'chat'], ['chat']]) : undefined,
    emotion: pick(rnd, [-1, 0, 0, 1, 1, 2]),
    process: chain(actors, i + 1, rnd),
  };
  if (rnd() < 0.2) spec.kano = pick(rnd, ['basic', 'satisfier', 'delighter']);
  if (rnd() < 0.05) spec.momentOfTruth = 'true';
  if (rnd() < 0.25) spec.pain = pick(rnd, PAINS);
  if (spec.pain && rnd() < 0.5) spec.idea = pick(rnd, IDEAS);
  if (rnd() < 0.15) spec.asks = [`${pick(rnd, FIELDS)} voor stap ${i + 1}`];
  // Three weeks covers any sound process: a few handoffs of a working day and a partner's SLA.
  if (rnd() < 0.12) spec.promise = { says: 'Binnen drie weken geregeld', by: actors[0].team, within: '3 weeks' };
  if (rnd() < 0.08) spec.partners = [pick(rnd, SOUND_PARTNERS)];
  return spec;
}

const flow = (items: string[]): string => `[${items.join(', ')}]`;

function renderTask(t: TaskSpec): string[] {
  const lines = [t.team ? `      - team: ${t.team}` : `      - partner: ${t.partner}`, `        does: ${t.does}`];
  if (t.system) lines.push(`        system: ${Array.isArray(t.system) ? flow(t.system) : t.system}`);
  if (t.instruction) lines.push(`        instruction: ${t.instruction}`);
  if (t.handoff) {
    const h = t.handoff;
    const parts = [h.to && `to: ${h.to}`, h.gives && `gives: ${h.gives}`, h.within && `within: ${h.within}`].filter(Boolean);
    lines.push(`        handoff: { ${parts.join(', ')} }`);
  }
  return lines;
}

export function renderStep(s: StepSpec): string {
  const lines = [`  - id: ${s.id}`, `    stage: ${s.stage}`, `    customer: ${s.customer}`];
  if (s.comment) lines.push(`    # ${s.comment}`);
  lines.push(`    channel: ${s.channel}`);
  if (s.fallback) lines.push(`    fallback: ${flow(s.fallback)}`);
  lines.push(`    emotion: ${s.emotion}`);
  if (s.kano) lines.push(`    kano: ${s.kano}`);
  if (s.momentOfTruth) lines.push(`    moment-of-truth: ${s.momentOfTruth}`);
  if (s.pain) lines.push(`    pain: ${s.pain}`);
  if (s.idea) lines.push(`    idea: ${s.idea}`);
  if (s.asks) lines.push(`    asks: ${flow(s.asks)}`);
  if (s.promise) {
    const p = s.promise;
    lines.push(`    promise: { ${[`says: ${p.says}`, p.by && `by: ${p.by}`, p.within && `within: ${p.within}`].filter(Boolean).join(', ')} }`);
  }
  if (s.partners) lines.push(`    partners: ${flow(s.partners)}`);
  if (s.process.length > 0) lines.push('    process:', ...s.process.flatMap(renderTask));
  if (s.next) lines.push(`    next: ${flow(s.next)}`);
  if (s.end !== undefined) lines.push(`    end: ${s.end}`);
  return lines.join('\n');
}
