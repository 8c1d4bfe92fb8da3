/**
 * The New Journey template, in Dutch or English, as snippet text: the user
 * tabs through the placeholders. Filled in as offered, it checks clean.
 */
import { stringify } from 'yaml';

export type TemplateLanguage = 'nl' | 'en';

/** Escapes text for use inside a snippet (where $, } and \ are special). */
export function snippetEscape(text: string): string {
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

export function journeyTemplate(language: TemplateLanguage, title: string, today: string): string {
  const t = TEXT[language];
  // The title is quoted by YAML's own rules when it needs it (a colon, a leading brace, ...).
  return `journey: \${1:${snippetEscape(stringify(title).trimEnd())}}
owner: \${2:${t.owner}}
reviewed: ${today}
review-every: ${t.reviewEvery}
persona: \${3:${t.persona}}
need: \${4:${t.need}}
outcome: \${5:${t.outcome}}

channels:
  website: { kind: web }
  ${t.phone}: { kind: phone }

teams:
  ${t.team}: { name: ${t.service}, line: front }

stages: [${t.stages.join(', ')}]

steps:
  - id: \${6:${language === 'nl' ? 'informeren' : 'look-up'}}
    stage: ${t.stages[0]}
    customer: ${t.step1}
    channel: website
    fallback: ${t.phone}
    emotion: 0
    process:
      - team: ${t.team}
        does: ${t.does1}

  - id: \${7:${language === 'nl' ? 'afronden' : 'complete'}}
    stage: ${t.stages[2]}
    customer: ${t.step2}
    channel: ${t.phone}
    emotion: 1
    process:
      - team: ${t.team}
        does: ${t.does2}
$0`;
}
