/**
 * The config's include and exclude globs, checked before they are used: a
 * glob that cannot be matched safely or that is broken gets an error at its
 * entry, instead of hanging the run, crashing it, or silently matching nothing.
 */
import { globProblem, type GlobProblem } from './glob';
import type { Language, Texts } from '../i18n/language';
import { clipQuotes, MAX_GLOB_ALTERNATIVES, MAX_GLOB_LENGTH } from '../engine/limits';
import type { FindingSink } from '../engine/sink';
import { schema } from '../rules/structure/schema';

const GLOB_KEYS = ['include', 'exclude'] as const;

type Why = (problem: GlobProblem) => string;

const TEXT: Texts<{ entry: (n: number, key: string, glob: string) => string; why: Why }> = {
  en: {
    entry: (n, key, glob) => (glob === '' ? `Entry ${n} of '${key}'` : `Entry ${n} of '${key}' ('${glob}')`),
    why: (p) => {
      switch (p.kind) {
        case 'empty': return `is empty, and an empty glob matches nothing. Remove it, or write a pattern such as '**/*.journey.yaml'.`;
        case 'long': return `is ${p.length} characters long; a glob may have at most ${MAX_GLOB_LENGTH}. Shorten it, or split it into several entries.`;
        case 'extglob': return `uses '${p.construct}…)', an extended glob, which Journey Lens does not support: matching it can take forever. Use *, ?, **, [abc] and {a,b} instead.`;
        case 'negation': return `starts with '!', but negated globs are not supported. Put the pattern under 'exclude' (or 'include') without the '!'.`;
        case 'bracket': return `has a '[' without its closing ']'. Close it, or write '\\[' for a literal bracket.`;
        case 'brace': return `has a '{' without its closing '}'. Close it, or write '\\{' for a literal brace.`;
        case 'escape': return `ends with a '\\' that escapes nothing. Remove it.`;
        case 'alternatives': return `expands to more than ${MAX_GLOB_ALTERNATIVES} patterns through its braces. Split it into several entries.`;
      }
    },
  },
  nl: {
    entry: (n, key, glob) => (glob === '' ? `Item ${n} van '${key}'` : `Item ${n} van '${key}' ('${glob}')`),
    why: (p) => {
      switch (p.kind) {
        case 'empty': return `is leeg, en een leeg glob-patroon past op niets. Haal het weg, of schrijf een patroon zoals '**/*.journey.yaml'.`;
        case 'long': return `is ${p.length} tekens lang; een glob-patroon mag er hoogstens ${MAX_GLOB_LENGTH} hebben. Maak het korter, of verdeel het over meer items.`;
        case 'extglob': return `gebruikt '${p.construct}…)', een uitgebreid glob-patroon, dat Journey Lens niet ondersteunt: het vergelijken ervan kan eindeloos duren. Gebruik *, ?, **, [abc] en {a,b}.`;
        case 'negation': return `begint met '!', maar ontkende glob-patronen worden niet ondersteund. Zet het patroon zonder '!' onder 'exclude' (of 'include').`;
        case 'bracket': return `heeft een '[' zonder sluitende ']'. Sluit hem, of schrijf '\\[' voor een gewone blokhaak.`;
        case 'brace': return `heeft een '{' zonder sluitende '}'. Sluit hem, of schrijf '\\{' voor een gewone accolade.`;
        case 'escape': return `eindigt op een '\\' die niets beschermt. Haal hem weg.`;
        case 'alternatives': return `wordt door zijn accolades meer dan ${MAX_GLOB_ALTERNATIVES} patronen. Verdeel het over meer items.`;
      }
    },
  },
};

/** Reports each unusable glob of the config value at its entry. */
export function checkConfigGlobs(value: unknown, sink: FindingSink, language: Language): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return;
  const t = TEXT[language];
  for (const key of GLOB_KEYS) {
    const list = (value as Record<string, unknown>)[key];
    if (!Array.isArray(list)) continue;
    list.forEach((glob, i) => {
      if (typeof glob !== 'string') return; // the schema reports it
      const problem = globProblem(glob);
      if (problem) sink.add(schema, { path: [key, i], message: clipQuotes(`${t.entry(i + 1, key, glob)} ${t.why(problem)}`) });
    });
  }
}
