// The second map of a comparison (code-split with the scenario editor): the other side (the baseline
// or a saved scenario) drawn like the page's map, with the cameras kept in step. Two layouts:
//   swipe — the other map lies over the page's map, clipped to the left of a divider that is dragged
//           by mouse, touch or pen (pointer events with capture) or moved with the arrow keys;
//   split — the two maps side by side, the other on the left.
// Both within the part of the map no panel covers (compareSpan): the scenario editor, where a
// comparison is chosen, lies over the map's right.
// Written here rather than with @maplibre/maplibre-gl-compare: that library has no keyboard control,
// needs Node's `events` in the browser bundle, and its touch handling is a known weak point
// (mapbox-gl-compare #4, PR #35; ../shared/docs/anchors.md A9). This is ~150 lines, and no dependency.
import type {Map as MapLibreMap} from 'maplibre-gl';
import {t} from '../i18n/i18n';
import {buildLayers} from '../layers/build-layers';
import type {AppState, AppStore} from '../state/app-state';
import {choroplethOf} from '../state/choropleth';
import {atlasWith} from '../state/scenario-session';
import type {CompareMode} from '../state/view-state';
import type {ScenarioHost} from '../ui/scenario-host';
import {comparisonNames} from '../ui/comparison-text';
import {fitBesidePanels} from '../ui/fit-beside-panels';
import {sheetKeys} from '../ui/sheet-order';
import {freeMapBox} from '../ui/map-view';
import {AtlasMap} from './atlas-map';
import {isPageMove, PAGE_MOVE} from './page-move';
import {basemapStyle} from './basemap-style';
import {MAP_COLORS} from './map-colors';
import {maplibreUiStrings} from './map-ui-strings';

interface Open {
  mode: CompareMode;
  map: AtlasMap;
  element: HTMLElement;
  handle: HTMLElement | null;
  tags: HTMLElement;
  unsync: () => void;
  theme: string;
}

let started: AppStore | null = null;

/** Which panels over the map are open (sheet-order.ts), as a key that changes when one opens or closes. */
const openSheets = (s: AppState) => Object.values(sheetKeys(s)).map((v) => v != null).join();

/**
 * Side by side narrower than this (halves under 320 px) lies one half above the other, where that shows
 * the country larger: where the map is more than half as high as wide (Kyrgyzstan is about twice as
 * wide as high). Wider, the halves are beside each other, as their name says.
 */
const STACK_BELOW = 640;

/** The least share of the map's width the comparison keeps to beside the panels; with less, the whole map. */
const MIN_SHARE = 0.5;

/**
 * Where the comparison lies across the map (CSS px from its left edge, `width` wide): the part no panel
 * covers (`free`, freeMapBox). Laid out over the whole map, at 1366 × 768 the scenario editor (400 of
 * the map's 1046 px, on its right) covered the scenario's half of side by side and the names of the
 * sides, and the swipe's divider began near the country's east edge. With less than half the map left
 * (the profile beside the editor) the halves would be too narrow: the whole map, as before.
 */
export function compareSpan(width: number, free: {left: number; right: number}): {left: number; right: number} {
  return free.right - free.left >= MIN_SHARE * width ? {left: free.left, right: free.right} : {left: 0, right: width};
}

/** Keeps a second map in the page while the comparison is a swipe or side by side. Once per store. */
export function startCompareMaps(store: AppStore, host: ScenarioHost): void {
  if (started === store) return;
  started = store;
  let open: Open | null = null;
  let position = 50;
  /**
   * The span laid out (compareSpan) and the height a sheet covers at the map's bottom, and whether a
   * re-layout is waiting for the next frame.
   */
  let span: {left: number; right: number; below: number; stacked: boolean; height: number} | null = null;
  let layoutPending = false;
  // The other map's own handlers: a code-split layer family it asks for (the "no data" dots when its
  // values have unknowns, the links, the energy layers) draws it again once loaded. With the page
  // map's handlers only the page map was drawn again, and the other map lacked the family until the
  // camera moved. Kept for the store's life: a lazy module tells the same handlers once.
  const handlers = {...host.handlers, redraw: () => draw()};

  const close = () => {
    if (!open) return;
    const wasSplit = open.mode === 'split';
    open.unsync();
    open.map.remove(); // with its WebGL contexts (AtlasMap.remove)
    open.element.remove();
    open.handle?.remove();
    open.tags.remove();
    host.container.style.left = '';
    host.container.style.right = '';
    host.container.style.top = '';
    host.container.style.bottom = '';
    host.container.style.isolation = '';
    open = null;
    span = null;
    host.map.fitClearLeft = 0;
    host.map.map.resize();
    // Side by side fitted the country to its half: the whole map again (beside the panels), unless the
    // reader's camera or a pinned region decides (fitBesidePanels leaves those).
    const {view, region} = store.state.view;
    if (wasSplit && !view && !region) {
      host.map.fitKyrgyzstan();
      fitBesidePanels(host);
    }
  };

  const clip = () => {
    if (!open || open.mode !== 'swipe') return;
    open.element.style.clipPath = `inset(0 ${100 - position}% 0 0)`;
    open.handle!.style.left = `${position}%`;
    open.handle!.setAttribute('aria-valuenow', String(Math.round(position)));
    // Which side is which, with the position: "45 %" alone left a screen reader's user guessing (the
    // names are drawn as tags over the maps). The other side is on the left.
    const state = store.state;
    const {thisName, otherName} = comparisonNames(state.view.lang, state);
    open.handle!.setAttribute('aria-valuetext', t(state.view.lang, 'scenario.swipeValue', {pct: Math.round(position), left: otherName, right: thisName}));
  };

  /** Lays the comparison out within compareSpan: again when a panel opens or closes, or the page resizes. */
  const layout = () => {
    if (!open) return;
    const area = host.container.parentElement!;
    const width = area.clientWidth;
    if (!width) return; // not laid out (a position of 0 / 0 would be NaN)
    const free = freeMapBox(area);
    // A sheet over the map's bottom (a phone's scenario editor) hides what lies under it: the sides'
    // names and the divider's knob go above it, in the part that is seen.
    const below = Math.max(0, Math.round(area.clientHeight - free.bottom));
    const across = compareSpan(width, free);
    const seen = {width: across.right - across.left, height: area.clientHeight - below};
    // Side by side on a narrow map (a phone, a portrait tablet, a phone's editor open): one half above
    // the other. Beside each other, each half of a 360 px phone was 180 px wide, too narrow to fit the
    // country (its least zoom keeps the map's bounds filling the half's height), and showed only its middle.
    const stacked = open.mode === 'split' && seen.width < STACK_BELOW && seen.height > seen.width / 2;
    const next = {...across, below, stacked, height: stacked ? area.clientHeight : 0};
    if (span && (Object.keys(next) as (keyof typeof next)[]).every((k) => next[k] === span![k])) return;
    span = next;
    const middle = (next.left + next.right) / 2;
    open.tags.style.left = `${next.left + 8}px`;
    open.tags.style.right = `${width - next.right + 8}px`;
    open.tags.style.bottom = below > 0 ? `${below + 8}px` : '';
    open.handle?.style.setProperty('--kg-knob-top', below > 0 ? `${Math.round((free.top + free.bottom) / 2)}px` : '50%');
    open.element.classList.toggle('stacked', stacked);
    open.tags.classList.toggle('stacked', stacked);
    if (!stacked) host.map.fitClearLeft = 0;
    if (stacked) {
      // Two halves of the same height, above a sheet over the map's bottom: the other side above.
      const half = Math.round((area.clientHeight - below) / 2);
      Object.assign(open.element.style, {left: `${next.left}px`, right: `${width - next.right}px`, top: '0px', bottom: `${area.clientHeight - half}px`});
      Object.assign(host.container.style, {left: `${next.left}px`, right: `${width - next.right}px`, top: `${half}px`, bottom: `${below}px`});
      host.map.map.resize();
      open.map.map.resize();
      // The zoom buttons (the map area's top left) lie over the upper half: the country is fitted clear
      // of them, in both halves alike (one camera).
      const buttons = area.querySelector('.kg-map-controls')?.getBoundingClientRect();
      host.map.fitClearLeft = buttons?.width ? Math.max(0, buttons.right - area.getBoundingClientRect().left - next.left) : 0;
      host.map.fitKyrgyzstan();
    } else if (open.mode === 'split') {
      // Two halves of the same width, so that the same camera frames both alike.
      Object.assign(open.element.style, {top: '', bottom: ''});
      Object.assign(host.container.style, {top: '', bottom: ''});
      open.element.style.left = `${next.left}px`;
      open.element.style.right = `${width - middle}px`;
      host.container.style.left = `${middle}px`;
      host.container.style.right = `${width - next.right}px`;
      host.map.map.resize();
      open.map.map.resize();
      host.map.fitKyrgyzstan();
    } else {
      // The divider in the middle of what is seen; one the reader moved is kept while it is in sight.
      const at = (position / 100) * width;
      if (!open.handle!.dataset.moved || at <= next.left || at >= next.right) position = (100 * middle) / width;
      clip();
    }
  };
  const layoutSoon = () => {
    if (layoutPending) return;
    layoutPending = true;
    // After the frame's layout: a panel opened by this change has been drawn by then.
    requestAnimationFrame(() => {
      layoutPending = false;
      layout();
    });
  };
  window.addEventListener('resize', layoutSoon);
  // The map's own height changes without the window's (a phone's sheet strip takes its foot once laid
  // out): one half above the other follows it.
  new ResizeObserver(layoutSoon).observe(host.container.parentElement!);

  const otherState = (state: AppState): AppState | null => {
    const other = state.scenario?.compare?.other?.result;
    if (!other) return null;
    const main = choroplethOf(state);
    // Both sides use the same classes, so the same colour means the same value: fixed ladders are
    // shared anyway, data-driven ones (quantiles…) take the page map's breaks.
    const classes = state.view.classes === 'diverging' || !main ? {} : {classes: 'custom' as const, breaks: main.classification.thresholds};
    return {
      ...state,
      view: {...state.view, ...classes},
      indicator: {key: 'compare', status: 'ready', result: other, error: null},
      regionPaint: null,
      legendFilter: null,
    };
  };

  const draw = () => {
    if (!open) return;
    const state = store.state;
    // The names first: the map is named while the other side is still being computed.
    const lang = state.view.lang;
    const [left, right] = open.tags.children as unknown as HTMLElement[];
    const {thisName, otherName} = comparisonNames(lang, state);
    left!.textContent = otherName;
    right!.textContent = thisName;
    open.element.setAttribute('aria-label', t(lang, 'scenario.otherMap', {other: otherName, this: thisName}));
    open.handle?.setAttribute('aria-label', t(lang, 'scenario.swipeHandle'));
    clip(); // its value names the sides
    const other = otherState(state);
    const compare = state.scenario?.compare;
    if (!other || !compare) return open.map.setLayers([]);
    const against = compare.against.kind === 'saved' ? compare.against.scenario : null;
    const atlas = atlasWith(host.baseline, against).atlas;
    const paint = host.paint(other);
    open.map.setLayers(buildLayers(other, atlas, paint, open.map.map.getZoom(), handlers, open.map.visibleWorldBox()));
  };

  /** The second map takes the page map's bounds and camera. */
  const followHost = (map: AtlasMap) => {
    map.setRoomBelow(host.map.roomBelow);
    map.map.jumpTo({center: host.map.map.getCenter(), zoom: host.map.map.getZoom()});
  };
  const create = (mode: CompareMode) => {
    const area = host.container.parentElement!;
    const element = document.createElement('div');
    element.className = `kg-compare-map ${mode}`;
    // A picture of the other side, named by draw(): it has no keys of its own (its camera follows the
    // page map, which has the keyboard), so it is not a stop in the tab order (see below).
    element.setAttribute('role', 'img');
    area.insertBefore(element, host.container.nextSibling);
    // The page map's deck.gl canvas carries a z-index of its own: isolating the page map keeps all
    // of it under the other map, which lies over it (swipe) or beside it (split).
    host.container.style.isolation = 'isolate';
    const theme = store.state.theme;
    const map = new AtlasMap({
      container: element,
      style: basemapStyle(host.baseline.boundaries, MAP_COLORS[theme]),
      view: host.map.view(),
      cooperativeGestures: false,
      locale: maplibreUiStrings(store.state.view.lang),
      onViewChange: () => draw(),
      onFirstRender: () => {},
      onError: () => {},
    });
    // The same bounds as the page map's: on a phone with a sheet over the map (the scenario editor)
    // the page map may go further south, and with narrower bounds this one zoomed in and moved to
    // stay inside them, showing another zoom and centre beside it (AtlasMap.setRoomBelow).
    followHost(map);
    // maplibre makes its canvas a focusable region named "Map" (in English, whatever the page's
    // language), with arrow-key panning: a second, useless stop after the page map's own.
    map.map.keyboard.disable();
    const canvas = map.map.getCanvas();
    canvas.tabIndex = -1;
    canvas.removeAttribute('role');
    canvas.removeAttribute('aria-label');
    const tags = document.createElement('div');
    tags.className = `kg-compare-tags ${mode}`;
    tags.append(document.createElement('span'), document.createElement('span'));
    area.append(tags);
    let handle: HTMLElement | null = null;
    if (mode === 'swipe') {
      handle = document.createElement('div');
      handle.className = 'kg-swipe-handle';
      handle.tabIndex = 0;
      handle.setAttribute('role', 'slider');
      handle.setAttribute('aria-valuemin', '0');
      handle.setAttribute('aria-valuemax', '100');
      handle.setAttribute('aria-orientation', 'horizontal');
      area.append(handle);
      const moveTo = (clientX: number) => {
        const box = area.getBoundingClientRect();
        position = Math.min(100, Math.max(0, ((clientX - box.left) / box.width) * 100));
        handle!.dataset.moved = 'true';
        clip();
      };
      handle.addEventListener('pointerdown', (e) => {
        handle!.setPointerCapture(e.pointerId);
        e.preventDefault();
      });
      handle.addEventListener('pointermove', (e) => {
        if (handle!.hasPointerCapture(e.pointerId)) moveTo(e.clientX);
      });
      handle.addEventListener('keydown', (e) => {
        const step = {ArrowLeft: -5, ArrowDown: -5, ArrowRight: 5, ArrowUp: 5, PageDown: -20, PageUp: 20}[e.key];
        if (step !== undefined) position = Math.min(100, Math.max(0, position + step));
        else if (e.key === 'Home') position = 0;
        else if (e.key === 'End') position = 100;
        else return;
        e.preventDefault();
        handle!.dataset.moved = 'true';
        clip();
      });
    }
    // `open` is set before anything that can change the store (a resize moves the camera).
    open = {mode, map, element, handle, tags, unsync: syncCameras(host.map.map, map.map), theme};
    if (mode === 'split') {
      // Each half shows the whole country: the cameras follow the page map, which refits.
      host.container.style.left = '50%';
      host.map.map.resize();
      host.map.fitKyrgyzstan();
    }
    clip();
    layout();
    draw();
  };

  const sync = (state: AppState, prev: AppState | null) => {
    // A panel opened or closed (the editor, a profile) changes what the comparison may take: laid out
    // again then, not at every change of the state (a layout read a frame while the slider moves).
    if (open && (!prev || openSheets(state) !== openSheets(prev))) layoutSoon();
    const mode = state.scenario?.compare?.mode;
    const wanted = mode === 'swipe' || mode === 'split' ? mode : null;
    if (open && (open.mode !== wanted || open.theme !== state.theme)) close();
    if (!open && wanted) return create(wanted);
    // The page map's bounds changed with a sheet (main.ts, before this): this one follows, and takes
    // its camera again (a change of bounds alone moves a camera without a move event to follow).
    if (open && open.map.roomBelow !== host.map.roomBelow) {
      followHost(open.map);
    }
    if (
      open &&
      prev &&
      (state.scenario?.compare !== prev.scenario?.compare ||
        state.view !== prev.view ||
        state.indicator !== prev.indicator ||
        state.scenario?.scenario.name !== prev.scenario?.scenario.name)
    )
      draw();
  };
  sync(store.state, null);
  store.subscribe(sync);
}

/**
 * Each map follows the other's camera (a guard stops the echo). A move the page made goes along as
 * one (PAGE_MOVE), and the user's as the user's: the page map's link follows a drag on the other map
 * only. A resize, which moves no camera, is not followed (the page map would take it for the user's).
 */
function syncCameras(a: MapLibreMap, b: MapLibreMap): () => void {
  let busy = false;
  const follow = (from: MapLibreMap, to: MapLibreMap) => (e: object) => {
    const center = from.getCenter();
    const zoom = from.getZoom();
    if (busy || (center.lng === to.getCenter().lng && center.lat === to.getCenter().lat && zoom === to.getZoom())) return;
    busy = true;
    to.jumpTo({center, zoom}, isPageMove(e) ? PAGE_MOVE : undefined);
    busy = false;
  };
  const ab = follow(a, b);
  const ba = follow(b, a);
  a.on('move', ab);
  b.on('move', ba);
  return () => {
    a.off('move', ab);
    b.off('move', ba);
  };
}
