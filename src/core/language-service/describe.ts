/**
 * How ids are described to the user in completion lists and hovers, in
 * English or Dutch: one line per declaration ("Klantenservice · front-office
 * team"), the heading of a hover, a step's finding count.
 */
import { dutchNoun } from '../i18n/dutch-nouns';
import { capital, type Language, type Texts } from '../i18n/language';
import type { Declaration } from '../model/model';
import type { RefTarget } from '../model/references';

interface DescribeTexts {
  /** The heading of a hover: "Team", "Kanaal". */
  heading: (kind: RefTarget) => string;
  channel: (name: string, kind: string | undefined, human: boolean) => string;
  team: (name: string, line: 'front' | 'back') => string;
  partner: (name: string, sla: string | undefined, agreement: boolean) => string;
  system: (name: string) => string;
  step: (customer: string | undefined) => string;
  stage: string;
  partnerTerms: (agreement: string | undefined, fallback: string | undefined) => string;
  hours: (hours: string) => string;
  findingsInStep: (count: number) => string;
}

const TEXT: Texts<DescribeTexts> = {
  en: {
    heading: capital,
    channel: (name, kind, human) => `${name} · ${kind ?? 'channel'}, ${human ? 'human' : 'self-service'}`,
    team: (name, line) => `${name} · ${line}-office team`,
    partner: (name, sla, agreement) => `${name} · partner${sla ? `, SLA ${sla}` : ''}${agreement ? '' : ', no agreement'}`,
    system: (name) => `${name} · system`,
    step: (customer) => `step${customer ? ` · ${customer}` : ''}`,
    stage: 'stage',
    partnerTerms: (agreement, fallback) => `Agreement: ${agreement ?? 'none'} · Fallback: ${fallback ?? 'none'}`,
    hours: (hours) => ` · Hours: ${hours}`,
    findingsInStep: (n) => `${n === 0 ? 'No findings' : `${n} finding${n === 1 ? '' : 's'}`} in this step.`,
  },
  nl: {
    heading: (kind) => capital(dutchNoun(kind).noun),
    channel: (name, kind, human) => `${name} · ${kind ?? 'kanaal'}, ${human ? 'persoonlijk' : 'selfservice'}`,
    team: (name, line) => `${name} · ${line}officeteam`,
    partner: (name, sla, agreement) => `${name} · partner${sla ? `, SLA ${sla}` : ''}${agreement ? '' : ', geen afspraak'}`,
    system: (name) => `${name} · systeem`,
    step: (customer) => `stap${customer ? ` · ${customer}` : ''}`,
    stage: 'fase',
    partnerTerms: (agreement, fallback) => `Afspraak: ${agreement ?? 'geen'} · Als de partner uitvalt: ${fallback ?? 'geen'}`,
    hours: (hours) => ` · Openingstijden: ${hours}`,
    findingsInStep: (n) => `${n === 0 ? 'Geen bevindingen' : `${n} ${n === 1 ? 'bevinding' : 'bevindingen'}`} in deze stap.`,
  },
};

export function describeTexts(language: Language): DescribeTexts {
  return TEXT[language];
}

/** One line about a declaration: its name and what it is. */
export function describeDeclaration(d: Declaration, language: Language): string {
  const t = TEXT[language];
  const name = d.name ?? d.id;
  switch (d.kind) {
    case 'channel': return t.channel(name, d.channelKind, d.human);
    case 'team': return t.team(name, d.line);
    case 'partner': return t.partner(name, d.sla, !!d.agreement);
    case 'system': return t.system(name);
  }
}
