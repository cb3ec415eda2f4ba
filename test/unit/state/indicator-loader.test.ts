import {describe, expect, it, vi} from 'vitest';
import type {IndicatorResult} from '../../../src/model/indicator-result';
import {REGION_CODES} from '../../../src/model/region';
import {createAppStore, updateView, type AppState, type AtlasData} from '../../../src/state/app-state';
import {choroplethOf} from '../../../src/state/choropleth';
import {loadIndicators, normaliseResult} from '../../../src/state/indicator-loader';
import {sourcesText, sourceTexts, valueSources} from '../../../src/ui/explorer-text';
import {defaultViewState} from '../../../src/state/view-state';
import type {ComputeRequest} from '../../../src/worker/protocol';
import {SupersededError} from '../../../src/worker/superseded';
import {shippedTables} from '../model/shipped-data';

const tables = shippedTables();
const atlas = {boundaries: {} as AtlasData['boundaries'], tables} satisfies AtlasData;

function computed(request: ComputeRequest, value: (code: string) => number | null): IndicatorResult {
  return {
    ind: request.ind,
    sector: request.sector,
    year: request.year,
    period: null,
    origin: 'computed',
    values: REGION_CODES.map((code) => {
      const v = value(code);
      return v === null ? {code, value: null, status: 'no_data'} : {code, value: v, status: 'ok'};
    }),
    decimals: 2,
    sources: ['sdg-9.2.2'],
    formula: 'LQ = (e_ir / e_r) / (E_i / E)',
  };
}

/** A compute function whose answers the test releases by hand. */
function deferredCompute() {
  const calls: {request: ComputeRequest; resolve: (r: IndicatorResult) => void; reject: (e: Error) => void}[] = [];
  const compute = vi.fn(
    (request: ComputeRequest) => new Promise<IndicatorResult>((resolve, reject) => calls.push({request, resolve, reject})),
  );
  return {compute, calls};
}

const flush = () => new Promise((r) => setTimeout(r, 0));

function storeWith(query: Partial<ReturnType<typeof defaultViewState>> = {}) {
  const store = createAppStore({...defaultViewState('en'), ...query}, [], 'light');
  store.update({atlas, phase: 'ready'});
  return store;
}

describe('loadIndicators', () => {
  it('gives a published indicator at once, without the worker', () => {
    const store = storeWith({ind: 'integral', sector: 'mining'});
    const {compute} = deferredCompute();
    loadIndicators(store, compute);
    expect(store.state.indicator?.status).toBe('ready');
    expect(store.state.indicator?.result?.values[1]).toEqual({code: 'KG-J', value: 5.449, status: 'ok'});
    expect(compute).not.toHaveBeenCalled();
    updateView(store, {sector: 'light_industry'});
    expect(store.state.indicator?.result?.sector).toBe('light_industry');
  });

  it('asks the worker for a computed indicator: pending, then ready', async () => {
    const store = storeWith({ind: 'mfg-lq', sector: 'C', year: 2018});
    const {compute, calls} = deferredCompute();
    loadIndicators(store, compute);
    expect(store.state.indicator?.status).toBe('pending');
    expect(calls[0]!.request).toEqual({ind: 'mfg-lq', sector: 'C', year: 2018, basis: 'employment', data: 'shipped', channel: 'year:mfg-lq:2018'});
    calls[0]!.resolve(computed(calls[0]!.request, () => 1.2));
    await flush();
    expect(store.state.indicator?.status).toBe('ready');
    expect(store.state.indicator?.result?.values.every((v) => v.value === 1.2)).toBe(true);
  });

  it('drops a late answer to a request the view has moved past', async () => {
    const store = storeWith({ind: 'mfg-lq', sector: 'C', year: 2018});
    const {compute, calls} = deferredCompute();
    loadIndicators(store, compute);
    updateView(store, {year: 2019});
    calls[1]!.resolve(computed(calls[1]!.request, () => 2019));
    await flush();
    calls[0]!.resolve(computed(calls[0]!.request, () => 2018));
    await flush();
    expect(store.state.indicator?.result?.year).toBe(2019);
    expect(store.state.indicator?.result?.values[0]!.value).toBe(2019);
  });

  it('keeps the previous year on screen while the next one is computed', async () => {
    const store = storeWith({ind: 'mfg-lq', sector: 'C', year: 2018});
    const {compute, calls} = deferredCompute();
    loadIndicators(store, compute);
    calls[0]!.resolve(computed(calls[0]!.request, () => 1));
    await flush();
    updateView(store, {year: 2019});
    expect(store.state.indicator).toMatchObject({status: 'pending', result: {year: 2018}});
  });

  it('turns a failure (rejected or thrown) into an error state', async () => {
    const store = storeWith({ind: 'grp-pc', sector: 'TOTAL', year: 2020});
    loadIndicators(store, () => {
      throw new Error('worker crashed');
    });
    await flush();
    expect(store.state.indicator).toMatchObject({status: 'error', error: 'worker crashed', errorCode: 'internal', result: null});
    expect(choroplethOf(store.state)).toBeNull();
  });

  it('keeps the engine’s error code of a failure, for the words the page says of it', async () => {
    const store = storeWith({ind: 'grp-pc', sector: 'TOTAL', year: 2020});
    loadIndicators(store, async () => {
      throw Object.assign(new Error('the worker stopped'), {name: 'EngineRequestError', code: 'crashed'});
    });
    await flush();
    expect(store.state.indicator).toMatchObject({status: 'error', errorCode: 'crashed', error: 'the worker stopped'});
  });

  it('clears a report of the engine’s failure once it answers a request made after the report, not one made before', async () => {
    const store = storeWith({ind: 'grp-pc', sector: 'TOTAL', year: 2020});
    const {compute, calls} = deferredCompute();
    loadIndicators(store, compute);
    // The worker crashes under the first request: reported; the client asks the request again and
    // this answer comes back. The report stays: it says what happened.
    const report = {code: 'crashed', message: 'the worker did not answer for 12 s'} as const;
    store.update({engineError: report});
    calls[0]!.resolve(computed(calls[0]!.request, () => 1));
    await flush();
    expect(store.state.indicator?.status).toBe('ready');
    expect(store.state.engineError).toBe(report);
    // The next indicator is asked for after the report: its answer shows the engine works again.
    updateView(store, {ind: 'potential', sector: 'C', year: 2018});
    const potential = calls.at(-1)!;
    expect(potential.request.ind).toBe('potential');
    potential.resolve(computed(potential.request, () => 0.5));
    await flush();
    expect(store.state.engineError).toBeNull();
  });

  it('handles an all-unknown answer (the stub engine) as "no data" everywhere', async () => {
    const store = storeWith({ind: 'potential', sector: 'C', year: 2018});
    loadIndicators(store, async (r) => computed(r, () => null));
    await flush();
    const c = choroplethOf(store.state)!;
    expect(c.legend.map((e) => e.key)).toEqual(['class-0', 'class-1', 'class-2', 'class-3', 'class-4', 'status-no_data']);
    expect(c.legend.at(-1)!.regions).toHaveLength(9);
    expect(c.ranking.ranked).toBe(0);
  });

  it('computes the profile’s series (every year of mfg-lq and grp-pc) once a region is pinned', async () => {
    const store = storeWith({ind: 'integral', sector: 'mining'});
    const compute = vi.fn(async (r: ComputeRequest) => computed(r, () => (r.year ?? 0) / 1000));
    loadIndicators(store, compute);
    expect(compute).not.toHaveBeenCalled();
    updateView(store, {region: 'KG-C'});
    expect(store.state.series?.status).toBe('pending');
    await flush();
    expect(store.state.series?.status).toBe('ready');
    expect(store.state.series?.results['mfg-lq']).toHaveLength(15);
    expect(store.state.series?.results['grp-pc']).toHaveLength(18);
    expect(compute).toHaveBeenCalledTimes(33);
    updateView(store, {region: 'KG-T'});
    expect(compute).toHaveBeenCalledTimes(33);
  });
});

describe('loadIndicators: the year slider', () => {
  it('asks for every other year of a series once one is shown, each on its own channel', async () => {
    const store = storeWith({ind: 'mfg-lq', sector: 'C', year: 2024});
    const {compute, calls} = deferredCompute();
    loadIndicators(store, compute);
    expect(calls).toHaveLength(1);
    calls[0]!.resolve(computed(calls[0]!.request, () => 1));
    await flush();
    const years = calls.slice(1).map((c) => c.request.year);
    expect(years).toEqual([2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023]);
    expect(calls.slice(1).map((c) => c.request.channel)).toEqual(years.map((y) => `year:mfg-lq:${y}`));
  });

  it('shows a year already computed at once, without asking the worker again', async () => {
    const store = storeWith({ind: 'mfg-lq', sector: 'C', year: 2024});
    const compute = vi.fn(async (r: ComputeRequest) => computed(r, () => r.year!));
    loadIndicators(store, compute);
    await flush();
    expect(compute).toHaveBeenCalledTimes(15);
    updateView(store, {year: 2012});
    expect(store.state.indicator).toMatchObject({status: 'ready', result: {year: 2012}});
    expect(store.state.indicator?.result?.values[0]!.value).toBe(2012);
    // The region profile's series reads the same results: only grp-pc's years are asked for.
    updateView(store, {region: 'KG-C'});
    await flush();
    expect(store.state.series?.status).toBe('ready');
    expect(compute).toHaveBeenCalledTimes(15 + 18);
  });

  it('does not ask for the years of a view it has moved past', async () => {
    const store = storeWith({ind: 'mfg-lq', sector: 'C', year: 2024});
    const {compute, calls} = deferredCompute();
    loadIndicators(store, compute);
    updateView(store, {ind: 'grp-pc', sector: 'TOTAL', year: 2023});
    calls[0]!.resolve(computed(calls[0]!.request, () => 1));
    await flush();
    expect(calls.map((c) => c.request.ind)).toEqual(['mfg-lq', 'grp-pc']);
  });

  it('keeps the profile’s series when the map moves on to another indicator while a year is computed', async () => {
    // A worker client that, like src/worker/client.ts, cancels a request when a newer one arrives on
    // its channel.
    const calls: {request: ComputeRequest; resolve: (r: IndicatorResult) => void; reject: (e: Error) => void; done: boolean}[] = [];
    const compute = (request: ComputeRequest) =>
      new Promise<IndicatorResult>((resolve, reject) => {
        const channel = request.channel ?? 'indicator';
        for (const c of calls) if (!c.done && (c.request.channel ?? 'indicator') === channel) (c.done = true), c.reject(new SupersededError());
        calls.push({request, resolve, reject, done: false});
      });
    const store = storeWith({ind: 'mfg-lq', sector: 'C', year: 2024});
    loadIndicators(store, compute);
    updateView(store, {region: 'KG-C'});
    updateView(store, {ind: 'lq', sector: 'C', year: 2018});
    for (const c of calls) if (!c.done) (c.done = true), c.resolve(computed(c.request, () => 1));
    await flush();
    expect(store.state.series?.status).toBe('ready');
    expect(store.state.series?.results['mfg-lq']).toHaveLength(15);
  });

  it('does not ask for the other years under a scenario (each of its edits is a new key)', async () => {
    const store = storeWith({ind: 'mfg-lq', sector: 'C', year: 2024});
    store.update({scenario: {computeKey: 'w=1', compute: {weights: {lq_employment: 0}}} as unknown as AppState['scenario']});
    const compute = vi.fn(async (r: ComputeRequest) => computed(r, () => 1));
    loadIndicators(store, compute);
    await flush();
    expect(store.state.indicator?.status).toBe('ready');
    expect(compute).toHaveBeenCalledTimes(1);
  });

  it('computes again when another file is imported while its data is shown', async () => {
    const store = storeWith({ind: 'lq', sector: 'C', year: 2018, data: 'user'});
    const info = (importedAt: string) => ({name: 'a.csv', size: 1, importedAt, rows: 1, summary: {} as never});
    store.update({userDataset: info('2026-12-04T10:00:00.000Z')});
    const compute = vi.fn(async (r: ComputeRequest) => computed(r, () => 1));
    loadIndicators(store, compute);
    await flush();
    expect(compute).toHaveBeenCalledTimes(1);
    store.update({userDataset: info('2026-12-04T10:05:00.000Z')});
    expect(store.state.indicator?.status).toBe('pending');
    await flush();
    expect(compute).toHaveBeenCalledTimes(2);
  });
});

describe('normaliseResult', () => {
  it('puts values in region order, turns non-numbers into "no data" and fills missing regions', () => {
    const raw = {
      ...computed({ind: 'lq', sector: 'C', year: 2018, basis: 'employment', data: 'user'}, () => 1),
      values: [
        {code: 'KG-GO', value: Number.NaN, status: 'ok'},
        {code: 'KG-B', value: 0.5, status: 'ok'},
      ],
      sources: [],
    } as IndicatorResult;
    const r = normaliseResult(raw, {ind: 'lq', sector: 'C', year: 2018, data: 'user'}, 'mine.csv');
    expect(r.values.map((v) => v.code)).toEqual([...REGION_CODES]);
    expect(r.values[0]).toEqual({code: 'KG-B', value: 0.5, status: 'ok'});
    expect(r.values[8]).toEqual({code: 'KG-GO', value: null, status: 'no_data'});
    expect(r.values[1]).toEqual({code: 'KG-J', value: null, status: 'no_data'});
    expect(r.sources).toEqual(['user-data:mine.csv']);
  });

  it('says that values computed under a scenario are the planner’s, before the sources of its inputs', async () => {
    const raw = {...computed({ind: 'potential', sector: 'C', year: 2018, basis: 'employment', data: 'shipped'}, () => 1), sources: ['github:sdg 9.2.2 x']} as IndicatorResult;
    const shipped = {ind: 'potential', sector: 'C', year: 2018, data: 'shipped'} as const;
    const r = normaliseResult(raw, {...shipped, scenario: {} as ComputeRequest['scenario']});
    expect(r.sources).toEqual(['scenario', 'github:sdg 9.2.2 x']);
    await import('../../../src/state/scenario-session'); // which brings the words of a scenario
    expect(sourcesText('en', r.sources)).toBe(
      'values computed under the scenario open in this browser (its edits and settings; not published) from: National Statistical Committee, national SDG platform, indicator 9.2.2 (share of employment in manufacturing, labour force survey)',
    );
    expect(sourceTexts('en', r.sources)).toHaveLength(1);
    expect(normaliseResult(raw, shipped).sources).toEqual(['github:sdg 9.2.2 x']);
  });

  it('cites values computed from an imported file as the file’s first, and never the published sources in its place', () => {
    const raw = {...computed({ind: 'mfg-lq', sector: 'C', year: 2020, basis: 'employment', data: 'user'}, () => null), sources: []} as IndicatorResult;
    const user = {ind: 'mfg-lq', sector: 'C', year: 2020, data: 'user'} as const;
    // No value, no source the file names: the file, not NSC's 9.2.2 (what mfg-lq cites of the shipped data).
    expect(normaliseResult(raw, user, 'mine.csv').sources).toEqual(['user-data:mine.csv']);
    expect(normaliseResult(raw, {...user, data: 'shipped'}).sources).toEqual(['sdg-9.2.2']);
    const named = {...raw, sources: ['Нацстатком, расчёты Минэкономики']};
    expect(normaliseResult(named, user, 'mine.csv').sources).toEqual(['user-data:mine.csv', 'Нацстатком, расчёты Минэкономики']);
    expect(normaliseResult(named, {...user, scenario: {} as ComputeRequest['scenario']}, 'mine.csv').sources).toEqual(['scenario', 'user-data:mine.csv', 'Нацстатком, расчёты Минэкономики']);
  });

  it('keeps a region’s own sources, cited as the result’s are (a scenario’s, an imported file’s first), and only a list of texts', () => {
    const raw = {
      ...computed({ind: 'lq', sector: 'C', year: 2018, basis: 'employment', data: 'user'}, () => 1),
      values: [
        {code: 'KG-B', value: 0.5, status: 'ok', sources: ['survey of Batken', 'national census']},
        {code: 'KG-J', value: 0.7, status: 'ok', sources: ['x', 3]},
        {code: 'KG-N', value: 0.9, status: 'ok', sources: '<b>not a list</b>'},
      ],
      sources: ['survey of Batken', 'survey of Jalal-Abad', 'national census'],
    } as unknown as IndicatorResult;
    const request = {ind: 'lq', sector: 'C', year: 2018, data: 'user', scenario: {} as ComputeRequest['scenario']} as const;
    const r = normaliseResult(raw, request, 'mine.csv');
    const byCode = Object.fromEntries(r.values.map((v) => [v.code, v]));
    expect(byCode['KG-B']!.sources).toEqual(['scenario', 'user-data:mine.csv', 'survey of Batken', 'national census']);
    expect(byCode['KG-J']!.sources).toBeUndefined();
    expect(byCode['KG-N']!.sources).toBeUndefined();
    expect(valueSources('KG-J', r)).toEqual(r.sources);
    expect(normaliseResult(raw, {...request, data: 'shipped', scenario: undefined}).values[0]!.sources).toEqual(['survey of Batken', 'national census']);
    // An unknown value's inputs' sources (the ones it has), as given; only a list of texts.
    const unknown = {...raw, values: [{code: 'KG-B', value: null, status: 'no_data', partialSources: ['national census']}, {code: 'KG-J', value: null, status: 'no_data', partialSources: [1]}]} as unknown as IndicatorResult;
    const shipped = normaliseResult(unknown, {...request, data: 'shipped', scenario: undefined}).values;
    expect(shipped[0]!.partialSources).toEqual(['national census']);
    expect(shipped.find((v) => v.code === 'KG-J')!.partialSources).toBeUndefined();
  });

  it('keeps the rank range of the composite index only when it is a range of ranks', () => {
    const raw = computed({ind: 'potential', sector: 'C', year: 2018, basis: 'employment', data: 'shipped'}, () => 1);
    raw.values[0]!.rankRange = [2, 5];
    raw.values[1]!.rankRange = [5, 2] as [number, number];
    raw.values[2]!.rankRange = [0, 3];
    raw.values[3]!.rankRange = [1.5, 3] as [number, number];
    const r = normaliseResult(raw, {ind: 'potential', sector: 'C', year: 2018, data: 'shipped'});
    expect(r.values.map((v) => v.rankRange ?? null)).toEqual([[2, 5], null, null, null, null, null, null, null, null]);
  });

  it('keeps a value’s details (the index’s components) only when each is a number or unknown', () => {
    const raw = computed({ind: 'potential', sector: 'C', year: 2018, basis: 'employment', data: 'shipped'}, () => 1);
    raw.values[0]!.components = {lq_employment: 1.37, spec: null};
    raw.values[1]!.components = {lq_employment: Number.NaN};
    raw.values[2]!.components = 'x' as unknown as Record<string, number>;
    const r = normaliseResult(raw, {ind: 'potential', sector: 'C', year: 2018, data: 'shipped'});
    expect(r.values[0]!.components).toEqual({lq_employment: 1.37, spec: null});
    expect(r.values[1]!.components).toBeUndefined();
    expect(r.values[2]!.components).toBeUndefined();
  });
});
