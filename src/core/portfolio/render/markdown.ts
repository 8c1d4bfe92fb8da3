/**
 * `report --format markdown`: the portfolio as GitHub-flavoured Markdown, for
 * a pull request comment, a wiki page or a CI job summary. Journey text is
 * escaped so that a title can neither break a table nor inject HTML.
 */
import type { Language } from '../../i18n/language';
import { SEVERITIES } from '../../engine/types';
import {
  actorKind, actorLabel, byJourney, channelLabel, countsPhrase, coverage, gapStatus, journeyName, keyFigures,
  MAX_LISTED_JOURNEYS, moreJourneys, REPORT_TEXTS, reviewStatus, type ReportTexts, type Section,
} from '../text';
import type { Portfolio, StepRef } from '../types';
import { evidenceMarkdown } from './evidence';

/** Escapes text for a Markdown table cell: no markup, no HTML, no cell breaks. */
export function md(text: string): string {
  return text
    .replace(/\r\n?|\n/g, ' ')
    // Only an ampersand that would start an entity changes meaning; 'Behoud & Loyaliteit' stays readable.
    .replace(/&(?=#?\w+;)/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|#~])/g, '\\$1');
}

const code = (text: string) => `\`${text.replace(/`/g, "'").replace(/\|/g, '\\|').replace(/\r\n?|\n/g, ' ')}\``;

function table(header: string[], align: ('l' | 'r')[], rows: string[][]): string[] {
  return [
    `| ${header.join(' | ')} |`,
    `|${align.map((a) => (a === 'r' ? '---:' : '---')).join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ];
}

function section(s: Section, body: string[], empty: boolean): string[] {
  return ['', `## ${s.title}`, '', s.why, '', ...(empty ? [s.none] : body)];
}

/** "Verhuizing doorgeven: aanvragen, meterstanden; …" */
function stepsCell(refs: readonly StepRef[], t: ReportTexts): string {
  const groups = byJourney(refs);
  const listed = groups.slice(0, MAX_LISTED_JOURNEYS).map((g) => `${md(g.journey)}: ${g.steps.map((s) => md(s.step)).join(', ')}`);
  const more = moreJourneys(groups.length, t);
  return [...listed, ...(more ? [more] : [])].join('; ');
}

export function renderMarkdown(p: Portfolio, language: Language = 'en'): string {
  const t = REPORT_TEXTS[language];
  const c = t.columns;
  const out: string[] = [`# ${t.title}`, '', md(coverage(p, t)), ''];
  for (const f of keyFigures(p, t)) {
    out.push(`- **${f.value}**${f.total === undefined ? '' : t.of(f.total)} ${f.what}${f.note ? ` (${md(f.note)})` : ''}`);
  }

  out.push(...section(t.sections.journeys, table(
    [c.journey, c.owner, c.lastReview, c.review, c.steps, ...SEVERITIES.map((s) => t.severityHeadings[s]), c.file],
    ['l', 'l', 'l', 'l', 'r', 'r', 'r', 'r', 'r', 'l'],
    p.journeys.map((j) => {
      const review = reviewStatus(j, t);
      return [
        md(journeyName(j)),
        j.owner ? md(j.owner) : `*${t.pills.noOwner}*`,
        j.reviewed ? md(j.reviewed) : '—',
        review.tone === 'bad' ? `**${md(review.text)}**` : md(review.text),
        String(j.steps),
        ...SEVERITIES.map((s) => String(j.findings[s])),
        code(j.path),
      ];
    }),
  ), p.journeys.length === 0));

  out.push(...section(t.sections.partners, table(
    [c.partner, c.agreement, c.sla, c.fallback, c.journeys, c.steps, c.dependents],
    ['l', 'l', 'l', 'l', 'r', 'r', 'l'],
    p.partners.map((r) => [
      `${md(r.name ?? r.id)}${r.declaredIn ? '' : ` (${t.pills.notDeclared})`}`,
      r.agreement ? md(r.agreement) : `**${t.pills.none}**`,
      r.sla ? md(r.sla) : '—',
      r.fallback ? md(r.fallback) : `**${t.pills.none}**`,
      String(r.journeys),
      String(r.steps),
      stepsCell(r.dependents, t),
    ]),
  ), p.partners.length === 0));

  out.push(...section(t.sections.handoffs, table(
    [c.from, c.to, c.handoffs, c.back, c.unclear, c.journeys, c.steps, c.note],
    ['l', 'l', 'r', 'r', 'r', 'r', 'l', 'l'],
    p.handoffs.map((h) => [
      `${md(actorLabel(h.a))} *${actorKind(h.a, t)}*`,
      `${md(actorLabel(h.b))} *${actorKind(h.b, t)}*`,
      String(h.aToB),
      String(h.bToA),
      String(h.unclear),
      String(h.journeys),
      stepsCell(h.steps, t),
      h.bothWays ? `**${t.pills.bothWays}**` : '',
    ]),
  ), p.handoffs.length === 0));

  out.push(...section(t.sections.channels, table(
    [c.channel, c.journey, c.step, c.status],
    ['l', 'l', 'l', 'l'],
    p.channels.flatMap((ch) => ch.steps.map((s) => [md(channelLabel(ch)), md(s.journey), md(s.step), s.accepted ? md(gapStatus(s, t)) : `**${md(gapStatus(s, t))}**`])),
  ), p.channels.length === 0));

  if (p.evidence) out.push(...evidenceMarkdown(p.evidence, language, md));

  if (p.otherFiles.length > 0) {
    out.push(...section(t.sections.otherFiles, table(
      [c.file, c.findings],
      ['l', 'l'],
      p.otherFiles.map((f) => [code(f.path), countsPhrase(f.findings, t)]),
    ), false));
  }
  out.push('', `${t.madeBy(p.totals.files)} ${t.run[0]} \`journey-lens check\` ${t.run[2]}`, '');
  return out.join('\n');
}
