// @vitest-environment happy-dom
// The second map of a swipe or side-by-side comparison (src/map/compare-map.ts), with maplibre and
// deck.gl replaced by a stand-in that records what the map is given: it draws the code-split "no
// data" dots when its own values have unknowns, and it is a named picture, not a stop in the tab order.
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import type {Layer} from '@deck.gl/core';
import type {Topology} from 'topojson-specification';
import {afterEach, beforeAll, describe, expect, it, vi} from 'vitest';
import {decodeBoundaries} from '../../../src/io/boundaries';
import type {LayerHandlers, RegionPaint} from '../../../src/layers/build-layers';
import {compareSpan} from '../../../src/map/compare-map';
import {REGION_CODES} from '../../../src/model/region';
import {emptyScenario} from '../../../src/model/scenario';
import type {AppState, AppStore, AtlasData} from '../../../src/state/app-state';
import {choroplethOf} from '../../../src/state/choropleth';
import {newSession} from '../../../src/state/scenario-state';
import type {ScenarioHost} from '../../../src/ui/scenario-host';
import {computedResult} from '../model/helpers';
import {shippedTables} from '../model/shipped-data';
import {cleanUp, componentStore} from '../ui/component-store';

/** What maplibre's Map does that the comparison uses, and its canvas as maplibre leaves it. */
class FakeMapLibre {
  readonly canvas = document.createElement('canvas');
  readonly keyboard = {enabled: true, disable: () => void (this.keyboard.enabled = false)};
  constructor(readonly container: HTMLElement) {
    this.canvas.setAttribute('tabindex', '0');
    this.canvas.setAttribute('aria-label', 'Map');
    this.canvas.setAttribute('role', 'region');
    container.append(this.canvas);
  }
  getCanvas = () => this.canvas;
  getContainer = () => this.container;
  getZoom = () => 6;
  getCenter = () => ({lng: 74.6, lat: 41.2});
  on = () => this;
  off = () => this;
  readonly jumps: unknown[] = [];
  jumpTo = (camera: unknown) => {
    this.jumps.push(camera);
    return this;
  };
  resize = () => this;
  remove = () => this.container.replaceChildren();
}

const made: {layers: Layer[][]; maps: FakeMapLibre[]; rooms: boolean[]} = {layers: [], maps: [], rooms: []};

vi.mock('../../../src/map/atlas-map', () => ({
  AtlasMap: class {
    readonly map: FakeMapLibre;
    constructor(o: {container: HTMLElement}) {
      this.map = new FakeMapLibre(o.container);
      made.maps.push(this.map);
    }
    setLayers(layers: Layer[]) {
      made.layers.push(layers);
    }
    visibleWorldBox = () => null;
    view = () => ({lon: 74.6, lat: 41.2, zoom: 6});
    roomBelow = false;
    setRoomBelow(on: boolean) {
      this.roomBelow = on;
      made.rooms.push(on);
    }
  },
}));

let atlas: AtlasData;
beforeAll(() => {
  const topo = JSON.parse(readFileSync(join(import.meta.dirname, '../../../geo/kg.topo.json'), 'utf8')) as Topology;
  atlas = {tables: shippedTables(), boundaries: decodeBoundaries(topo)};
});
afterEach(() => {
  cleanUp();
  made.layers = [];
  made.maps = [];
  made.rooms = [];
});

/** As main.ts paints a state: the choropleth's fill, and the regions without a value. */
const paint = (state: AppState): RegionPaint => {
  const c = choroplethOf(state)!;
  return {fill: (code) => c.fill(code), key: c.key, emphasised: null, unknown: new Set(c.result.values.filter((v) => v.value === null).map((v) => v.code))};
};

/** A scenario "Plan" compared with the baseline in `mode`; the baseline has no value for two regions. */
function comparing(lang: 'en' | 'ru' | 'ky', mode: 'swipe' | 'split'): {store: AppStore; host: ScenarioHost; pageRedraw: () => void} {
  const store = componentStore(atlas, {lang, ind: 'mfg-lq', sector: 'C', year: 2024, layers: ['regions']});
  const baseline = computedResult([1, 0.5, null, 1.2, 0.4, 0.9, null, 0.7, 0.6]);
  const scenario = computedResult([1.3, 0.5, 0.8, 1.2, 0.4, 0.9, 1.1, 0.7, 0.6]);
  store.update({
    indicator: {key: 'k', status: 'ready', result: scenario, error: null},
    scenario: {...newSession(emptyScenario('Plan')), compare: {mode, against: {kind: 'baseline'}, other: {key: 'o', status: 'ready', result: baseline}}},
  });
  const area = document.createElement('div');
  const container = document.createElement('div');
  area.append(container);
  document.body.append(area);
  const pageRedraw = vi.fn();
  const handlers: LayerHandlers = {onRegionHover: vi.fn(), onRegionClick: vi.fn(), onObjectHover: vi.fn(), onObjectClick: vi.fn(), redraw: pageRedraw, onLoadError: vi.fn()};
  const pageMap = {
    map: {on: vi.fn(), off: vi.fn(), getZoom: () => 3.2, getCenter: () => ({lng: 74.8, lat: 38.5}), resize: vi.fn()},
    view: () => ({lon: 74.8, lat: 38.5, zoom: 3.2}),
    fitKyrgyzstan: vi.fn(),
    roomBelow: false,
  };
  const host = {map: pageMap, container, baseline: atlas, paint, handlers} as unknown as ScenarioHost;
  return {store, host, pageRedraw};
}

const ids = (layers: Layer[] | undefined) => (layers ?? []).map((l) => l.id);

describe('the comparison’s second map', () => {
  // First in the file: the dots' module is not loaded yet (it is once per page, as in the browser).
  it('draws the "no data" dots over its own unknown values once their code-split module has loaded', async () => {
    const {store, host} = comparing('en', 'swipe');
    const {startCompareMaps} = await import('../../../src/map/compare-map');
    startCompareMaps(store, host);
    expect(made.maps).toHaveLength(1);
    // Asked for on the first draw, before the module is there: nothing of it yet.
    expect(ids(made.layers.at(-1))).not.toContain('regions-no-data-pattern');
    // Once loaded, the second map is drawn again with the dots (the page map's redraw is not its own).
    await vi.waitFor(() => expect(ids(made.layers.at(-1))).toContain('regions-no-data-pattern'));
    const dots = made.layers.at(-1)!.find((l) => l.id === 'regions-no-data-pattern')!;
    const regions = new Set((dots.props.data as {code: string}[]).map((d) => d.code));
    expect([...regions].sort()).toEqual([REGION_CODES[2], REGION_CODES[6]].sort());
  });

  it('is a picture named in the page’s language after both sides, and no stop in the tab order', async () => {
    const expected = {
      en: 'Map of “Baseline”, compared with “Plan”',
      ru: 'Карта «Базовый вариант» для сравнения с «Plan»',
      ky: '«Plan» менен салыштыруу үчүн «Базалык вариант» картасы',
    };
    const {startCompareMaps} = await import('../../../src/map/compare-map');
    for (const lang of ['en', 'ru', 'ky'] as const) {
      for (const mode of ['swipe', 'split'] as const) {
        const {store, host} = comparing(lang, mode);
        startCompareMaps(store, host);
        const element = document.querySelector('.kg-compare-map')!;
        expect(element.getAttribute('role')).toBe('img');
        expect(element.getAttribute('aria-label')).toBe(expected[lang]);
        const map = made.maps.at(-1)!;
        // maplibre's canvas: out of the tab order, no English "Map" region, no keys.
        expect(map.canvas.tabIndex).toBe(-1);
        expect(map.canvas.hasAttribute('role')).toBe(false);
        expect(map.canvas.hasAttribute('aria-label')).toBe(false);
        expect(map.keyboard.enabled).toBe(false);
        cleanUp();
      }
    }
  });

  it('says with the divider’s position which side is which, in the page’s language', async () => {
    const {store, host} = comparing('en', 'swipe');
    const {startCompareMaps} = await import('../../../src/map/compare-map');
    startCompareMaps(store, host);
    const handle = document.querySelector('.kg-swipe-handle')!;
    expect(handle.getAttribute('aria-valuetext')).toMatch(/^\d+ %: “Baseline” to the left of it, “Plan” to the right$/);
    store.update((s) => ({view: {...s.view, lang: 'ru'}}));
    expect(handle.getAttribute('aria-valuetext')).toMatch(/^\d+ %: слева «Базовый вариант», справа «Plan»$/);
  });

  it('is named while the other side is still being computed, after a saved scenario it is compared with', async () => {
    const {store, host} = comparing('en', 'swipe');
    store.update((s) => ({
      scenario: {...s.scenario!, compare: {mode: 'swipe', against: {kind: 'saved', id: 'x', name: 'Old plan', scenario: emptyScenario('Old plan')}, other: {key: 'p', status: 'pending', result: null}}},
    }));
    const {startCompareMaps} = await import('../../../src/map/compare-map');
    startCompareMaps(store, host);
    expect(document.querySelector('.kg-compare-map')!.getAttribute('aria-label')).toBe('Map of “Old plan”, compared with “Plan”');
    expect(made.layers.at(-1)).toEqual([]);
  });

  it('renames the picture when the scenario is renamed or the language changes', async () => {
    const {store, host} = comparing('en', 'split');
    const {startCompareMaps} = await import('../../../src/map/compare-map');
    startCompareMaps(store, host);
    const element = document.querySelector('.kg-compare-map')!;
    store.update((s) => ({scenario: {...s.scenario!, scenario: {...s.scenario!.scenario, name: 'Plan B'}}}));
    expect(element.getAttribute('aria-label')).toBe('Map of “Baseline”, compared with “Plan B”');
    store.update((s) => ({view: {...s.view, lang: 'ru'}}));
    expect(element.getAttribute('aria-label')).toBe('Карта «Базовый вариант» для сравнения с «Plan B»');
  });

  it('keeps the page map’s bounds, so that both halves show one camera while a phone’s sheet is open', async () => {
    const {store, host} = comparing('en', 'split');
    // The scenario editor's sheet is over a phone's map: the page map may go further south.
    (host.map as unknown as {roomBelow: boolean}).roomBelow = true;
    const {startCompareMaps} = await import('../../../src/map/compare-map');
    startCompareMaps(store, host);
    const second = made.maps.at(-1)!;
    expect(made.rooms).toEqual([true]);
    expect(second.jumps.at(-1)).toEqual({center: {lng: 74.8, lat: 38.5}, zoom: 3.2});
    // The sheet closes (main.ts sets the page map's bounds first): the second map follows, and its camera.
    (host.map as unknown as {roomBelow: boolean}).roomBelow = false;
    second.jumps.length = 0;
    store.update({hover: null, mapFocus: null, legendFilter: null, view: {...store.state.view}});
    expect(made.rooms).toEqual([true, false]);
    expect(second.jumps).toEqual([{center: {lng: 74.8, lat: 38.5}, zoom: 3.2}]);
  });
});

describe('compareSpan', () => {
  it('keeps the comparison to the map no panel covers (the editor over the right of a 1046 px map)', () => {
    expect(compareSpan(1046, {left: 0, right: 638})).toEqual({left: 0, right: 638});
    expect(compareSpan(1046, {left: 0, right: 1046})).toEqual({left: 0, right: 1046});
  });

  it('takes the whole map when panels leave less than half of it (the profile beside the editor)', () => {
    expect(compareSpan(1046, {left: 0, right: 280})).toEqual({left: 0, right: 1046});
  });
});
