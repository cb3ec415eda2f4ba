// A panel opened over the map (the scenario editor, the green-clusters panel) covered part of the
// country the page had fitted to the whole map: on a phone or a portrait tablet the editor's sheet hid
// most of it, at 1366 × 768 its east (below 1280 px the green-clusters panel takes the sidebar's
// column: styles.css). While the country is still as the page placed it (no camera of the user's, no
// region pinned, but for a sheet across the map: a pinned one is brought into view by reveal-pinned.ts),
// it is fitted to the part of the map no panel covers; when the last one closes, the view before comes back.
import {KG_BOUNDS} from '../map/atlas-map';
import {SHEET_BELOW_MEDIA} from './breakpoints';
import {PAGE_MOVE} from '../map/page-move';
import type {MapView} from '../state/view-state';
import {freeMapBox, jumpToView, projectBox} from './map-view';
import type {ScenarioHost} from './scenario-host';

/** The fit's margin (px), as AtlasMap.fitKyrgyzstan's. */
const PADDING = 24;

/** The share of the country's box a fit must leave uncovered to be kept. */
const MOSTLY = 0.85;

/** The camera before the first fit, while a panel keeps it fitted. */
let before: MapView | null = null;

/** To be called when a panel over the map has opened or closed, once the page has laid it out. */
export function fitBesidePanels({map, store}: ScenarioHost): void {
  const {view, region} = store.state.view;
  // The user's camera (a move puts one in the link, main.ts onViewChange) or a pinned region: left as is
  // (reveal-pinned.ts brings the region out). Not where a sheet goes across the map's foot (a portrait
  // tablet's editor): the region brought out alone left the rest of the country under the sheet and the
  // map above it empty (the audit of 7 December 2026); the country fitted above it shows the region too.
  if (view || (region && !matchMedia(SHEET_BELOW_MEDIA).matches)) {
    before = null;
    return;
  }
  const container = map.map.getContainer();
  const {width, height} = container.getBoundingClientRect();
  const free = freeMapBox(container);
  const padding = {left: free.left + PADDING, top: free.top + PADDING, right: width - free.right + PADDING, bottom: height - free.bottom + PADDING};
  const covered = free.left > 0 || free.top > 0 || free.right < width || free.bottom < height;
  if (!covered) {
    if (before) jumpToView(map, before);
    before = null;
    return;
  }
  // Too little map left beside the panels to show the country in: as it is.
  if (free.right - free.left < 8 * PADDING || free.bottom - free.top < 6 * PADDING) return;
  const was = map.view();
  map.map.fitBounds(KG_BOUNDS, {padding, duration: 0}, PAGE_MOVE);
  // The camera's bounds (AtlasMap) may not let the country go all the way (the east at 1280 × 800: a
  // tip of Issyk-Kul stays under the green-clusters panel). Kept if most of the country is free; not
  // where it is only made smaller, half of it still under the panel.
  const [[west, north], [east, south]] = projectBox(map, KG_BOUNDS);
  const seen = (Math.min(east, free.right) - Math.max(west, free.left)) * (Math.min(south, free.bottom) - Math.max(north, free.top));
  if (seen < MOSTLY * (east - west) * (south - north)) jumpToView(map, was);
  else before ??= was;
}
