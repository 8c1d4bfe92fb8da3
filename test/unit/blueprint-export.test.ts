import * as assert from 'assert';
import { readFileSync } from 'fs';
import * as path from 'path';
import { EXPORT_CSP, EXPORT_PALETTE, exportHtml, inlineFont } from '../../src/core/blueprint/export-html';
import { exportMermaid, markdownText, mermaidText } from '../../src/core/blueprint/export-mermaid';
import { yaml } from './helpers';
import { blueprintOf, EXAMPLE } from './blueprint-helpers';

const HOSTILE = yaml`
  journey: '<script>alert(''title'')</script> & "quotes"'
  need: "<img src=x onerror=alert(1)>"
  outcome: "javascript:alert(1)"
  persona: "Mevr. O'Brien"
  steps:
    - id: s1
      stage: "</style><script>alert(2)</script>"
      customer: "<img src=x onerror=alert(1)> klikt op javascript:alert(1)"
      channel: phone
      emotion: -2
      pain: '"><svg onload=alert(3)>'
      process:
        - team: "t"
          does: '<a href="javascript:alert(4)">hier</a>'
`;

/** Every attribute of every tag; also checks that each tag is well formed (values quoted, quotes escaped). */
function attributesOf(html: string): [string, string][] {
  const body = html.replace(/<style>[\s\S]*?<\/style>/, '');
  const tags = body.match(/<[a-zA-Z][^>]*>/g) ?? [];
  return tags.flatMap((tag) => {
    const m = /^<[a-zA-Z][\w-]*((?:\s+[\w:-]+="[^"<>]*")*)>$/.exec(tag);
    assert.ok(m, `malformed tag ${tag}`);
    return [...m[1].matchAll(/([\w:-]+)="([^"]*)"/g)].map((a): [string, string] => [a[1], a[2]]);
  });
}

describe('exports', () => {
  describe('HTML', () => {
    it('is one self-contained page of the chosen view, with a CSP that allows no script', async () => {
      const html = exportHtml(await blueprintOf(EXAMPLE), { view: 'blueprint', css: '.x{color:red}' });
      assert.match(html, /^<!DOCTYPE html>/);
      assert.ok(html.includes(`<meta http-equiv="Content-Security-Policy" content="${EXPORT_CSP}">`));
      assert.match(EXPORT_CSP, /default-src 'none'/);
      assert.doesNotMatch(EXPORT_CSP, /script-src/);
      assert.match(html, /<style>[\s\S]*--vscode-editor-background[\s\S]*\.x\{color:red\}<\/style>/);
      assert.match(html, /role="grid"/);
      assert.match(html, /<title>Verhuizing doorgeven — Blueprint<\/title>/);
      assert.doesNotMatch(html, /<script|<link|src=/i);
      // The export is not interactive: no tabs, and chips link to the rule pages.
      assert.doesNotMatch(html, /role="tab"/);
      assert.match(html, /<a class="chip sev-warning" href="https:\/\/github\.com\/journey-lens\/journey-lens\/blob\/main\/docs\/rules\/handoff-unclear\.md">/);
    });

    it('shows hostile journey text as text: no script, no handler, no javascript: link', async () => {
      const bp = await blueprintOf(HOSTILE);
      for (const view of ['blueprint', 'customer', 'employee', 'walkthrough'] as const) {
        const html = exportHtml(bp, { view, css: '' });
        assert.doesNotMatch(html, /<script/i, view);
        assert.doesNotMatch(html, /<img|<svg onload|<a href="javascript/i, view);
        const attrs = attributesOf(html);
        assert.deepStrictEqual(attrs.filter(([n]) => /^on/i.test(n)), [], view);
        assert.deepStrictEqual(attrs.filter(([n, v]) => n === 'href' && !v.startsWith('https://')), [], view);
        assert.ok(html.includes('<h1>&lt;script&gt;alert(\'title\')&lt;/script&gt; &amp; "quotes"</h1>'), view);
      }
      const blueprint = exportHtml(bp, { view: 'blueprint', css: '' });
      assert.ok(blueprint.includes('&lt;img src=x onerror=alert(1)&gt; klikt op javascript:alert(1)'));
      assert.ok(blueprint.includes('&lt;/style&gt;&lt;script&gt;alert(2)&lt;/script&gt;'));
      assert.ok(blueprint.includes('&lt;a href="javascript:alert(4)"&gt;hier&lt;/a&gt;'));
      // In attributes, quotes are escaped too.
      assert.ok(blueprint.includes('<title>&lt;script&gt;alert(\'title\')&lt;/script&gt; &amp; "quotes" — Blueprint</title>'));
    });

    it('keeps the stylesheet from closing its element', () => {
      const html = exportHtml({ title: 'x', measures: [], stages: [], steps: [], flow: { tracks: [], trackCount: 0, edges: [], branched: false }, handoffs: [], journeyFindings: [], summary: [], totals: { error: 0, warning: 0, info: 0, hint: 0 } }, { view: 'blueprint', css: 'a{}</style><script>alert(1)</script>' });
      assert.doesNotMatch(html, /<\/style><script>/);
    });

    it('inlines the icon font', () => {
      const css = '@font-face { src: url("./codicon.ttf?721d4c") format("truetype"); }';
      assert.strictEqual(inlineFont(css, 'QUJD'), '@font-face { src: url("data:font/ttf;base64,QUJD") format("truetype"); }');
    });

    it('defines every theme variable the stylesheet uses without a fallback', () => {
      const css = readFileSync(path.resolve(__dirname, '../../../src/webview/preview.css'), 'utf8');
      const bare = [...css.matchAll(/var\((--vscode-[\w-]+)\)/g)].map((m) => m[1]);
      assert.ok(bare.length > 10);
      for (const v of new Set(bare)) assert.ok(EXPORT_PALETTE.includes(`${v}:`), `${v} has no export colour`);
    });
  });

  describe('Mermaid', () => {
    it('writes stages as sections and steps as tasks scored by emotion, with the customer and the teams as actors', async () => {
      const md = exportMermaid(await blueprintOf(EXAMPLE));
      assert.strictEqual(md, [
        '# Verhuizing doorgeven',
        '',
        '- **Persona:** Huurder met een energiecontract',
        '- **Need:** Mijn energie loopt door op mijn nieuwe adres',
        '- **Outcome:** Levering op het nieuwe adres, eindafrekening klopt',
        '- **Owner:** Ans de Vries',
        '',
        '```mermaid',
        'journey',
        '  title Verhuizing doorgeven',
        '  section Orientatie',
        '    Zoekt op de website hoe je een verhuizing doorgeeft: 2: Customer, Klantenservice',
        '  section Aanvraag',
        '    Geeft nieuw adres en verhuisdatum door in de app: 3: Customer, Klantenservice, Facturatie, Stedin',
        '    Belt omdat de bevestiging uitblijft: 1: Customer, Klantenservice, Facturatie',
        '  section Afronding',
        '    Ontvangt de bevestiging en de eindafrekening: 4: Customer',
        '```',
        '',
      ].join('\n'));
    });

    it('keeps Mermaid\'s separators, comments and keywords out of the text', () => {
      assert.strictEqual(mermaidText('Belt: #1; daarna %% niets\nmeer'), 'Belt： ＃1； daarna %％ niets meer');
      assert.strictEqual(mermaidText('<script>alert(1)</script>'), '＜script＞alert(1)＜/script＞');
      assert.strictEqual(mermaidText('section 2'), '\u200bsection 2');
      assert.strictEqual(mermaidText('Journey planner'), '\u200bJourney planner');
      assert.strictEqual(mermaidText('   '), '—');
    });

    it('cannot close its code fence or put HTML in the Markdown', async () => {
      const bp = await blueprintOf(HOSTILE);
      const withFence = { ...bp, steps: bp.steps.map((st) => ({ ...st, customer: 'zie ```` hier' })) };
      const md = exportMermaid(withFence);
      assert.match(md, /^`{5}mermaid$/m);
      assert.match(md, /^`{5}$/m);
      assert.strictEqual(markdownText("<script>alert('x')</script> *vet* [link](javascript:x)"), "&lt;script&gt;alert\\('x'\\)&lt;/script&gt; \\*vet\\* \\[link\\]\\(javascript:x\\)");
      assert.doesNotMatch(md, /<script|<img/);
    });
  });
});
