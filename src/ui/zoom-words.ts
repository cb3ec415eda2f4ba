// What a change of the map's zoom says to a screen-reader user. A zoom changes nothing that a screen
// reader reads (the canvas's name stays), so the map's buttons (map-controls.ts) and its + and − keys
// (map-keyboard.ts) say the new zoom in words, as a step out of the steps the map allows: "level 3 of
// 10". Both of those modules are code-split, and so is this one with them (not in the first view).
import type {Map as MapLibreMap} from 'maplibre-gl';
import {addMessages, t, type Lang} from '../i18n/i18n';
import {mapControls} from '../i18n/messages/map-controls';
import {zoomRange} from '../map/zoom-range';
import {announce} from './announce';

addMessages(mapControls);

/** What was done: a step in or out, "show all", or a step pressed at the end of the range (none made). */
export type ZoomMove = 'in' | 'out' | 'all' | 'closest' | 'farthest';

const KEYS = {
  in: 'mapControls.zoomedIn',
  out: 'mapControls.zoomedOut',
  all: 'mapControls.showingAll',
  closest: 'mapControls.atClosest',
  farthest: 'mapControls.atFarthest',
} as const;

/**
 * The words for `zoom` reached by `move`, between the map's `min` and `max` zoom. The steps are the
 * buttons' whole steps from the farthest zoom (a fit can land between two: rounded to the nearer).
 */
export function zoomWords(lang: Lang, move: ZoomMove, zoom: number, min: number, max: number): string {
  const levels = Math.round(max - min) + 1;
  const level = Math.min(levels, Math.max(1, Math.round(zoom - min) + 1));
  return t(lang, KEYS[move], {level, levels});
}

/** Says (announce.ts) the zoom that `move` reached on the map `m`, counted in the range it really has. */
export function sayZoom(m: MapLibreMap, lang: Lang, move: ZoomMove, zoom: number): void {
  const {min, max} = zoomRange(m);
  announce(zoomWords(lang, move, zoom, min, max));
}

/**
 * A step of the zoom (+1 in, −1 out) from `from` (the zoom now, or where a zoom under way is going),
 * kept in the camera's real range, and said; at an end of the range no step is made, and that is said.
 * The map's buttons (animated) and its + − keys (`duration` 0) both step through here. Returns the zoom
 * aimed at.
 */
export function zoomStep(m: MapLibreMap, lang: Lang, step: 1 | -1, from = m.getZoom(), duration?: number): number {
  const {min, max} = zoomRange(m);
  const aim = Math.min(max, Math.max(min, from + step));
  // At an end the camera may still be a hair inside it (a fit, maplibre's clamp to the bounds): no step.
  if (Math.abs(aim - from) <= 0.01) {
    announce(zoomWords(lang, step > 0 ? 'closest' : 'farthest', from, min, max));
    return from;
  }
  m.zoomTo(aim, duration === undefined ? undefined : {duration});
  announce(zoomWords(lang, step > 0 ? 'in' : 'out', aim, min, max));
  return aim;
}
