/**
 * Generates valid journeys of any size with a few kinds of defects (about
 * one step in ten breaks a check), and portfolios of journeys that share a
 * catalog. Deterministic: the same size gives the same text.
 *
 * Unit tests pin what this writes (test/unit/cli-report.test.ts counts its
 * findings, incremental.test.ts edits its text), so its output stays as it
 * is. The benchmarks use bench/corpus/, whose defects make every check fire.
 */

/** A small deterministic PRNG (mulberry32), so benchmarks are repeatable. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TEAMS = ['klantenservice', 'facturatie', 'planning', 'techniek', 'backoffice'];
const CHANNELS = ['website', 'app', 'telefoon', 'chat', 'email'];

export const CATALOG = `catalog: Generated organisation
channels:
  website: { kind: web, name: Website }
  app: { kind: app, name: App }
  telefoon: { kind: phone, hours: "ma-vr 08:00-20:00" }
  chat: { kind: chat }
teams:
  klantenservice: { name: Klantenservice, line: front }
  facturatie: { name: Facturatie }
  planning: { name: Planning }
  techniek: { name: Techniek, line: front }
  backoffice: { name: Backoffice }
systems:
  crm: { name: Klantsysteem }
  erp: { name: ERP }
partners:
  netbeheerder: { name: Stedin, agreement: SLA-2024-17, sla: 5 working days, fallback: klantenservice belt de storingsdienst }
  drukker: { name: Drukkerij, sla: 2 days }
`;

function step(i: number, rnd: () => number, stage: string): string {
  const defect = rnd() < 0.1 ? Math.floor(rnd() * 5) : -1;
  const channel = CHANNELS[Math.floor(rnd() * CHANNELS.length)];
  const selfService = channel === 'website' || channel === 'app' || channel === 'email';
  const t1 = TEAMS[Math.floor(rnd() * TEAMS.length)];
  const t2 = TEAMS[(TEAMS.indexOf(t1) + 1) % TEAMS.length];
  const lines = [
    `  - id: stap-${i}`,
    `    stage: ${stage}`,
    `    customer: Klant doet stap ${i} en leest de informatie over "${channel}" zorgvuldig door`,
    `    channel: ${channel}`,
  ];
  if (selfService && defect !== 0) lines.push('    fallback: [telefoon, chat]');
  lines.push(`    emotion: ${defect === 1 ? -2 : Math.floor(rnd() * 4) - 1}`);
  if (rnd() < 0.3) lines.push(`    pain: Wachttijd bij stap ${i} is onduidelijk`);
  if (rnd() < 0.2) lines.push(`    asks: [gegeven-${defect === 2 ? 0 : i}]`);
  if (rnd() < 0.2) lines.push(`    promise: { says: Binnen een week geregeld, by: ${t1}, within: ${defect === 3 ? '1 day' : '2 weeks'} }`);
  lines.push('    process:');
  lines.push(`      - team: ${t1}`, `        does: Verwerkt stap ${i}`, '        system: crm');
  if (defect !== 4) lines.push(`        handoff: { to: ${t2}, gives: dossier ${i}, within: 1 working day }`);
  lines.push(`      - team: ${t2}`, `        does: Rondt stap ${i} af`, '        system: [crm, erp]', '        instruction: WI-42');
  return lines.join('\n');
}

/** A journey of `steps` steps that uses `catalogPath`. */
export function generateJourney(steps: number, seed = 1, catalogPath = 'generated.catalog.yaml'): string {
  const rnd = random(seed);
  const stageCount = Math.max(1, Math.min(8, Math.ceil(steps / 10)));
  const stages = Array.from({ length: stageCount }, (_, i) => `Fase ${i + 1}`);
  const body: string[] = [
    `journey: Gegenereerde klantreis ${seed} met ${steps} stappen`,
    'owner: Benchmark',
    'reviewed: 2026-06-01',
    'need: Een behoefte',
    'outcome: Een uitkomst',
    `uses: [${catalogPath}]`,
    `stages: [${stages.join(', ')}]`,
    'steps:',
  ];
  for (let i = 0; i < steps; i++) {
    body.push(step(i, rnd, stages[Math.floor((i * stageCount) / steps)]));
  }
  return `${body.join('\n')}\n`;
}

/** A portfolio: `count` journeys of `steps` steps and the catalog they share. */
export function generatePortfolio(count: number, steps: number): Map<string, string> {
  const files = new Map<string, string>([['generated.catalog.yaml', CATALOG]]);
  for (let i = 0; i < count; i++) files.set(`journey-${String(i).padStart(3, '0')}.journey.yaml`, generateJourney(steps, i + 1));
  return files;
}
