/** Finding the journey diagrams in a Markdown file's ```mermaid blocks, and picking the one to import. */
import * as assert from 'assert';
import { markdownJourneys, mermaidBlocks, pickDiagram, importKindOf } from '../../src/core/import';
import { yaml as dedent } from './helpers';

const WIKI = dedent`
  # Our journeys

  The first one:

  \`\`\`mermaid
  journey
    title Signing up
    section Start
      Fill in the form: 2: Visitor
  \`\`\`

  Not a journey:

  \`\`\`mermaid
  flowchart LR
    A --> B
  \`\`\`

  ~~~~ Mermaid {.diagram}
  %%{init: {"theme": "forest"}}%%
  journey
    section Untitled
      Wait: 3: Visitor
  ~~~~

  An example of how to write one, which is not a diagram itself:

  \`\`\`\`markdown
  \`\`\`mermaid
  journey
    title Only an example
  \`\`\`
  \`\`\`\`

  \`\`\`js
  const journey = 'not mermaid';
  \`\`\`

    \`\`\`mermaid
    journey
    title Indented fence
    section S
      T: 4: Me
    \`\`\`
`;

describe('import: journeys in Markdown', () => {
  it('finds the ```mermaid and ~~~mermaid blocks, not those inside another fenced block', () => {
    const blocks = mermaidBlocks(WIKI);
    assert.deepStrictEqual(blocks.map((b) => [b.fenceLine, b.firstLine, b.text.split('\n')[0]]), [
      [5, 6, 'journey'], [14, 15, 'flowchart LR'], [19, 20, '%%{init: {"theme": "forest"}}%%'], [39, 40, 'journey'],
    ]);
    // The content of an indented fence loses the fence's indentation.
    assert.strictEqual(blocks[3].text, 'journey\ntitle Indented fence\nsection S\n  T: 4: Me');
  });

  it('lists the journey blocks with their numbers, titles and lines', () => {
    const { journeys, blocks } = markdownJourneys(WIKI);
    assert.strictEqual(blocks, 4);
    assert.deepStrictEqual(journeys.map((j) => [j.number, j.fenceLine, j.title]), [[1, 5, 'Signing up'], [2, 19, undefined], [3, 39, 'Indented fence']]);
  });

  it('lets the user pick one by its number, and asks which when there are several', () => {
    const choose = pickDiagram('wiki.md', WIKI);
    assert.ok(!choose.ok && 'choose' in choose);
    assert.strictEqual(choose.choose.length, 3);
    const second = pickDiagram('wiki.md', WIKI, 2);
    assert.ok(second.ok);
    assert.strictEqual(second.firstLine, 20);
    assert.match(second.text, /section Untitled/);
    assert.deepStrictEqual(pickDiagram('wiki.md', WIKI, 4), { ok: false, usage: true, problem: { message: 'There is no journey diagram 4: the file has 3, numbered from 1.' } });
  });

  it('takes the one journey of a file without asking, whatever other diagrams it has', () => {
    const md = '# Notes\n```mermaid\npie\n"a": 1\n```\n```mermaid\njourney\nsection S\n  T: 3: Me\n```\n';
    const picked = pickDiagram('notes.markdown', md);
    assert.deepStrictEqual(picked, { ok: true, text: 'journey\nsection S\n  T: 3: Me', firstLine: 7 });
  });

  it('says so when a Markdown file has no journey block', () => {
    assert.deepStrictEqual(pickDiagram('a.md', '# Nothing\n'), { ok: false, problem: { message: 'The file has no ```mermaid block, so there is no journey diagram to import.' } });
    assert.deepStrictEqual(pickDiagram('a.md', '```mermaid\ngraph TD\n```\n'), { ok: false, problem: { message: "None of the file's ```mermaid block is a journey diagram (one starts with the word 'journey')." } });
    assert.deepStrictEqual(pickDiagram('a.md', '```mermaid\ngraph TD\n```\n```mermaid\npie\n```\n'), { ok: false, problem: { message: "None of the file's 2 ```mermaid blocks is a journey diagram (one starts with the word 'journey')." } });
  });

  it("takes MyST's {mermaid} blocks too", () => {
    assert.deepStrictEqual(mermaidBlocks('```{mermaid}\njourney\n```\n```{python}\nx\n```\n').map((b) => b.text), ['journey']);
  });

  it('runs an unclosed fence to the end of the file, as CommonMark does', () => {
    assert.deepStrictEqual(mermaidBlocks('text\n```mermaid\njourney\nsection S\n').map((b) => b.text), ['journey\nsection S\n']);
  });

  it('reads a file by its extension: Markdown, a spreadsheet (read elsewhere; .ods and .xls not at all), else one Mermaid diagram', () => {
    assert.deepStrictEqual(['a.md', 'b.MARKDOWN', 'c.mmd', 'd.mermaid', 'e.txt', 'f.xlsx', 'g.csv'].map(importKindOf),
      ['markdown', 'markdown', 'mermaid', 'mermaid', 'mermaid', 'spreadsheet', 'spreadsheet']);
    assert.deepStrictEqual(pickDiagram('j.mmd', 'journey\n'), { ok: true, text: 'journey\n', firstLine: 1 });
    assert.deepStrictEqual(pickDiagram('j.mmd', 'journey\n', 2), { ok: false, usage: true, problem: { message: 'There is no diagram 2: a Mermaid file holds one diagram (the journey diagrams to pick from are those of a Markdown file).' } });
    const sheet = pickDiagram('plan.ods', '');
    assert.ok(!sheet.ok && 'problem' in sheet);
    assert.strictEqual(sheet.problem.message, 'Importing .ods files is not supported; save the sheet as .xlsx or .csv (UTF-8) and import that.');
  });
});
