/** Update messages for the page, built by the real engine from journey text. */
import { readFileSync } from 'fs';
import * as path from 'path';
import { analyseText, type Blueprint, buildBlueprint, CatalogCache } from '../../src/core';
import type { ToPage } from '../../src/webview/protocol';
import { ROOT } from './page';

export const EXAMPLE = readFileSync(path.join(ROOT, 'test/unit/fixtures/blueprint/verhuizing.journey.yaml'), 'utf8');
export const URI = 'file:///ws/verhuizing.journey.yaml';

export async function blueprintOf(text: string): Promise<Blueprint> {
  const analysis = await analyseText('/ws/verhuizing.journey.yaml', text, { readFile: async () => undefined }, { today: '2026-11-23', catalogs: new CatalogCache() });
  return buildBlueprint(analysis);
}

export async function update(text: string, version = 1, extra: Partial<Extract<ToPage, { type: 'update' }>> = {}): Promise<ToPage> {
  return { type: 'update', uri: URI, locked: false, version, blueprint: await blueprintOf(text), stale: false, defaultView: 'blueprint', ...extra };
}

/** A journey of `n` steps with long Dutch words, for layout at scale. */
export function longJourney(n: number): string {
  const steps = Array.from({ length: n }, (_, i) => `  - id: stap${i}
    customer: Klantcontactmedewerkersoverlegverslag${i} aanvraagformulierinvulinstructies
    channel: ${i % 2 ? 'phone' : 'web'}
    fallback: phone
    emotion: ${(i % 5) - 2}
    process:
      - team: klantenservice
        does: Beantwoordt de arbeidsongeschiktheidsverzekeringsvraag
        handoff: { to: backoffice, gives: dossier, within: 1 day }
      - team: backoffice
        does: Verwerkt`).join('\n');
  return `journey: Lange reis\nneed: Veel stappen\noutcome: Klaar\nowner: Test\nteams:\n  klantenservice: { line: front }\n  backoffice: {}\nsteps:\n${steps}\n`;
}

/** A fork, its two branches, a loop back and a join: melden → beoordelen → goedgekeurd | afgewezen → … → afronden. */
export const BRANCHED = `journey: Aanvraag
need: Een vergunning
outcome: Besluit
persona: Ondernemer met een terras
measures:
  NPS: "+30"
  CES: "< 2"
teams:
  balie: { name: Balie, line: front }
partners:
  gemeente: { name: Gemeente, agreement: DVO-7, sla: 8 weeks, fallback: balie belt de wethouder }
steps:
  - id: melden
    customer: Meldt de aanvraag
    emotion: -1
    partners: [gemeente]
  - id: beoordelen
    customer: Wacht op het besluit
    emotion: 0
    partners: [gemeente]
    next: [goedgekeurd, afgewezen]
  - id: goedgekeurd
    customer: Hoort ja
    emotion: 2
    next: [afronden]
  - id: afgewezen
    customer: Hoort nee
    emotion: -2
    x-ticket: JIRA-12
    partners: [gemeente]
  - id: bezwaar
    customer: Maakt bezwaar
    emotion: -1
    next: [beoordelen, afronden]
  - id: afronden
    customer: Klaar
    emotion: 1
    end: true
`;

/** `n` steps with a fork every six: s1 → s2 | s3, both joining at s4, and so on. */
export function branchedJourney(n: number): string {
  const steps = Array.from({ length: n }, (_, i) => {
    const next = i === n - 1 ? '' : i % 6 === 1 && i + 2 < n ? `\n    next: [s${i + 1}, s${i + 2}]` : i % 6 === 2 && i + 2 < n ? `\n    next: [s${i + 2}]` : '';
    return `  - id: s${i}
    customer: Stap ${i} van de klant met een wat langere omschrijving
    channel: ${i % 3 ? 'phone' : 'web'}
    fallback: phone
    emotion: ${(i % 5) - 2}${next}
    process:
      - team: balie
        does: Helpt
        handoff: { to: backoffice, gives: dossier, within: 1 day }
      - team: backoffice
        does: Verwerkt`;
  }).join('\n');
  return `journey: Vertakte reis\nneed: n\noutcome: o\nteams:\n  balie: { line: front }\n  backoffice: {}\nsteps:\n${steps}\n`;
}
