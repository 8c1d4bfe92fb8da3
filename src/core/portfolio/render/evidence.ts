/**
 * The portfolio's evidence sections in Markdown and in HTML: a row per
 * journey with an event log, and every evidence finding, worst first. Only
 * rendered when some journey names a log. Journey text and messages are
 * escaped by each format's own escape (md, the html template).
 */
import type { Language } from '../../i18n/language';
import { EVIDENCE_TEXTS, evidenceCells } from '../evidence-text';
import { html, type Markup } from './html-template';
import type { EvidencePortfolio } from '../types';

type Md = (text: string) => string;

export function evidenceMarkdown(e: EvidencePortfolio, language: Language, md: Md): string[] {
  const t = EVIDENCE_TEXTS[language];
  const c = t.columns;
  const out = ['', `## ${t.sections.journeys.title}`, '', t.sections.journeys.why, ''];
  out.push(`| ${[c.journey, c.cases, c.promisesKept, c.pingpong, c.repeat, c.worst].join(' | ')} |`, '|---|---:|---|---|---|---|');
  for (const r of e.journeys) out.push(`| ${[md(r.journey), ...evidenceCells(r, t, e.minCases, language).map(md)].join(' | ')} |`);
  out.push('', `## ${t.sections.findings.title}`, '', t.sections.findings.why, '');
  if (e.findings.length === 0) return [...out, t.sections.findings.none];
  out.push(`| ${[c.severity, c.journey, c.line, c.check, c.message].join(' | ')} |`, '|---|---|---:|---|---|');
  for (const f of e.findings) out.push(`| ${[f.severity, md(f.journey), String(f.line), `\`${f.rule}\``, md(f.message)].join(' | ')} |`);
  return out;
}

export function evidenceHtml(e: EvidencePortfolio, language: Language): Markup {
  const t = EVIDENCE_TEXTS[language];
  const c = t.columns;
  const rows = e.journeys.map((r) => html`<tr><th scope="row">${r.journey}<span class="sub path">${r.path}</span></th>${evidenceCells(r, t, e.minCases, language).map((cell, i) => html`<td${i === 0 ? html` class="num"` : ''}>${cell}</td>`)}</tr>`);
  const findings = e.findings.length === 0
    ? html`<p class="none">${t.sections.findings.none}</p>`
    : html`<div class="scroll"><table>
<caption>${t.captions.findings(e.findings.length)}</caption>
<thead><tr><th scope="col">${c.severity}</th><th scope="col">${c.journey}</th><th scope="col" class="num">${c.line}</th><th scope="col">${c.check}</th><th scope="col">${c.message}</th></tr></thead>
<tbody>${e.findings.map((f) => html`<tr><td><span class="pill ${f.severity === 'error' ? 'bad' : f.severity === 'warning' ? 'warn' : 'muted'}">${f.severity}</span></td><td>${f.journey}</td><td class="num">${f.line}</td><td><code>${f.rule}</code></td><td class="long">${f.message}</td></tr>`)}</tbody>
</table></div>`;
  return html`
<section id="${t.sections.journeys.id}" aria-labelledby="${t.sections.journeys.id}-title">
<h2 id="${t.sections.journeys.id}-title">${t.sections.journeys.title}</h2>
<p class="why">${t.sections.journeys.why}</p>
<div class="scroll"><table>
<caption>${t.captions.journeys(e.journeys.length)}</caption>
<thead><tr><th scope="col">${c.journey}</th><th scope="col" class="num">${c.cases}</th><th scope="col">${c.promisesKept}</th><th scope="col">${c.pingpong}</th><th scope="col">${c.repeat}</th><th scope="col">${c.worst}</th></tr></thead>
<tbody>${rows}</tbody>
</table></div>
</section>
<section id="${t.sections.findings.id}" aria-labelledby="${t.sections.findings.id}-title">
<h2 id="${t.sections.findings.id}-title">${t.sections.findings.title}</h2>
<p class="why">${t.sections.findings.why}</p>
${findings}
</section>`;
}
