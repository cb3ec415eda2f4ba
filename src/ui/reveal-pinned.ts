// A pinned region kept in view (code-split: main.ts loads it when a region is first pinned, as it does
// the profile). On a phone the pinned profile covers the map's lower half: the pinned region is
// brought into view above it. In a short window (a phone on its side) the profile is over the sidebar
// (styles.css) and the region is brought inside the map beside it, if it was near an edge or off it.
// On larger screens a region clicked on the map stays where the user put it: the map does not move
// under a mouse (a finger's tap is not a pointer left on the map: it is brought out; a 701–1023 px
// window has the profile over the sidebar too: nothing covers the map).
// One pinned otherwise is brought out from under its profile: from outside the map (a table row, the
// comparison: a view event, VIEW_EVENT), by the map's keys (Enter: the keyboard's user sees the map
// only where the focus ring is, and its tooltip beside it), or by the link just opened (the map's first
// idle). Which it was, the event being handled tells: a pointer's (MouseEvent) or another.
// A link that has its own camera (`view=`) keeps it, on a phone too, even where the pinned region is
// under its profile there: its author chose that view with the profile open (the link is written from
// such a page), and moving it would also write another camera into the address (main.ts onViewChange
// follows the page's moves once the link has one) and move an embedded map from the view its host set.
// Closing the profile goes back to the view before, unless the map has been moved since. The scenario
// editor opened while a region is pinned brings it out from under the editor and the profile too.
import type {ReactiveElement} from 'lit';
import type {Boundaries} from '../io/boundaries';
import type {AtlasMap} from '../map/atlas-map';
import type {AppState, AppStore} from '../state/app-state';
import type {MapView} from '../state/view-state';
import {COMPACT_MEDIA} from './breakpoints';
import {bringIntoView, jumpToView, outlineBox, profileDrawn, sameMapView} from './map-view';

/** Resolves once the scenario editor being opened has drawn, with the profile beside it, and the page has laid them out. */
async function editorDrawn(): Promise<void> {
  await profileDrawn();
  await customElements.whenDefined('kg-scenario-editor');
  await new Promise(requestAnimationFrame); // the element is made as it opens
  await document.querySelector<ReactiveElement>('kg-scenario-editor')?.updateComplete;
  await new Promise(requestAnimationFrame);
}

/**
 * Whether a pin made while handling `e` is brought into view: on a phone always, elsewhere unless a
 * mouse or pen made it. A finger's tap is brought out too: a tablet on its side (1024 × 768) has the
 * profile over the map's right, where a tapped Naryn or Issyk-Kul was left under it, outline and all,
 * and no pointer stays on the map to show where the tap was.
 */
const wanted = (e: Event | undefined) =>
  matchMedia(COMPACT_MEDIA).matches || !(e instanceof MouseEvent) || (e instanceof PointerEvent && e.pointerType === 'touch');

/**
 * Brings the pinned region into view now (`idle`: the map has been idle once; before, at its first
 * idle, once the camera has settled), if `first`, the event that pinned it, asks it (none: the link
 * opened, which is revealed unless it has its own camera), and returns what to do on each change of
 * the store: main.ts calls it before the map's room below changes (AtlasMap.setRoomBelow), which would
 * move the camera.
 */
export function revealPinned(map: AtlasMap, store: AppStore, boundaries: Boundaries, idle: boolean, first: Event | undefined): (s: AppState, prev: AppState) => void {
  let revealed: {before: MapView; after: MapView} | null = null;
  /** `editor`: once the scenario editor, opening (its element made then), has drawn and the profile moved beside it. */
  const reveal = (editor = false) => {
    const code = store.state.view.region;
    const region = boundaries.regions.features.find((f) => f.properties.code === code);
    if (!region) return;
    const {label} = region.properties;
    void (editor ? editorDrawn() : profileDrawn()).then(() => {
      if (store.state.view.region !== code) return; // closed or changed meanwhile
      const before = map.view();
      // A second region pinned without moving the map in between goes back to the view before the first.
      const back = revealed && sameMapView(before, revealed.after) ? revealed.before : before;
      if (!bringIntoView(map, label, outlineBox(region.geometry))) return;
      revealed = {before: back, after: map.view()};
      // The keyboard's tooltip, beside the region its focus ring is on, goes with the region (it was
      // placed where the region was, under the profile now drawn).
      const {hover, mapFocus} = store.state;
      if (hover && hover.target === mapFocus) {
        const [x, y] = map.project(label);
        store.update({hover: {...hover, x, y}});
      }
    });
  };
  const unpinned = () => {
    if (revealed && sameMapView(map.view(), revealed.after)) {
      jumpToView(map, revealed.before);
    }
    revealed = null;
  };
  // The link's camera, or one the user has made since the page opened, is kept.
  const firstPin = () => {
    if (first ? wanted(first) : !store.state.view.view) reveal();
  };
  if (idle) firstPin();
  else map.map.once('idle', firstPin);
  return (s, prev) => {
    if (s.view.region && s.view.region !== prev.view.region && wanted(event)) reveal();
    // The scenario editor opening beside the profile (a wide screen) covers another 400 px of the map:
    // the pinned region is brought out from under both (the planners' audit: Naryn hidden), however opened.
    else if (s.view.region && s.scenario?.panel && !prev.scenario?.panel) reveal(true);
    if (!s.view.region && prev.view.region) unpinned();
  };
}
