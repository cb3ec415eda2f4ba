// What the code-split scenario editor and comparison (and the map's buttons, map-controls.ts) need of
// the page's map, handed over by main.ts (the composition root) without the first view importing them:
// the map, its container, the baseline atlas, how a state is painted and drawn, and the store.
import type {LayerHandlers, RegionPaint} from '../layers/build-layers';
import type {AtlasMap} from '../map/atlas-map';
import type {AppState, AppStore, AtlasData} from '../state/app-state';

export interface ScenarioHost {
  map: AtlasMap;
  container: HTMLElement;
  baseline: AtlasData;
  paint: (state: AppState) => RegionPaint;
  handlers: LayerHandlers;
  store: AppStore;
}

let host: ScenarioHost | null = null;
const waiting: ((h: ScenarioHost) => void)[] = [];

export function setScenarioHost(h: ScenarioHost): void {
  host = h;
  for (const resolve of waiting.splice(0)) resolve(h);
}

/** The map host, once the map exists. */
export function scenarioHost(): Promise<ScenarioHost> {
  return host ? Promise.resolve(host) : new Promise((resolve) => waiting.push(resolve));
}
