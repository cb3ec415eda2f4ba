// On a phone or a portrait tablet the scenario editor is a sheet across the map's lower part
// (kg-scenario-editor.ts): a map that shows the whole country as the page fitted it (no camera of the
// user's, nothing pinned) showed most of it under the editor. While the editor is open the country is
// fitted to the part above it; closed, the view before comes back, unless the map was moved meanwhile.
import {KG_BOUNDS} from '../map/atlas-map';
import {PAGE_MOVE} from '../map/page-move';
import {SHEET_BELOW_MEDIA} from './breakpoints';
import type {ScenarioHost} from './scenario-host';

/** The fit's margin (px), as AtlasMap.fitKyrgyzstan's. */
const PADDING = 24;

/**
 * Fits the country above `editor` if the page's layout puts the editor across the map's lower part and
 * the camera is still the page's own; returns what to do when the editor closes.
 */
export function fitAboveEditor({map, store}: ScenarioHost, editor: Element): () => void {
  const {view, region} = store.state.view;
  if (view || region || !matchMedia(SHEET_BELOW_MEDIA).matches) return () => undefined;
  const box = map.map.getContainer().getBoundingClientRect();
  const covered = box.bottom - editor.getBoundingClientRect().top;
  if (covered <= 0 || covered > box.height - 4 * PADDING) return () => undefined;
  const before = map.view();
  map.map.fitBounds(KG_BOUNDS, {padding: {top: PADDING, left: PADDING, right: PADDING, bottom: covered + PADDING}, duration: 0}, PAGE_MOVE);
  // Moved by the user meanwhile, the link has a camera (main.ts onViewChange); a region pinned meanwhile
  // was brought into view (reveal-pinned.ts): either view stays. (The camera itself is no sign: closing
  // the editor has already clamped it to the map's usual bounds, AtlasMap.setRoomBelow.)
  return () => {
    const now = store.state.view;
    if (!now.view && !now.region) map.map.jumpTo({center: [before.lon, before.lat], zoom: before.zoom}, PAGE_MOVE);
  };
}
