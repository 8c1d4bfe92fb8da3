/** The preview's views; the page switches between them, exports render one. */
export type ViewMode = 'blueprint' | 'customer' | 'employee' | 'walkthrough' | 'lived';
export const VIEW_MODES: readonly ViewMode[] = ['blueprint', 'customer', 'employee', 'walkthrough', 'lived'];

export function isViewMode(v: unknown): v is ViewMode {
  return typeof v === 'string' && (VIEW_MODES as readonly string[]).includes(v);
}
