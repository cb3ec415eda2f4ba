// Keeping a thing on the map in view: the part of the map that no panel covers (the pinned profile,
// the scenario editor, the green-clusters panel, a phone's bottom sheet), and a pan that brings a point
// into it.
import type {ReactiveElement} from 'lit';
import type {AtlasMap} from '../map/atlas-map';
import {PAGE_MOVE} from '../map/page-move';
import type {MapView} from '../state/view-state';

/** Keep this far (px) inside the map's free area when bringing a thing into view. */
const MARGIN = 40;

/**
 * What covers part of the map: the pinned profile, the scenario editor, the green-clusters panel, the
 * phone's bottom sheet.
 */
function coveringBoxes(): DOMRect[] {
  const boxes: DOMRect[] = [];
  const card = profilePanel();
  if (card) boxes.push(card.getBoundingClientRect());
  const editor = document.querySelector('kg-scenario-editor:not([hidden])');
  if (editor) boxes.push(editor.getBoundingClientRect());
  const panel = document.querySelector('kg-energy-panel[open]');
  if (panel) boxes.push(panel.getBoundingClientRect());
  const sheet = document.querySelector<HTMLElement>('.kg-sidebar[data-sheet]');
  if (sheet && getComputedStyle(sheet).position === 'fixed') boxes.push(sheet.getBoundingClientRect());
  return boxes.filter((b) => b.width > 0 && b.height > 0);
}

/**
 * The part of the map nobody covers, in CSS px relative to the map: panels along the bottom (phones)
 * raise its lower edge, panels at a side move that side in. A panel's side is where its centre is: a
 * panel on the map's right may begin left of its middle (the scenario editor, 400 px, on a narrow map).
 * (On a phone on its side the profile and the green-clusters panel are over the sidebar, not the map.)
 */
export function freeMapBox(container: HTMLElement): {left: number; top: number; right: number; bottom: number} {
  const box = container.getBoundingClientRect();
  let {left, top, right, bottom} = box;
  for (const c of coveringBoxes()) {
    if (c.bottom <= top || c.top >= bottom || c.right <= left || c.left >= right) continue;
    if (c.width >= box.width * 0.9) bottom = Math.min(bottom, c.top);
    else if (c.left + c.right > 2 * box.left + box.width) right = Math.min(right, c.left);
    else left = Math.max(left, c.right);
  }
  return {left: left - box.left, top: top - box.top, right: right - box.left, bottom: bottom - box.top};
}

/** The pinned profile's panel, once drawn (its code loads when a region is first pinned). */
export const profilePanel = () => document.querySelector('kg-region-card')?.shadowRoot?.querySelector('.panel') ?? null;

/**
 * Resolves once the region profile has drawn: until its code has loaded and it has rendered, it covers
 * nothing that freeMapBox could measure. (As lazy-dialog.ts waits for a code-split component.)
 */
export async function profileDrawn(): Promise<void> {
  await customElements.whenDefined('kg-region-card');
  await (document.querySelector('kg-region-card') as ReactiveElement | null)?.updateComplete;
}

/**
 * Pans the map (no animation) so that a point is in its uncovered part, if it is not already. Returns
 * whether it panned. A move of the page's (PAGE_MOVE): it puts no camera into the link.
 */
export function bringIntoView(map: AtlasMap, lonLat: [number, number]): boolean {
  const free = freeMapBox(map.map.getContainer());
  const [x, y] = map.project(lonLat);
  const margin = Math.min(MARGIN, (free.right - free.left) / 4, (free.bottom - free.top) / 4);
  const inside = x >= free.left + margin && x <= free.right - margin && y >= free.top + margin && y <= free.bottom - margin;
  if (inside && !underZoomButtons(map.map.getContainer(), x, y)) return false;
  map.map.panBy([x - (free.left + free.right) / 2, y - (free.top + free.bottom) / 2], {duration: 0}, PAGE_MOVE);
  return true;
}

/**
 * Whether a point (CSS px relative to the map) is under the zoom buttons at the map's top left, or
 * within 8 px of them: on a phone their 44 px column reaches past the margin kept inside the free area.
 */
function underZoomButtons(container: HTMLElement, x: number, y: number): boolean {
  const buttons = document.querySelector('.kg-map-controls')?.getBoundingClientRect();
  if (!buttons || buttons.width === 0) return false;
  const box = container.getBoundingClientRect();
  return x + box.left < buttons.right + 8 && y + box.top < buttons.bottom + 8;
}

/** The same camera: nothing has moved the map between the two readings. */
export const sameMapView = (a: MapView, b: MapView): boolean => a.lon === b.lon && a.lat === b.lat && a.zoom === b.zoom;
