// Composition root: URL → store → data → map and components. The only module that wires the others.
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
import './ui/kg-region-card';
import './ui/kg-scenario-button';
import './ui/kg-share-buttons';
import './ui/kg-summary';
import './ui/kg-tooltip';
import './ui/layer-tooltips';
import {installDiagnostics} from './diagnostics';
import {preferredLang, t} from './i18n/i18n';
import {loadBoundaries} from './io/boundaries';
import {loadShippedData} from './io/load-shipped-data';
import {buildLayers, type LayerHandlers, type RegionPaint} from './layers/build-layers';
import {ENERGY_LAYER} from './layers/energy-layers';
import {GROWTH_LAYER} from './layers/growth-points-layers';
import {AtlasMap} from './map/atlas-map';
import {basemapStyle} from './map/basemap-style';
import {maplibreUiStrings} from './map/map-ui-strings';
import {provideMapCapture} from './export/map-capture';
import {MAP_COLORS, type MapColors} from './map/map-colors';
import {worldPixels, type Box} from './model/label-placement';
import {createAppStore, updateView, type AppState, type AtlasData} from './state/app-state';
import {choroplethOf} from './state/choropleth';
import {loadIndicators} from './state/indicator-loader';
import {sameTarget} from './state/map-focus';
import {syncUrlWithView} from './state/url-sync';
import {parseUrlState} from './state/url-state';
import type {ViewState} from './state/view-state';
import {restoreUserData} from './state/user-data';
import {setScenarioHost} from './ui/scenario-host';
import {announce} from './ui/announce';
import {loadMapKeyboardOnFocus} from './ui/map-keyboard-loader';
import {bringIntoView} from './ui/map-view';
import {installSelectionAnnouncer} from './ui/selection-announcer';
import type {StoreElement} from './ui/store-element';
import {VIEW_EVENT} from './ui/view-event';
import {computeIndicator, engine, isSuperseded, provideShippedTables} from './worker/client';

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

for (const el of document.querySelectorAll<StoreElement>('[data-store]')) el.store = store;
document.addEventListener(VIEW_EVENT, (e) => updateView(store, e.detail));
darkQuery.addEventListener('change', () => {
  if (store.state.view.theme === null) store.update({theme: systemTheme()});
});
store.subscribe((s, prev) => {
  if (s.view.theme !== prev.view.theme) store.update({theme: s.view.theme ?? systemTheme()});
});
syncUrlWithView(store);
installSelectionAnnouncer(store, announce);
void restoreUserData(store);
engine.onError((error) => store.update({engineError: error}));
diagnostics.compute = computeIndicator;
reflectOnDocument(store.state);
store.subscribe(reflectOnDocument);
// embed=1: the embedded view's header and footer, and height reports to the host page (code-split).
if (initialView.embed) void import('./embed/embed-mode').then((m) => m.startEmbedMode());
// The phone's bottom-sheet handle is code-split: loaded when the window is phone-sized.
const phone = window.matchMedia('(max-width: 700px)');
if (phone.matches) void import('./ui/kg-sheet-handle');
else phone.addEventListener('change', () => void import('./ui/kg-sheet-handle'), {once: true});
// The green-clusters panel is code-split: loaded the first time it opens.
store.subscribe((s, prev) => {
  if (s.energyPanel && !prev.energyPanel) void import('./ui/kg-energy-panel');
});

function reflectOnDocument(s: AppState): void {
  const lang = s.view.lang;
  document.documentElement.lang = lang;
  document.documentElement.dataset.theme = s.theme;
  document.title = t(lang, 'app.title');
  document.body.classList.toggle('embed', s.view.embed);
  // The page's own landmarks and the map's key help, in the UI language.
  document.querySelector('meta[name="description"]')?.setAttribute('content', `${t(lang, 'app.title')}: ${t(lang, 'app.tagline')}`);
  document.querySelector('.kg-sidebar')?.setAttribute('aria-label', t(lang, 'sidebar.label'));
  document.getElementById('map')?.setAttribute('aria-label', t(lang, 'map.label'));
  const keys = document.getElementById('map-keys');
  if (keys) keys.textContent = t(lang, 'map.keys');
  const hint = document.querySelector('.kg-map-keys');
  if (hint) hint.textContent = t(lang, 'map.keys.short');
}

/**
 * Whether a view change matters to the layers: a new scenario code in the link (`s`) alone redraws
 * nothing (its effect arrives as a new indicator result or atlas), which keeps a dragged slider cheap.
 */
function layersViewChanged(a: ViewState, b: ViewState): boolean {
  return a !== b && (Object.keys(a) as (keyof ViewState)[]).some((k) => k !== 's' && a[k] !== b[k]);
}

/** How the regions are painted in a state: a comparison's override, else the indicator's choropleth. */
function paintFor(state: AppState, colors: MapColors): RegionPaint {
  // A comparison's difference map paints the regions itself (src/state/scenario-session.ts).
  const override = state.regionPaint;
  if (override) return {fill: (code) => override.fills[code] ?? colors.noData, key: override.key, emphasised: null, unknown: new Set(override.unknown)};
  const c = choroplethOf(state);
  if (!c) return {fill: () => colors.neutral, key: `neutral|${state.theme}`, emphasised: null};
  const unknown = new Set(c.result.values.filter((v) => v.status !== 'ok' || v.value === null).map((v) => v.code));
  return {fill: (code) => c.fill(code), key: c.key, emphasised: c.emphasised, unknown};
}

function webglAvailable(): boolean {
  try {
    return document.createElement('canvas').getContext('webgl2') !== null;
  } catch {
    return false;
  }
}

async function start(): Promise<void> {
  let atlas: AtlasData;
  try {
    const [boundaries, tables] = await Promise.all([loadBoundaries(), loadShippedData()]);
    atlas = {boundaries, tables};
    provideShippedTables(tables);
  } catch (error) {
    store.update({phase: 'error', error: error instanceof Error ? error.message : String(error)});
    diagnostics.errors.push(String(error));
    return;
  }
  // A link with a scenario (`s=`): read it before the first indicator is computed (code-split).
  if (store.state.view.s) {
    const session = await import('./state/scenario-session');
    session.restoreFromUrl(store);
    session.installScenarioSession(store);
  }
  store.update({atlas, phase: 'ready'});
  loadIndicators(store, computeIndicator);

  const container = document.getElementById('map')!;
  if (!webglAvailable()) {
    container.textContent = t(store.state.view.lang, 'map.webglMissing');
    return;
  }
  startMap(container, atlas);
}

function startMap(container: HTMLElement, atlas: AtlasData): void {
  const colors = () => MAP_COLORS[store.state.theme];
  let deckDrawn = false;
  let mapIdle = false;
  // Ready = the basemap is idle, deck.gl has drawn, and the map shows a settled indicator (not one
  // still being computed), so that what a test or a screenshot sees is the view the URL describes.
  const markReady = () => {
    diagnostics.ready = deckDrawn && mapIdle && store.state.indicator?.status !== 'pending';
  };
  const map = new AtlasMap({
    container,
    style: basemapStyle(atlas.boundaries, colors()),
    view: store.state.view.view,
    cooperativeGestures: store.state.view.embed,
    locale: maplibreUiStrings(store.state.view.lang),
    onViewChange: (view) => updateView(store, {view}),
    onFirstRender: () => {
      diagnostics.firstRenderMs = performance.now();
      deckDrawn = true;
      markReady();
    },
    onError: (error) => diagnostics.errors.push(error.message),
  });
  map.map.once('idle', () => {
    diagnostics.mapIdleMs = performance.now();
    mapIdle = true;
    markReady();
  });
  provideMapCapture((scale) => map.capture(scale));
  diagnostics.project = (lon, lat) => {
    const [x, y] = map.project([lon, lat]);
    const box = container.getBoundingClientRect();
    return [box.left + x, box.top + y];
  };

  const paint = () => paintFor(store.state, colors());
  // The visible area in world pixels, so that names are placed inside it.
  const viewport = (): Box => {
    const zoom = map.map.getZoom();
    const b = map.map.getBounds();
    const [x0, y0] = worldPixels(b.getWest(), b.getNorth(), zoom);
    const [x1, y1] = worldPixels(b.getEast(), b.getSouth(), zoom);
    return {x0, y0, x1, y1};
  };
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
        const row = atlas.tables.growthPoints.find((r) => r.id === id);
        if (row) updateView(store, {region: row.oblast_iso});
      } else if (layer === ENERGY_LAYER) store.update({energyPanel: {focus: id}});
    },
  };
  // While the scenario editor waits for a map point, a click gives it the point (and nothing else).
  let pickedAt = -Infinity;
  const picking = () => Boolean(store.state.scenario?.pick) || performance.now() - pickedAt < 400;
  map.map.on('click', (e) => {
    const session = store.state.scenario;
    if (!session?.pick) return;
    pickedAt = performance.now();
    store.update({scenario: {...session, picked: [e.lngLat.lng, e.lngLat.lat]}});
  });
  const render = () => {
    const regions = paint();
    map.setLayers(buildLayers(store.state, store.state.atlas ?? atlas, regions, map.map.getZoom(), handlers, viewport()));
    diagnostics.regionPaint = {key: regions.key, at: performance.now()};
  };
  setScenarioHost({map, container, baseline: atlas, paint: (state) => paintFor(state, colors()), handlers, viewport});
  render();
  // Every pan or zoom ends in a view change (onViewChange), which renders again: names are placed
  // for the new zoom and kept inside the visible area.
  // deck.gl (through MapLibreOverlay) reports no hover end when the pointer leaves the map, so the
  // tooltip would stay; and so would its own autoHighlight, which is why the layers highlight what the
  // store says is hovered instead.
  container.addEventListener('mouseleave', () => store.update({hover: null}));
  loadMapKeyboardOnFocus({
    map,
    store,
    atlas,
    select: (target) => (target.kind === 'region' ? handlers.onRegionClick(target.code) : handlers.onObjectClick(target.layer, target.id)),
  });
  // On a phone the pinned profile covers the map's lower half: the pinned region is brought into view
  // above it (on wider screens the profile covers only a side, and the view stays where the user put it).
  const revealPinned = () => {
    const code = store.state.view.region;
    const label = atlas.boundaries.regions.features.find((f) => f.properties.code === code)?.properties.label;
    if (label && window.matchMedia('(max-width: 700px)').matches)
      requestAnimationFrame(() => requestAnimationFrame(() => bringIntoView(map, label)));
  };
  store.subscribe((s, prev) => {
    if (s.view.region && s.view.region !== prev.view.region) revealPinned();
  });
  map.map.once('idle', revealPinned);
  store.subscribe((s, prev) => {
    if (s.theme !== prev.theme) map.map.setStyle(basemapStyle(atlas.boundaries, colors()));
    if (s.view.lang !== prev.view.lang) map.setLocale(maplibreUiStrings(s.view.lang));
    // The hover highlight and the keyboard focus ring are drawn from the store (see regions-layers).
    const pointedAt = !sameTarget(s.hover?.target, prev.hover?.target) || s.mapFocus !== prev.mapFocus;
    if (
      layersViewChanged(s.view, prev.view) ||
      s.theme !== prev.theme ||
      s.indicator?.result !== prev.indicator?.result ||
      s.legendFilter !== prev.legendFilter ||
      s.atlas !== prev.atlas ||
      s.regionPaint !== prev.regionPaint ||
      pointedAt
    )
      render();
    if (s.indicator !== prev.indicator) markReady();
  });
}

void start();
