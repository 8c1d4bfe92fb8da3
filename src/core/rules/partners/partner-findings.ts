/**
 * Partner checks report once per partner per journey: at the partner's
 * declaration when the journey declares it (where the fix goes), else at the
 * first step that depends on it, with every dependent step as related info.
 */
import type { PartnerDecl, Ref } from '../../model/model';
import type { At, RuleContext } from '../rule';
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

export function reportPerPartner(ctx: RuleContext, deps: Map<string, Dependent>, message: (p: PartnerDecl) => string, key: 'agreement' | 'fallback'): void {
  for (const { partner, refs } of deps.values()) {
    const local = partner.file === ctx.journey.file && !isImplicit(partner);
    const at = local ? { path: partner.path, part: 'key' as const } : { path: refs[0].path };
    const t = TEXT[ctx.options.language];
    const related: (At & { message: string })[] = refs.map((r) => ({ path: r.path, message: t.dependsHere(partner.id) }));
    if (!local) related.unshift({ path: partner.path, part: 'key', file: partner.file, message: t.declaredHere(partner.id) });
    // Declared in a catalog: the finding sits on the step, so say where the fix goes.
    const inCatalog = !local && !isImplicit(partner) && partner.file !== ctx.journey.file;
    const text = inCatalog ? `${message(partner)} ${t.fixIn(partner.id, catalogName(ctx.journey, partner.file))}` : message(partner);
    ctx.report({ ...at, message: text, related, data: { id: partner.id, kind: 'partner', missing: [key] } });
  }
}

export function addDependent(deps: Map<string, Dependent>, partner: PartnerDecl, ref: Ref): void {
  const d = deps.get(partner.id);
  if (d) d.refs.push(ref);
  else deps.set(partner.id, { partner, refs: [ref] });
}
