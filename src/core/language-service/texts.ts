/** The words of schema completion and hover, in English and Dutch. */
import type { Language, Texts } from '../i18n/language';
import { DESCRIPTION_DUTCH } from './dutch';

/** A schema description in the display language (the schemas are English; schema-texts in dutch.ts). */
export function described(text: string | undefined, language: Language): string {
  if (!text) return '';
  return language === 'nl' ? DESCRIPTION_DUTCH[text] ?? text : text;
}

/** The first sentence, for the one line beside a completion item. */
export const firstSentence = (s: string): string => s.split(/(?<=\.)\s/)[0];

export interface AuthoringTexts {
  /** The labels of emotion −2 … 2. */
  emotion: readonly [string, string, string, string, string];
  yes: string;
  no: string;
  required: string;
  catalog: string;
  formatLink: string;
  evidenceLink: string;
}

export const AUTHORING_TEXTS: Texts<AuthoringTexts> = {
  en: {
    emotion: ['very negative', 'negative', 'neutral', 'positive', 'very positive'],
    yes: 'yes', no: 'no', required: 'required',
    catalog: 'catalog in the workspace',
    formatLink: 'The journey format: reference',
    evidenceLink: 'Evidence: the event log',
  },
  nl: {
    emotion: ['heel negatief', 'negatief', 'neutraal', 'positief', 'heel positief'],
    yes: 'ja', no: 'nee', required: 'verplicht',
    catalog: 'catalogus in de werkmap',
    formatLink: 'Het klantreisformaat: naslag',
    evidenceLink: 'Evidence: het eventlog',
  },
};
