// Composition root: URL → store → data → map and components. The only module that wires the others.
import './styles.css';
import './ui/kg-attribution';
import './ui/kg-engine-status';
import './ui/kg-header';
import './ui/kg-import-button';
import './ui/kg-methodology-button';
import './ui/kg-notices';
import './ui/kg-region-card';
import './ui/kg-tooltip';
import {installDiagnostics} from './diagnostics';
import {preferredLang, t} from './i18n/i18n';
import {loadBoundaries} from './io/boundaries';
import {loadShippedData} from './io/load-shipped-data';
import {buildLayers, type RegionPaint} from './layers/build-layers';
import {AtlasMap} from './map/atlas-map';
import {basemapStyle} from './map/basemap-style';
import {MAP_COLORS} from './map/map-colors';
import {createAppStore, updateView, type AppState, type AtlasData} from './state/app-state';
import {syncUrlWithView} from './state/url-sync';
import {parseUrlState} from './state/url-state';
import {restoreUserData} from './state/user-data';
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
void restoreUserData(store);
engine.onError((error) => store.update({engineError: error}));
diagnostics.compute = computeIndicator;
reflectOnDocument(store.state);
store.subscribe(reflectOnDocument);

function reflectOnDocument(s: AppState): void {
  document.documentElement.lang = s.view.lang;
  document.documentElement.dataset.theme = s.theme;
  document.title = t(s.view.lang, 'app.title');
  document.body.classList.toggle('embed', s.view.embed);
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
  store.update({atlas, phase: 'ready'});

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
  const markReady = () => {
    diagnostics.ready = deckDrawn && mapIdle;
  };
  const map = new AtlasMap({
    container,
    style: basemapStyle(atlas.boundaries, colors()),
    view: store.state.view.view,
    cooperativeGestures: store.state.view.embed,
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
  diagnostics.project = (lon, lat) => {
    const [x, y] = map.project([lon, lat]);
    const box = container.getBoundingClientRect();
    return [box.left + x, box.top + y];
  };

  const neutral: RegionPaint = {fill: () => colors().neutral, key: 'neutral', emphasised: null};
  const render = () =>
    map.setLayers(
      buildLayers(store.state, atlas, {...neutral, key: `neutral|${store.state.theme}`}, map.map.getZoom(), {
        onRegionHover: (code, info) =>
          store.update({hover: code ? {target: {kind: 'region', code}, x: info.x, y: info.y} : null}),
        onRegionClick: (code) => updateView(store, {region: store.state.view.region === code ? null : code}),
      }),
    );
  render();
  map.map.on('zoomend', render);
  store.subscribe((s, prev) => {
    if (s.theme !== prev.theme) map.map.setStyle(basemapStyle(atlas.boundaries, colors()));
    if (s.view !== prev.view || s.theme !== prev.theme) render();
  });
}

void start();
