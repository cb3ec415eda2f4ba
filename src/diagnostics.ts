// window.__atlas: what the page knows about its own rendering, for the end-to-end tests and for
// anyone debugging in the console. Read-only facts, a projection helper and the engine's read-only
// compute function; no test-only behaviour.
import type {IndicatorResult} from './model/indicator-result';
import type {Scenario} from './model/scenario';
import type {ComputeRequest} from './worker/protocol';

export interface Diagnostics {
  /** True once the map is idle and every deck.gl layer has drawn. */
  ready: boolean;
  /** ms from navigation start to the first frame with every deck.gl layer loaded. */
  firstRenderMs: number | null;
  /** ms from navigation start to the first maplibre "idle". */
  mapIdleMs: number | null;
  /** ms from navigation start to the first time `ready` became true. */
  readyMs: number | null;
  /** What deck.gl drew last: the regions' paint key (changes with the indicator, year, classes…) and when (ms from navigation start). */
  lastDraw: {key: string; at: number} | null;
  errors: string[];
  /** Screen position (CSS px, relative to the viewport) of a longitude/latitude. */
  project: (lon: number, lat: number) => [number, number] | null;
  /** The coefficient engine (Web Worker), as the page uses it; computes, changes nothing. */
  compute: ((request: ComputeRequest) => Promise<IndicatorResult>) | null;
  /** The planner's current scenario (set once the scenario code has loaded); null = none. */
  scenario?: () => Scenario | null;
}

declare global {
  interface Window {
    __atlas: Diagnostics;
  }
}

export function installDiagnostics(): Diagnostics {
  const d: Diagnostics = {ready: false, firstRenderMs: null, mapIdleMs: null, readyMs: null, lastDraw: null, errors: [], project: () => null, compute: null};
  window.__atlas = d;
  return d;
}
