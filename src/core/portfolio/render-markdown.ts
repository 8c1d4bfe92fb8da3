/**
 * `report --format markdown`: the portfolio as GitHub-flavoured Markdown, for
 * a pull request comment, a wiki page or a CI job summary. Journey text is
 * escaped so that a title can neither break a table nor inject HTML.
 */
import { SEVERITIES } from '../types';
import {
  actorKind, actorLabel, byJourney, channelLabel, countsPhrase, coverage, gapStatus, journeyName, keyFigures,
  MAX_LISTED_JOURNEYS, moreJourneys, reviewStatus, SECTIONS, SEVERITY_HEADINGS, TITLE, type Section,
} from './text';
import type { Portfolio, StepRef } from './types';

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
function stepsCell(refs: readonly StepRef[]): string {
  const groups = byJourney(refs);
  const listed = groups.slice(0, MAX_LISTED_JOURNEYS).map((g) => `${md(g.journey)}: ${g.steps.map((s) => md(s.step)).join(', ')}`);
  const more = moreJourneys(groups.length);
  return [...listed, ...(more ? [more] : [])].join('; ');
}

export function renderMarkdown(p: Portfolio): string {
  const out: string[] = [`# ${TITLE}`, '', md(coverage(p)), ''];
  for (const f of keyFigures(p)) {
    out.push(`- **${f.value}**${f.total === undefined ? '' : ` of ${f.total}`} ${f.what}${f.note ? ` (${md(f.note)})` : ''}`);
  }

  out.push(...section(SECTIONS.journeys, table(
    ['Journey', 'Owner', 'Last review', 'Review', 'Steps', ...SEVERITIES.map((s) => SEVERITY_HEADINGS[s]), 'File'],
    ['l', 'l', 'l', 'l', 'r', 'r', 'r', 'r', 'r', 'l'],
    p.journeys.map((j) => {
      const review = reviewStatus(j);
      return [
        md(journeyName(j)),
        j.owner ? md(j.owner) : '*no owner*',
        j.reviewed ? md(j.reviewed) : '—',
        review.tone === 'bad' ? `**${md(review.text)}**` : md(review.text),
        String(j.steps),
        ...SEVERITIES.map((s) => String(j.findings[s])),
        code(j.path),
      ];
    }),
  ), p.journeys.length === 0));

  out.push(...section(SECTIONS.partners, table(
    ['Partner', 'Agreement', 'SLA', 'Fallback', 'Journeys', 'Steps', 'Steps that depend on it'],
    ['l', 'l', 'l', 'l', 'r', 'r', 'l'],
    p.partners.map((r) => [
      `${md(r.name ?? r.id)}${r.declaredIn ? '' : ' (not declared)'}`,
      r.agreement ? md(r.agreement) : '**none**',
      r.sla ? md(r.sla) : '—',
      r.fallback ? md(r.fallback) : '**none**',
      String(r.journeys),
      String(r.steps),
      stepsCell(r.dependents),
    ]),
  ), p.partners.length === 0));

  out.push(...section(SECTIONS.handoffs, table(
    ['From', 'To', 'Handoffs', 'Back', 'Unclear', 'Journeys', 'Steps', 'Note'],
    ['l', 'l', 'r', 'r', 'r', 'r', 'l', 'l'],
    p.handoffs.map((h) => [
      `${md(actorLabel(h.a))} *${actorKind(h.a)}*`,
      `${md(actorLabel(h.b))} *${actorKind(h.b)}*`,
      String(h.aToB),
      String(h.bToA),
      String(h.unclear),
      String(h.journeys),
      stepsCell(h.steps),
      h.bothWays ? '**both ways: merge or redesign?**' : '',
    ]),
  ), p.handoffs.length === 0));

  out.push(...section(SECTIONS.channels, table(
    ['Channel', 'Journey', 'Step', 'Status'],
    ['l', 'l', 'l', 'l'],
    p.channels.flatMap((c) => c.steps.map((s) => [md(channelLabel(c)), md(s.journey), md(s.step), s.accepted ? md(gapStatus(s)) : `**${md(gapStatus(s))}**`])),
  ), p.channels.length === 0));

  if (p.otherFiles.length > 0) {
    out.push(...section(SECTIONS.otherFiles, table(
      ['File', 'Findings'],
      ['l', 'l'],
      p.otherFiles.map((f) => [code(f.path), countsPhrase(f.findings)]),
    ), false));
  }
  out.push('', `Made by Journey Lens from ${p.totals.files} ${p.totals.files === 1 ? 'file' : 'files'}. Run \`journey-lens check\` for every finding.`, '');
  return out.join('\n');
}
