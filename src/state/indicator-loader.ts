// Side effects only: keeps `AppState.indicator` (and the profile's computed series) in step with the
// view. Published indicators are read from the shipped tables at once; computed ones are asked of the
// worker (src/worker/client.ts). A late answer to a request the view has moved past is dropped, and a
// failure becomes an error state the UI explains, never an exception.
import {INDICATOR_INFO, USER_FILE} from '../model/indicator-catalog';
import type {IndicatorResult, RegionValue} from '../model/indicator-result';
import {INDICATORS, type IndicatorId} from '../model/indicators';
import {isPublishedIndicator, publishedIndicator} from '../model/published-indicators';
import {REGION_CODES} from '../model/region';
import type {ComputeRequest, EngineErrorCode} from '../worker/protocol';
import type {AppState, AppStore} from './app-state';
import {ResultCache} from './result-cache';
import type {ViewState} from './view-state';

export type ComputeFn = (request: ComputeRequest) => Promise<IndicatorResult>;

/** Everything a result depends on. */
export function indicatorRequestKey(view: ViewState): string {
  return [view.ind, view.sector, view.year ?? '', view.data, view.basis, view.s ?? ''].join('|');
}

/** Computed indicators with a shipped yearly series, charted in the region profile. */
export const SERIES_INDICATORS = ['mfg-lq', 'grp-pc'] as const;

/**
 * Results kept: every year of both series (33) for a few views (data, basis, scenario), and the latest
 * scenario edits; each is a few hundred bytes to a few kilobytes.
 */
const KEPT_RESULTS = 100;

/** What a computed result depends on besides the view: the scenario, and which import `data=user` is. */
function contextKey(s: AppState): string {
  return `${s.scenario?.computeKey ?? ''}|${s.view.data === 'user' ? (s.userDataset?.importedAt ?? '') : ''}`;
}

/** The key a result of `view` is kept by, in the state `s` (its scenario and import). */
export function resultKey(s: AppState, view: ViewState): string {
  return `${indicatorRequestKey(view)}|${contextKey(s)}`;
}

/**
 * What the worker is asked for `view` in the state `s`. A year of a series goes on that year's channel,
 * which the map, the slider's other years and the profile's series share: on the map's own channel,
 * choosing another indicator would cancel a year the series waits for.
 */
export function computeRequest(s: AppState, view: ViewState): ComputeRequest {
  const {ind, sector, year, basis, data} = view;
  const scenario = s.scenario?.compute ?? null;
  const channel = isSeriesIndicator(ind) && year !== null ? {channel: yearChannel(ind, year)} : {};
  return {ind, sector, year, basis, data, ...channel, ...(scenario ? {scenario} : {})};
}

export function loadIndicators(store: AppStore, compute: ComputeFn): () => void {
  // Results by request key. The series' years (SERIES_INDICATORS) are all asked for once one of them
  // is on the map, so that moving the year slider is a look-up rather than a round trip to the worker;
  // the region profile's charts read the same results.
  const results = new ResultCache<IndicatorResult>(KEPT_RESULTS);
  const computeKept = (key: string, request: ComputeRequest) =>
    results.get(key, () => safely(() => compute(request)).then((r) => normaliseResult(r, request, store.state.userDataset?.name)));
  // Reads the store afresh at each step: an update made by one step re-enters this function
  // synchronously, and the next step must see it.
  const run = () => {
    if (!store.state.atlas) return;
    const key = resultKey(store.state, store.state.view);
    if (store.state.indicator?.key !== key) requestIndicator(store, store.state, key, results, computeKept);
    const {view, series} = store.state;
    const seriesKey = [view.data, view.basis, view.s ?? '', contextKey(store.state)].join('|');
    if (view.region !== null && series?.key !== seriesKey) requestSeries(store, seriesKey, computeKept);
  };
  run();
  return store.subscribe(run);
}

type ComputeKept = (key: string, request: ComputeRequest) => Promise<IndicatorResult>;

function requestIndicator(store: AppStore, s: AppState, key: string, results: ResultCache<IndicatorResult>, computeKept: ComputeKept): void {
  const {ind, sector} = s.view;
  if (isPublishedIndicator(ind)) {
    store.update({indicator: {key, status: 'ready', result: publishedIndicator(s.atlas!.tables, ind, sector), error: null}});
    return;
  }
  const kept = results.settled(key);
  if (kept) {
    store.update({indicator: {key, status: 'ready', result: kept, error: null}});
    return;
  }
  // While a new year or scenario is computed, keep showing the previous result of the same
  // indicator and sector (marked pending) rather than flashing the map grey.
  const previous = s.indicator?.result;
  const keep = previous && previous.ind === ind && previous.sector === sector ? previous : null;
  store.update({indicator: {key, status: 'pending', result: keep, error: null}});
  const settle = (patch: Partial<NonNullable<AppState['indicator']>>) => {
    if (store.state.indicator?.key !== key) return;
    store.update({indicator: {key, status: 'ready', result: null, error: null, ...patch}});
  };
  // A report of the engine's failure made before this request: once the engine answers, it is out of
  // date (its words, "stopped… asked for again", no longer describe the engine). Not the answer to a
  // request made before the failure: that may be the request asked again, the failure's own sequel.
  const reportBefore = s.engineError;
  computeKept(key, computeRequest(s, s.view)).then(
    (result) => {
      if (store.state.indicator?.key !== key) return;
      if (reportBefore !== null && store.state.engineError === reportBefore) store.update({engineError: null});
      settle({result});
      // The slider's other years, asked for in the background (a failure is reported as any engine
      // failure, and again if that year is chosen). Not under a scenario: its every edit is a new
      // key, and dragging one of its sliders would queue a series of years ahead of the map's own.
      if (isSeriesIndicator(ind) && !s.scenario?.compute) yearsOf(s, ind, computeKept).catch(() => undefined);
    },
    (error: unknown) => settle({status: 'error', error: error instanceof Error ? error.message : String(error), errorCode: engineErrorCode(error)}),
  );
}

type SeriesIndicator = (typeof SERIES_INDICATORS)[number];

function isSeriesIndicator(ind: IndicatorId): ind is SeriesIndicator {
  return (SERIES_INDICATORS as readonly IndicatorId[]).includes(ind);
}

/** The worker channel of one year of a series: a request there is replaced only by one for that year. */
function yearChannel(ind: SeriesIndicator, year: number): string {
  return `year:${ind}:${year}`;
}

/**
 * Every year of a series indicator in the view of `s` (its sector is fixed), each on its own worker
 * channel (computeRequest): kept results where there are some.
 */
function yearsOf(s: AppState, ind: SeriesIndicator, computeKept: ComputeKept): Promise<IndicatorResult[]> {
  const years = INDICATORS[ind].years!;
  const sector = INDICATORS[ind].defaultSector;
  const all = Array.from({length: years.max - years.min + 1}, (_, i) => years.min + i);
  return Promise.all(
    all.map((year) => {
      const view = {...s.view, ind, sector, year};
      return computeKept(resultKey(s, view), computeRequest(s, view));
    }),
  );
}

function requestSeries(store: AppStore, key: string, computeKept: ComputeKept): void {
  const s = store.state;
  store.update({series: {key, status: 'pending', results: {}}});
  const jobs = SERIES_INDICATORS.map(async (ind) => [ind, await yearsOf(s, ind, computeKept)] as const);
  Promise.all(jobs).then(
    (pairs) => {
      if (store.state.series?.key === key) store.update({series: {key, status: 'ready', results: Object.fromEntries(pairs)}});
    },
    () => {
      if (store.state.series?.key === key) store.update({series: {key, status: 'error', results: {}}});
    },
  );
}

/**
 * The engine's error code of a failure (an EngineRequestError of client.ts, told by its name so that the
 * client need not be loaded), else 'internal' (e.g. an answer that could not be made safe to show).
 */
function engineErrorCode(error: unknown): EngineErrorCode {
  return error instanceof Error && error.name === 'EngineRequestError' ? (error as Error & {code: EngineErrorCode}).code : 'internal';
}

/** Turns a synchronous throw into a rejected promise, so both are handled in one place. */
function safely<T>(f: () => Promise<T>): Promise<T> {
  try {
    return f();
  } catch (error) {
    return Promise.reject(error);
  }
}

/** A value's details (the index's components, the shares behind spec): numbers or null, else left out. */
function saneComponents(components: unknown): {components?: Record<string, number | null>} {
  if (!components || typeof components !== 'object') return {};
  const entries = Object.entries(components as Record<string, unknown>);
  return entries.every(([, x]) => x === null || (typeof x === 'number' && Number.isFinite(x))) ? {components: Object.fromEntries(entries) as Record<string, number | null>} : {};
}

/**
 * Makes a result from the worker safe to show: one value per region in REGION_CODES order, and a
 * value that is not a finite number is unknown (never zero, never NaN on screen). A rank range and
 * details are kept only when they are what they claim to be. `file`: the imported file's name, cited
 * when the request is for data=user.
 */
export function normaliseResult(result: IndicatorResult, request: Pick<ComputeRequest, 'ind' | 'sector' | 'year' | 'data' | 'scenario'>, file = ''): IndicatorResult {
  const {ind, sector, year, data, scenario} = request;
  const user = data === 'user';
  // Values computed under a scenario are the planner's, not the statistics': cited first as such; so
  // are values computed from an imported file, then the sources the file names.
  const cited = (sources: string[]) => [...(scenario ? ['scenario'] : []), ...(user ? [USER_FILE + file] : []), ...sources];
  // A region's own sources (compute-indicator.ts), kept when they are a list of citations.
  const citations = (sources: unknown): sources is string[] => Array.isArray(sources) && sources.length > 0 && sources.every((x) => typeof x === 'string');
  const own = (sources: unknown) => (citations(sources) ? {sources: cited(sources)} : {});
  const values = REGION_CODES.map((code): RegionValue => {
    const v = result.values?.find((x) => x.code === code);
    if (!v) return {code, value: null, status: 'no_data'};
    const components = saneComponents(v.components);
    // An unknown value: the sources of the inputs it has (explorer-text valueSourceLine).
    if (v.status !== 'ok') return {code, value: null, status: v.status, ...components, ...(citations(v.partialSources) ? {partialSources: v.partialSources} : {})};
    if (typeof v.value !== 'number' || !Number.isFinite(v.value)) return {code, value: null, status: 'no_data'};
    // potential: the best and worst rank under varied weights, kept when it is a sane range.
    const r = v.rankRange;
    const sane = Array.isArray(r) && r.length === 2 && Number.isInteger(r[0]) && Number.isInteger(r[1]) && r[0] >= 1 && r[0] <= r[1] && r[1] <= REGION_CODES.length;
    return {code, value: v.value, status: 'ok', ...(sane ? {rankRange: [r[0], r[1]] as [number, number]} : {}), ...components, ...own(v.sources)};
  });
  return {
    ...result,
    ind: result.ind ?? ind,
    sector: result.sector ?? sector,
    year: result.year ?? year,
    values,
    decimals: Number.isInteger(result.decimals) && result.decimals >= 0 && result.decimals <= 6 ? result.decimals : 2,
    // The engine names its sources; if it names none, the inputs the indicator is computed from are cited
    // (for data=user nothing more: the published ones are not what the values come from).
    sources: cited(Array.isArray(result.sources) && result.sources.length > 0 ? result.sources : user ? [] : [...INDICATOR_INFO[ind].sources]),
  };
}
