/**
 * A Mermaid journey as a journey file: what the user gets to read (the exact
 * YAML with its comments), that the engine's schema accepts it, and that
 * hostile text comes back exactly, read by YAML 1.2 and 1.1 alike.
 */
import * as assert from 'assert';
import { parse } from 'yaml';
import { analyseText } from '../../src/core';
import { emotionOf, journeyFromMermaid, parseMermaidJourney, slug, stepIds, MAX_ID_LENGTH, NEED_PLACEHOLDER } from '../../src/core/import';
import { JOURNEY, memoryHost, show, yaml as dedent } from './helpers';

const ORIGIN = { file: 'wiki/dentist.mmd', fallbackTitle: 'dentist' };

function convert(diagram: string): string {
  const r = parseMermaidJourney(diagram);
  if (!r.ok) assert.fail(r.problem.message);
  const text = journeyFromMermaid(r.value, ORIGIN);
  assert.ok(text !== undefined, 'the diagram has tasks');
  return text;
}

interface Step { id: string; stage?: string; customer: string; emotion?: number; 'x-actors'?: string[]; [key: string]: unknown }
interface JourneyValue { journey: string; need: string; outcome: string; stages?: string[]; steps: Step[]; [key: string]: unknown }

/** The journey as both YAML versions read it; they must agree. */
function value(text: string): JourneyValue {
  const v12 = parse(text) as JourneyValue;
  assert.deepStrictEqual(parse(text, { version: '1.1' }), v12, 'YAML 1.1 reads the file as 1.2 does');
  return v12;
}

async function assertSchemaClean(text: string): Promise<void> {
  const analysis = await analyseText(JOURNEY, text, memoryHost({}), { today: '2026-11-23' });
  const bad = analysis.findings.filter((f) => f.rule === 'schema' || f.rule === 'yaml-syntax' || f.rule === 'unknown-reference' || f.rule === 'duplicate-id');
  assert.deepStrictEqual(bad, [], show(bad));
}

describe('import: a Mermaid journey as a journey file', () => {
  it('writes stages, steps, emotion and actors, with a header that explains the mapping', async () => {
    const text = convert(dedent`
      journey
        title Seeing the dentist
        section Before
          Book an appointment: 3: Patient, Assistant
          Get a reminder: 4: Patient
        section In the chair
          Wait: 1
          Treatment: 2: Patient, Dentist
    `);
    assert.strictEqual(text, dedent`
      # Imported from the Mermaid journey diagram in wiki/dentist.mmd (line 1).
      # Sections became stages and tasks became steps, with ids made from their text.
      # Mermaid's scores 1..5 became emotion -2..2 (the score minus 3: 1 is -2, 3 is 0, 5 is 2);
      # each task's actors are kept in x-actors.
      # Comments that start with 'import:' mark what the import guessed: check those, then remove them.

      journey: Seeing the dentist
      # import: a Mermaid journey has no need or outcome; write both (they are required)
      need: "To be written: the customer need that starts this journey"
      outcome: "To be written: the outcome that ends this journey"
      stages:
        - Before
        - In the chair
      steps:
        - id: book-an-appointment
          stage: Before
          customer: Book an appointment
          emotion: 0 # Mermaid score 3
          x-actors: [ Patient, Assistant ]
        - id: get-a-reminder
          stage: Before
          customer: Get a reminder
          emotion: 1 # Mermaid score 4
          x-actors: [ Patient ]
        - id: wait
          stage: In the chair
          customer: Wait
          emotion: -2 # Mermaid score 1
        - id: treatment
          stage: In the chair
          customer: Treatment
          emotion: -1 # Mermaid score 2
          x-actors: [ Patient, Dentist ]
    `);
    await assertSchemaClean(text);
  });

  it('marks every guess with an import: comment, and the file still passes the schema', async () => {
    const text = convert(dedent`
      ---
      title: Moving house
      ---
      %%{init: {"theme": "base"}}%%
      journey
        accTitle: Moving, for screen readers
        accDescr {
          From packing
          to unpacking
        }
        Decide to move: 3: Me
        section Pack
          Pack boxes: 0: Me, Partner
          Hire movers: Partner
          Label boxes
          Carry: heavy: Me: and complain
        section Nothing planned
        section Pack
          Pack more: 4.6: Me
    `);
    const v = value(text);
    assert.strictEqual(v.journey, 'Moving house');
    assert.deepStrictEqual(v['x-mermaid'], { 'acc-title': 'Moving, for screen readers', 'acc-descr': 'From packing\nto unpacking' });
    assert.deepStrictEqual(v.stages, ['Pack', 'Nothing planned']);
    assert.deepStrictEqual(v.steps.map((s) => [s.id, s.stage, s.emotion]), [
      ['decide-to-move', undefined, 0], ['pack-boxes', 'Pack', -2], ['hire-movers', 'Pack', undefined],
      ['label-boxes', 'Pack', undefined], ['carry', 'Pack', undefined], ['pack-more', 'Pack', 2],
    ]);
    assert.strictEqual(v.steps[4]['x-mermaid-score'], 'heavy');
    assert.strictEqual(v.steps[4]['x-mermaid-ignored'], 'and complain');
    const comments = text.split('\n').filter((l) => l.includes('# import:')).map((l) => l.trim());
    assert.deepStrictEqual(comments, [
      '# import: a Mermaid journey has no need or outcome; write both (they are required)',
      "- Pack # import: the diagram has this section 2 times (lines 12, 18); its steps keep the diagram's order",
      '- Nothing planned # import: this section has no tasks in the diagram',
      '# import: this task is outside any named section, so the step has no stage',
      'emotion: -2 # import: Mermaid score 0, outside 1..5, taken as 1',
      "# import: 'Partner' stands where the score belongs; taken as the actors, without a score",
      "# import: the task has no score and no actors (Mermaid wants 'task: score: actors')",
      'x-mermaid-score: heavy # import: not a number, so no emotion',
      'x-mermaid-ignored: and complain # import: text after the actors, which Mermaid does not show',
      'emotion: 2 # import: Mermaid score 4.6, rounded to 5',
    ]);
    await assertSchemaClean(text);
  });

  it("says what a '#' cut off a task, where Mermaid would refuse the line", () => {
    const text = convert('journey\nsection S\n  Pay invoice #2: 5: Me\n');
    assert.deepStrictEqual(value(text).steps.map((s) => s.customer), ['Pay invoice']);
    assert.match(text, /^ {2}# import: '#' starts a comment in Mermaid, so '#2: 5: Me' is not part of the task; write #35; for a '#' in the text$/m);
  });

  it("takes the file's name as the title when the diagram has none, and says so", () => {
    const text = convert('journey\nsection S\n  T: 3: Me\n');
    assert.match(text, /^journey: dentist # import: the diagram has no title; this is the file's name$/m);
    assert.strictEqual(value(text).need, NEED_PLACEHOLDER);
  });

  it('takes the accTitle as the title when the diagram has no title, and says so', () => {
    assert.match(convert('journey\naccTitle: Read aloud\nsection S\n  T: 3: Me\n'), /^journey: Read aloud # import: the diagram has no title; this is its accTitle$/m);
  });

  it('has no journey for a diagram without tasks (a journey needs a step)', () => {
    const r = parseMermaidJourney('journey\ntitle Empty\nsection A\nsection B\n');
    assert.ok(r.ok);
    assert.strictEqual(journeyFromMermaid(r.value, ORIGIN), undefined);
  });

  it('maps scores 1..5 to emotion -2..2, and says how others are taken', () => {
    assert.deepStrictEqual([1, 2, 3, 4, 5].map((s) => emotionOf(s)), [{ emotion: -2 }, { emotion: -1 }, { emotion: 0 }, { emotion: 1 }, { emotion: 2 }]);
    assert.deepStrictEqual(emotionOf(0), { emotion: -2, note: 'outside 1..5, taken as 1' });
    assert.deepStrictEqual(emotionOf(12), { emotion: 2, note: 'outside 1..5, taken as 5' });
    assert.deepStrictEqual(emotionOf(2.4), { emotion: -1, note: 'rounded to 2' });
  });

  describe('step ids', () => {
    it('come from the text: lower case, accents dropped, other characters a single dash', () => {
      assert.deepStrictEqual(['Make tea', 'Café crème!', '  Über  Straße ', 'Pay €5 (now)', 'snake_case & CamelCase'].map(slug),
        ['make-tea', 'cafe-creme', 'uber-strasse', 'pay-5-now', 'snake-case-camelcase']);
    });

    it('are at most MAX_ID_LENGTH characters, cut at a word', () => {
      const id = slug('Fill in the very long application form for the second time today');
      assert.strictEqual(id, 'fill-in-the-very-long-application-form');
      assert.ok(id.length <= MAX_ID_LENGTH);
      assert.strictEqual(slug('x'.repeat(100)), 'x'.repeat(MAX_ID_LENGTH));
    });

    it('are unique, never take an id another text gives itself, and are step-N for a text without a-z or 0-9', () => {
      assert.deepStrictEqual(stepIds(['Pay', 'Pay', 'Pay 2', 'Pay']), ['pay', 'pay-3', 'pay-2', 'pay-4']);
      assert.deepStrictEqual(stepIds(['注文する', '🙂', 'step 2', '---']), ['step-1', 'step-2-2', 'step-2', 'step-4']);
      for (const id of stepIds(['-lead', '_under', '9 lives', 'ÆØÅ'])) assert.match(id, /^[A-Za-z0-9][A-Za-z0-9_-]*$/);
    });
  });

  describe('hostile text', () => {
    // Each a task name, an actor or a title that YAML or Mermaid could misread.
    const NAMES = [
      'yes', 'No', 'null', '~', 'true', 'on', '12', '1.5', '0o17', '0x1F', '1e3', '.inf', '2026-01-01', '12:30',
      '- dash', '? question', '! tag', '& anchor', '* alias', '%YAML', '@at', '`tick', '{curly}', '[square]', '| pipe', '> fold',
      "it's 'quoted'", 'say "hi"', 'a # hash', 'key: value', 'trailing backslash \\', 'tab\there', 'bidi \u202eevil\u202c', 'line\u2028separator',
      'esc \u001b[31m red', '', 'émoji 🙂 ünïcode', 'NUL-free <script>alert(1)</script>',
    ];
    /** Mermaid text for a name: '#', ';' and ':' as entity codes, as a diagram must write them. */
    const mermaid = (t: string) => t.replace(/[#;:,]/g, (c) => `#${c.charCodeAt(0)};`);

    it('comes back exactly in the customer text, the actors, the stages and the title', async () => {
      const names = NAMES.filter((n) => n !== '');
      const lines = ['journey', `title ${mermaid("Title: with 'quotes' & #")}`, `section ${mermaid('yes: stage')}`];
      for (const n of names) lines.push(`  ${mermaid(n)}: 3: ${mermaid(n)}, plain`);
      const text = convert(lines.join('\n'));
      const v = value(text);
      assert.strictEqual(v.journey, "Title: with 'quotes' & #");
      assert.deepStrictEqual(v.stages, ['yes: stage']);
      assert.deepStrictEqual(v.steps.map((s) => s.customer), names.map((n) => n.trim()));
      assert.deepStrictEqual(v.steps.map((s) => s['x-actors']), names.map((n) => [n.trim(), 'plain']));
      assert.strictEqual(new Set(v.steps.map((s) => s.id)).size, names.length);
      // Control and bidi characters are written as escapes, so the file shows what it holds.
      // eslint-disable-next-line no-control-regex -- looking for them is the point
      assert.doesNotMatch(text, /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e]/);
      await assertSchemaClean(text);
    });

    it('keeps a very long task name on one line and exactly', async () => {
      const long = `${'Fill in the form, page after page: '.repeat(600)}done`;
      const text = convert(`journey\nsection S\n  ${mermaid(long)}: 2: ${'a'.repeat(20000)}\n`);
      const v = value(text);
      assert.strictEqual(v.steps[0].customer, long);
      assert.deepStrictEqual(v.steps[0]['x-actors'], ['a'.repeat(20000)]);
      assert.ok(text.split('\n').some((l) => l.length > long.length), 'not folded');
      await assertSchemaClean(text);
    });

    it('keeps the comments to one line whatever the text they quote', () => {
      const text = convert(`journey\nsection S\n  Pay: ${mermaid('Ann\u2028# not a key: x')}\n`);
      const comment = text.split('\n').find((l) => l.includes("stands where the score belongs"));
      assert.strictEqual(comment?.trim(), "# import: 'Ann\\u2028# not a key: x' stands where the score belongs; taken as the actors, without a score");
      assert.deepStrictEqual(value(text).steps[0]['x-actors'], ['Ann\u2028# not a key: x']);
    });
  });
});
