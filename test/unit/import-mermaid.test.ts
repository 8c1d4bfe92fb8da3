/**
 * Reading Mermaid `journey` diagrams: every construct of Mermaid's grammar
 * (journey.jison) and documentation, each in a diagram written for this test,
 * and the diagrams that are not journeys or that Mermaid cannot read.
 */
import * as assert from 'assert';
import { parseMermaidJourney, type MermaidJourney, type MermaidTask } from '../../src/core/import';
import { yaml as dedent } from './helpers';

function read(text: string, firstLine = 1): MermaidJourney {
  const r = parseMermaidJourney(text, firstLine);
  if (!r.ok) assert.fail(`expected a journey, got: ${r.problem.message}`);
  return r.value;
}

function problem(text: string, firstLine = 1): { message: string; line?: number } {
  const r = parseMermaidJourney(text, firstLine);
  if (r.ok) assert.fail('expected a problem, got a journey');
  return r.problem;
}

/** Tasks as `section / name / score / actors`, the way a reader checks them. */
function tasks(j: MermaidJourney): string[] {
  return j.sections.flatMap((s) => s.tasks.map((t: MermaidTask) => `${s.name ?? '-'} / ${t.name} / ${t.score ?? (t.scoreText || '-')} / ${t.actors.join('+') || '-'}`));
}

describe('import: Mermaid journey diagrams', () => {
  it('reads title, sections and tasks with scores and actors, with line numbers', () => {
    const j = read(dedent`
      journey
        title Borrowing a book
        section Find
          Search the catalogue: 4: Reader
          Ask the librarian: 5: Reader, Librarian
        section Take home
          Scan the card: 2: Reader
    `);
    assert.strictEqual(j.title, 'Borrowing a book');
    assert.strictEqual(j.line, 1);
    assert.deepStrictEqual(tasks(j), [
      'Find / Search the catalogue / 4 / Reader',
      'Find / Ask the librarian / 5 / Reader+Librarian',
      'Take home / Scan the card / 2 / Reader',
    ]);
    assert.deepStrictEqual(j.sections.map((s) => s.line), [3, 6]);
    assert.deepStrictEqual(j.sections[1].tasks[0].line, 7);
  });

  it('takes keywords in any case, as Mermaid does', () => {
    const j = read('JOURNEY\n TITLE Shouting\n SECTION Loud\n  Yell: 1: Me\n');
    assert.strictEqual(j.title, 'Shouting');
    assert.deepStrictEqual(tasks(j), ['Loud / Yell / 1 / Me']);
  });

  it('takes any spaces around the colons and commas, and none at all', () => {
    const j = read('journey\nsection S\n  Wait   :   3   :   Me ,   You  \nRun:4:Me,You\n\tTabbed\t:\t2\t:\tMe\n');
    assert.deepStrictEqual(tasks(j), ['S / Wait / 3 / Me+You', 'S / Run / 4 / Me+You', 'S / Tabbed / 2 / Me']);
  });

  it('takes a task without actors, without a score, and with neither', () => {
    const j = read('journey\nsection S\n  No actors: 4\n  No score: : Me\n  Nothing at all\n  Colon only:\n');
    assert.deepStrictEqual(tasks(j), ['S / No actors / 4 / -', 'S / No score / - / Me', 'S / Nothing at all / - / -', 'S / Colon only / - / -']);
    const [, noScore, bare, colon] = j.sections[0].tasks;
    assert.strictEqual(noScore.bare, undefined);
    assert.strictEqual(bare.bare, true);
    assert.strictEqual(colon.bare, true);
  });

  it('takes a text where the score belongs, with nothing after it, as the actors (a guess it records)', () => {
    const [task] = read('journey\nsection S\n  Pay the bill: Anna, Ben\n').sections[0].tasks;
    assert.deepStrictEqual(task.actors, ['Anna', 'Ben']);
    assert.strictEqual(task.score, undefined);
    assert.strictEqual(task.actorsForScore, true);
  });

  it('keeps a score that is not a number as text, and the text after a third colon that Mermaid ignores', () => {
    const [task] = read('journey\nsection S\n  Queue: long: Me, You: the rest: more\n').sections[0].tasks;
    assert.strictEqual(task.score, undefined);
    assert.strictEqual(task.scoreText, 'long');
    assert.deepStrictEqual(task.actors, ['Me', 'You']);
    assert.strictEqual(task.ignored, 'the rest: more');
  });

  it('reads scores as Mermaid does (Number): 0, fractions and out-of-range scores are kept for the conversion to say so', () => {
    const j = read('journey\nsection S\n  A: 0: Me\n  B: 2.5: Me\n  C: 9: Me\n  D: -1: Me\n');
    assert.deepStrictEqual(j.sections[0].tasks.map((t) => t.score), [0, 2.5, 9, -1]);
  });

  it('puts tasks before the first section into a section without a name', () => {
    const j = read('journey\n  title Early\n  Wake up: 3: Me\n  section Morning\n    Shower: 4: Me\n');
    assert.deepStrictEqual(tasks(j), ['- / Wake up / 3 / Me', 'Morning / Shower / 4 / Me']);
    assert.strictEqual(j.sections[0].name, undefined);
  });

  it('keeps repeated section names as separate sections, and empty sections', () => {
    const j = read('journey\nsection Wait\n  Sit: 2: Me\nsection Nothing here\nsection Wait\n  Sit again: 1: Me\nsection Also empty\n');
    assert.deepStrictEqual(j.sections.map((s) => [s.name, s.tasks.length]), [['Wait', 1], ['Nothing here', 0], ['Wait', 1], ['Also empty', 0]]);
  });

  it('skips %% comments and # comments, on their own lines and after a statement', () => {
    const j = read(dedent`
      %% before the diagram
      journey
        %% inside
        # hash comment
        title Commented # not part of the title
        section Only %% still the section's name
          Do it: 3: Me # not an actor
    `);
    assert.strictEqual(j.title, 'Commented');
    // Mermaid ends a section at '#' but not at '%%', which is a comment only where a statement starts.
    assert.deepStrictEqual(tasks(j), ["Only %% still the section's name / Do it / 3 / Me"]);
  });

  it('reads front matter: its title is the diagram title unless a title line says otherwise', () => {
    const front = '---\ntitle: From the front matter\nconfig:\n  theme: neutral\n---\n';
    assert.strictEqual(read(`${front}journey\nsection S\n  T: 3: Me\n`).title, 'From the front matter');
    const j = read(`${front}journey\ntitle From the diagram\nsection S\n  T: 3: Me\n`);
    assert.strictEqual(j.title, 'From the diagram');
    assert.strictEqual(j.line, 6);
  });

  it('skips %%{init}%% directives before journey and between statements, also over several lines', () => {
    const j = read(dedent`
      %%{init: {"theme": "forest"}}%%
      %%{
        init: { "journey": { "diagramMarginX": 20 } }
      }%%
      journey
        title Directed
        %%{init: {"theme": "dark"}}%%
        section S
          T: 3: Me
    `);
    assert.strictEqual(j.title, 'Directed');
    assert.strictEqual(j.line, 5);
    assert.deepStrictEqual(tasks(j), ['S / T / 3 / Me']);
  });

  it('reads accTitle and accDescr, also the multi-line accDescr { … }', () => {
    const single = read('journey\naccTitle: A title for screen readers\naccDescr: One line: with a colon\nsection S\n  T: 3: Me\n');
    assert.strictEqual(single.accTitle, 'A title for screen readers');
    assert.strictEqual(single.accDescr, 'One line: with a colon');
    const multi = read(dedent`
      journey
        accDescr {
          The first line
          %% a comment, not part of it
          and the second; with # and : kept
        }
        section After
          T: 3: Me
    `);
    assert.strictEqual(multi.accDescr, 'The first line\nand the second; with # and : kept');
    assert.deepStrictEqual(tasks(multi), ['After / T / 3 / Me']);
    assert.strictEqual(multi.sections[0].line, 7);
    assert.strictEqual(read('journey\naccDescr { on one line } section Same line\n  T: 1: Me\n').accDescr, 'on one line');
  });

  it("decodes Mermaid's entity codes after splitting, so #58; and #59; are text and not separators", () => {
    const j = read('journey\ntitle Tea #amp; biscuits #35;1\nsection Ratio 1#58;2\n  Say #quot;hi#quot;#59; wave: 4: Ann #9829;\n');
    assert.strictEqual(j.title, 'Tea & biscuits #1');
    assert.deepStrictEqual(tasks(j), ['Ratio 1:2 / Say "hi"; wave / 4 / Ann ♥']);
    // At the start of a statement too: an entity code is text there, not a comment.
    assert.deepStrictEqual(tasks(read('journey\nsection S\n  #35;1 first: 5: Me\n')), ['S / #1 first / 5 / Me']);
  });

  it('reads a line that starts with a keyword as that keyword, as Mermaid does, unless a zero-width space comes first (as the export writes it)', () => {
    const j = read('journey\nsection S\n  Title page: 3: Me\n  \u200bTitle page: 4: Me\n');
    assert.strictEqual(j.title, 'page: 3: Me');
    assert.deepStrictEqual(tasks(j), ['S / Title page / 4 / Me']);
  });

  it('reads the line breaks Mermaid draws for <br> in any spelling as spaces', () => {
    const j = read('journey\ntitle Two<br>lines\nsection Up<br/>and<BR />down</br>again<br\t/>end\n  Ask<br>twice: 3: Ann<br>Lee\n');
    assert.strictEqual(j.title, 'Two lines');
    assert.deepStrictEqual(tasks(j), ['Up and down again end / Ask twice / 3 / Ann Lee']);
  });

  it('takes ; between statements and line endings of every kind, and a byte order mark', () => {
    const j = read('\uFEFFjourney\r\nsection S\r\n  A: 3: Me; B: 4: You\r  C: 5: Us\n');
    assert.deepStrictEqual(tasks(j), ['S / A / 3 / Me', 'S / B / 4 / You', 'S / C / 5 / Us']);
    assert.strictEqual(j.sections[0].tasks[2].line, 4);
  });

  it('counts lines from where the diagram starts in its file', () => {
    const j = read('journey\nsection S\n  T: 3: Me\n', 10);
    assert.strictEqual(j.line, 10);
    assert.strictEqual(j.sections[0].tasks[0].line, 12);
    assert.strictEqual(problem('journey\nsection A: b\n', 10).line, 11);
  });

  it('says which kind of diagram it is when it is not a journey', () => {
    assert.strictEqual(problem('flowchart LR\n  A --> B\n').message, "This is a Mermaid flowchart diagram ('flowchart' on line 1), not a journey: only 'journey' diagrams can be imported.");
    assert.strictEqual(problem('%% c\nsequenceDiagram\n  A->>B: hi\n').message, "This is a Mermaid sequence diagram ('sequenceDiagram' on line 2), not a journey: only 'journey' diagrams can be imported.");
    assert.strictEqual(problem('---\ntitle: x\n---\ngantt\n').line, 4);
    assert.strictEqual(problem('Just some text: 3: Me\n').message, "This is not a Mermaid journey diagram: it starts with 'Just' on line 1, where a journey diagram starts with the word 'journey'.");
    assert.strictEqual(problem('  \n%% only a comment\n').message, 'The diagram is empty: there is no Mermaid diagram to import.');
  });

  it('says what is wrong, with the line, where Mermaid cannot read the diagram', () => {
    assert.deepStrictEqual(problem('journey\nsection Plan: 3\n'), { message: "Line 2: a section name cannot hold ':' (Mermaid ends the name there); write #58; for a colon in the name.", line: 2 });
    assert.deepStrictEqual(problem('journey\nsection S\n  : 3: Me\n'), { message: "Line 3: a task needs a name before its ':'.", line: 3 });
    assert.deepStrictEqual(problem('---\ntitle: x\njourney\n'), { message: "The front matter that starts with '---' on line 1 has no closing '---' line.", line: 1 });
    assert.match(problem('---\ntitle: [x\n---\njourney\n').message, /^The front matter \(lines 1–3\) is not valid YAML: /);
    assert.deepStrictEqual(problem('%%{init: {}\njourney\n'), { message: "The directive '%%{' on line 1 is not closed with '}%%'.", line: 1 });
    assert.deepStrictEqual(problem('journey\naccDescr {\n  never closed\n'), { message: "The accessibility description 'accDescr {' on line 2 is not closed with '}'.", line: 2 });
  });

  it('reads a diagram of 5,000 tasks on long lines in linear time', () => {
    const lines = ['journey', 'section S'];
    for (let i = 0; i < 5000; i++) lines.push(`  ${'x'.repeat(200)} ${i}: ${i % 5 + 1}: ${'#'.repeat(3)}`);
    const started = Date.now();
    const j = read(lines.join('\n'));
    assert.strictEqual(j.sections[0].tasks.length, 5000);
    assert.ok(Date.now() - started < 2000);
  });
});
