/**
 * Activation, in fresh processes: require dist/extension.js with a vscode
 * stand-in and await activate(); once with no document open, once with a
 * 30-step journey open (activate() schedules its first check, which runs
 * right after it returns; the note gives when the first diagnostics follow).
 */
import { readFileSync } from 'fs';
import * as path from 'path';
import { median } from '../measure';
import { OUT_BENCH, ROOT } from '../paths';
import { runNode } from '../spawn';
import { ms, type Row } from '../table';

const PROCESSES = 9;

interface Times {
  require: number;
  activate: number;
  total: number;
  firstFindings: number | null;
}

async function times(open: boolean): Promise<Times[]> {
  const out: Times[] = [];
  // One process first, unmeasured, so the bundle is in the file cache for all.
  for (let i = 0; i <= PROCESSES; i++) {
    const r = await runNode([path.join(OUT_BENCH, 'activation', 'child.js'), path.join(ROOT, 'dist', 'extension.js'), ...(open ? ['open'] : [])]);
    if (r.code !== 0) throw new Error(`activation failed: ${r.stderr.trim().split('\n').slice(0, 3).join(' ')}`);
    if (i > 0) out.push(JSON.parse(r.stdout) as Times);
  }
  return out;
}

/** Whether the schemas are compiled when the engine runs (not ajv standalone code made at build time). */
function compilesAtRunTime(): boolean {
  return /\bnew Ajv\(/.test(readFileSync(path.join(ROOT, 'src/core/schema/compile.ts'), 'utf8'));
}

export async function activation(): Promise<Row[]> {
  const schemas = compilesAtRunTime() ? 'ajv compiles the schemas at the first check' : 'schemas precompiled at build time';
  const med = (list: Times[], k: keyof Times) => median(list.map((t) => t[k] ?? NaN));
  const empty = await times(false);
  const open = await times(true);
  return [
    {
      section: 'Extension', measure: 'Activation: require + activate()', input: 'no document open', key: 'activation',
      value: ms(med(empty, 'total')), ms: med(empty, 'total'), note: `require ${ms(med(empty, 'require'))}, activate() ${ms(med(empty, 'activate'))}; ${PROCESSES} fresh processes, production bundle`,
    },
    {
      section: 'Extension', measure: 'Activation: require + activate()', input: 'a 30-step journey open', key: 'activation-open',
      value: ms(med(open, 'total')), ms: med(open, 'total'),
      note: `activate() ${ms(med(open, 'activate'))} (the first check runs after it returns; ${schemas}); first diagnostics at ${ms(med(open, 'firstFindings'))} after the require began`,
    },
  ];
}
