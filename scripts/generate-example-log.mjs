#!/usr/bin/env node
/**
 * Writes examples/logs/jaarafrekening.csv, the event log of
 * examples/jaarafrekening.journey.yaml: 200 disputed annual bills of an
 * energy supplier, as its case system would export them (Dutch column
 * names, `;` as delimiter, day-first local times). Deterministic: a fixed
 * seed and no clock, so the committed file is exactly this script's output
 * (test/unit/example-log.test.ts holds it to that).
 *
 * The cases are made to show what evidence finds, in realistic proportions:
 * - about 12% call again before billing takes the case up (a repeat on a phone step);
 * - about 15% ping-pong between billing and metering over the readings;
 * - about 10% are corrected by billing straight away, skipping the check of
 *   the readings (a path nobody designed);
 * - about a quarter wait more than a working day for billing (a slow handoff);
 * - so the promise of a corrected bill within 10 working days is often broken;
 * - about 9% get a payment plan offered, an activity the journey does not name;
 * - a few are still open at the end of the export.
 *
 * Usage: node scripts/generate-example-log.mjs          writes the file
 *        node scripts/generate-example-log.mjs --print  prints it instead
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', 'examples', 'logs', 'jaarafrekening.csv');
const CASES = 200;
const SEED = 20260202;

/** mulberry32: a small, well-known PRNG, so the log is the same on every machine and Node version. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = random(SEED);
const between = (lo, hi) => lo + rnd() * (hi - lo);
const chance = (p) => rnd() < p;

// Wall-clock times are kept as the UTC fields of a Date (the log has no offsets; the journey says Europe/Amsterdam).
const MIN = 60_000;
const OPEN = 8 * 60; // office opens 08:00
const CLOSE = 18 * 60; // and closes 18:00, Monday to Friday
const minuteOfDay = (ms) => new Date(ms).getUTCHours() * 60 + new Date(ms).getUTCMinutes();
const isWeekday = (ms) => ![0, 6].includes(new Date(ms).getUTCDay());
const dayStart = (ms) => ms - (ms % (24 * 60 * MIN));

/** The next moment the office is open, from `ms` on. */
function nextOpen(ms) {
  let t = ms;
  for (;;) {
    const m = minuteOfDay(t);
    if (isWeekday(t) && m >= OPEN && m < CLOSE) return t;
    t = m < OPEN && isWeekday(t) ? dayStart(t) + OPEN * MIN : dayStart(t) + 24 * 60 * MIN + OPEN * MIN;
  }
}

/** `ms` plus `hours` of office time (work happens while the office is open), to the whole minute. */
function addOffice(ms, hours) {
  let t = nextOpen(ms);
  let left = Math.round(hours * 60);
  while (left > 0) {
    const today = Math.min(left, CLOSE - minuteOfDay(t));
    t += today * MIN;
    left -= today;
    if (left > 0) t = nextOpen(t);
  }
  return t;
}

const pad = (n) => String(n).padStart(2, '0');
/** Day-first, as Dutch exports write them: 02-03-2026 09:15. */
function local(ms) {
  const d = new Date(ms);
  return `${pad(d.getUTCDate())}-${pad(d.getUTCMonth() + 1)}-${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

const FIRST_DAY = Date.UTC(2026, 1, 2); // Monday 2 February 2026
const DAYS = 80;
const DESKS = ['KS Utrecht', 'KS Zwolle'];

function makeCase(n) {
  const id = `JA-2026-${String(n + 1).padStart(4, '0')}`;
  const kind = rnd();
  const repeat = kind < 0.12;
  const pingpong = kind >= 0.12 && kind < 0.27;
  const shortcut = kind >= 0.27 && kind < 0.39;
  const open = kind >= 0.39 && kind < 0.43;
  const slow = !shortcut && chance(0.28);
  const paymentPlan = chance(0.09);
  const desk = DESKS[Math.floor(rnd() * DESKS.length)];
  const events = [];
  let t = nextOpen(FIRST_DAY + Math.floor(between(0, DAYS)) * 24 * 60 * MIN + Math.floor(between(OPEN, CLOSE - 30)) * MIN);
  const at = (activity, actor, hours) => {
    t = addOffice(t, hours);
    events.push([id, activity, local(t), actor]);
  };
  at('Klant belt', desk, 0);
  at('Klacht registreren', desk, between(0.1, 0.4));
  if (paymentPlan) at('Betalingsregeling voorstellen', desk, between(0.05, 0.2));
  if (repeat) at('Klant belt', DESKS[Math.floor(rnd() * DESKS.length)], between(2, 8));
  if (shortcut) {
    // Billing sees a typing error in the reading and corrects the bill without asking metering.
    at('Afrekening corrigeren', 'Facturatie', between(1, 6));
    at('Gecorrigeerde afrekening verstuurd', 'Facturatie', between(0.5, 3));
    return events;
  }
  at('Afrekening controleren', 'Facturatie', slow ? between(12, 30) : between(1, 7));
  at('Onderzoek bevestigd', 'Facturatie', between(0.5, 2));
  at('Standen opvragen', 'Facturatie', between(0.2, 1));
  at('Standen valideren', 'Meetdata', between(4, 16));
  if (pingpong) {
    for (let round = 0; round < 2; round++) {
      at('Standen opvragen', 'Facturatie', between(8, 20));
      at('Standen valideren', 'Meetdata', between(12, 30));
    }
  }
  if (open) return events;
  at('Afrekening corrigeren', 'Facturatie', between(10, 50));
  at('Gecorrigeerde afrekening verstuurd', 'Facturatie', between(0.5, 3));
  return events;
}

const rows = [];
for (let n = 0; n < CASES; n++) rows.push(...makeCase(n));
// Exports list events by time, not by case; equal times keep the order made (the sort is stable).
const key = (row) => row[2].replace(/^(\d\d)-(\d\d)-(\d{4}) /, '$3$2$1 ');
rows.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
const text = ['zaaknummer;activiteit;tijdstip;afdeling', ...rows.map((r) => r.join(';'))].join('\n') + '\n';

if (process.argv.includes('--print')) process.stdout.write(text);
else {
  mkdirSync(dirname(OUT), { recursive: true });
  writeFileSync(OUT, text);
  console.log(`Wrote ${rows.length} events of ${CASES} cases to ${OUT}.`);
}
