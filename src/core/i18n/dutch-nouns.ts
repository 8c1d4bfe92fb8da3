/**
 * How Dutch messages name what a reference may point at (the roles of
 * references.ts and the declaration kinds), with the article and the
 * adjective that agree with each noun's gender: "het kanaal", "de partner",
 * "onbekend kanaal", "onbekende partner". One table for every check and
 * quick fix that names a kind, so they word it alike.
 */
export interface DutchNoun {
  noun: string;
  the: string;
  unknown: string;
}

const NOUNS: Readonly<Record<string, DutchNoun>> = {
  channel: { noun: 'kanaal', the: 'het kanaal', unknown: 'onbekend kanaal' },
  'fallback channel': { noun: 'uitwijkkanaal', the: 'het uitwijkkanaal', unknown: 'onbekend uitwijkkanaal' },
  team: { noun: 'team', the: 'het team', unknown: 'onbekend team' },
  partner: { noun: 'partner', the: 'de partner', unknown: 'onbekende partner' },
  system: { noun: 'systeem', the: 'het systeem', unknown: 'onbekend systeem' },
  stage: { noun: 'fase', the: 'de fase', unknown: 'onbekende fase' },
  step: { noun: 'stap', the: 'de stap', unknown: 'onbekende stap' },
  'team or partner': { noun: 'team of partner', the: 'het team of de partner', unknown: 'onbekend team of onbekende partner' },
};

/** The Dutch noun for an English kind or role; an unknown one is kept as it is. */
export function dutchNoun(english: string): DutchNoun {
  return NOUNS[english] ?? { noun: english, the: english, unknown: `onbekend: ${english}` };
}
