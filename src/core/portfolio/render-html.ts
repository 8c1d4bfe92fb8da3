/**
 * `report --format html`: the portfolio as one self-contained page — inline
 * styles, no script, nothing fetched, and a CSP that forbids all of it as a
 * second guard behind the escaping (every journey string goes through the
 * `html` template's escape). The VS Code webview renders the same page and
 * passes a link builder that turns journey and step names into command links.
 */
import { SEVERITIES, type Severity } from '../types';
import { html, raw, type Markup } from './html';
import { REPORT_CSS } from './report-css';
import {
  actorKind, actorLabel, byJourney, channelLabel, countsPhrase, coverage, gapStatus, journeyName, keyFigures,
  MAX_LISTED_JOURNEYS, moreJourneys, plural, reviewStatus, SECTIONS, SEVERITY_HEADINGS, TITLE, type Section, type Tone,
} from './text';
import type { ActorRef, JourneyRow, Portfolio, StepRef } from './types';

export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'";

/** What a link points at: a journey file, or a step in it. */
export interface LinkTarget {
  /** The journey's path as given to buildPortfolio. */
  path: string;
  step?: { id: string; index: number };
}

/** Returns the href for a target, or undefined for plain text. */
export type LinkBuilder = (target: LinkTarget) => string | undefined;

export interface HtmlReportOptions {
  /** Default: no links, names are plain text (a file on disk cannot open an editor). */
  link?: LinkBuilder;
}

export function renderHtml(p: Portfolio, options: HtmlReportOptions = {}): string {
  const link = (text: string, target: LinkTarget): Markup => {
    const href = options.link?.(target);
    return href ? html`<a href="${href}">${text}</a>` : html`${text}`;
  };
  const stepLink = (s: StepRef) => link(s.step, { path: s.path, step: { id: s.step, index: s.index } });
  const body = [
    header(p),
    journeysSection(p, link),
    partnersSection(p, stepLink),
    handoffsSection(p, stepLink),
    channelsSection(p, link, stepLink),
    p.otherFiles.length > 0 ? otherFilesSection(p) : undefined,
  ];
  return html`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${raw(REPORT_CSP)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${TITLE} — ${p.today}</title>
<style>${raw(REPORT_CSS)}</style>
</head>
<body>
<main>
${body}
<footer>Made by Journey Lens from ${plural(p.totals.files, 'file')}. Run <code>journey-lens check</code> for every finding with its line and a suggested fix.</footer>
</main>
</body>
</html>
`.html;
}

type Link = (text: string, target: LinkTarget) => Markup;
type StepLink = (s: StepRef) => Markup;

/** A file path that may wrap after each slash, never inside a name. */
const filePath = (p: string, cls = 'sub path') => html`<span class="${cls}">${p.split('/').map((seg, i) => html`${i > 0 ? raw('/<wbr>') : ''}${seg}`)}</span>`;

const pill = (text: string, tone: Tone) => html`<span class="pill ${tone}">${text}</span>`;

function header(p: Portfolio): Markup {
  const figures = keyFigures(p).map((f) => html`
<li><a class="${f.tone}" href="#${f.section}"><span class="value">${f.value}${f.total === undefined ? '' : html`<span class="total"> of ${f.total}</span>`}</span><span class="what">${f.what}</span>${f.note ? html`<span class="context">${f.note}</span>` : ''}</a></li>`);
  const sections: Section[] = [SECTIONS.journeys, SECTIONS.partners, SECTIONS.handoffs, SECTIONS.channels];
  if (p.otherFiles.length > 0) sections.push(SECTIONS.otherFiles);
  return html`<header>
<h1>${TITLE}</h1>
<p>${coverage(p)}</p>
<nav aria-label="Sections">${sections.map((s) => html`<a href="#${s.id}">${s.title}</a>`)}</nav>
</header>
<ul class="figures" aria-label="Key figures">${figures}
</ul>`;
}

function section(s: Section, caption: string, head: Markup, rows: Markup[] | Markup, empty: boolean): Markup {
  const content = empty
    ? html`<p class="none">${s.none}</p>`
    : html`<div class="scroll"><table>
<caption>${caption}</caption>
<thead><tr>${head}</tr></thead>
${rows}
</table></div>`;
  return html`
<section id="${s.id}" aria-labelledby="${s.id}-title">
<h2 id="${s.id}-title">${s.title}</h2>
<p class="why">${s.why}</p>
${content}
</section>`;
}

const th = (text: string, numeric = false) => html`<th scope="col"${numeric ? raw(' class="num"') : ''}>${text}</th>`;

function count(n: number, tone: Tone = 'muted'): Markup {
  return html`<td class="num${n === 0 ? ' zero' : tone === 'muted' ? '' : ` ${tone}`}">${n}</td>`;
}

const SEVERITY_TONE: Record<Severity, Tone> = { error: 'bad', warning: 'warn', info: 'muted', hint: 'muted' };

function journeysSection(p: Portfolio, link: Link): Markup {
  const row = (j: JourneyRow) => {
    const review = reviewStatus(j);
    return html`<tr>
<th scope="row">${link(journeyName(j), { path: j.path })}${filePath(j.path)}</th>
<td>${j.owner ?? pill('no owner', 'warn')}</td>
<td class="dir">${j.reviewed ?? '—'}<span class="sub">every ${j.reviewEvery}</span></td>
<td>${pill(review.text, review.tone)}</td>
${count(j.steps)}${SEVERITIES.map((s) => count(j.findings[s], SEVERITY_TONE[s]))}
</tr>`;
  };
  const head = html`${th('Journey')}${th('Owner')}${th('Last review')}${th('Review')}${th('Steps', true)}${SEVERITIES.map((s) => th(SEVERITY_HEADINGS[s], true))}`;
  const caption = `${plural(p.totals.journeys, 'journey')}, by file; ${plural(p.totals.reviewsOverdue, 'review', 'reviews')} overdue`;
  return section(SECTIONS.journeys, caption, head, html`<tbody>${p.journeys.map(row)}</tbody>`, p.journeys.length === 0);
}

/** Dependent steps, per journey; long lists end in "and 3 more journeys". */
function stepList(refs: readonly StepRef[], stepLink: StepLink): Markup {
  const groups = byJourney(refs);
  const more = moreJourneys(groups.length);
  return html`<ul class="steps">${groups.slice(0, MAX_LISTED_JOURNEYS).map((g) => html`<li><span class="journey">${g.journey}</span>: ${g.steps.map((s, i) => html`${i > 0 ? ', ' : ''}${stepLink(s)}`)}</li>`)}${more ? html`<li class="sub">${more}</li>` : ''}</ul>`;
}

function partnersSection(p: Portfolio, stepLink: StepLink): Markup {
  const rows = p.partners.map((r) => html`<tr>
<th scope="row" class="who">${r.name ?? r.id}${r.name ? html`<span class="sub">${r.id}</span>` : ''}${r.declaredIn ? filePath(r.declaredIn) : html`<span class="sub">not declared</span>`}</th>
<td class="long">${r.agreement ?? pill('none', 'warn')}</td>
<td class="dir">${r.sla ?? '—'}</td>
<td class="long">${r.fallback ?? pill('none', 'warn')}</td>
${count(r.journeys)}${count(r.steps)}
<td>${stepList(r.dependents, stepLink)}</td>
</tr>`);
  const head = html`${th('Partner')}${th('Agreement')}${th('SLA')}${th('Fallback')}${th('Journeys', true)}${th('Steps', true)}${th('Steps that depend on it')}`;
  const caption = `${plural(p.totals.partners, 'partner')}, the most depended on first`;
  return section(SECTIONS.partners, caption, head, html`<tbody>${rows}</tbody>`, p.partners.length === 0);
}

const actor = (a: ActorRef) => html`${actorLabel(a)}<span class="sub">${actorKind(a)}${a.name ? ` · ${a.id}` : ''}</span>`;

function handoffsSection(p: Portfolio, stepLink: StepLink): Markup {
  const rows = p.handoffs.map((h) => html`<tr>
<th scope="row" class="who">${actor(h.a)}</th>
<td class="who">${actor(h.b)}</td>
${count(h.aToB)}${count(h.bToA, h.bothWays ? 'warn' : 'muted')}${count(h.unclear, 'warn')}
<td>${stepList(h.steps, stepLink)}</td>
<td>${h.bothWays ? pill('both ways: merge or redesign?', 'warn') : ''}</td>
</tr>`);
  const head = html`${th('From')}${th('To')}${th('Handoffs', true)}${th('Back', true)}${th('Unclear', true)}${th('Where')}${th('')}`;
  const caption = `${plural(p.totals.handoffPairs, 'pair')} with ${plural(p.totals.handoffs, 'handoff')}; pairs handing work both ways first`;
  return section(SECTIONS.handoffs, caption, head, html`<tbody>${rows}</tbody>`, p.handoffs.length === 0);
}

function channelsSection(p: Portfolio, link: Link, stepLink: StepLink): Markup {
  const groups = p.channels.map((c) => html`<tbody class="group">${c.steps.map((s, i) => html`<tr>
${i === 0 ? html`<th scope="rowgroup" rowspan="${c.steps.length}">${channelLabel(c)}${c.declaredIn ? filePath(c.declaredIn) : ''}</th>` : ''}
<td>${link(s.journey, { path: s.path })}</td>
<td>${stepLink(s)}</td>
<td>${pill(gapStatus(s), s.accepted ? 'muted' : 'warn')}</td>
</tr>`)}</tbody>`);
  const t = p.totals;
  const caption = `${plural(t.stepsWithoutHumanFallback, 'step')} without a human fallback${t.acceptedWithoutHumanFallback > 0 ? `, ${t.acceptedWithoutHumanFallback} more accepted` : ''}, by channel`;
  const head = html`${th('Channel')}${th('Journey')}${th('Step')}${th('Status')}`;
  return section(SECTIONS.channels, caption, head, groups, p.channels.length === 0);
}

function otherFilesSection(p: Portfolio): Markup {
  const rows = p.otherFiles.map((f) => html`<tr><th scope="row">${filePath(f.path, 'path')}</th><td>${countsPhrase(f.findings)}</td></tr>`);
  return section(SECTIONS.otherFiles, plural(p.otherFiles.length, 'catalog'), html`${th('File')}${th('Findings')}`, html`<tbody>${rows}</tbody>`, false);
}
