// Keeping a thing on the map in view: the part of the map that no panel covers (the pinned profile,
// the scenario editor, the green-clusters panel, a phone's bottom sheet), and a pan that brings a point
// into it.
import {bbox} from '@turf/turf';
import type {Geometry} from 'geojson';
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
  return boxes;
}

/** How near (px) a panel's edge must come to a side of the free area to be taken as along that side. */
const ALONG = 16;

type Box = Pick<DOMRect, 'left' | 'top' | 'right' | 'bottom' | 'width' | 'height'>;

/**
 * The part of `map` that none of `covers` covers (page px). Panels along the bottom (phones) raise its
 * lower edge. Panels along a side move that side in, one beside the other too: the profile beside the
 * scenario editor on a wide screen (the editor at the right edge, the profile at its left) leave the map
 * left of the profile. Any other panel is on the side of its centre: a panel on the map's right may
 * begin left of its middle (the scenario editor, 400 px, on a narrow map). Pure: see freeMapBox.
 */
export function uncoveredBox(map: Box, covers: readonly Box[]): {left: number; top: number; right: number; bottom: number} {
  let {left, top, right, bottom} = map;
  const over = covers.filter((c) => c.width > 0 && c.height > 0 && !(c.bottom <= top || c.top >= bottom || c.right <= left || c.left >= right));
  const sides: Box[] = [];
  for (const c of over) {
    if (c.width >= map.width * 0.9) bottom = Math.min(bottom, c.top);
    else sides.push(c);
  }
  // Along a side, taken in turn: each one placed may bring the next one to the new side.
  const rest = new Set(sides);
  for (let placed = true; placed; ) {
    placed = false;
    for (const c of rest) {
      if (c.right >= right - ALONG && c.left > left) right = Math.min(right, c.left);
      else if (c.left <= left + ALONG && c.right < right) left = Math.max(left, c.right);
      else continue;
      rest.delete(c);
      placed = true;
    }
  }
  for (const c of rest) {
    if (c.left + c.right > 2 * map.left + map.width) right = Math.min(right, c.left);
    else left = Math.max(left, c.right);
  }
  return {left, top, right, bottom};
}

/** The part of the map nobody covers, in CSS px relative to the map (uncoveredBox). */
export function freeMapBox(container: HTMLElement): {left: number; top: number; right: number; bottom: number} {
  const box = container.getBoundingClientRect();
  const {left, top, right, bottom} = uncoveredBox(box, coveringBoxes());
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

/** West, south, east, north (degrees): the box around a region's outline. */
export type LonLatBox = [number, number, number, number];

/** The box around a region's outline (turf's: its holes lie inside its outer rings). */
export const outlineBox = (geometry: Geometry): LonLatBox => bbox(geometry) as LonLatBox;

/** A box's top left and bottom right corners on the map (CSS px). */
export function projectBox(map: AtlasMap, [west, south, east, north]: LonLatBox): [[number, number], [number, number]] {
  return [map.project([west, north]), map.project([east, south])];
}

/** The camera put back to `view` (a move of the page's: no camera in the link). */
export function jumpToView(map: AtlasMap, {lon, lat, zoom}: MapView): void {
  map.map.jumpTo({center: [lon, lat], zoom}, PAGE_MOVE);
}

/**
 * Pans the map (no animation) so that a point is in its uncovered part, if it is not already. Returns
 * whether it panned. A move of the page's (PAGE_MOVE): it puts no camera into the link. With `box` (a
 * region's outline), the whole region is brought in where it fits, by the least pan: with its name's
 * point alone, two thirds of Naryn stayed under the profile (a tablet's audit, 1280 × 800).
 */
export function bringIntoView(map: AtlasMap, lonLat: [number, number], box?: LonLatBox): boolean {
  const container = map.map.getContainer();
  const at = map.project(lonLat);
  const corners = box && projectBox(map, box);
  const pan = panToShow(freeMapBox(container), at, corners, underZoomButtons(container, ...at));
  if (pan) map.map.panBy(pan, {duration: 0}, PAGE_MOVE);
  return pan !== null;
}

type Side = {left: number; top: number; right: number; bottom: number};

/**
 * The pan (px) that brings a point `at` into the free area, kept `MARGIN` inside it (less in a small
 * one), or null if it is in already (and not under the zoom buttons). Given `corners` (a region's box,
 * top left and bottom right) that fits the free area, the least pan that brings the whole box in;
 * otherwise the point to the free area's middle. Pure, in the map's CSS px.
 */
export function panToShow(free: Side, at: [number, number], corners: [number, number][] | undefined, underButtons = false): [number, number] | null {
  const margin = Math.min(MARGIN, (free.right - free.left) / 4, (free.bottom - free.top) / 4);
  const [left, top, right, bottom] = [free.left + margin, free.top + margin, free.right - margin, free.bottom - margin];
  const [x, y] = at;
  if (corners && !underButtons) {
    const [[x0, y0], [x1, y1]] = corners;
    if (x1 - x0 <= right - left && y1 - y0 <= bottom - top) {
      const dx = x0 < left ? x0 - left : x1 > right ? x1 - right : 0;
      const dy = y0 < top ? y0 - top : y1 > bottom ? y1 - bottom : 0;
      return dx || dy ? [dx, dy] : null;
    }
  }
  if (x >= left && x <= right && y >= top && y <= bottom && !underButtons) return null;
  return [x - (free.left + free.right) / 2, y - (free.top + free.bottom) / 2];
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
