/**
 * `report --format html`: the portfolio as one self-contained page — inline
 * styles, no script, nothing fetched, and a CSP that forbids all of it as a
 * second guard behind the escaping (every journey string goes through the
 * `html` template's escape). The VS Code webview renders the same page and
 * passes a link builder that turns journey and step names into command links.
 */
import type { Language } from '../../i18n/language';
import { SEVERITIES, type Severity } from '../../engine/types';
import { html, raw, type Markup } from './html-template';
import { REPORT_CSS } from './report-css';
import {
  actorKind, actorLabel, byJourney, channelLabel, countsPhrase, coverage, gapStatus, journeyName, keyFigures,
  MAX_LISTED_JOURNEYS, moreJourneys, REPORT_TEXTS, reviewStatus, type ReportTexts, type Section, type Tone,
} from '../text';
import type { ActorRef, JourneyRow, Portfolio, StepRef } from '../types';
import { EVIDENCE_TEXTS } from '../evidence-text';
import { evidenceHtml } from './evidence';

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
  /** The report's language; default English. */
  language?: Language;
}

export function renderHtml(p: Portfolio, options: HtmlReportOptions = {}): string {
  const t = REPORT_TEXTS[options.language ?? 'en'];
  const link = (text: string, target: LinkTarget): Markup => {
    const href = options.link?.(target);
    return href ? html`<a href="${href}">${text}</a>` : html`${text}`;
  };
  const stepLink = (s: StepRef) => link(s.step, { path: s.path, step: { id: s.step, index: s.index } });
  const body = [
    header(p, t),
    journeysSection(p, t, link),
    partnersSection(p, t, stepLink),
    handoffsSection(p, t, stepLink),
    channelsSection(p, t, link, stepLink),
    p.evidence ? evidenceHtml(p.evidence, t.lang) : undefined,
    p.otherFiles.length > 0 ? otherFilesSection(p, t) : undefined,
  ];
  return html`<!DOCTYPE html>
<html lang="${t.lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${raw(REPORT_CSP)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${t.title} — ${p.today}</title>
<style>${raw(REPORT_CSS)}</style>
</head>
<body>
<main>
${body}
<footer>${t.madeBy(p.totals.files)} ${t.run[0]} <code>journey-lens check</code> ${t.run[1]}</footer>
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

function header(p: Portfolio, t: ReportTexts): Markup {
  const figures = keyFigures(p, t).map((f) => html`
<li><a class="${f.tone}" href="#${f.section}"><span class="value">${f.value}${f.total === undefined ? '' : html`<span class="total">${t.of(f.total)}</span>`}</span><span class="what">${f.what}</span>${f.note ? html`<span class="context">${f.note}</span>` : ''}</a></li>`);
  const sections: Section[] = [t.sections.journeys, t.sections.partners, t.sections.handoffs, t.sections.channels];
  if (p.evidence) {
    const e = EVIDENCE_TEXTS[t.lang].sections;
    sections.push({ ...e.journeys, none: '' }, { ...e.findings });
  }
  if (p.otherFiles.length > 0) sections.push(t.sections.otherFiles);
  return html`<header>
<h1>${t.title}</h1>
<p>${coverage(p, t)}</p>
<nav aria-label="${t.navSections}">${sections.map((s) => html`<a href="#${s.id}">${s.title}</a>`)}</nav>
</header>
<ul class="figures" aria-label="${t.navFigures}">${figures}
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

function journeysSection(p: Portfolio, t: ReportTexts, link: Link): Markup {
  const c = t.columns;
  const row = (j: JourneyRow) => {
    const review = reviewStatus(j, t);
    return html`<tr>
<th scope="row">${link(journeyName(j), { path: j.path })}${filePath(j.path)}</th>
<td>${j.owner ?? pill(t.pills.noOwner, 'warn')}</td>
<td class="dir">${j.reviewed ?? '—'}<span class="sub">${t.every(j.reviewEvery)}</span></td>
<td>${pill(review.text, review.tone)}</td>
${count(j.steps)}${SEVERITIES.map((s) => count(j.findings[s], SEVERITY_TONE[s]))}
</tr>`;
  };
  const head = html`${th(c.journey)}${th(c.owner)}${th(c.lastReview)}${th(c.review)}${th(c.steps, true)}${SEVERITIES.map((s) => th(t.severityHeadings[s], true))}`;
  const caption = t.captions.journeys(p.totals.journeys, p.totals.reviewsOverdue);
  return section(t.sections.journeys, caption, head, html`<tbody>${p.journeys.map(row)}</tbody>`, p.journeys.length === 0);
}

/** Dependent steps, per journey; long lists end in "and 3 more journeys". */
function stepList(refs: readonly StepRef[], t: ReportTexts, stepLink: StepLink): Markup {
  const groups = byJourney(refs);
  const more = moreJourneys(groups.length, t);
  return html`<ul class="steps">${groups.slice(0, MAX_LISTED_JOURNEYS).map((g) => html`<li><span class="journey">${g.journey}</span>: ${g.steps.map((s, i) => html`${i > 0 ? ', ' : ''}${stepLink(s)}`)}</li>`)}${more ? html`<li class="sub">${more}</li>` : ''}</ul>`;
}

function partnersSection(p: Portfolio, t: ReportTexts, stepLink: StepLink): Markup {
  const c = t.columns;
  const rows = p.partners.map((r) => html`<tr>
<th scope="row" class="who">${r.name ?? r.id}${r.name ? html`<span class="sub">${r.id}</span>` : ''}${r.declaredIn ? filePath(r.declaredIn) : html`<span class="sub">${t.pills.notDeclared}</span>`}</th>
<td class="long">${r.agreement ?? pill(t.pills.none, 'warn')}</td>
<td class="dir">${r.sla ?? '—'}</td>
<td class="long">${r.fallback ?? pill(t.pills.none, 'warn')}</td>
${count(r.journeys)}${count(r.steps)}
<td>${stepList(r.dependents, t, stepLink)}</td>
</tr>`);
  const head = html`${th(c.partner)}${th(c.agreement)}${th(c.sla)}${th(c.fallback)}${th(c.journeys, true)}${th(c.steps, true)}${th(c.dependents)}`;
  const caption = t.captions.partners(p.totals.partners);
  return section(t.sections.partners, caption, head, html`<tbody>${rows}</tbody>`, p.partners.length === 0);
}

const actor = (a: ActorRef, t: ReportTexts) => html`${actorLabel(a)}<span class="sub">${actorKind(a, t)}${a.name ? ` · ${a.id}` : ''}</span>`;

function handoffsSection(p: Portfolio, t: ReportTexts, stepLink: StepLink): Markup {
  const c = t.columns;
  const rows = p.handoffs.map((h) => html`<tr>
<th scope="row" class="who">${actor(h.a, t)}</th>
<td class="who">${actor(h.b, t)}</td>
${count(h.aToB)}${count(h.bToA, h.bothWays ? 'warn' : 'muted')}${count(h.unclear, 'warn')}
<td>${stepList(h.steps, t, stepLink)}</td>
<td>${h.bothWays ? pill(t.pills.bothWays, 'warn') : ''}</td>
</tr>`);
  const head = html`${th(c.from)}${th(c.to)}${th(c.handoffs, true)}${th(c.back, true)}${th(c.unclear, true)}${th(c.where)}${th('')}`;
  const caption = t.captions.handoffs(p.totals.handoffPairs, p.totals.handoffs);
  return section(t.sections.handoffs, caption, head, html`<tbody>${rows}</tbody>`, p.handoffs.length === 0);
}

function channelsSection(p: Portfolio, t: ReportTexts, link: Link, stepLink: StepLink): Markup {
  const groups = p.channels.map((c) => html`<tbody class="group">${c.steps.map((s, i) => html`<tr>
${i === 0 ? html`<th scope="rowgroup" rowspan="${c.steps.length}">${channelLabel(c)}${c.declaredIn ? filePath(c.declaredIn) : ''}</th>` : ''}
<td>${link(s.journey, { path: s.path })}</td>
<td>${stepLink(s)}</td>
<td>${pill(gapStatus(s, t), s.accepted ? 'muted' : 'warn')}</td>
</tr>`)}</tbody>`);
  const caption = t.captions.channels(p.totals.stepsWithoutHumanFallback, p.totals.acceptedWithoutHumanFallback);
  const head = html`${th(t.columns.channel)}${th(t.columns.journey)}${th(t.columns.step)}${th(t.columns.status)}`;
  return section(t.sections.channels, caption, head, groups, p.channels.length === 0);
}

function otherFilesSection(p: Portfolio, t: ReportTexts): Markup {
  const rows = p.otherFiles.map((f) => html`<tr><th scope="row">${filePath(f.path, 'path')}</th><td>${countsPhrase(f.findings, t)}</td></tr>`);
  return section(t.sections.otherFiles, t.captions.catalogs(p.otherFiles.length), html`${th(t.columns.file)}${th(t.columns.findings)}`, html`<tbody>${rows}</tbody>`, false);
}
