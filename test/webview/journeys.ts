/** Update messages for the page, built by the real engine from journey text. */
import { readFileSync } from 'fs';
import * as path from 'path';
import { buildBlueprint } from '../../src/core/blueprint/build';
import type { Blueprint } from '../../src/core/blueprint/types';
import { CatalogCache } from '../../src/core/catalogs';
import { analyseText } from '../../src/core/check';
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
