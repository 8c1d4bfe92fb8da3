/**
 * The Mermaid export (src/core/blueprint/export-mermaid.ts) imported again:
 * every example journey comes back with its stages, its steps' customer
 * text (as the export writes it) and its emotion, and passes the schema.
 */
import * as assert from 'assert';
import { promises as fs } from 'fs';
import * as path from 'path';
import { parse } from 'yaml';
import { exportMermaid, mermaidText } from '../../src/core/blueprint/export-mermaid';
import { analyseText } from '../../src/core';
import { journeyFromMermaid, parseMermaidJourney, pickDiagram } from '../../src/core/import';
import { blueprintOf } from './blueprint-helpers';
import { memoryHost, show } from './helpers';

const EXAMPLES = path.resolve(__dirname, '../../../examples');

interface Step { customer: string; stage?: string; emotion?: number }

describe('import: the Mermaid export of every example journey, imported again', () => {
  it('keeps the stages, the steps in order, their text and their emotion', async function () {
    this.timeout(60_000);
    const names = (await fs.readdir(EXAMPLES)).filter((n) => /\.(journey|catalog)\.yaml$/.test(n));
    const files: Record<string, string> = {};
    for (const n of names) files[path.join(EXAMPLES, n)] = await fs.readFile(path.join(EXAMPLES, n), 'utf8');
    const journeys = names.filter((n) => n.endsWith('.journey.yaml'));
    assert.ok(journeys.length >= 4);
    for (const name of journeys) {
      const file = path.join(EXAMPLES, name);
      const bp = await blueprintOf(files[file], files, file);
      const picked = pickDiagram(`${name}.md`, exportMermaid(bp, 'en'));
      assert.ok(picked.ok, name);
      const diagram = parseMermaidJourney(picked.text, picked.firstLine);
      assert.ok(diagram.ok, name);
      const text = journeyFromMermaid(diagram.value, { file: name, fallbackTitle: name });
      assert.ok(text !== undefined, name);
      const back = parse(text) as { journey: string; stages?: string[]; steps: Step[] };
      assert.strictEqual(back.journey, mermaidText(bp.title), name);
      assert.deepStrictEqual(back.steps.map((s) => s.customer), bp.steps.map((s) => mermaidText(s.customer ?? s.id).replace(/^\u200b/, '')), name);
      assert.deepStrictEqual(back.steps.map((s) => s.emotion), bp.steps.map((s) => (s.emotion === undefined ? 0 : Math.max(-2, Math.min(2, Math.round(s.emotion))))), name);
      const stageOf = new Map(bp.stages.flatMap((g) => bp.steps.slice(g.start, g.start + g.span).map((s) => [s.id, g.name] as const)));
      const stages = bp.steps.map((s) => stageOf.get(s.id));
      if (stages.every((s) => s !== undefined)) assert.deepStrictEqual(back.steps.map((s) => s.stage), stages.map((s) => mermaidText(s!)), name);
      const analysis = await analyseText(path.join(EXAMPLES, 'imported.journey.yaml'), text, memoryHost({}), { today: '2026-11-23' });
      const schema = analysis.findings.filter((f) => f.rule === 'schema' || f.rule === 'unknown-reference' || f.rule === 'duplicate-id');
      assert.deepStrictEqual(schema, [], `${name}: ${show(schema)}`);
    }
  });
});
