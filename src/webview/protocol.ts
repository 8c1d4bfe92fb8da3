/**
 * The messages between the extension and the preview page, one typed union
 * per direction, imported by both sides. The page only ever receives the
 * blueprint view model, never the YAML.
 */
import type { Blueprint } from '../core/blueprint/types';
import { isViewMode, type ViewMode } from '../core/blueprint/views/modes';

export type { ViewMode };

/** Extension → page. */
export type ToPage =
  | {
    type: 'update';
    /** The journey's URI; kept in the page state so a reload can revive the panel. */
    uri: string;
    /** Locked previews stay on their file; others follow the active journey editor. */
    locked: boolean;
    /** The document version the blueprint was built from. */
    version: number;
    blueprint: Blueprint;
    /** True when the current text cannot be read and this is the last good blueprint. */
    stale: boolean;
    /** The file was deleted (the blueprint says so); whatever comes next is newer, whatever its version. */
    gone?: boolean;
    /** The view a new preview opens with (journeyLens.preview.defaultView). */
    defaultView: ViewMode;
    /** VS Code's display language ('en', 'nl', ...): the language of the page's labels. */
    language?: string;
  }
  /** The editor's cursor moved: mark this cell (none when the cursor is outside every cell). */
  | { type: 'highlight'; key?: string }
  /** A zoom command from the palette (the page handles its own keys and buttons). */
  | { type: 'zoom'; command: ZoomCommand };

export type ZoomCommand = 'in' | 'out' | 'fit';

/** Page → extension. */
export type FromPage =
  /** The page has loaded and listens: send it the blueprint (again, after a reload). */
  | { type: 'ready'; view?: ViewMode }
  /**
   * The user picked a cell or finding: select its YAML in the editor. With the
   * journey and version it was drawn from, so a click still in flight when the
   * preview switched files or the text changed is dropped, not misplaced.
   */
  | { type: 'select'; key: string; uri: string; version: number }
  /** The user switched views (exports use the current view). */
  | { type: 'view'; view: ViewMode };

/** What the page keeps with vscode.setState: it survives updates, hiding and reloads. */
export interface PreviewState {
  uri?: string;
  locked?: boolean;
  view?: ViewMode;
  /** The last selected cell or finding key. */
  selected?: string;
  /** The keyboard stop that has the roving tabindex. */
  focus?: string;
  walkthroughStep?: number;
  /** The walkthrough's steps before the current one, as walked: "Previous" retraces them. */
  walkthroughTrail?: number[];
  /** The grid views' zoom: a factor of the panel-adapted column width, or "fit" (every step in the panel). */
  zoom?: number | 'fit';
  /** The evidence overlay switched off (undefined: on, the default when the journey has evidence). */
  evidence?: boolean;
  /** Scroll offsets per view. */
  scroll?: Partial<Record<ViewMode, { left: number; top: number }>>;
}

/** Checks a message from the page before the extension acts on it. */
export function parseFromPage(m: unknown): FromPage | undefined {
  if (typeof m !== 'object' || m === null) return undefined;
  const o = m as Record<string, unknown>;
  switch (o.type) {
    case 'ready': return { type: 'ready', view: isViewMode(o.view) ? o.view : undefined };
    case 'select': return typeof o.key === 'string' && typeof o.uri === 'string' && Number.isInteger(o.version)
      ? { type: 'select', key: o.key, uri: o.uri, version: o.version as number } : undefined;
    case 'view': return isViewMode(o.view) ? { type: 'view', view: o.view } : undefined;
    default: return undefined;
  }
}

/** Revives the state VS Code hands the serializer (the page's last setState). */
export function parseState(s: unknown): PreviewState & { uri: string } | undefined {
  if (typeof s !== 'object' || s === null) return undefined;
  const o = s as PreviewState;
  if (typeof o.uri !== 'string') return undefined;
  return { ...o, uri: o.uri, locked: o.locked === true, view: isViewMode(o.view) ? o.view : undefined };
}
