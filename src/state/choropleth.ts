// What the map, legend, table and tooltip share about the current indicator: its classification,
// class colours, legend, ranks and each region's fill. Derived from the state (never stored), and
// memoised, because every component asks for it on every render.
import {MAP_COLORS} from '../map/map-colors';
import {classify, type Classification} from '../model/classify';
import {shownValue, type IndicatorResult, type RegionValue} from '../model/indicator-result';
import {buildLegend, emphasisedRegions, entryOf, type LegendEntry} from '../model/legend';
import {classColors, type Rgba} from '../model/palette';
import {rankRegions, type Ranking} from '../model/ranking';
import type {RegionCode} from '../model/region';
import type {AppState} from './app-state';

export interface Choropleth {
  /** Changes whenever any region's fill or the legend changes. */
  key: string;
  result: IndicatorResult;
  classification: Classification;
  legend: LegendEntry[];
  ranking: Ranking;
  value: (code: RegionCode) => RegionValue;
  entry: (code: RegionCode) => LegendEntry | null;
  fill: (code: RegionCode) => Rgba;
  /** The regions the legend filter emphasises; null = all. */
  emphasised: ReadonlySet<RegionCode> | null;
}

/** The last two choropleths asked for: the page map's and, while comparing, the other map's. */
let memo: {inputs: unknown[]; output: Choropleth | null}[] = [];

export function choroplethOf(state: AppState): Choropleth | null {
  const {view, theme, indicator, legendFilter} = state;
  const inputs = [indicator?.result, view.classes, view.n, view.breaks, theme, legendFilter];
  const hit = memo.find((m) => m.inputs.every((x, i) => Object.is(x, inputs[i])));
  if (hit) return hit.output;
  const output = indicator?.result ? build(indicator.result, state) : null;
  memo = [{inputs, output}, ...memo].slice(0, 2);
  return output;
}

function build(result: IndicatorResult, state: AppState): Choropleth {
  const {view, theme, legendFilter} = state;
  // Classed as printed (shownValue): a value shown "0.80" goes with the class from 0.80.
  const shown = {...result, values: result.values.map((v) => (v.status === 'ok' ? {...v, value: shownValue(v, result.decimals)} : v))};
  const classification = classify(
    shown.values.map((v) => (v.status === 'ok' ? v.value : null)),
    {method: view.classes, n: view.n, breaks: view.breaks},
  );
  const unknown = MAP_COLORS[theme].noData;
  const legend = buildLegend(shown, classification, classColors(classification, theme), unknown);
  const key = [
    result.ind,
    result.sector,
    result.year ?? result.period,
    view.classes,
    classification.thresholds.join(','),
    theme,
    result.values.map((v) => `${v.code}:${v.status}:${v.value}`).join(','),
  ].join('|');
  const entries = new Map(result.values.map((v) => [v.code, entryOf(legend, v.code)]));
  const values = new Map(result.values.map((v) => [v.code, v]));
  return {
    key,
    result,
    classification,
    legend,
    ranking: rankRegions(result.values),
    value: (code) => values.get(code) ?? {code, value: null, status: 'no_data'},
    entry: (code) => entries.get(code) ?? null,
    fill: (code) => entries.get(code)?.color ?? unknown,
    emphasised: legendFilter && legendFilter.choropleth === key ? emphasisedRegions(legend, legendFilter.entry) : null,
  };
}
