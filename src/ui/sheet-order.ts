// The scenario editor, a pinned region's profile and the green-clusters panel overlap: on a phone all
// three are sheets over the lower part of the screen, on wider screens they share the map's right (or
// the sidebar's column) (styles.css). The one opened last is on top: pinning a region while editing
// shows its profile, and closing the profile shows the editor again, still open. Escape closes the one
// on top first (kg-region-card, kg-energy-panel, kg-scenario-editor).
import type {AppState, AppStore} from '../state/app-state';

export type Sheet = 'editor' | 'profile' | 'energy';

/** What each sheet shows; a sheet whose value changes was opened (again) by the user. */
export function sheetKeys(s: AppState): Record<Sheet, unknown> {
  return {editor: s.scenario?.panel ? 'open' : null, profile: s.view.region, energy: s.energyPanel};
}

/**
 * The sheet on top after a change from `prev` to `s`, `top` being the one on top before: the sheet
 * opened (or given new content) by this change, else `top` while it stays open, else null (then the
 * default order of styles.css applies).
 */
export function topSheet(s: AppState, prev: AppState, top: Sheet | null): Sheet | null {
  const now = sheetKeys(s);
  const before = sheetKeys(prev);
  const opened = (Object.keys(now) as Sheet[]).filter((k) => now[k] !== null && now[k] !== before[k]);
  if (opened.length === 1) return opened[0]!;
  return top !== null && now[top] !== null ? top : null;
}

/** Keeps `data-top-sheet` on the body in step with the store. */
export function installSheetOrder(store: AppStore, body: HTMLElement = document.body): void {
  let top: Sheet | null = null;
  store.subscribe((s, prev) => {
    const next = topSheet(s, prev, top);
    if (next === top) return;
    top = next;
    if (top) body.dataset.topSheet = top;
    else delete body.dataset.topSheet;
  });
}
