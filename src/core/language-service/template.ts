/**
 * The New Journey template, in Dutch or English, as snippet text: the user
 * tabs through the placeholders. Filled in as offered, it checks clean.
 */
import { stringify } from 'yaml';
import type { Declarations } from '../model/model';

export type TemplateLanguage = 'nl' | 'en';

/** Escapes text for use inside a snippet (where $, } and \ are special). */
function snippetEscape(text: string): string {
  return text.replace(/[$}\\]/g, (c) => `\\${c}`);
}

const TEXT = {
  nl: {
    owner: 'Naam van de klantreismanager',
    persona: 'Wie is de klant?',
    need: 'Wat wil de klant bereiken?',
    outcome: 'Wanneer is de klant geholpen?',
    stages: ['Oriëntatie', 'Aanvraag', 'Afronding'],
    service: 'Klantenservice',
    step1: 'Zoekt op de website hoe het werkt',
    does1: 'Beantwoordt vragen van klanten',
    step2: 'Belt om de aanvraag af te ronden',
    does2: 'Rondt de aanvraag af',
    phone: 'telefoon',
    team: 'klantenservice',
    reviewEvery: '12 maanden',
  },
  en: {
    owner: 'Name of the journey manager',
    persona: 'Who is the customer?',
    need: 'What does the customer want to achieve?',
    outcome: 'When has the customer been helped?',
    stages: ['Orientation', 'Request', 'Completion'],
    service: 'Customer service',
    step1: 'Looks up on the website how it works',
    does1: 'Answers customer questions',
    step2: 'Calls to complete the request',
    does2: 'Completes the request',
    phone: 'phone-line',
    team: 'customer-service',
    reviewEvery: '12 months',
  },
};

/**
 * A catalog the new journey uses (`uses:`) instead of declaring its own
 * channels and team: the template takes the catalog's ids (a self-service
 * channel with a human fallback, a human channel, a front-office team) and
 * declares in the journey only what the catalog lacks, under ids it does not
 * use, so that nothing is declared twice.
 */
export interface TemplateCatalog {
  /** As `uses` writes it: relative to the new journey. */
  path: string;
  declarations: Declarations;
}

interface Picked {
  web: string;
  phone: string;
  team: string;
  /** The declarations the journey still has to make itself. */
  channels: string[];
  teams: string[];
}

function pick(language: TemplateLanguage, catalog: TemplateCatalog | undefined): Picked {
  const t = TEXT[language];
  const declared = catalog?.declarations;
  const channels = [...(declared?.channel.values() ?? [])];
  const teams = [...(declared?.team.values() ?? [])];
  const free = (id: string) => (declared && (declared.channel.has(id) || declared.team.has(id)) ? `${id}-2` : id);
  const web = channels.find((c) => !c.human && c.channelKind === 'web') ?? channels.find((c) => !c.human);
  const phone = channels.find((c) => c.human && c.channelKind === 'phone') ?? channels.find((c) => c.human);
  const team = teams.find((x) => x.line === 'front') ?? teams[0];
  const out: Picked = { web: web?.id ?? free('website'), phone: phone?.id ?? free(t.phone), team: team?.id ?? free(t.team), channels: [], teams: [] };
  if (!web) out.channels.push(`${out.web}: { kind: web }`);
  if (!phone) out.channels.push(`${out.phone}: { kind: phone }`);
  if (!team) out.teams.push(`${out.team}: { name: ${t.service}, line: front }`);
  return out;
}

export function journeyTemplate(language: TemplateLanguage, title: string, today: string, catalog?: TemplateCatalog): string {
  const t = TEXT[language];
  const p = pick(language, catalog);
  const block = (key: string, lines: readonly string[]) => (lines.length ? `${key}:\n${lines.map((l) => `  ${l}`).join('\n')}\n\n` : '');
  const uses = catalog ? `uses: [${snippetEscape(stringify(catalog.path).trimEnd())}]\n\n` : '';
  // The title is quoted by YAML's own rules when it needs it (a colon, a leading brace, ...).
  return `journey: \${1:${snippetEscape(stringify(title).trimEnd())}}
owner: \${2:${t.owner}}
reviewed: ${today}
review-every: ${t.reviewEvery}
persona: \${3:${t.persona}}
need: \${4:${t.need}}
outcome: \${5:${t.outcome}}

${uses}${block('channels', p.channels)}${block('teams', p.teams)}stages: [${t.stages.join(', ')}]

steps:
  - id: \${6:${language === 'nl' ? 'informeren' : 'look-up'}}
    stage: ${t.stages[0]}
    customer: ${t.step1}
    channel: ${p.web}
    fallback: ${p.phone}
    emotion: 0
    process:
      - team: ${p.team}
        does: ${t.does1}

  - id: \${7:${language === 'nl' ? 'afronden' : 'complete'}}
    stage: ${t.stages[2]}
    customer: ${t.step2}
    channel: ${p.phone}
    emotion: 1
    process:
      - team: ${p.team}
        does: ${t.does2}
$0`;
}
