// @vitest-environment happy-dom
// The change over time (`from=`): the map's year minus another, as the scenario comparison's
// difference map, and its words (title, table's sides, summary, CSV).
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import type {Topology} from 'topojson-specification';
import {afterEach, beforeAll, describe, expect, it, vi} from 'vitest';
import {render} from 'lit';
import Papa from 'papaparse';
import {makeCsv, pngContent} from '../../../src/export/exporters';
import {decodeBoundaries} from '../../../src/io/boundaries';
import {regionNamer} from '../../../src/i18n/region-names';
import {comparison} from '../../../src/model/difference';
import type {IndicatorResult} from '../../../src/model/indicator-result';
import {REGION_CODES} from '../../../src/model/region';
import {emptyScenario} from '../../../src/model/scenario';
import {updateView, type AppStore, type AtlasData} from '../../../src/state/app-state';
import {resultKey} from '../../../src/state/indicator-loader';
import {newSession} from '../../../src/state/scenario-state';
import {fromFits, installYearCompare} from '../../../src/state/year-compare';
import {paintDifferences} from '../../../src/state/scenario-state';
import {choroplethOf} from '../../../src/state/choropleth';
import {comparisonNames, differenceMapLegend, differenceSummary, movedByTotals, regionDifferenceWords} from '../../../src/ui/comparison-text';
import {sourceText} from '../../../src/ui/explorer-text';
import '../../../src/ui/kg-difference-views';
import {tooltipContent} from '../../../src/ui/tooltip-content';
import {computedResult} from '../model/helpers';
import {shippedTables} from '../model/shipped-data';
import {cleanUp, componentStore} from './component-store';

// The other year, as the engine would give it: 2010's values (and the request it answers).
const asked: {year: number | null; channel?: string}[] = [];
/** The other year's sources, as the engine would cite them (none unless a test says). */
let otherYear: Partial<IndicatorResult> = {};
const V2010 = [0.7, 0.5, 0.8, 1.2, 0.4, 0.9, 1.1, null, 0.6];
const V2024 = [1.0, 0.5, 0.6, 1.2, 0.4, 0.9, 1.1, 0.7, null];
vi.mock('../../../src/worker/lazy-engine', () => ({
  computeIndicatorLazily: (request: {year: number | null; channel?: string}) => {
    asked.push(request);
    return Promise.resolve(computedResult(V2010, {...otherYear, year: request.year}));
  },
}));

let atlas: AtlasData;
beforeAll(() => {
  const topo = JSON.parse(readFileSync(join(import.meta.dirname, '../../../geo/kg.topo.json'), 'utf8')) as Topology;
  atlas = {tables: shippedTables(), boundaries: decodeBoundaries(topo)};
});
afterEach(() => {
  cleanUp();
  asked.length = 0;
  otherYear = {};
});

const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

async function store2024(from: number | null): Promise<AppStore> {
  const store = componentStore(atlas, {lang: 'en', ind: 'mfg-lq', sector: 'C', year: 2024, from});
  await settled(); // the loader's own request to the (absent) engine has failed
  // Under the key the loader asks for, so that it does not ask again.
  store.update({indicator: {key: resultKey(store.state, store.state.view), status: 'ready', result: computedResult(V2024), error: null}});
  return store;
}

describe('fromFits', () => {
  it.each([
    [{ind: 'mfg-lq', year: 2024, from: 2010}, true],
    [{ind: 'mfg-lq', year: 2010, from: 2024}, true],
    [{ind: 'mfg-lq', year: 2024, from: 2024}, false],
    [{ind: 'mfg-lq', year: 2024, from: 2009}, false],
    [{ind: 'grp-pc', year: 2023, from: 2006}, true],
    [{ind: 'integral', year: null, from: 2015}, false],
    [{ind: 'lq2018', year: 2018, from: 2017}, false],
    [{ind: 'mfg-lq', year: 2024, from: null}, false],
  ] as const)('%o → %s', (view, fits) => {
    expect(fromFits(view)).toBe(fits);
  });
});

describe('paintDifferences, for a year', () => {
  it('paints each region in its difference class, and a region unknown in either year as no data', () => {
    const {rows, classOf} = comparison(computedResult(V2024), computedResult(V2010, {year: 2010}), 'light');
    const paint = paintDifferences('year', rows, classOf, 'light');
    expect(paint.key.startsWith('year|light|')).toBe(true);
    expect(paint.unknown).toEqual([rows[7]!.code, rows[8]!.code]);
    expect(paint.fills[rows[0]!.code]).toEqual(classOf(0.3).color);
    expect(paint.fills[rows[2]!.code]).toEqual(classOf(-0.2).color);
    expect(paint.fills[rows[0]!.code]).not.toEqual(paint.fills[rows[2]!.code]);
  });
});

describe('the year comparison', () => {
  it('asks for the other year on its own channel and paints this year minus it', async () => {
    const store = await store2024(2010);
    installYearCompare(store);
    await settled();
    expect(asked).toEqual([expect.objectContaining({ind: 'mfg-lq', sector: 'C', year: 2010, channel: 'from-year'})]);
    expect(store.state.regionPaint?.key.startsWith('year|')).toBe(true);
    const legend = differenceMapLegend('en', store.state)!;
    expect(legend.title).toBe('Change 2010 → 2024: Manufacturing employment location quotient');
    expect(comparisonNames('en', store.state)).toEqual({thisName: '2024', otherName: '2010'});
    expect(legend.rows[0]).toMatchObject({value: 1.0, other: 0.7});
    expect(legend.rows[0]!.diff).toBeCloseTo(0.3);
    // Unknown in either year: no change can be said.
    expect(legend.rows[7]!.diff).toBeNull();
    expect(legend.rows[8]!.diff).toBeNull();
    // No scenario edit explains a change between years.
    expect(movedByTotals(store.state, legend.rows).size).toBe(0);
    const summary = differenceSummary('en', store.state, regionNamer(atlas.tables.regions))!;
    expect(summary).toContain('Change 2010 → 2024: Manufacturing employment location quotient');
    // Its years are in the title, not said again after the sector.
    expect(summary).toMatch(/^Change 2010 → 2024: Manufacturing employment location quotient — C — Manufacturing\. /);
    expect(summary).toContain('Regions higher in 2024 than in 2010: 1; lower: 1; no change: 5.');
    expect(differenceSummary('ru', store.state, regionNamer(atlas.tables.regions))).toContain('Регионов, где в 2024 г. выше, чем в 2010 г.: 1; ниже: 1; без изменений: 5.');
    // The CSV: each region's 2024 value, the year it is compared with, its value then, and the change.
    const csv = await makeCsv(store.state).blob.text();
    const [header, first] = Papa.parse<string[]>(csv.replace(/^\uFEFF/, '')).data;
    const field = (name: string) => first![header!.indexOf(name)];
    expect([field('period'), field('value'), field('compared_with'), field('compared_value')]).toEqual(['2024', '1', '2010', '0.7']);
    expect(Number(field('difference'))).toBeCloseTo(0.3);
    expect(makeCsv(store.state).fileName).toBe('kg-cluster-atlas_mfg-lq_c_2010-2024_difference_en.csv');
  });

  it('stops when the year is chosen away, and leaves a scenario’s own paint alone', async () => {
    const store = await store2024(2010);
    installYearCompare(store);
    await settled();
    updateView(store, {from: null});
    expect(store.state.regionPaint).toBeNull();
    expect(differenceMapLegend('en', store.state)).toBeNull();
    store.update({regionPaint: {of: 'scenario', key: 'diff|light|x', fills: {}, unknown: []}});
    expect(store.state.regionPaint?.key).toBe('diff|light|x');
  });

  it('drops a year the view has moved onto, or that the indicator does not have', async () => {
    const store = await store2024(2010);
    installYearCompare(store);
    await settled();
    updateView(store, {year: 2010});
    expect(store.state.view.from).toBeNull();
    updateView(store, {from: 2015});
    updateView(store, {ind: 'integral', sector: 'light_industry', year: null});
    expect(store.state.view.from).toBeNull();
    expect(store.state.notices).toEqual([]);
  });

  // Two years' values may rest on different figures (a population of another count, another table):
  // the difference of a region is cited with both.
  it('cites both years’ sources: a region’s in its tooltip and its row of the CSV, the column’s under the table and in the PNG', async () => {
    const [first, second] = REGION_CODES;
    const store = await store2024(null);
    const these = computedResult(V2024, {sources: ['sdg-9.2.2']});
    store.update({indicator: {...store.state.indicator!, result: these}});
    const others = computedResult(V2010, {sources: ['sdg-9.2.2', 'nsc-grp']});
    otherYear = {sources: others.sources, values: others.values.map((v) => (v.code === first ? {...v, sources: ['sdg-9.2.2', 'seed003-t3']} : v))};
    installYearCompare(store);
    updateView(store, {from: 2010});
    await settled();
    expect(differenceMapLegend('en', store.state)!.sources).toEqual(['sdg-9.2.2', 'nsc-grp']);
    expect(regionDifferenceWords('en', store.state, first!)!.sources).toEqual(['sdg-9.2.2', 'seed003-t3']);
    expect(regionDifferenceWords('en', store.state, second!)!.sources).toEqual(['sdg-9.2.2', 'nsc-grp']);
    const host = document.createElement('div');
    render(tooltipContent({kind: 'region', code: first!}, store.state), host);
    expect(host.querySelector('.source')!.textContent).toContain(sourceText('en', 'seed003-t3'));
    const csv = await makeCsv(store.state).blob.text();
    const [header, ...rows] = Papa.parse<string[]>(csv.replace(/^\uFEFF/, '')).data;
    expect(rows.find((row) => row[0] === first)![header!.indexOf('source')]).toContain(sourceText('en', 'seed003-t3'));
    expect(pngContent(store.state, choroplethOf(store.state)!).source).toContain(sourceText('en', 'nsc-grp'));
  });

  it('gives way to a scenario comparison: a link with both says why its from= was not used', async () => {
    const store = await store2024(2010);
    store.update({scenario: {...newSession(emptyScenario('Plan')), compare: {mode: 'difference', against: {kind: 'baseline'}, other: null}}});
    installYearCompare(store);
    expect(store.state.view.from).toBeNull();
    expect(asked).toEqual([]);
    const [notice] = store.state.notices;
    expect(notice).toMatchObject({param: 'from', value: '2010'});
    expect(notice!.detail!('en')).toBe('a scenario comparison, vs=, is shown instead');
  });
});
