/**
 * A spreadsheet's sheet as a journey file. Two layouts, recognised by their
 * headers in English or Dutch: the blueprint layout (steps as columns, a
 * row per lane: Stage/Fase, Step/Stap, Customer/Klant, …) and the table
 * layout (a row per step, the same names as column headers). What the format
 * has no field for is kept as `x-` keys; free text in the office lanes
 * becomes tasks; every guess carries a comment that starts with `import:`.
 */
import { Document, isMap, isScalar, isSeq, type Node, type YAMLMap } from 'yaml';
import { escapeControls } from '../reporters/escape';
import { cellName, columnName, MAX_SHEET_STEPS, type Layout, type SheetGrid } from './sheet-grid';
import { slug, stepIds } from './step-ids';
import { NEED_PLACEHOLDER, OUTCOME_PLACEHOLDER } from './to-journey';
import { ImportFailure } from './types';
import { yamlText } from './yaml-text';

type Field = 'stage' | 'step' | 'customer' | 'channel' | 'fallback' | 'asks' | 'moment' | 'kano' | 'emotion' | 'pain' | 'idea' | 'front' | 'back' | 'partners' | 'systems';
type Meta = 'journey' | 'need' | 'outcome' | 'persona' | 'owner';

/** Header names, normalised (accents dropped, lower case, letters and digits only). */
const NAMES: Readonly<Record<string, Field | Meta>> = {
  stage: 'stage', stages: 'stage', fase: 'stage', fasen: 'stage', phase: 'stage', phases: 'stage',
  step: 'step', steps: 'step', stap: 'step', stappen: 'step',
  customer: 'customer', klant: 'customer', customeraction: 'customer', customeractions: 'customer', klantactie: 'customer', klanthandeling: 'customer', klantstap: 'customer',
  channel: 'channel', channels: 'channel', kanaal: 'channel', kanalen: 'channel',
  fallback: 'fallback', fallbacks: 'fallback', terugval: 'fallback', terugvalkanaal: 'fallback', uitwijk: 'fallback', uitwijkkanaal: 'fallback',
  asks: 'asks', asked: 'asks', vraagt: 'asks', gevraagd: 'asks', uitvraag: 'asks',
  momentoftruth: 'moment', momentvandewaarheid: 'moment', waarheidsmoment: 'moment',
  kano: 'kano',
  emotion: 'emotion', emotions: 'emotion', emotie: 'emotion', emoties: 'emotion', gevoel: 'emotion', feeling: 'emotion',
  pain: 'pain', pains: 'pain', painpoint: 'pain', painpoints: 'pain', pijnpunt: 'pain', pijnpunten: 'pain', pijn: 'pain',
  idea: 'idea', ideas: 'idea', idee: 'idea', ideeen: 'idea',
  frontoffice: 'front', frontstage: 'front',
  backoffice: 'back', backstage: 'back',
  partners: 'partners', partner: 'partners', ketenpartners: 'partners', ketenpartner: 'partners',
  systems: 'systems', system: 'systems', systemen: 'systems', systeem: 'systems',
  journey: 'journey', klantreis: 'journey', title: 'journey', titel: 'journey',
  need: 'need', behoefte: 'need',
  outcome: 'outcome', uitkomst: 'outcome', resultaat: 'outcome',
  persona: 'persona',
  owner: 'owner', eigenaar: 'owner',
};
const META = new Set<string>(['journey', 'need', 'outcome', 'persona', 'owner']);
const ID = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
/** The team of a task whose text names none: undeclared, so the checks point at it. */
export const PLACEHOLDER_TEAM = 'team-to-be-named';

export interface SheetOrigin {
  /** The file as the user named it. */
  file: string;
  fallbackTitle: string;
  layout?: Layout;
}

export interface SheetJourney {
  yaml: string;
  steps: number;
  layout: Layout;
}

function normalise(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]/g, '');
}

function nameOf(text: string): Field | Meta | undefined {
  const n = normalise(text);
  return Object.prototype.hasOwnProperty.call(NAMES, n) ? NAMES[n] : undefined;
}

/** One lane or column of the sheet: a field of the format, or an x- key. */
interface Lane {
  field?: Field;
  /** For a lane the format has no field for. */
  xKey?: string;
  /** Row (blueprint) or column (table) index. */
  index: number;
}

/** A step as the sheet holds it: per lane its text and the cell it came from. */
interface SourceStep {
  cells: Map<Lane, { text: string; r: number; c: number }>;
  /** Empty cells with a reader's note (a formula without a saved result). */
  noted: string[];
}

/** Excel's own limits: a grid beyond them is not a spreadsheet anyone drew a journey in (a CSV can be anything). */
const MAX_ROWS = 250_000;
const MAX_COLUMNS = 16_384;

export function journeyFromSheet(grid: SheetGrid, origin: SheetOrigin): SheetJourney {
  if (grid.rows.length > MAX_ROWS) throw new ImportFailure(`The sheet '${grid.name}' has ${grid.rows.length.toLocaleString('en')} rows; Journey Lens reads at most ${MAX_ROWS.toLocaleString('en')} (a journey has hundreds at most).`);
  const widest = grid.rows.reduce((w, row) => Math.max(w, row.length), 0);
  if (widest > MAX_COLUMNS) throw new ImportFailure(`The sheet '${grid.name}' has ${widest.toLocaleString('en')} columns; Journey Lens reads at most ${MAX_COLUMNS.toLocaleString('en')}, as many as Excel has.`);
  if (grid.rows.every((row) => row.every((t) => t.trim() === ''))) throw new ImportFailure(`The sheet '${grid.name}' is empty: there is no journey to import.`);
  const layout = origin.layout ?? detect(grid);
  const read = layout === 'blueprint' ? readBlueprint(grid) : readTable(grid);
  if (read.steps.length === 0) throw new ImportFailure(`The sheet '${grid.name}' has a ${layout === 'blueprint' ? 'Step or Customer row' : 'Step or Customer column'} but no step in it.`);
  if (read.steps.length > MAX_SHEET_STEPS) {
    throw new ImportFailure(`The sheet '${grid.name}' has ${read.steps.length.toLocaleString('en')} steps; Journey Lens imports at most ${MAX_SHEET_STEPS.toLocaleString('en')} (more is a data dump, not a journey).`);
  }
  return { yaml: build(grid, layout, read, origin), steps: read.steps.length, layout };
}

/** The layout whose headers the sheet has more of; an error when it has neither. */
function detect(grid: SheetGrid): Layout {
  const b = bestLabelColumn(grid);
  const t = bestHeaderRow(grid);
  if (b.score < 2 && t.score < 2) {
    throw new ImportFailure(`The sheet '${grid.name}' has neither layout's headers: name the rows (blueprint layout) or the columns (table layout) Stage, Step, Customer, Channel, Emotion, Pain, Idea, Front office, Back office, Partners, Systems (or Fase, Stap, Klant, Kanaal, Emotie, Pijnpunt, Idee, Systemen), or choose a layout with --layout.`);
  }
  return b.score > t.score ? 'blueprint' : 'table';
}

function scoreOf(names: string[]): number {
  const fields = new Set(names.map(nameOf).filter((f): f is Field => f !== undefined && !META.has(f)));
  // Without a step or a customer there is no step to make.
  return fields.has('step') || fields.has('customer') ? fields.size : 0;
}

function bestLabelColumn(grid: SheetGrid): { column: number; score: number } {
  let best = { column: -1, score: 0 };
  for (let c = 0; c < 5; c++) {
    const score = scoreOf(grid.rows.slice(0, 200).map((row) => row[c] ?? ''));
    if (score > best.score) best = { column: c, score };
  }
  return best;
}

function bestHeaderRow(grid: SheetGrid): { row: number; score: number } {
  let best = { row: -1, score: 0 };
  for (let r = 0; r < Math.min(30, grid.rows.length); r++) {
    const score = scoreOf(grid.rows[r]);
    if (score > best.score) best = { row: r, score };
  }
  return best;
}

interface Read {
  lanes: Lane[];
  steps: SourceStep[];
  meta: Partial<Record<Meta, string>>;
  /** Where each step is, for the comments: "column C" or "row 4". */
  where: string[];
}

function text(grid: SheetGrid, r: number, c: number): string {
  return (grid.rows[r]?.[c] ?? '').trim();
}

function xKey(label: string, fallback: string, taken: Set<string>): string {
  const base = `x-${slug(label) || fallback}`;
  let key = base;
  for (let n = 2; taken.has(key); n++) key = `${base}-${n}`;
  taken.add(key);
  return key;
}

function readBlueprint(grid: SheetGrid): Read {
  const { column: L, score } = bestLabelColumn(grid);
  if (score === 0) throw new ImportFailure(`The sheet '${grid.name}' has no row named Step or Customer (Stap, Klant) in its first five columns, which the blueprint layout needs.`);
  const lanes: Lane[] = [];
  const meta: Read['meta'] = {};
  const taken = new Set<string>();
  const fields = new Set<Field>();
  for (let r = 0; r < grid.rows.length; r++) {
    const label = text(grid, r, L);
    const name = label === '' ? undefined : nameOf(label);
    const row = grid.rows[r];
    const hasContent = row.some((t, c) => c > L && t.trim() !== '');
    // A title written in one cell, as templates do: "Klantreis: Verhuizing doorgeven".
    const inline = /^([^:]{1,30}):\s*(\S.*)$/s.exec(label);
    const inlineName = inline ? nameOf(inline[1]) : undefined;
    if (!hasContent && inline && inlineName !== undefined && META.has(inlineName)) {
      if (meta[inlineName as Meta] === undefined) meta[inlineName as Meta] = inline[2].trim();
      continue;
    }
    if (name !== undefined && META.has(name)) {
      const value = row.slice(L + 1).map((t) => t.trim()).find((t) => t !== '');
      if (value !== undefined && meta[name as Meta] === undefined) meta[name as Meta] = value;
      continue;
    }
    if (name !== undefined && !fields.has(name as Field)) {
      fields.add(name as Field);
      lanes.push({ field: name as Field, index: r });
    } else if (hasContent) {
      lanes.push({ xKey: xKey(label, `row-${r + 1}`, taken), index: r });
    }
  }
  const width = grid.rows.reduce((w, row) => Math.max(w, row.length), 0);
  const steps: SourceStep[] = [];
  const where: string[] = [];
  for (let c = L + 1; c < width; c++) {
    const cells = new Map<Lane, { text: string; r: number; c: number }>();
    const noted: string[] = [];
    for (const lane of lanes) {
      const t = text(grid, lane.index, c);
      if (t !== '') cells.set(lane, { text: t, r: lane.index, c });
      else if (grid.notes.has(`${lane.index},${c}`)) noted.push(`${lane.index},${c}`);
    }
    // A stage cell merged on past the last step makes no step of its own.
    if ([...cells.keys()].some((l) => l.field !== 'stage')) {
      steps.push({ cells, noted });
      where.push(`column ${columnName(c)}`);
    }
  }
  return { lanes, steps, meta, where };
}

function readTable(grid: SheetGrid): Read {
  const { row: H, score } = bestHeaderRow(grid);
  if (score === 0) throw new ImportFailure(`The sheet '${grid.name}' has no column named Step or Customer (Stap, Klant) in its first 30 rows, which the table layout needs.`);
  const header = grid.rows[H];
  const width = grid.rows.slice(H).reduce((w, row) => Math.max(w, row.length), 0);
  const lanes: Lane[] = [];
  const taken = new Set<string>();
  const fields = new Set<Field>();
  for (let c = 0; c < width; c++) {
    const label = (header[c] ?? '').trim();
    const name = label === '' ? undefined : nameOf(label);
    if (name !== undefined && !META.has(name) && !fields.has(name as Field)) {
      fields.add(name as Field);
      lanes.push({ field: name as Field, index: c });
    } else if (label !== '' || grid.rows.some((row, r) => r > H && (row[c] ?? '').trim() !== '')) {
      lanes.push({ xKey: xKey(label, `column-${columnName(c).toLowerCase()}`, taken), index: c });
    }
  }
  const steps: SourceStep[] = [];
  const where: string[] = [];
  for (let r = H + 1; r < grid.rows.length; r++) {
    const cells = new Map<Lane, { text: string; r: number; c: number }>();
    const noted: string[] = [];
    for (const lane of lanes) {
      const t = text(grid, r, lane.index);
      if (t !== '') cells.set(lane, { text: t, r, c: lane.index });
      else if (grid.notes.has(`${r},${lane.index}`)) noted.push(`${r},${lane.index}`);
    }
    if ([...cells.keys()].some((l) => l.field !== 'stage')) {
      steps.push({ cells, noted });
      where.push(`row ${r + 1}`);
    }
  }
  return { lanes, steps, meta: {}, where };
}

/** A cell's lines, without bullets ("- ", "• ", "1. ") and empty lines. */
function linesOf(t: string): string[] {
  return numberedLines(t).map((l) => l.text);
}

/** The same, with the number of a numbered line ("2. Facturatie: …"): the task's place in the step's process. */
function numberedLines(t: string): { text: string; n?: number }[] {
  return t.split(/\r\n|\r|\n/).flatMap((l) => {
    const m = /^\s*(?:[-•*·▪–]|(\d+)[.)])\s+(.*)$/.exec(l);
    const text = (m ? m[2] : l).trim();
    return text === '' ? [] : [{ text, n: m?.[1] === undefined ? undefined : Number(m[1]) }];
  });
}

function oneOrList(items: string[]): string | string[] {
  return items.length === 1 ? items[0] : items;
}

function parseNumber(t: string): number | undefined {
  const s = t.replace(/[−–]/g, '-').replace(',', '.').trim();
  return /^[+-]?\d+(\.\d+)?$/.test(s) ? Number(s) : undefined;
}

/** An id as written when it is one in lower case (`klantenservice`, `post-nl`), else made from the text (`Web Shop` → web-shop). */
function idOf(t: string): string {
  return ID.test(t) && t === t.toLowerCase() ? t : slug(t);
}

interface StepOut {
  value: Record<string, unknown>;
  comments: string[];
  emotionNote?: string;
}

function build(grid: SheetGrid, layout: Layout, read: Read, origin: SheetOrigin): string {
  const get = (s: SourceStep, field: Field) => [...s.cells.entries()].find(([l]) => l.field === field)?.[1];
  const hasLane = (field: Field) => read.lanes.some((l) => l.field === field);

  // Emotion: the scale is the sheet's, decided over all its values.
  const scores = read.steps.map((s) => { const e = get(s, 'emotion'); return e ? parseNumber(e.text) : undefined; });
  const numbers = scores.filter((n): n is number => n !== undefined);
  const fivePoint = numbers.length > 0 && numbers.some((n) => n > 2) && numbers.every((n) => n >= 0);

  const names = read.steps.map((s) => get(s, 'step')?.text ?? get(s, 'customer')?.text ?? '');
  const ids = stepIds(names);
  const used = new Set(ids);
  names.forEach((n, i) => {
    if (ID.test(n) && n === n.toLowerCase() && ids[i] !== n && !used.has(n)) {
      used.delete(ids[i]);
      ids[i] = n;
      used.add(n);
    }
  });

  const teams = new Map<string, { name?: string; line: 'front' | 'back' }>();
  const partners = new Map<string, { name?: string }>();
  const systems = new Map<string, { name?: string }>();
  const stages: string[] = [];
  let previousStage: string | undefined;

  const out: StepOut[] = read.steps.map((s, i) => {
    const step: Record<string, unknown> = { id: ids[i] };
    const comments: string[] = [];
    let emotionNote: string | undefined;
    for (const [lane, cell] of s.cells) {
      const note = grid.notes.get(`${cell.r},${cell.c}`);
      if (note) comments.push(`import: ${cellName(cell.r, cell.c)} ${note}`);
      if (lane.field !== 'stage' && grid.merged.has(`${cell.r},${cell.c}`)) comments.push(`import: ${cellName(cell.r, cell.c)} is merged with the cell before it; its text is also on the step before`);
    }
    for (const at of s.noted) {
      const [r, c] = at.split(',').map(Number);
      comments.push(`import: ${cellName(r, c)} ${grid.notes.get(at)}`);
    }
    if (names[i] === '') comments.push(`import: the step has no Step or Customer text in the sheet; its id is by its position`);
    let stage = get(s, 'stage')?.text;
    if (stage === undefined && grid.csv && previousStage !== undefined && hasLane('stage')) {
      stage = previousStage;
      comments.push(`import: no stage in the sheet; taken from the step before (a CSV file has no merged cells)`);
    }
    if (stage !== undefined) {
      step.stage = stage;
      if (!stages.includes(stage)) stages.push(stage);
      previousStage = stage;
    }
    const stepText = get(s, 'step')?.text;
    const customer = get(s, 'customer')?.text;
    if (customer !== undefined) {
      step.customer = customer;
      if (stepText !== undefined && stepText !== ids[i]) step['x-step'] = stepText;
    } else if (stepText !== undefined) {
      step.customer = stepText;
      if (hasLane('customer')) comments.push('import: the Customer cell is empty; the step\'s name stands in for it');
    } else {
      step.customer = 'To be written: what the customer does';
      comments.push('import: the step has no Customer or Step text; write what the customer does');
    }
    const channel = get(s, 'channel')?.text;
    if (channel !== undefined) {
      const id = idOf(channel);
      if (id === '') step['x-channel'] = channel;
      else {
        step.channel = id;
        if (id !== channel) comments.push(`import: channel '${clip(channel)}' written as the id ${id}`);
      }
    }
    const fallback = get(s, 'fallback')?.text;
    if (fallback !== undefined) {
      const ids = linesOf(fallback).flatMap((l) => l.split(/\s*,\s*/)).map(idOf).filter((x) => x !== '');
      if (ids.length > 0) step.fallback = oneOrList(ids);
      else step['x-fallback'] = fallback;
    }
    const asks = get(s, 'asks')?.text;
    if (asks !== undefined) step.asks = linesOf(asks);
    const moment = get(s, 'moment')?.text;
    if (moment !== undefined) {
      const yes = /^(yes|ja|true|waar|x|✓|✔|1|y|j)$/i.test(moment);
      const no = /^(no|nee|false|onwaar|0|n|-)$/i.test(moment);
      if (yes) step['moment-of-truth'] = true;
      else if (!no) {
        step['x-moment-of-truth'] = moment;
        comments.push(`import: moment of truth '${clip(moment)}' is neither yes nor no; kept as x-moment-of-truth`);
      }
    }
    const kano = get(s, 'kano')?.text;
    if (kano !== undefined) {
      const k = normalise(kano);
      const value = ({ basic: 'basic', basis: 'basic', basisbehoefte: 'basic', mustbe: 'basic', satisfier: 'satisfier', performance: 'satisfier', prestatie: 'satisfier', delighter: 'delighter', attractive: 'delighter', verrassing: 'delighter', enthousiasmeerder: 'delighter' } as Record<string, string>)[k];
      if (value) step.kano = value;
      else {
        step['x-kano'] = kano;
        comments.push(`import: Kano '${clip(kano)}' is not basic, satisfier or delighter; kept as x-kano`);
      }
    }
    const emotion = get(s, 'emotion');
    if (emotion !== undefined) {
      const n = scores[i];
      if (n === undefined) {
        step['x-emotion'] = emotion.text;
        comments.push(`import: emotion '${clip(emotion.text)}' is not a number; kept as x-emotion`);
      } else {
        const mapped = fivePoint ? n - 3 : n;
        const whole = Math.max(-2, Math.min(2, Math.round(mapped)));
        step.emotion = whole;
        emotionNote = fivePoint ? `sheet value ${emotion.text}` : undefined;
        if (whole !== mapped) emotionNote = `import: sheet value ${emotion.text}${fivePoint ? ' on a scale of 1..5' : ''}, taken as ${whole}`;
      }
    }
    for (const field of ['pain', 'idea'] as const) {
      const t = get(s, field)?.text;
      if (t !== undefined) step[field] = oneOrList(linesOf(t));
    }
    let process: Record<string, unknown>[] = [];
    const order = new Map<Record<string, unknown>, number>();
    const stepPartners: string[] = [];
    for (const field of ['front', 'back', 'partners'] as const) {
      const t = get(s, field)?.text;
      if (t === undefined) continue;
      for (const { text: line, n } of numberedLines(t)) {
        const before = process.length;
        const m = /^([^:]{1,60}?)\s*:\s+(.+)$/.exec(line);
        const who = m ? idOf(m[1].trim()) : '';
        if (field === 'partners') {
          if (m && who !== '') {
            process.push({ partner: who, does: m[2].trim() });
            if (!partners.has(who)) partners.set(who, { name: m[1].trim() === who ? undefined : m[1].trim() });
          } else if (idOf(line) !== '') {
            const id = idOf(line);
            if (!stepPartners.includes(id)) stepPartners.push(id);
            if (!partners.has(id)) partners.set(id, { name: line === id ? undefined : line });
          } else {
            step['x-partners'] = t;
          }
          if (n !== undefined && process.length > before) order.set(process[process.length - 1], n);
          continue;
        }
        if (m && who !== '') {
          process.push({ team: who, does: m[2].trim() });
          if (!teams.has(who)) teams.set(who, { name: m[1].trim() === who ? undefined : m[1].trim(), line: field });
        } else {
          process.push({ team: PLACEHOLDER_TEAM, does: line });
          comments.push(`import: '${clip(line)}' names no team (write 'Team: what they do'); ${PLACEHOLDER_TEAM} stands in`);
        }
        if (n !== undefined) order.set(process[process.length - 1], n);
      }
    }
    // Numbered tasks ("1. …", "2. …" over the lanes) keep the process's order; the others follow, lane by lane.
    if (order.size > 0) process = [...process].sort((a, b) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity));
    const sys = get(s, 'systems')?.text;
    if (sys !== undefined) {
      const list = linesOf(sys).flatMap((l) => l.split(/\s*,\s*/)).map((l) => ({ text: l, id: idOf(l) })).filter((x) => x.id !== '');
      for (const x of list) if (!systems.has(x.id)) systems.set(x.id, { name: x.text === x.id ? undefined : x.text });
      if (process.length > 0 && list.length > 0) {
        process[0].system = oneOrList(list.map((x) => x.id));
        if (process.length > 1) comments.push('import: the sheet names the systems of the step, not of each task; they are on its first task');
      } else if (list.length > 0) {
        step['x-systems'] = oneOrList(list.map((x) => x.id));
        comments.push('import: the step has systems but no task to use them; kept as x-systems');
      }
    }
    if (stepPartners.length > 0) step.partners = stepPartners;
    if (process.length > 0) step.process = process;
    for (const [lane, cell] of s.cells) if (lane.xKey) step[lane.xKey] = cell.text;
    return { value: step, comments, emotionNote };
  });

  const title = read.meta.journey;
  const value: Record<string, unknown> = {
    journey: title ?? origin.fallbackTitle,
    need: read.meta.need ?? NEED_PLACEHOLDER,
    outcome: read.meta.outcome ?? OUTCOME_PLACEHOLDER,
  };
  if (read.meta.persona !== undefined) value.persona = read.meta.persona;
  if (read.meta.owner !== undefined) value.owner = read.meta.owner;
  const declare = (m: Map<string, Record<string, unknown>>) => Object.fromEntries([...m].map(([id, v]) => [id, Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined))]));
  if (teams.size > 0) value.teams = declare(teams);
  if (partners.size > 0) value.partners = declare(partners);
  if (systems.size > 0) value.systems = declare(systems);
  if (stages.length > 0) value.stages = stages;
  value.steps = out.map((o) => o.value);

  const doc = new Document(value);
  const root = doc.contents as YAMLMap;
  doc.commentBefore = header(grid, layout, origin, read, numbers.length > 0, fivePoint);
  if (title === undefined) comment(valueNode(root, 'journey'), "import: the sheet has no Journey row; this is the file's name");
  if (read.meta.need === undefined || read.meta.outcome === undefined) keyNode(root, 'need').commentBefore = ' import: the sheet has no need or outcome; write both (they are required)';
  if (teams.size > 0) keyNode(root, 'teams').commentBefore = " import: declared from the office lanes (line from the lane they are in first); check their names";
  const steps = doc.get('steps', true);
  if (isSeq(steps)) {
    steps.items.forEach((node, i) => {
      if (!isMap(node)) return;
      const { comments, emotionNote } = out[i];
      const lines = [`from ${read.where[i]}`, ...comments];
      node.commentBefore = lines.map((l) => ` ${escapeControls(l)}`).join('\n');
      if (emotionNote) comment(valueNode(node, 'emotion'), emotionNote);
    });
  }
  return yamlText(doc);
}

function header(grid: SheetGrid, layout: Layout, origin: SheetOrigin, read: Read, emotions: boolean, fivePoint: boolean): string {
  const lines = [
    ` Imported from ${grid.csv ? 'the CSV file' : `the sheet '${escapeControls(grid.name)}' of`} ${escapeControls(origin.file)}, ${layout === 'blueprint' ? 'the blueprint layout (steps as columns, lanes as rows)' : 'the table layout (a row per step)'}.`,
  ];
  if (grid.hiddenSkipped && grid.hiddenSkipped.length > 0) lines.push(` Hidden sheets were skipped: ${grid.hiddenSkipped.map((s) => `'${escapeControls(s)}'`).join(', ')} (choose one with --sheet).`);
  if (emotions) lines.push(fivePoint ? " Emotion: the sheet's scale 1..5 became -2..2 (the value minus 3: 1 is -2, 3 is 0, 5 is 2)." : " Emotion: the sheet's values are on the format's scale -2..2 and are kept as they are.");
  const extra = read.lanes.filter((l) => l.xKey).map((l) => l.xKey);
  if (extra.length > 0) lines.push(` ${layout === 'blueprint' ? 'Rows' : 'Columns'} the format has no field for are kept on each step as ${extra.join(', ')}.`);
  lines.push(" Office lanes became tasks ('Team: what they do'); comments that start with 'import:' mark what the import guessed: check those, then remove them.");
  return lines.join('\n');
}

function keyNode(map: YAMLMap, key: string): Node {
  const pair = map.items.find((p) => isScalar(p.key) && p.key.value === key);
  if (!pair || !isScalar(pair.key)) throw new Error(`no key ${key}`);
  return pair.key;
}

function valueNode(map: YAMLMap, key: string): Node | undefined {
  const v = map.get(key, true);
  return v && typeof v === 'object' ? (v as Node) : undefined;
}

function comment(node: Node | undefined, t: string): void {
  if (node) node.comment = ` ${escapeControls(t)}`;
}

function clip(t: string): string {
  const one = t.replace(/\s+/g, ' ');
  return one.length > 60 ? `${one.slice(0, 59)}…` : one;
}
