/** The example journey and a blueprint built by the real engine, for the blueprint tests. */
import { readFileSync } from 'fs';
import * as path from 'path';
import { analyseText, type Blueprint, buildBlueprint, CatalogCache } from '../../src/core';
import { JOURNEY, memoryHost } from './helpers';

/** The format page's example with a ping-pong step added: every lane, marker and handoff status. */
export const EXAMPLE = readFileSync(path.resolve(__dirname, '../../../test/unit/fixtures/blueprint/verhuizing.journey.yaml'), 'utf8');

export async function blueprintOf(text: string, files: Record<string, string> = {}, file = JOURNEY, language?: string): Promise<Blueprint> {
  return buildBlueprint(await analyseText(file, text, memoryHost(files), { today: '2026-11-23', catalogs: new CatalogCache(), language }));
}
