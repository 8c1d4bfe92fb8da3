/**
 * Partner checks report once per partner per journey: at the partner's
 * declaration when the journey declares it (where the fix goes), else at the
 * first step that depends on it, with every dependent step as related info.
 */
import type { PartnerDecl, Ref } from '../../model/model';
import type { At, FixContext, RuleContext } from '../rule';
import { addKey } from '../../fixes/edits';
import { one, type Fix } from '../../fixes/fix';
import { isImplicit } from '../../model/scope';
import { catalogName } from '../structure/catalog-name';
import type { Texts } from '../../i18n/language';

export interface Dependent {
  partner: PartnerDecl;
  refs: Ref[];
}

const TEXT: Texts<{ dependsHere: (id: string) => string; declaredHere: (id: string) => string; fixIn: (id: string, catalog: string) => string }> = {
  en: { dependsHere: (id) => `Depends on '${id}' here`, declaredHere: (id) => `'${id}' is declared here`, fixIn: (id, catalog) => `'${id}' is declared in ${catalog}: add it there.` },
  nl: { dependsHere: (id) => `Hangt hier af van '${id}'`, declaredHere: (id) => `'${id}' is hier gedeclareerd`, fixIn: (id, catalog) => `'${id}' is gedeclareerd in ${catalog}: voeg het daar toe.` },
};

/** The partner the finding is about, for the fix that adds the missing key to its declaration. */
export interface PartnerData {
  id: string;
}

export function reportPerPartner(ctx: RuleContext<PartnerData>, deps: Map<string, Dependent>, message: (p: PartnerDecl) => string): void {
  for (const { partner, refs } of deps.values()) {
    const local = partner.file === ctx.journey.file && !isImplicit(partner);
    const at = local ? { path: partner.path, part: 'key' as const } : { path: refs[0].path };
    const t = TEXT[ctx.options.language];
    const related: (At & { message: string })[] = refs.map((r) => ({ path: r.path, message: t.dependsHere(partner.id) }));
    if (!local) related.unshift({ path: partner.path, part: 'key', file: partner.file, message: t.declaredHere(partner.id) });
    // Declared in a catalog: the finding sits on the step, so say where the fix goes.
    const inCatalog = !local && !isImplicit(partner) && partner.file !== ctx.journey.file;
    const text = inCatalog ? `${message(partner)} ${t.fixIn(partner.id, catalogName(ctx.journey, partner.file))}` : message(partner);
    ctx.report({ ...at, message: text, related, data: { id: partner.id } });
  }
}

const FIX_TEXT: Texts<(key: string, id: string) => string> = {
  en: (key, id) => `Add ${key} to partner '${id}'`,
  nl: (key, id) => `${key} aan partner '${id}' toevoegen`,
};

/** `key: placeholder` added to the partner's declaration in this journey. */
export function addToPartner(data: PartnerData | undefined, { analysis, doc, language }: FixContext, key: 'agreement' | 'fallback', placeholder: string): Fix[] {
  const partner = data ? analysis.journey?.declarations.partner.get(data.id) : undefined;
  // Partners declared in a catalog are fixed there (go to definition), not from the journey.
  if (!partner) return [];
  return one(FIX_TEXT[language](key, partner.id), addKey(doc, partner.path, key, `\${1:${placeholder}}`), true, true);
}

export function addDependent(deps: Map<string, Dependent>, partner: PartnerDecl, ref: Ref): void {
  const d = deps.get(partner.id);
  if (d) d.refs.push(ref);
  else deps.set(partner.id, { partner, refs: [ref] });
}
