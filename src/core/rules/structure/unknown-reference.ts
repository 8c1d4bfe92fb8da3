import { parse } from 'yaml';
import type { DeclarationKind, Ref } from '../../model/model';
import { dutchNoun } from '../../i18n/dutch-nouns';
import { capital, type Language, type Texts } from '../../i18n/language';
import type { Rule, RuleContext } from '../rule';
import { Suggester } from '../../engine/suggest';
import { stepsById } from '../../model/flow';
import { referencesOf } from '../../model/references';
import type { Analysis } from '../../engine/check';
import { addKey, addNestedKey, replaceScalar, topLevelKey, type EditableDoc, type TextEdit } from '../../fixes/edits';
import { FIX_TEXT, one, type Fix } from '../../fixes/fix';
import { baseName } from '../../files/locations';

/** The unknown id, where it could be declared (each kind gets its "Declare" fix), and the id most probably meant. */
export interface UnknownReferenceData {
  id: string;
  kinds: readonly DeclarationKind[];
  suggestion?: string;
}

const DECLARE_TEXT: Texts<{ declare: (kind: string, id: string) => string; declareIn: (kind: string, id: string, catalog: string) => string }> = {
  en: {
    declare: (kind, id) => `Declare ${kind} '${id}'`,
    declareIn: (kind, id, catalog) => `Declare ${kind} '${id}' in ${catalog}`,
  },
  nl: {
    declare: (kind, id) => `${capital(dutchNoun(kind).noun)} '${id}' declareren`,
    declareIn: (kind, id, catalog) => `${capital(dutchNoun(kind).noun)} '${id}' declareren in ${catalog}`,
  },
};

/** The kinds and roles (English, as references.ts names them) in the message's language. */
const word = (language: Language, en: string): string => (language === 'nl' ? dutchNoun(en).noun : en);

const TEXT: Texts<{
  otherKind: (id: string, other: string, what: string, key: string | undefined) => string;
  unknown: (what: string, id: string, suggestion: string | undefined, where: string) => string;
  stages: string; steps: string; or: string;
}> = {
  en: {
    otherKind: (id, other, what, key) => `'${id}' is declared as a ${other}, not as a ${what}.${key ? ` Write \`${key}: ${id}\` instead.` : ''}`,
    unknown: (what, id, suggestion, where) => `Unknown ${what} '${id}'.${suggestion ? ` Did you mean '${suggestion}'?` : ` Declare it under ${where} or use one that is declared.`}`,
    stages: '`stages`', steps: 'the steps of this journey', or: 'or',
  },
  nl: {
    otherKind: (id, other, what, key) => `'${id}' is gedeclareerd als ${other}, niet als ${what}.${key ? ` Schrijf in plaats daarvan \`${key}: ${id}\`.` : ''}`,
    unknown: (what, id, suggestion, where) => `${capital(dutchNoun(what).unknown)} '${id}'.${suggestion ? ` Bedoel je '${suggestion}'?` : ` Declareer de id onder ${where}, of gebruik een gedeclareerde id.`}`,
    stages: '`stages`', steps: 'de stappen van deze reis', or: 'of',
  },
};

/** Reports a reference to an id that the journey and its catalogs do not declare. */
export const unknownReference: Rule<UnknownReferenceData> = {
  id: 'unknown-reference',
  defaultSeverity: 'error',
  description: {
    en: 'A reference to a channel, team, system, partner, stage or step that is not declared: the journey cannot be read as written.',
    nl: 'Een verwijzing naar een kanaal, team, systeem, partner, fase of stap die niet gedeclareerd is: de klantreis kan niet gelezen worden zoals ze er staat.',
  },
  check(ctx) {
    const { journey: j } = ctx;
    const stages = j.stages.map((s) => s.text);
    const stageSet = new Set(stages);
    const steps = stepsById(j.steps);
    const suggesters = new Suggesters();
    for (const { ref, targets, role } of referencesOf(j)) {
      if (targets[0] === 'stage') {
        // Without a `stages` list, stage names are free; with one, they must be in it.
        if (stages.length > 0 && !stageSet.has(ref.id)) missing(ctx, ref, role, suggesters.for('stage', () => stages), TEXT[ctx.options.language].stages, []);
      } else if (targets[0] === 'step') {
        if (!steps.has(ref.id)) missing(ctx, ref, role, suggesters.for('step', () => steps.keys()), TEXT[ctx.options.language].steps, []);
      } else {
        expect(ctx, ref, targets as DeclarationKind[], role, suggesters);
      }
    }
  },
  fixes(data, { analysis, doc, path, language }) {
    if (!data) return [];
    const { id, kinds, suggestion } = data;
    const out: Fix[] = suggestion ? one(FIX_TEXT[language].changeTo(suggestion), replaceScalar(doc, path, suggestion), false, true) : [];
    // One "Declare" per kind the reference may name: a handoff's `to` can be a team or a partner.
    // Written as plain YAML: only ids that read back as themselves (`a: b` would break the file, `null` would be no id).
    const journey = plainId(id) ? analysis.journey : undefined;
    if (journey) for (const kind of kinds) {
      const value = kind === 'channel' ? '{ kind: ${1|other,web,app,email,phone,chat,store,visit|} }' : `{ name: \${1:${id}} }`;
      out.push(...one(DECLARE_TEXT[language].declare(kind, id), declareIn(doc, kind, id, value), true));
      out.push(...declareInCatalogs(analysis, kind, id, language));
    }
    return out;
  },
};

/** One Suggester per list of candidates in a check, built when a reference first needs it. */
class Suggesters {
  private readonly built = new Map<string, Suggester>();

  for(key: string, candidates: () => Iterable<string>): Suggester {
    let s = this.built.get(key);
    if (!s) this.built.set(key, (s = new Suggester(candidates())));
    return s;
  }
}

function expect(ctx: RuleContext<UnknownReferenceData>, ref: Ref, kinds: DeclarationKind[], what: string, suggesters: Suggesters): void {
  if (kinds.some((k) => ctx.scope.get(k, ref.id))) return;
  const other = ctx.scope.kindOf(ref.id);
  if (other && !kinds.includes(other)) {
    const language = ctx.options.language;
    const key = (other === 'team' || other === 'partner') && kinds.length === 1 && (kinds[0] === 'team' || kinds[0] === 'partner') ? other : undefined;
    ctx.report({
      path: ref.path,
      message: TEXT[language].otherKind(ref.id, word(language, other), word(language, what), key),
      // No data, so no "Declare" fix: declaring it again as the other kind would make the id ambiguous.
    });
    return;
  }
  // A catalog that could not be read might declare it: its one finding counts this reference instead.
  if (ctx.scope.incomplete) {
    ctx.scope.unchecked++;
    return;
  }
  const candidates = suggesters.for(kinds.join(' '), () => kinds.flatMap((k) => ctx.scope.ids(k)));
  missing(ctx, ref, what, candidates, kinds.map((k) => `\`${k}s\``).join(` ${TEXT[ctx.options.language].or} `), kinds);
}

/** `kinds`: where the id could be declared (a handoff's `to`: a team or a partner), for the quick fixes; none for stages and steps. */
function missing(ctx: RuleContext<UnknownReferenceData>, ref: Ref, what: string, candidates: Suggester, where: string, kinds: DeclarationKind[]): void {
  const suggestion = candidates.suggest(ref.id);
  const language = ctx.options.language;
  ctx.report({
    path: ref.path,
    // English `what`: the Dutch text needs the noun's gender, which dutchNoun knows.
    message: TEXT[language].unknown(what, ref.id, suggestion, where),
    data: { id: ref.id, kinds, suggestion },
  });
}

/** An id written as plain YAML reads back as that text: no quoting needed, and not `null`, `true` or `123`. */
function plainId(id: string): boolean {
  return /^[\p{L}\p{N}_][\p{L}\p{N}_.-]*$/u.test(id) && parse(id) === id;
}

/** `id: value` in the file's `<kind>s` map, which is started when the file has none. */
function declareIn(d: EditableDoc, kind: DeclarationKind, id: string, value: string): TextEdit | undefined {
  const section = `${kind}s`;
  return topLevelKey(d, section) ? addKey(d, [section], id, value) : addNestedKey(d, section, id, value);
}

/** "Declare team 'x' in <catalog>", for each catalog the journey uses that was read whole. */
function declareInCatalogs(a: Analysis, kind: DeclarationKind, id: string, language: Language): Fix[] {
  const value = kind === 'channel' ? '{ kind: other }' : `{ name: ${id} }`;
  return a.catalogs.flatMap((c) => {
    if (c.status !== 'ok') return [];
    const d: EditableDoc = { text: c.source.lines.text, doc: c.source.doc, lines: c.source.lines };
    const edit = declareIn(d, kind, id, value);
    if (!edit) return [];
    const placed = { start: d.lines.positionAt(edit.start), end: d.lines.positionAt(edit.end), newText: edit.newText };
    return [{ title: DECLARE_TEXT[language].declareIn(kind, id, baseName(c.file)), edits: [], snippet: false, elsewhere: { file: c.file, edits: [placed] } }];
  });
}
