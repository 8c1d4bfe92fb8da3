#!/usr/bin/env node
// Writes docs/format.md, the format reference, from the JSON Schemas, so the
// reference and the schema cannot drift apart. `--check` fails (exit 1) when
// docs/format.md differs from what the schemas give; a unit test runs it.
import { readFileSync, writeFileSync } from 'fs';
import { dirname, join } from 'path';
import { fileURLToPath } from 'url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const load = (name) => JSON.parse(readFileSync(join(root, 'schemas', name), 'utf8'));
const journey = load('journey.schema.json');
const defs = { ...load('definitions.schema.json').definitions, ...journey.definitions };

function typeOf(p) {
  if (!p) return '';
  if (p['x-what']) return p['x-what'];
  if (p.$ref) return p.$ref.split('/').pop();
  if (p.enum) return p.enum.map((v) => `\`${v}\``).join(' / ');
  if (p.format === 'duration') return 'duration';
  if (p.format === 'date') return 'date `YYYY-MM-DD`';
  const t = Array.isArray(p.type) ? p.type.join(' or ') : p.type ?? '';
  if (t === 'integer' && p.minimum !== undefined) return `integer ${p.minimum}..${p.maximum}`;
  if (t === 'array' && p.items?.$ref) return `list of ${p.items.$ref.split('/').pop()}`;
  return t;
}

const cell = (s) => String(s ?? '').replace(/\|/g, '\\|').replace(/\n+/g, ' ');
const example = (p) => (p?.examples?.length ? `\`${cell(JSON.stringify(p.examples[0]))}\`` : '');

function table(schema, title) {
  const required = new Set(schema.required ?? []);
  const rows = Object.entries(schema.properties ?? {}).map(([key, p]) => {
    const own = p.$ref && !p.description ? defs[p.$ref.split('/').pop()] ?? p : p;
    return `| \`${key}\` | ${cell(typeOf(p))} | ${required.has(key) ? 'yes' : ''} | ${cell(own.description)} | ${example(own)} |`;
  });
  return [`## ${title}`, '', '| key | type | required | meaning | example |', '|---|---|---|---|---|', ...rows, ''].join('\n');
}

export function renderFormatDoc() {
  return [
    '# The journey file format: reference',
    '',
    '<!-- Generated from schemas/*.schema.json by scripts/format-doc.mjs; do not edit by hand. -->',
    '',
    'Every key a journey or catalog may hold, with its type and meaning, as the',
    'JSON Schemas in `schemas/` define them. Keys starting with `x-` are free for',
    'your own data at every level; any other unknown key is reported. Durations are',
    '`<number> <unit>` (minutes, hours, days, working days, weeks, months; Dutch',
    'unit words too) or ISO 8601 (`PT4H`, `P2D`). Ids start with a letter or digit',
    "and hold only letters, digits, '-' and '_'.",
    '',
    table(journey, 'Journey file (`*.journey.yaml`)'),
    table(defs.step, 'Step (an element of `steps`)'),
    table(defs.task, 'Task (an element of a step\'s `process`)'),
    table(defs.handoff, 'Handoff (`handoff` of a task)'),
    table(defs.promise, 'Promise (`promise` of a step)'),
    table(defs.channel, 'Channel (an entry of `channels`)'),
    table(defs.team, 'Team (an entry of `teams`)'),
    table(defs.system, 'System (an entry of `systems`)'),
    table(defs.partner, 'Partner (an entry of `partners`)'),
    table(load('catalog.schema.json'), 'Catalog file (`*.catalog.yaml`)'),
    table(load('config.schema.json'), 'Configuration (`journey-lens.config.yaml`)'),
  ].join('\n');
}

const target = join(root, 'docs', 'format.md');
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const text = renderFormatDoc();
  if (process.argv.includes('--check')) {
    if (readFileSync(target, 'utf8') !== text) {
      console.error('docs/format.md is out of date with the schemas: run `node scripts/format-doc.mjs`.');
      process.exit(1);
    }
  } else writeFileSync(target, text);
}
