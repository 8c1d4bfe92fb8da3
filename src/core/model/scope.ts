/**
 * The declarations a journey can see: its own and those of the catalogs in
 * its `uses`, and nothing else. A channel id that equals a channel kind may be
 * used undeclared and then means a channel of that kind.
 */
import {
  CHANNEL_KINDS, isHumanKind,
  type ChannelDecl, type Declaration, type DeclarationKind, type Declarations,
} from './model';

type ByKind = { channel: ChannelDecl } & { [K in DeclarationKind]: Extract<Declaration, { kind: K }> };

export class Scope {
  /**
   * References to undeclared ids that were not reported because a catalog
   * that could not be read (wholly or in part) might declare them; the
   * catalog's one finding says how many.
   */
  unchecked = 0;

  constructor(
    readonly local: Declarations,
    readonly catalogs: readonly Declarations[] = [],
    /** Whether a catalog in `uses` could not be read, so an id missing here may be declared there. */
    readonly incomplete = false,
  ) {}

  get<K extends DeclarationKind>(kind: K, id: string): ByKind[K] | undefined {
    const own = this.local[kind].get(id) as ByKind[K] | undefined;
    if (own) return own;
    for (const c of this.catalogs) {
      const d = c[kind].get(id) as ByKind[K] | undefined;
      if (d) return d;
    }
    if (kind === 'channel' && CHANNEL_KINDS.includes(id)) return implicitChannel(id) as ByKind[K];
    return undefined;
  }

  /** Every declared id of a kind (catalogs included), for suggestions and completion. */
  ids(kind: DeclarationKind): string[] {
    const all = new Set<string>(this.local[kind].keys());
    for (const c of this.catalogs) for (const id of c[kind].keys()) all.add(id);
    return [...all];
  }

  /** The kind under which an id is declared, if it is declared as something else. */
  kindOf(id: string): DeclarationKind | undefined {
    for (const kind of ['team', 'partner', 'channel', 'system'] as const) {
      if (this.local[kind].has(id) || this.catalogs.some((c) => c[kind].has(id))) return kind;
    }
    return undefined;
  }
}

function implicitChannel(id: string): ChannelDecl {
  return { kind: 'channel', id, channelKind: id, human: isHumanKind(id), path: [], file: '' };
}

/** A channel is "implicit" when used by kind name without a declaration. */
export function isImplicit(d: Declaration): boolean {
  return d.file === '';
}
