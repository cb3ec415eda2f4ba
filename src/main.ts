// Composition root: URL → store → data → map and components. The only module that wires the others.
// maplibre's stylesheet before the atlas's own, which overrides some of its rules (.kg-compare-map is
// positioned over .maplibregl-map's `position: relative`): the order of these two imports is the cascade's.
import 'maplibre-gl/dist/maplibre-gl.css';
import './styles.css';
import './ui/kg-attribution';
import './ui/kg-data-views';
import './ui/kg-engine-status';
import './ui/kg-header';
import './ui/kg-import-button';
import './ui/kg-indicator-picker';
import './ui/kg-layer-toggles';
import './ui/kg-legend';
import './ui/kg-methodology-button';
import './ui/kg-notices';
import './ui/kg-scenario-button';
import './ui/kg-share-buttons';
import './ui/kg-summary';
import {installDiagnostics} from './diagnostics';
import {formatNumber} from './i18n/format';
import {hasLanguage, loadLanguage, preferredLang, t, type Lang} from './i18n/i18n';
import {loadBoundaries, type Boundaries, type RegionFeature} from './io/boundaries';
import {loadShippedData} from './io/load-shipped-data';
import {provideShippedTables} from './io/shipped-data-registry';
import {userDatasetMayBeKept} from './io/user-dataset-db';
import type {buildLayers, LayerHandlers} from './layers/build-layers';
import {lazyLayersPending} from './layers/lazy-layers';
import {ENERGY_LAYER, GROWTH_LAYER} from './layers/layer-ids';
import {AtlasMap, loadMapLibre} from './map/atlas-map';
import {basemapStyle} from './map/basemap-style';
import {maplibreUiStrings} from './map/map-ui-strings';
import {installScaleBar} from './map/scale-bar';
import {provideMapCapture} from './export/map-capture';
import {MAP_COLORS} from './map/map-colors';
import {paintFor} from './map/region-paint';
import {loadNaturalBreaks, naturalBreaksLoaded} from './model/natural-breaks';
import {registerServiceWorker} from './offline';
import {createAppStore, updateView, type AppState, type AtlasData} from './state/app-state';
import {loadIndicators} from './state/indicator-loader';
import {sameTarget} from './state/map-focus';
import {syncUrlWithView} from './state/url-sync';
import {parseUrlState} from './state/url-state';
import type {ViewState} from './state/view-state';
import {setScenarioHost} from './ui/scenario-host';
import {announce} from './ui/announce';
import {COMPACT_MEDIA} from './ui/breakpoints';
import {loadMapKeyboardOnFocus} from './ui/map-keyboard-loader';
import {installSelectionAnnouncer} from './ui/selection-announcer';
import {installSheetOrder} from './ui/sheet-order';
import type {StoreElement} from './ui/store-element';
import {VIEW_EVENT} from './ui/view-event';
import {computeIndicatorLazily, onEngineError} from './worker/lazy-engine';
import {isSuperseded} from './worker/superseded';

const diagnostics = installDiagnostics();
window.addEventListener('error', (e) => diagnostics.errors.push(String(e.message)));
window.addEventListener('unhandledrejection', (e) => {
  // A request replaced by a newer one (latest wins) is not a failure.
  if (isSuperseded(e.reason)) return e.preventDefault();
  diagnostics.errors.push(String(e.reason));
});

const darkQuery = window.matchMedia('(prefers-color-scheme: dark)');
const systemTheme = () => (darkQuery.matches ? 'dark' : 'light');
const {state: initialView, notices} = parseUrlState(location.search, preferredLang(navigator.languages));
const store = createAppStore(initialView, notices, systemTheme());
// A code-split part of the site that could not be loaded (e.g. with the network down): the page says
// so (kg-engine-status), and what is already shown goes on working. Vite reports those that no caller
// handles; the page's own imports report theirs with chunkFailed.
window.addEventListener('vite:preloadError', () => store.update({loadFailed: true}));
function chunkFailed(error: unknown): void {
  diagnostics.errors.push(`code-split chunk: ${String(error)}`);
  store.update({loadFailed: true});
  // index.html's "the map is loading" goes: the alert says what did not load.
  root.add('kg-stop');
}

// The messages of the link's language (in the built site a small chunk per language), and natural
// breaks' code if the link asks for them: the components render, and the map starts, once they are
// there. Then index.html's static "loading" line goes (html.kg-on, styles.css). Without them (no
// network even on retry) nothing is drawn with message keys for words: that line says, in the three
// languages, to reload (html.kg-failed).
const messagesReady = Promise.all([loadLanguage(initialView.lang), initialView.classes === 'jenks' ? loadNaturalBreaks() : null]);
const root = document.documentElement.classList;
void messagesReady.then(() => {
  root.add('kg-on');
  for (const el of document.querySelectorAll<StoreElement>('[data-store]')) el.store = store;
  reflectOnDocument(store.state);
  store.subscribe((s, prev) => {
    // The live region's last words, in the language left, are old news: a screen reader reading on to
    // the page's end came upon them ("Value, ascending" on a Kyrgyz page). Emptied through announce,
    // which also drops words still to come in the old language. On a switch of language only: emptied
    // with every change reflected here (the editor opened), it dropped what that change announced.
    if (s.view.lang !== prev.view.lang) announce('');
    if (s.view.lang !== prev.view.lang || s.theme !== prev.theme || s.view.embed !== prev.view.embed || s.scenario?.panel !== prev.scenario?.panel) reflectOnDocument(s);
  });
}, () => root.add('kg-failed'));
// The language and classes last asked for: a slow one that arrives after another was chosen is not shown.
let langAsked: Lang | undefined;
let classesAsked: ViewState['classes'] | undefined;
document.addEventListener(VIEW_EVENT, (e) => {
  const patch = e.detail;
  const {lang, classes} = patch;
  if (lang) langAsked = lang;
  if (classes) classesAsked = classes;
  // A language or natural breaks shown for the first time: their code first, then the switch. Code
  // that cannot be loaded is said (kg-engine-status), and the page and its link keep what they had.
  const needs = [lang && !hasLanguage(lang) ? loadLanguage(lang) : null, classes === 'jenks' && !naturalBreaksLoaded() ? loadNaturalBreaks() : null];
  if (needs.every((need) => need === null)) return updateView(store, patch);
  Promise.all(needs).then(() => (!lang || langAsked === lang) && (!classes || classesAsked === classes) && updateView(store, patch), chunkFailed);
});
darkQuery.addEventListener('change', () => {
  if (store.state.view.theme === null) store.update({theme: systemTheme()});
});
store.subscribe((s, prev) => {
  if (s.view.theme !== prev.view.theme) store.update({theme: s.view.theme ?? systemTheme()});
});
syncUrlWithView(store);
installSelectionAnnouncer(store, announce);
installSheetOrder(store);
// The kept dataset is restored by code-split code (IndexedDB's): loaded when the link asks for it
// (data=user) or the browser may keep one, not for a visitor who never imported a file.
const userDataRestored = (store.state.view.data === 'user' ? Promise.resolve(true) : userDatasetMayBeKept())
  .then((kept) => (kept ? import('./state/user-data').then((m) => m.restoreUserData(store)) : undefined))
  .catch(chunkFailed);
onEngineError((error) => store.update({engineError: error}));
diagnostics.compute = computeIndicatorLazily;
// embed=1: the embedded view's header and footer, and height reports to the host page (code-split).
if (initialView.embed) void import('./embed/embed-mode').then((m) => m.startEmbedMode(initialView.view !== null));
// The phone's bottom-sheet handle is code-split: loaded when the window is phone-sized, or short (where
// its strip is the legend's colours at the top of the sidebar).
const compact = window.matchMedia(COMPACT_MEDIA);
if (compact.matches) void import('./ui/kg-sheet-handle');
else compact.addEventListener('change', () => void import('./ui/kg-sheet-handle'), {once: true});
// What the first view does not show is code-split, loaded the first time it is needed (the elements
// are in index.html and upgrade when defined): the green-clusters panel, the region profile, the tooltip.
whenFirst((s) => s.energyPanel !== null, () => import('./ui/kg-energy-panel'));
whenFirst((s) => s.view.region !== null, () => import('./ui/kg-region-card'));
whenFirst((s) => s.mapProblem !== null, () => import('./ui/kg-map-fallback'));
// The layers' tooltip renderers register before the tooltip element exists, so its first render has them.
const loadTooltips = () => import('./ui/layer-tooltips').then(() => import('./ui/kg-tooltip'));
whenFirst((s) => s.hover !== null, loadTooltips);
// They start loading when a pointer first comes onto the map, or the keyboard focus (the focused thing
// has its tooltip too), a moment before a region or a point can be reached, so that the first tooltip
// comes with the first hover or key press rather than a load later (~60 ms here, more on a slow
// network). The browser loads a module once, whoever imports it; a failure is reported when a tooltip
// is needed (above), which imports it again. The map's zoom and "show all" buttons get their names and
// actions then too (src/ui/map-controls.ts): not loaded with the first view, whose byte budget they would
// overrun. A button pressed before that (a phone's first tap loads and presses at once) is kept for it.
const mapArea = document.querySelector('.kg-map-area')!;
for (const event of ['pointerenter', 'focusin'])
  mapArea.addEventListener(event, () => (void loadTooltips().catch(() => undefined), void import('./ui/map-controls').catch(chunkFailed)), {once: true});
const mapControls = mapArea.querySelector<HTMLElement>('.kg-map-controls')!;
// The skip link takes the focus to the map's canvas, where its keys work (the map's element is no stop).
document.querySelector<HTMLElement>('.kg-skip')!.onclick = (event) => (event.preventDefault(), mapArea.querySelector('canvas')?.focus());
mapControls.onclick = (event) => (mapControls.dataset.pressed = (event.target as HTMLElement).closest('button')?.dataset.action);

function whenFirst(needed: (s: AppState) => boolean, load: () => Promise<unknown>): void {
  const check = (s: AppState) => {
    if (!needed(s)) return;
    unsubscribe();
    load().catch(chunkFailed);
  };
  const unsubscribe = store.subscribe(check);
  check(store.state);
}

function reflectOnDocument(s: AppState): void {
  const lang = s.view.lang;
  document.documentElement.lang = lang;
  document.documentElement.dataset.theme = s.theme;
  document.title = t(lang, 'app.title');
  document.body.classList.toggle('embed', s.view.embed);
  // The scenario editor takes the right of the map: a pinned profile moves beside it (styles.css).
  document.body.classList.toggle('scenario-editor-open', Boolean(s.scenario?.panel));
  // The page's own landmarks and the map's key help, in the UI language.
  // Two sentences: Russian and Kyrgyz write no capital after a colon, and the tagline is a heading's.
  document.querySelector('meta[name="description"]')?.setAttribute('content', `${t(lang, 'app.title')}. ${t(lang, 'app.tagline')}`);
  document.querySelector('.kg-sidebar')?.setAttribute('aria-label', t(lang, 'sidebar.label'));
  document.getElementById('map')?.setAttribute('aria-label', t(lang, 'map.label'));
  document.querySelector('.kg-skip')!.textContent = t(lang, 'map.skip');
  const keys = document.getElementById('map-keys');
  if (keys) keys.textContent = t(lang, 'map.keys');
  const hint = document.querySelector('.kg-map-keys');
  if (hint) hint.textContent = t(lang, 'map.keys.short');
}

/**
 * Whether a view change matters to the layers: a new scenario code in the link (`s`) or comparison
 * mode (`vs`) alone redraws nothing (its effect arrives as a new indicator result, atlas or region
 * paint), which keeps a dragged slider cheap.
 */
function layersViewChanged(a: ViewState, b: ViewState): boolean {
  return a !== b && (Object.keys(a) as (keyof ViewState)[]).some((k) => k !== 's' && k !== 'vs' && a[k] !== b[k]);
}

/**
 * Whether the browser offers WebGL 2 at all. Not whether it will give a context: making one to find
 * out costs ~50 ms with software GL, on the way to the first render. A browser that offers WebGL 2 but
 * gives no context (a blocked GPU) is found when maplibre fails to make the map (startMap).
 */
function webglOffered(): boolean {
  return typeof WebGL2RenderingContext === 'function';
}

async function start(): Promise<void> {
  const container = document.getElementById('map')!;
  const webgl = webglOffered();
  // maplibre is loaded beside the page (see loadMapLibre): one that cannot be loaded is said as any
  // part of the site that could not be, and the table and legend work meanwhile.
  let mapFailed = false;
  const maplibre = webgl
    ? loadMapLibre(chunkFailed).catch((error: unknown) => {
        mapFailed = true;
        chunkFailed(error);
      })
    : null;
  const boundaries = loadBoundaries();
  // The basemap needs only the boundaries: it starts drawing while the data and messages still load.
  let withLayers: ((atlas: AtlasData) => void) | null = null;
  const basemap = Promise.all([boundaries, maplibre]).then(
    ([regions]) => {
      if (!webgl || mapFailed) return;
      try {
        withLayers = startMap(container, regions);
      } catch (error) {
        // maplibre throws GPUInitializationError when it cannot get a WebGL 2 context after all (e.g.
        // a blocked GPU); the page then says the map cannot be drawn (mapProblem 'no-webgl', below),
        // without the empty canvas maplibre left behind. Anything else is a failure to report.
        if (!(error instanceof Error && error.name === 'GPUInitializationError')) diagnostics.errors.push(`map: ${String(error)}`);
        container.replaceChildren();
      }
    },
    () => undefined, // reported below
  );
  let atlas: AtlasData;
  try {
    const [regions, tables] = await Promise.all([boundaries, loadShippedData(), messagesReady]);
    atlas = {boundaries: regions, tables};
    provideShippedTables(tables);
  } catch (error) {
    // Said in words, naming what failed (kg-notices.ts): the browser's own message ("Failed to fetch",
    // "Unexpected token") is English whatever the page's language.
    const detail = String(error);
    store.update({phase: 'error', error: {of: await boundaries.then(() => 'data' as const, () => 'boundaries' as const), detail}});
    root.add('kg-stop');
    diagnostics.errors.push(detail);
    return;
  }
  // A link with a scenario (`s=`), or this tab's scenario too long for the link, kept for a reload
  // (scenario-session.ts writeMemory marks it in the history entry): read before the first indicator is
  // computed (code-split).
  if (store.state.view.s || history.state?.kgLong) {
    const session = await import('./state/scenario-session');
    session.restoreFromUrl(store);
    session.installScenarioSession(store);
    // `vs=`: the link shows the scenario against the baseline, on the map from the start.
    if (store.state.scenario?.compare)
      import('./ui/kg-scenario-compare')
        .then((m) => m.showComparisonOnMap(store))
        .catch(chunkFailed);
  }
  store.update({atlas, phase: 'ready'});
  // A link with data=user: the kept dataset's description is read first, as it is part of the result's
  // key (importedAt); without it the map's first result would be computed twice.
  if (store.state.view.data === 'user') await userDataRestored;
  loadIndicators(store, computeIndicatorLazily);
  await basemap;
  const addData = withLayers as ((atlas: AtlasData) => void) | null;
  if (addData) addData(atlas);
  else {
    // (maplibre not loaded: said as a part of the site that did not load, not as a browser without WebGL)
    if (!mapFailed) store.update({mapProblem: 'no-webgl'});
    registerServiceWorker(); // the table and the profiles work offline all the same
  }
}

/**
 * Starts the map with its basemap (it needs only the boundaries); the function it returns hands over
 * the data, and the data layers follow once both the data and the basemap are there.
 */
function startMap(container: HTMLElement, boundaries: Boundaries): (atlas: AtlasData) => void {
  const colors = () => MAP_COLORS[store.state.theme];
  let deckDrawn = false;
  let mapIdle = false;
  // The regions are deck.gl's: a tap on the country before its first frame (the basemap shows the
  // country's shape, empty) finds nothing to pin. It is kept, and pins the region drawn under its place
  // then, unless another region was chosen meanwhile (the table, a link): that choice is the latest.
  let earlyTap: {at: [number, number]; region: string | null} | null = null;
  // Ready = the basemap is idle, deck.gl has drawn, and the map shows a settled indicator (not one
  // still being computed), so that what a test or a screenshot sees is the view the URL describes.
  const markReady = () => {
    diagnostics.ready = deckDrawn && mapIdle && store.state.indicator?.status !== 'pending' && !lazyLayersPending();
    // The first complete view: now the offline copy may be downloaded (src/offline.ts).
    if (diagnostics.ready && diagnostics.readyMs === null) {
      diagnostics.readyMs = performance.now();
      registerServiceWorker();
    }
  };
  // The paint key of the layers last handed to deck.gl; recorded with the time of each frame drawn.
  let layersKey = '';
  let familyArrived = false;
  const map = new AtlasMap({
    container,
    style: basemapStyle(boundaries, colors()),
    view: store.state.view.view,
    cooperativeGestures: store.state.view.embed,
    locale: maplibreUiStrings(store.state.view.lang),
    // The link carries a camera (`view`) only once the user has moved the map, and then follows it.
    // Before, the page's own moves (the map resized as the layout settles, a pinned region brought
    // above a phone's sheet, a fit) keep "fit Kyrgyzstan": a link copied untouched on a wide screen
    // showed a phone that camera, with the country cut off. A pinned region is brought into view
    // again wherever its link is opened, unless the link has its own camera: that is kept exactly
    // (src/ui/reveal-pinned.ts).
    onViewChange: (view, byUser) => {
      if (byUser || store.state.view.view) updateView(store, {view});
      // Names are placed for the new zoom all the same (a view change renders, see startLayers).
      else if (layersOn) render();
    },
    onFirstRender: () => {
      diagnostics.firstRenderMs = performance.now();
      deckDrawn = true;
      markReady();
      if (!earlyTap || earlyTap.region !== store.state.view.region) return;
      const [x, y] = map.project(earlyTap.at);
      // The regions' layers only (regions-layers.ts: ids from "regions-"): a growth point may be drawn there.
      const code = (map.overlay?.pickObject({x, y, layerIds: ['regions-']})?.object as RegionFeature | undefined)?.properties.code;
      if (code) handlers.onRegionClick(code);
    },
    onAfterRender: () => {
      diagnostics.lastDraw = {key: layersKey, at: performance.now()};
      // A code-split layer family that has just arrived is on the map from this frame on.
      if (familyArrived) {
        familyArrived = false;
        markReady();
      }
    },
    // maplibre's own worker that could not be loaded (the network down on a first visit) leaves the map
    // without its land and borders: said as any other part of the site that could not be loaded.
    onError: (error) => (/^Worker/.test(error.message) ? chunkFailed(error) : diagnostics.errors.push(error.message)),
    onContextLost: (lost) => store.update({mapProblem: lost ? 'context-lost' : null}),
  });
  // deck.gl and the layers are loaded now that the basemap has started: the browser compiles them
  // while maplibre's worker cuts the basemap's tiles, not before the map can start.
  let build: typeof buildLayers | null = null;
  import('./layers/build-layers').then(
    (m) => {
      build = m.buildLayers;
      startLayers();
    },
    chunkFailed,
  );
  map.map.once('idle', () => {
    diagnostics.mapIdleMs = performance.now();
    mapIdle = true;
    markReady();
  });
  provideMapCapture((o) => import('./export/capture-map').then((m) => m.captureMap(map, o)));
  // Embedded: the frame fits the country to the part of the map it shows, unless the link sets a camera.
  if (initialView.embed) void import('./embed/embed-mode').then((m) => m.fitFrame(map), chunkFailed);
  // The map starts before the messages may have arrived: its UI strings (the cooperative-gesture hint)
  // are set again once they are there.
  // The scale bar too: it is shown once they are (styles.css keeps its place empty until then).
  let updateScale = () => undefined as void;
  void messagesReady.then(() => {
    map.setLocale(maplibreUiStrings(store.state.view.lang));
    updateScale = installScaleBar(map.map, document.querySelector('.kg-scale')!, (km) => t(store.state.view.lang, 'map.km', {km: formatNumber(store.state.view.lang, km)}));
  }, () => undefined);
  diagnostics.project = (lon, lat) => {
    const [x, y] = map.project([lon, lat]);
    const box = container.getBoundingClientRect();
    return [box.left + x, box.top + y];
  };

  let atlas: AtlasData | null = null;
  const paint = () => paintFor(store.state, colors());

  const handlers: LayerHandlers = {
    onRegionHover: (code, info) =>
      store.update((s) => ({
        hover: code
          ? {target: {kind: 'region', code}, x: info.x, y: info.y}
          : s.hover?.target.kind === 'region'
            ? null
            : s.hover,
      })),
    onRegionClick: (code) => {
      if (picking()) return; // the click places a scenario's site or growth point instead
      updateView(store, {region: store.state.view.region === code ? null : code});
    },
    // Leaving an object clears the hover only if it is still that layer's, whatever the order in
    // which deck.gl reports leaving one layer and entering the next.
    onObjectHover: (layer, id, info) =>
      store.update((s) => ({
        hover: id
          ? {target: {kind: 'object', layer, id}, x: info.x, y: info.y}
          : s.hover?.target.kind === 'object' && s.hover.target.layer === layer
            ? null
            : s.hover,
      })),
    onObjectClick: (layer, id) => {
      if (picking()) return;
      if (layer === GROWTH_LAYER) {
        // The places drawn: a scenario's own growth points are in store.state.atlas, not in the baseline.
        // Its region is pinned, and the profile opens at the point's own entry (state.point): a phone has
        // no tooltip to say what was tapped, and a mouse's is gone once the pointer moves to the profile.
        const row = (store.state.atlas ?? atlas)?.tables.growthPoints.find((r) => r.id === id);
        if (row) store.update((s) => ({point: {id}, view: {...s.view, region: row.oblast_iso}}));
      } else if (layer === ENERGY_LAYER) store.update({energyPanel: {focus: id}});
    },
    redraw: () => {
      familyArrived = true;
      render();
    },
    onLoadError: chunkFailed,
  };
  // While the scenario editor waits for a map point, a click gives it the point (and nothing else).
  let pickedAt = -Infinity;
  const picking = () => Boolean(store.state.scenario?.pick) || performance.now() - pickedAt < 400;
  map.map.on('click', (e) => {
    if (!deckDrawn) earlyTap = {at: [e.lngLat.lng, e.lngLat.lat], region: store.state.view.region};
    const session = store.state.scenario;
    if (!session?.pick) return;
    pickedAt = performance.now();
    store.update({scenario: {...session, picked: [e.lngLat.lng, e.lngLat.lat]}});
  });
  const render = () => {
    if (!atlas || !build) return;
    const regions = paint();
    layersKey = regions.key;
    map.setLayers(build(store.state, store.state.atlas ?? atlas, regions, map.map.getZoom(), handlers, map.visibleWorldBox()));
  };

  // deck.gl gets its layers once the basemap has drawn (at the latest after 4 s). Compiling deck.gl's
  // shaders while maplibre compiles its own made the page wait on both at once (seconds of a frozen
  // main thread with software WebGL); one after the other, the whole map is complete sooner.
  let basemapDrawn = false;
  let layersOn = false;
  const startLayers = () => {
    if (layersOn || !atlas || !basemapDrawn || !build) return;
    layersOn = true;
    render();
    // Every pan or zoom renders again (by the view change onViewChange makes, or at once when the link
    // keeps no camera): names are placed for the new zoom and kept inside the visible area.
    // deck.gl (through MapLibreOverlay) reports no hover end when the pointer leaves the map, so the
    // tooltip would stay; and so would its own autoHighlight, which is why the layers highlight what the
    // store says is hovered instead.
    container.addEventListener('mouseleave', () => store.update({hover: null}));
    store.subscribe((s, prev) => {
      // The hover highlight and the keyboard focus ring are drawn from the store (see regions-layers).
      const pointedAt = !sameTarget(s.hover?.target, prev.hover?.target) || s.mapFocus !== prev.mapFocus;
      if (
        layersViewChanged(s.view, prev.view) ||
        s.theme !== prev.theme ||
        s.indicator?.result !== prev.indicator?.result ||
        // A failure comes with no new result, but is painted (as unknown: paintFor).
        (s.indicator?.status === 'error') !== (prev.indicator?.status === 'error') ||
        s.legendFilter !== prev.legendFilter ||
        s.atlas !== prev.atlas ||
        s.regionPaint !== prev.regionPaint ||
        pointedAt
      )
        render();
      if (s.indicator !== prev.indicator) markReady();
    });
  };
  const basemapDone = () => {
    basemapDrawn = true;
    startLayers();
  };
  map.map.once('idle', basemapDone);
  setTimeout(basemapDone, 4000);

  // A pinned region is brought into view beside or above its profile (on a phone; elsewhere unless
  // clicked on the map), and the view goes back when it closes (code-split, loaded with the profile: src/ui/reveal-pinned.ts). While a sheet
  // covers the map's lower part (the profile, the scenario editor) the camera may go further south;
  // after, it comes back inside the basemap (AtlasMap.setRoomBelow): after the view has gone back,
  // which it does only if the camera is still the one the pin left.
  let pinChanged: ((s: AppState, prev: AppState) => void) | null = null;
  whenFirst((s) => s.view.region !== null, () => {
    // The event that made this first pin (a click, a key, a table row's view event; none: the link), read while it is handled.
    const e = event;
    return import('./ui/reveal-pinned').then((m) => (pinChanged = m.revealPinned(map, store, boundaries, mapIdle, e)));
  });
  const roomBelow = (s: AppState) => map.setRoomBelow(s.view.region !== null || s.scenario?.panel === true || !!s.energyPanel);
  roomBelow(store.state);
  store.subscribe((s, prev) => {
    pinChanged?.(s, prev);
    roomBelow(s);
  });
  store.subscribe((s, prev) => {
    if (s.theme !== prev.theme) map.map.setStyle(basemapStyle(boundaries, colors()));
    if (s.view.lang !== prev.view.lang) (map.setLocale(maplibreUiStrings(s.view.lang)), updateScale());
  });
  return (data) => {
    atlas = data;
    setScenarioHost({map, container, baseline: data, paint: (state) => paintFor(state, colors()), handlers, store});
    loadMapKeyboardOnFocus({
      map,
      store,
      select: (target) => (target.kind === 'region' ? handlers.onRegionClick(target.code) : handlers.onObjectClick(target.layer, target.id)),
    });
    startLayers();
  };
}

void start();
