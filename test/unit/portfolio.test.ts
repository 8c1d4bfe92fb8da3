/**
 * The portfolio model on a small hand-made portfolio whose every row is
 * written out here, and the renderers' safety: journey text is only ever
 * text, in HTML and in Markdown.
 */
import * as assert from 'assert';
import * as path from 'path';
import { analyseText, CatalogCache, type CheckOptions, DEFAULT_CONFIG, parseDate } from '../../src/core';
import { buildPortfolio, renderHtml, renderJson, renderMarkdown, REPORT_CSP, type Portfolio, type StepRef } from '../../src/core/portfolio';
import { memoryHost, ROOT, yaml } from './helpers';

const TODAY = '2026-11-23';

const CATALOG = yaml`
  catalog: Org
  channels:
    site: { kind: web, name: Website }
    bot:  { kind: chat, human: false, name: Bot }
    tel:  { kind: phone }
  teams:
    ks: { name: Klantenservice, line: front }
    fa: { name: Facturatie }
  partners:
    net:   { name: Netbeheer, agreement: SLA-1, sla: 5 days, fallback: KS belt de storingsdienst }
    print: { name: Drukker }
`;

/** Overdue; ks and fa hand work both ways in s1, once without a handoff. */
const A = yaml`
  journey: Adres wijzigen
  owner: Ans
  reviewed: 2026-01-10
  review-every: 6 months
  need: n
  outcome: o
  uses: [org.catalog.yaml]
  steps:
    - id: s1
      customer: Zoekt op de site
      channel: site
      process:
        - team: ks
          does: Neemt op
          handoff: { to: fa, gives: adres, within: 1 day }
        - team: fa
          does: Rekent
        - team: ks
          does: Meldt terug
    - id: s2
      customer: Krijgt een brief
      channel: site
      fallback: bot
      partners: [print]
      process:
        - team: ks
          does: Maakt de brief
          handoff: { to: print, gives: tekst, within: 1 day }
        - partner: print
          does: Drukt
    - id: s3
      customer: Leest de mail
      channel: email
      fallback: tel
      partners: [net]
`;

/** No owner, no review; accepts one gap on purpose; a local partner. */
const B = yaml`
  journey: Storing melden
  need: n
  outcome: o
  uses: org.catalog.yaml
  partners:
    courier: { name: Koerier }
  steps:
    - id: t1
      customer: Meldt op de site
      # journey-lens-disable-next-line fallback-missing
      channel: site
      process:
        - team: fa
          does: Stuurt door
          handoff: { to: net, gives: EAN, within: 1 day }
        - partner: net
          does: Lost op
    - id: t2
      customer: Belt
      channel: tel
      process:
        - team: ks
          does: Neemt op
        - partner: courier
          does: Brengt een onderdeel
`;

const FILES: Record<string, string> = {
  [path.join(ROOT, 'org.catalog.yaml')]: CATALOG,
  [path.join(ROOT, 'a.journey.yaml')]: A,
  [path.join(ROOT, 'b.journey.yaml')]: B,
};

async function portfolioOf(files: Record<string, string>, options: CheckOptions = {}): Promise<Portfolio> {
  const host = memoryHost(files);
  const catalogs = new CatalogCache();
  const inputs = [];
  for (const [abs, text] of Object.entries(files)) {
    inputs.push({ path: path.relative(ROOT, abs).split(path.sep).join('/'), analysis: await analyseText(abs, text, host, { today: TODAY, catalogs, ...options }) });
  }
  return buildPortfolio(inputs, parseDate(TODAY)!);
}

const ref = (p: string, journey: string, step: string, index: number): StepRef => ({ path: p, journey, step, index });

describe('portfolio model', () => {
  let p: Portfolio;
  before(async () => {
    p = await portfolioOf(FILES);
  });

  it('has one row per journey: owner, review, steps and findings per severity', () => {
    assert.deepStrictEqual(p.journeys, [
      {
        path: 'a.journey.yaml', title: 'Adres wijzigen', owner: 'Ans', reviewed: '2026-01-10', reviewEvery: '6 months',
        reviewDue: '2026-07-10', reviewOverdue: true, steps: 3,
        // review-overdue, fallback-missing, fallback-ineffective, handoff-unclear, handoff-pingpong, partner-no-agreement and -fallback (print)
        findings: { error: 0, warning: 7, info: 0, hint: 0 },
      },
      {
        path: 'b.journey.yaml', title: 'Storing melden', owner: undefined, reviewed: undefined, reviewEvery: '12 months',
        reviewDue: undefined, reviewOverdue: false, steps: 2,
        // handoff-unclear, partner-no-agreement and -fallback (courier); owner-missing
        findings: { error: 0, warning: 3, info: 1, hint: 0 },
      },
    ]);
  });

  it('lists every partner a step depends on, the most depended on first, with agreement and fallback', () => {
    assert.deepStrictEqual(p.partners, [
      {
        id: 'net', name: 'Netbeheer', declaredIn: 'org.catalog.yaml', agreement: 'SLA-1', sla: '5 days', fallback: 'KS belt de storingsdienst',
        journeys: 2, steps: 2, dependents: [ref('a.journey.yaml', 'Adres wijzigen', 's3', 2), ref('b.journey.yaml', 'Storing melden', 't1', 0)],
      },
      {
        id: 'print', name: 'Drukker', declaredIn: 'org.catalog.yaml', agreement: undefined, sla: undefined, fallback: undefined,
        journeys: 1, steps: 1, dependents: [ref('a.journey.yaml', 'Adres wijzigen', 's2', 1)],
      },
      {
        id: 'courier', name: 'Koerier', declaredIn: 'b.journey.yaml', agreement: undefined, sla: undefined, fallback: undefined,
        journeys: 1, steps: 1, dependents: [ref('b.journey.yaml', 'Storing melden', 't2', 1)],
      },
    ]);
  });

  it('counts handoffs per pair in both directions, flags pairs that hand work both ways, and counts unclear ones', () => {
    const ks = { kind: 'team', id: 'ks', name: 'Klantenservice', declaredIn: 'org.catalog.yaml' };
    const fa = { kind: 'team', id: 'fa', name: 'Facturatie', declaredIn: 'org.catalog.yaml' };
    const partner = (id: string, name: string, declaredIn = 'org.catalog.yaml') => ({ kind: 'partner', id, name, declaredIn });
    assert.deepStrictEqual(p.handoffs.map((h) => ({ ...h, steps: h.steps.map((s) => `${s.path} ${s.step}`) })), [
      { a: fa, b: ks, aToB: 1, bToA: 1, unclear: 1, bothWays: true, journeys: 1, steps: ['a.journey.yaml s1'] },
      { a: ks, b: partner('courier', 'Koerier', 'b.journey.yaml'), aToB: 1, bToA: 0, unclear: 1, bothWays: false, journeys: 1, steps: ['b.journey.yaml t2'] },
      { a: fa, b: partner('net', 'Netbeheer'), aToB: 1, bToA: 0, unclear: 0, bothWays: false, journeys: 1, steps: ['b.journey.yaml t1'] },
      { a: ks, b: partner('print', 'Drukker'), aToB: 1, bToA: 0, unclear: 0, bothWays: false, journeys: 1, steps: ['a.journey.yaml s2'] },
    ]);
  });

  it('does not flag a team and an outside partner that hand work both ways (request and reply), as it flags two teams', async () => {
    const both = yaml`
      journey: Aansluiting
      need: n
      outcome: o
      owner: Ans
      uses: org.catalog.yaml
      steps:
        - id: u1
          customer: Vraagt aan
          channel: tel
          process:
            - team: fa
              does: Vraagt de netbeheerder
              handoff: { to: net, gives: EAN, within: 1 day }
            - partner: net
              does: Antwoordt
              handoff: { to: fa, gives: datum, within: 1 day }
            - team: fa
              does: Bevestigt
    `;
    const q = await portfolioOf({ [path.join(ROOT, 'org.catalog.yaml')]: CATALOG, [path.join(ROOT, 'c.journey.yaml')]: both });
    const pair = q.handoffs.find((h) => [h.a.id, h.b.id].sort().join() === 'fa,net')!;
    assert.deepStrictEqual([pair.aToB, pair.bToA, pair.bothWays], [1, 1, false]);
  });

  it('lists self-service steps without a human fallback per channel, marking the ones a journey accepts', () => {
    assert.deepStrictEqual(p.channels, [{
      id: 'site', name: 'Website', kind: 'web', declaredIn: 'org.catalog.yaml',
      steps: [
        { ...ref('a.journey.yaml', 'Adres wijzigen', 's1', 0), fallback: [], problem: 'missing', accepted: false },
        { ...ref('a.journey.yaml', 'Adres wijzigen', 's2', 1), fallback: ['bot'], problem: 'not-human', accepted: false },
        { ...ref('b.journey.yaml', 'Storing melden', 't1', 0), fallback: [], problem: 'missing', accepted: true },
      ],
    }]);
  });

  it('adds it all up', () => {
    assert.deepStrictEqual(p.totals, {
      files: 3, journeys: 2, steps: 5, reviewsOverdue: 1, reviewsUnknown: 1,
      findings: { error: 0, warning: 10, info: 1, hint: 0 },
      partners: 3, partnersWithoutAgreement: 2, partnersWithoutFallback: 2,
      handoffs: 5, unclearHandoffs: 2, handoffPairs: 4, bothWayPairs: 1,
      stepsWithoutHumanFallback: 2, acceptedWithoutHumanFallback: 1,
    });
    assert.strictEqual(p.today, TODAY);
    assert.deepStrictEqual(p.otherFiles, []);
  });

  it('follows the checks: with handoff-unclear turned off no handoff counts as unclear', async () => {
    const off = await portfolioOf(FILES, { config: { ...DEFAULT_CONFIG, checks: { 'handoff-unclear': 'off' } } });
    assert.strictEqual(off.totals.unclearHandoffs, 0);
    assert.strictEqual(off.totals.handoffs, 5);
  });

  it('agrees with review-overdue on the due date itself: a review due today is not overdue', async () => {
    const due = await portfolioOf({ ...FILES, [path.join(ROOT, 'a.journey.yaml')]: A.replace('reviewed: 2026-01-10', 'reviewed: 2026-05-23') });
    const row = due.journeys.find((j) => j.path === 'a.journey.yaml')!;
    assert.strictEqual(row.reviewDue, TODAY);
    assert.strictEqual(row.reviewOverdue, false);
  });

  it('keeps a journey that does not parse as a row with its findings, and catalogs with findings apart', async () => {
    const broken = await portfolioOf({
      ...FILES,
      [path.join(ROOT, 'a.journey.yaml')]: 'journey: [unclosed\n',
      [path.join(ROOT, 'org.catalog.yaml')]: `${CATALOG}colour: blue\n`,
    });
    const row = broken.journeys.find((j) => j.path === 'a.journey.yaml')!;
    assert.strictEqual(row.steps, 0);
    assert.ok(row.findings.error > 0);
    assert.deepStrictEqual(broken.otherFiles, [{ path: 'org.catalog.yaml', kind: 'catalog', findings: { error: 1, warning: 0, info: 0, hint: 0 } }]);
  });
});

const PAYLOADS = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', 'javascript:alert(1)'];

const HOSTILE = yaml`
  journey: "${PAYLOADS[0]}"
  owner: '${PAYLOADS[1]}'
  reviewed: 2026-01-01
  need: n
  outcome: o
  channels:
    site: { kind: web, name: "${PAYLOADS[2]}" }
  teams:
    a: { name: "${PAYLOADS[0]}" }
    b: { name: '${PAYLOADS[1]} | x' }
  partners:
    p: { name: "${PAYLOADS[2]}", agreement: '${PAYLOADS[1]}', fallback: "${PAYLOADS[0]}" }
  steps:
    - id: s
      customer: c
      channel: site
      partners: [p]
      process:
        - team: a
          does: x
        - team: b
          does: y
`;

describe('portfolio renderers', () => {
  let hostile: Portfolio;
  let plain: Portfolio;
  before(async () => {
    hostile = await portfolioOf({ [path.join(ROOT, 'evil.journey.yaml')]: HOSTILE });
    plain = await portfolioOf(FILES);
  });

  it('HTML: every journey string is text, never markup', () => {
    const html = renderHtml(hostile);
    assert.ok(!/<script|<img|href="javascript/i.test(html), 'raw payload in the page');
    assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
    assert.ok(html.includes('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;'));
    assert.ok(html.includes('javascript:alert(1)'), 'a javascript: name is shown as text');
    // The only links in a report without a link builder are to its own sections.
    for (const m of html.matchAll(/href="([^"]*)"/g)) assert.match(m[1], /^#[a-z]+$/);
  });

  it('HTML: one self-contained page with a strict CSP, no script, nothing fetched, accessible tables', () => {
    const html = renderHtml(plain);
    assert.strictEqual(REPORT_CSP, "default-src 'none'; style-src 'unsafe-inline'");
    assert.ok(html.includes(`<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">`));
    assert.ok(!/<script|<link|<img|<iframe|\ssrc=|url\(|@import|https?:/i.test(html));
    const tables = html.match(/<table>/g)?.length ?? 0;
    assert.strictEqual(html.match(/<caption>/g)?.length, tables);
    assert.ok(tables >= 3);
    assert.ok(!/<th(?=[\s>])(?![^>]*scope=)/.test(html), 'every <th> has a scope');
  });

  it('HTML: a link builder turns journeys and steps into links, and its hrefs are escaped too', () => {
    const seen: string[] = [];
    const html = renderHtml(hostile, {
      link: (t) => {
        seen.push(t.step ? `${t.path}#${t.step.id}@${t.step.index}` : t.path);
        return `command:open?${encodeURIComponent(JSON.stringify(t))}&x="y"`;
      },
    });
    assert.ok(seen.includes('evil.journey.yaml') && seen.includes('evil.journey.yaml#s@0'), seen.join());
    assert.match(html, /<a href="command:open\?[^"]*&amp;x=&quot;y&quot;">&lt;script&gt;alert\(1\)&lt;\/script&gt;<\/a>/);
    assert.match(html, /<a href="command:open\?[^"]*">s<\/a>/);
  });

  it('Markdown: journey strings cannot break a table or inject HTML', () => {
    const md = renderMarkdown(hostile);
    assert.ok(!/<script|<img/i.test(md));
    assert.ok(md.includes('| &lt;script&gt;alert(1)&lt;/script&gt; |'), md);
    // Escaped pipes do not split cells: the handoff row has as many cells as its header.
    const lines = md.split('\n');
    const header = lines.findIndex((l) => l.startsWith('| From'));
    const cells = (line: string) => line.replace(/\\\|/g, '').split('|').length;
    assert.match(lines[header + 2], /onerror=alert\(1\)&gt; \\\| x/);
    assert.strictEqual(cells(lines[header + 2]), cells(lines[header]));
  });

  it('JSON: the model under a format version', () => {
    const json = JSON.parse(renderJson(hostile));
    assert.strictEqual(json.journeyLensReport, 1);
    assert.strictEqual(json.journeys[0].title, PAYLOADS[0]);
    assert.deepStrictEqual(Object.keys(json), ['journeyLensReport', 'today', 'totals', 'journeys', 'partners', 'handoffs', 'channels', 'otherFiles']);
  });
});
