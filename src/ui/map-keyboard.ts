// The map without a mouse. The map's canvas is one stop in the tab order (role "application", so a
// screen reader passes the keys through), described by the key help (#map-keys). On it:
//   ← →  previous / next from west to east    ↑ ↓  nearest to the north / south    Home End  the ends
//   1 2 3 (or Page Up / Page Down)  regions, growth points, energy sites (when their layer is shown)
//   Enter or Space  select (as a click)        Escape  clear (the profile closes itself on Escape)
//   + −  zoom                                  Shift + arrows  move the map
// The thing reached is AppState.mapFocus: the layers draw a focus ring on it, the tooltip shows its
// figures next to it, and the live region reads them (src/ui/announce.ts). Loaded on the map's first
// focus (map-keyboard-loader.ts), which also names the canvas and keeps maplibre's own keys off it.
import {addMessages, t} from '../i18n/i18n';
import {mapKeyboard} from '../i18n/messages/map-keyboard';
import type {AtlasMap} from '../map/atlas-map';
import {PAGE_MOVE} from '../map/page-move';
import {isNavKey, navigationOrder, nextItem, type NavItem} from '../model/keyboard-navigation';
import type {AppStore, HoverTarget} from '../state/app-state';
import {availableKinds, FOCUS_KINDS, isAvailable, kindOf, navItems, sameTarget, targetId, targetOf, type FocusKind} from '../state/map-focus';
import {announce} from './announce';
import {zoomStep} from './map-controls';
import {bringIntoView} from './map-view';
import {describeTarget, targetName} from './map-focus-text';

addMessages(mapKeyboard);

export interface MapKeyboardOptions {
  map: AtlasMap;
  store: AppStore;
  /** What a click on the thing does. */
  select: (target: HoverTarget) => void;
}

const PAN_STEP = 100;

/** Room kept between the key help and the thing the keys reached, px. */
const HELP_CLEARANCE = 16;

/**
 * Pans the map (no animation) when a point lies under the key help, which covers the map's lower left
 * while the map has the keyboard focus (styles.css .kg-map-keys), or its top beside a difference
 * legend there: the thing the keys reached must not be hidden by the help about the keys. Up from
 * under a help at the bottom, down from under one at the top. bringIntoView leaves alone a point that
 * far inside.
 */
function clearOfKeyHelp(map: AtlasMap, lonLat: [number, number]): void {
  const help = document.querySelector('.kg-map-keys')?.getBoundingClientRect();
  if (!help || help.height === 0) return;
  const box = map.map.getContainer().getBoundingClientRect();
  const [x, y] = map.project(lonLat);
  const [px, py] = [box.left + x, box.top + y];
  const near = (lo: number, v: number, hi: number) => v >= lo - HELP_CLEARANCE && v <= hi + HELP_CLEARANCE;
  if (!near(help.left, px, help.right) || !near(help.top, py, help.bottom)) return;
  const atTop = help.top + help.bottom < 2 * box.top + box.height;
  map.map.panBy([0, py - (atTop ? help.bottom + 2 * HELP_CLEARANCE : help.top - 2 * HELP_CLEARANCE)], {duration: 0}, PAGE_MOVE);
}

/** Installs the keys on the map's canvas; returns the key handler (the loader replays early keys to it). */
export function installMapKeyboard({map, store, select}: MapKeyboardOptions): (e: KeyboardEvent) => void {
  const m = map.map;
  const canvas = m.getCanvas();
  store.subscribe((s, prev) => {
    // A layer turned off takes its focused thing with it.
    const focus = s.mapFocus;
    if (focus && s.view.layers !== prev.view.layers) {
      const kind = kindOf(focus);
      if (!kind || !isAvailable(kind, s.view.layers)) store.update({mapFocus: null});
    }
  });

  let kind: FocusKind = 'regions';
  // The places on the map now: with a scenario's places, not the baseline's (the map is made once the
  // atlas is there, so it is never null here).
  const itemsOf = (k: FocusKind) => navItems(k, store.state.atlas!);

  const show = (target: HoverTarget, item: NavItem) => {
    bringIntoView(map, [item.lon, item.lat]);
    clearOfKeyHelp(map, [item.lon, item.lat]);
    const [x, y] = map.project([item.lon, item.lat]);
    // The tooltip shows the thing's figures next to it, as on hover.
    store.update({mapFocus: target, hover: {target, x, y}});
    announce(describeTarget(target, store.state));
  };

  const moveTo = (k: FocusKind, id: string) => {
    kind = k;
    const item = itemsOf(k).find((i) => i.id === id);
    if (item) show(targetOf(k, id), item);
  };

  /** Switch to another kind of thing, starting at the one nearest to where the focus is. */
  const switchKind = (next: FocusKind) => {
    const lang = store.state.view.lang;
    const name = t(lang, `announce.kind.${next}`);
    if (!isAvailable(next, store.state.view.layers)) {
      announce(t(lang, 'announce.kindOff', {kind: name}));
      return;
    }
    const items = itemsOf(next);
    const focus = store.state.mapFocus;
    const from = focus ? itemsOf(kindOf(focus) ?? kind).find((i) => i.id === targetId(focus)) : undefined;
    const start = from
      ? [...items].sort((a, b) => Math.hypot(a.lon - from.lon, a.lat - from.lat) - Math.hypot(b.lon - from.lon, b.lat - from.lat))[0]
      : items.find((i) => i.id === navigationOrder(items)[0]);
    if (start) moveTo(next, start.id);
  };

  const onKey = (e: KeyboardEvent) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const state = store.state;
    const lang = state.view.lang;
    if (e.shiftKey && e.key.startsWith('Arrow')) {
      const d: Record<string, [number, number]> = {ArrowLeft: [-PAN_STEP, 0], ArrowRight: [PAN_STEP, 0], ArrowUp: [0, -PAN_STEP], ArrowDown: [0, PAN_STEP]};
      m.panBy(d[e.key]!, {duration: 0});
      e.preventDefault();
      return;
    }
    if (e.key === '+' || e.key === '=' || e.key === '-' || e.key === '_') {
      // A step as the map's zoom buttons make it, and said as they say it (zoom-words.ts).
      zoomStep(m, lang, e.key === '+' || e.key === '=' ? 1 : -1, m.getZoom(), 0);
      e.preventDefault();
      return;
    }
    const digit = /^Digit([1-3])$|^Numpad([1-3])$/.exec(e.code);
    if (digit) {
      switchKind(FOCUS_KINDS[Number(digit[1] ?? digit[2]) - 1]!);
      e.preventDefault();
      return;
    }
    if (e.key === 'PageDown' || e.key === 'PageUp') {
      const kinds = availableKinds(state.view.layers);
      if (kinds.length > 0) {
        const at = kinds.indexOf(kind);
        switchKind(kinds[(at + (e.key === 'PageDown' ? 1 : kinds.length - 1)) % kinds.length]!);
      }
      e.preventDefault();
      return;
    }
    if (isNavKey(e.key)) {
      e.preventDefault();
      const focus = state.mapFocus;
      if (focus) kind = kindOf(focus) ?? kind;
      if (!isAvailable(kind, state.view.layers)) {
        const first = availableKinds(state.view.layers)[0];
        if (!first) return;
        kind = first;
      }
      const items = itemsOf(kind);
      const current = focus && kindOf(focus) === kind ? targetId(focus) : null;
      const next = nextItem(items, current, e.key);
      if (next === null) announce(t(lang, `announce.edge.${e.key}`));
      else moveTo(kind, next);
      return;
    }
    if ((e.key === 'Enter' || e.key === ' ') && state.mapFocus) {
      e.preventDefault();
      const focus = state.mapFocus;
      // While the scenario editor waits for a map point (its "Pick on the map"), Enter gives it the place
      // of the thing the keys reached, as a click there gives the clicked point: a click was the only way
      // to pick, and Enter did nothing then (a click's select is off while picking).
      const session = state.scenario;
      const focusKind = kindOf(focus);
      const item = session?.pick && focusKind ? itemsOf(focusKind).find((i) => i.id === targetId(focus)) : undefined;
      if (session && item) {
        store.update({scenario: {...session, picked: [item.lon, item.lat]}});
        announce(t(lang, 'announce.picked', {name: targetName(focus, store.state)}));
        return;
      }
      select(focus);
      if (kindOf(focus) === 'energy') announce(t(lang, 'announce.energyPanel', {name: targetName(focus, store.state)}));
      return;
    }
    // Escape: a pinned profile, the green-clusters panel and the scenario editor close themselves (they
    // listen on the document; one Escape, one thing); otherwise the focus ring and its tooltip go.
    if (e.key === 'Escape' && !state.view.region && !state.energyPanel && !state.scenario?.panel && state.mapFocus) clear();
  };

  const clear = () =>
    store.update((s) => ({mapFocus: null, hover: s.hover && s.mapFocus && sameTarget(s.hover.target, s.mapFocus) ? null : s.hover}));
  canvas.addEventListener('keydown', onKey);
  canvas.addEventListener('blur', clear);
  return onKey;
}
