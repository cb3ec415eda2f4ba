// One row per region for the data downloads (CSV and GeoJSON): code, name in the chosen language,
// the value in full precision and as shown, its status (unknown is never zero: an empty value with
// the reason), published or computed, and the source in words. Pure.
import {addMessages, t, type Lang} from '../i18n/i18n';
import {embedView} from '../i18n/messages/embed-view';
import type {IndicatorResult, ValueStatus} from '../model/indicator-result';
import {rankRegions} from '../model/ranking';
import type {RegionCode} from '../model/region';
import {indicatorName, referenceKey, sectorName, sourcesText, statusText, timeLabel, valueSources} from '../ui/explorer-text';

addMessages(embedView); // the unit's words (png.unit), wherever the rows are made

export interface ExportRow {
  region_code: RegionCode;
  region_name: string;
  /** Full precision: as published for published indicators, the engine's double for computed ones. */
  value: number | null;
  /**
   * As the map, legend and table show it: text with their decimals, trailing zeros kept ("0.480", as
   * seed 002 prints it; a number would be written 0.48). A dot is the decimal separator.
   */
  value_shown: string | null;
  status: ValueStatus;
  status_text: string;
  origin: 'published' | 'computed';
  indicator: string;
  indicator_name: string;
  sector: string;
  sector_name: string;
  /** The year, or the period of a single-period indicator (e.g. 2015–2019). */
  period: string;
  /** What the values are, as the picture's subtitle says: a ratio to the country, or the integral
   * coefficient's index with its threshold. A CSV travels without the page that explains it. */
  unit: string;
  source: string;
  /** Place among the regions with a value (1 = highest; ties share a place); null without a value. */
  rank: number | null;
  /** Composite index only: the best and worst place when each weight varies within the stability band. */
  rank_best: number | null;
  rank_worst: number | null;
  /** How far each weight varied for rank_best and rank_worst (0.2 = ±20 %); null without them. */
  rank_band: number | null;
}

/** The columns, in order (the CSV header; the GeoJSON properties use the same names). */
export const EXPORT_COLUMNS = [
  'region_code',
  'region_name',
  'value',
  'value_shown',
  'status',
  'status_text',
  'origin',
  'indicator',
  'indicator_name',
  'sector',
  'sector_name',
  'period',
  'unit',
  'source',
  'rank',
  'rank_best',
  'rank_worst',
  'rank_band',
] as const satisfies readonly (keyof ExportRow)[];

/**
 * While a difference map is shown: what the map paints, beside the values of this side — the other
 * side's name and value and the difference (this − other; empty where either is unknown). A download
 * of a difference map without its differences would not be the data of the map.
 */
export interface ComparisonFields {
  compared_with: string;
  compared_value: number | null;
  difference: number | null;
  /**
   * The other side's value and the change as the difference table prints them, with its row's decimals
   * (the change is the difference of the two values as printed, shownDifference): rounded by a reader,
   * `difference` may end in another digit (0.6887 − 0.8245 = −0.1357 → −0.14, where the table, map and
   * tooltip say 0.69 − 0.82 = −0.13). `value_shown` takes the row's decimals then too.
   */
  compared_value_shown: string | null;
  difference_shown: string | null;
}

export const COMPARISON_COLUMNS = ['compared_with', 'compared_value', 'difference', 'compared_value_shown', 'difference_shown'] as const satisfies readonly (keyof ComparisonFields)[];

/**
 * A number without the binary noise of the arithmetic that made it (0.57 − 0.4745 is 0.09549999999999997
 * in floating point, an LQ 0.5750000000000001): 15 significant digits, as many as a double holds for
 * certain, so nothing the data know is rounded away — only the digits the arithmetic made up.
 */
export function withoutNoise(x: number | null): number | null {
  return x === null ? null : Number(x.toPrecision(15));
}

/** What the rows of a scenario's view add: its assumptions in words, for a reader of the file alone. */
export interface ScenarioFields {
  scenario_assumptions: string;
}

export const SCENARIO_COLUMNS = ['scenario_assumptions'] as const satisfies readonly (keyof ScenarioFields)[];

/** `assumptions`: the scenario's, numbered in one text (viewAssumptions); '' (the baseline) adds nothing. */
export function withAssumptions<R extends ExportRow>(rows: readonly R[], assumptions: string): (R | (R & ScenarioFields))[] {
  return assumptions === '' ? [...rows] : rows.map((r) => ({...r, scenario_assumptions: assumptions}));
}

/** `shown` and `decimals`: the change as the difference table prints it, and its row's decimals (ShownRegionDifference). */
export function withComparison(
  rows: readonly ExportRow[],
  comparedWith: string,
  differences: readonly {code: RegionCode; other: number | null; diff: number | null; shown: number | null; decimals: number}[],
): (ExportRow & ComparisonFields)[] {
  const byCode = new Map(differences.map((d) => [d.code, d]));
  return rows.map((r) => {
    const d = byCode.get(r.region_code);
    const other = d?.other ?? null;
    return {
      ...r,
      value_shown: r.value !== null && d ? r.value.toFixed(d.decimals) : r.value_shown,
      compared_with: comparedWith,
      compared_value: other,
      difference: withoutNoise(d?.diff ?? null),
      compared_value_shown: other !== null && d ? other.toFixed(d.decimals) : null,
      difference_shown: d?.shown != null ? d.shown.toFixed(d.decimals) : null,
    };
  });
}

/**
 * `sourceText`: sources in words, if not as the page says them (a scenario's, see sharedSourcesText).
 * Each row cites its own value's sources, as its tooltip does (valueSources).
 */
export function exportRows(
  result: IndicatorResult,
  lang: Lang,
  regionName: (code: RegionCode, lang: Lang) => string,
  sourceText: (cited: Pick<IndicatorResult, 'sources' | 'origin'>) => string = (cited) => sourcesText(lang, cited.sources),
): ExportRow[] {
  const unit = t(lang, referenceKey(result.ind, 'png.unit'));
  const {rank} = rankRegions(result.values);
  return result.values.map((v) => {
    const known = v.status === 'ok' && v.value !== null && Number.isFinite(v.value);
    // A value the engine marked ok but could not give is unknown, and said to be.
    const status: ValueStatus = known ? 'ok' : v.status === 'ok' ? 'no_data' : v.status;
    return {
      region_code: v.code,
      region_name: regionName(v.code, lang),
      value: known ? v.value : null,
      value_shown: known ? v.value!.toFixed(v.decimals ?? result.decimals) : null,
      status,
      status_text: statusText(lang, {...v, status}),
      origin: result.origin,
      indicator: result.ind,
      indicator_name: indicatorName(lang, result.ind),
      sector: result.sector,
      sector_name: sectorName(lang, result.sector),
      period: timeLabel(result),
      unit,
      source: sourceText({origin: result.origin, sources: valueSources(v.code, result)}),
      rank: rank.get(v.code) ?? null,
      rank_best: v.rankRange?.[0] ?? null,
      rank_worst: v.rankRange?.[1] ?? null,
      rank_band: v.rankRange ? (result.settings?.stabilityBand ?? null) : null,
    };
  });
}
