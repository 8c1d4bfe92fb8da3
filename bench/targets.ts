/**
 * The targets of issue 7, judged on the measured rows: each is marked on
 * the rows it concerns, and listed with its verdict for the README.
 */
import { ms, type Row } from './table';
import { SIZES } from './sections/side-by-side';

type Verdict = 'met' | 'not met' | 'not measured';

interface Judged {
  target: string;
  /** How the target reads in the table's Target column. */
  short: string;
  verdict: Verdict;
  measured: string;
  /** The rows to mark. */
  keys: string[];
}

const verdict = (ok: boolean | undefined): Verdict => (ok === undefined ? 'not measured' : ok ? 'met' : 'not met');
/** "412 KB" → 412. */
const kilobytes = (s: string): number | undefined => {
  const m = /^([\d,]+) KB$/.exec(s);
  return m ? Number(m[1].replace(/,/g, '')) : undefined;
};

function judge(rows: readonly Row[]): Judged[] {
  const get = (key: string) => rows.find((r) => r.key === key);
  const timeOf = (key: string) => get(key)?.ms;
  const out: Judged[] = [];
  const within = (key: string, limit: number): boolean | undefined => {
    const t = timeOf(key);
    return t === undefined ? undefined : t <= limit;
  };

  const jl = timeOf('jl-1000');
  const fl = timeOf('floor-1000');
  // Judged on the paired ratio (both timed alternately in one process); the separate processes' ratio is shown too.
  const paired = get('jl-1000')?.pairedRatio;
  const separate = jl !== undefined && fl ? `${(jl / fl).toFixed(2)} × in separate processes (${ms(jl)} against ${ms(fl)})` : undefined;
  out.push({
    target: 'Full check ≤ 1.3 × the parse floor on the 1,000-step journey', short: '≤ 1.3 × floor', keys: ['jl-1000'],
    verdict: verdict(paired !== undefined ? paired <= 1.3 : jl !== undefined && fl ? jl / fl <= 1.3 : undefined),
    measured: [paired !== undefined ? `${paired.toFixed(2)} × timed alternately in one process` : undefined, separate].filter(Boolean).join('; ') || 'n/a',
  });
  for (const n of SIZES) {
    const [j, y, s] = [timeOf(`jl-${n}`), timeOf(`yls-${n}`), timeOf(`spectral-${n}`)];
    out.push({
      target: `Faster than yaml-language-server and Spectral, ${n.toLocaleString('en-US')} steps`, short: 'faster than both others', keys: [`jl-${n}`],
      verdict: verdict(j === undefined || y === undefined || s === undefined ? undefined : j < y && j < s),
      measured: `${j === undefined ? 'n/a' : ms(j)} against ${y === undefined ? 'n/a' : ms(y)} and ${s === undefined ? 'n/a' : ms(s)}`,
    });
  }
  const edit = timeOf('edit-5000');
  out.push({ target: 'Edit latency on the 5,000-step journey ≤ 30 ms median', short: '≤ 30 ms', keys: ['edit-5000'], verdict: verdict(within('edit-5000', 30)), measured: edit === undefined ? 'n/a' : ms(edit) });
  for (const [key, what] of [['activation', 'no document open'], ['activation-open', 'a 30-step journey open']]) {
    const t = timeOf(key);
    out.push({ target: `Activation ≤ 50 ms (${what})`, short: '≤ 50 ms', keys: [key], verdict: verdict(within(key, 50)), measured: t === undefined ? 'n/a' : ms(t) });
  }
  const bundle = get('bundle-extension')?.value;
  const size = bundle === undefined ? undefined : kilobytes(bundle);
  out.push({ target: 'Extension bundle ≤ 500 KB minified', short: '≤ 500 KB', keys: ['bundle-extension'], verdict: verdict(size === undefined ? undefined : size <= 500), measured: bundle ?? 'n/a' });
  const p = timeOf('preview-300');
  out.push({ target: 'Preview update for 300 steps ≤ 50 ms', short: '≤ 50 ms', keys: ['preview-300'], verdict: verdict(within('preview-300', 50)), measured: p === undefined ? (get('preview-300')?.value ?? 'n/a') : ms(p) });
  const fit = timeOf('preview-fit-300');
  out.push({ target: '"Fit" of the 300-step journey ≤ 150 ms', short: '≤ 150 ms', keys: ['preview-fit-300'], verdict: verdict(within('preview-fit-300', 150)), measured: fit === undefined ? (get('preview-fit-300')?.value ?? 'n/a') : ms(fit) });
  const c = timeOf('cli-portfolio');
  out.push({ target: '500-journey portfolio checked by the CLI in under 5 s', short: '< 5 s', keys: ['cli-portfolio'], verdict: verdict(c === undefined ? undefined : c < 5000), measured: c === undefined ? 'n/a' : ms(c) });
  return out;
}

/** Marks the rows and returns the list of targets with their verdicts, as Markdown lines. */
export function applyTargets(rows: Row[]): string[] {
  const judged = judge(rows);
  for (const j of judged) {
    for (const key of j.keys) {
      const row = rows.find((r) => r.key === key);
      if (row) row.target = [row.target, `${j.short}: ${j.verdict}`].filter(Boolean).join('; ');
    }
  }
  return judged.map((j) => `- **${j.verdict}** — ${j.target}: ${j.measured}`);
}
