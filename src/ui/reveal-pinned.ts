// A pinned region kept in view (code-split: main.ts loads it when a region is first pinned, as it does
// the profile). On a phone the pinned profile covers the map's lower half: the pinned region is
// brought into view above it. In a short window (a phone on its side) the profile is over the sidebar
// (styles.css) and the region is brought inside the map beside it, if it was near an edge or off it.
// On larger screens a region clicked on the map stays where the user put it (a 701–1023 px window has
// the profile over the sidebar too: nothing covers the map); one pinned from outside the map (a table
// row, the comparison), or by the link just opened (the map's first idle), is brought out from under
// its profile. Which it was, the event being handled tells: a view event (VIEW_EVENT, a CustomEvent)
// from a control, or a pointer or key event on the map.
// Closing the profile goes back to the view before, unless the map has been moved since.
import type {Boundaries} from '../io/boundaries';
import type {AtlasMap} from '../map/atlas-map';
import {PAGE_MOVE} from '../map/page-move';
import type {AppState, AppStore} from '../state/app-state';
import type {MapView} from '../state/view-state';
import {COMPACT_MEDIA} from './breakpoints';
import {bringIntoView, profileDrawn, sameMapView} from './map-view';

/**
 * Brings the pinned region into view now (`idle`: the map has been idle once; before, at its first
 * idle, once the camera has settled: the link opened), if a phone or `outside` (the first pin came
 * from outside the map) asks it, and returns what to do on each change of the store: main.ts
 * calls it before the map's room below changes (AtlasMap.setRoomBelow), which would move the camera.
 */
export function revealPinned(map: AtlasMap, store: AppStore, boundaries: Boundaries, idle: boolean, outside: boolean): (s: AppState, prev: AppState) => void {
  let revealed: {before: MapView; after: MapView} | null = null;
  const reveal = (fromOutside: boolean) => {
    const code = store.state.view.region;
    const label = boundaries.regions.features.find((f) => f.properties.code === code)?.properties.label;
    if (!label || !(matchMedia(COMPACT_MEDIA).matches || fromOutside)) return;
    void profileDrawn().then(() => {
      if (store.state.view.region !== code) return; // closed or changed meanwhile
      const before = map.view();
      // A second region pinned without moving the map in between goes back to the view before the first.
      const first = revealed && sameMapView(before, revealed.after) ? revealed.before : before;
      if (bringIntoView(map, label)) revealed = {before: first, after: map.view()};
    });
  };
  const unpinned = () => {
    if (revealed && sameMapView(map.view(), revealed.after)) {
      const {lon, lat, zoom} = revealed.before;
      map.map.jumpTo({center: [lon, lat], zoom}, PAGE_MOVE);
    }
    revealed = null;
  };
  if (idle) reveal(outside);
  else map.map.once('idle', () => reveal(true));
  return (s, prev) => {
    if (s.view.region && s.view.region !== prev.view.region) reveal(event instanceof CustomEvent);
    if (!s.view.region && prev.view.region) unpinned();
  };
}
