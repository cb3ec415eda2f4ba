// Every figure the atlas can show, in one file (the Download dialog's "All data"): each indicator the
// picker offers, over each of its industries (or sections) and each year its data have, one row per
// region. It is the long form of the indicator's CSV, with the same columns (the value beside its
// status, origin, rank within its indicator, industry and year, unit and source), which a pivot table
// or a script reads. An analyst wanted the whole dataset without choosing 300 views one by one.
// Published values are the seed tables' own; computed ones are computed now by the engine, as the map
// would show them (under a scenario, the scenario's; on the user's data, theirs).
import {INDICATOR_INFO, pickableIndicators, sectorChoices} from '../model/indicator-catalog';
import type {IndicatorResult} from '../model/indicator-result';
import {INDICATORS, type IndicatorId} from '../model/indicators';
import {isPublishedIndicator, type PublishedIndicatorId} from '../model/published-indicators';
import type {ViewState} from '../state/view-state';
import {buildCsv, csvFileName, type CsvFormat} from './csv';
import {exportFileName} from './file-name';
import type {GridFileView} from './grid-csv';
import {exportRows, withAssumptions} from './indicator-rows';

/** One indicator over one of its industries (or sections). */
export interface IndicatorSector {
  ind: IndicatorId;
  sector: string;
}

/**
 * The indicator × industry pairs the picker offers on `data` (an imported file's indicators only on
 * it), each indicator with the sectors there is anything for (`available`, as the picker's: null where
 * all its sectors are offered). In the picker's order.
 */
export function allDataPairs(data: ViewState['data'], available: (ind: IndicatorId) => ReadonlySet<string> | null): IndicatorSector[] {
  const inds = pickableIndicators(data, 'integral').filter((ind) => INDICATOR_INFO[ind].group !== 'imported' || data === 'user');
  // sectorChoices keeps its `current` sector in the list: none here.
  return inds.flatMap((ind) => sectorChoices(ind, '', available(ind)).filter((sector) => sector !== '').map((sector) => ({ind, sector})));
}

/** Where the results come from: the seed's tables for a published indicator, the engine for the others. */
export interface ResultSource {
  published: (pair: IndicatorSector & {ind: PublishedIndicatorId}) => IndicatorResult;
  /** A computed indicator's result for the year (null: the indicator's default year). */
  computed: (pair: IndicatorSector, year: number | null) => Promise<IndicatorResult>;
}

/**
 * Every result of every pair: a published indicator's one table; a computed one's default year, then
 * each other year its data have (the result's domain), in year order. One at a time, so that the
 * engine's other work (the map's) is not held up behind hundreds of requests.
 */
export async function collectAllData(pairs: readonly IndicatorSector[], source: ResultSource, onProgress: (done: number, of: number) => void = () => {}): Promise<IndicatorResult[]> {
  const results: IndicatorResult[] = [];
  for (const [i, pair] of pairs.entries()) {
    onProgress(i, pairs.length);
    if (isPublishedIndicator(pair.ind)) {
      results.push(source.published({ind: pair.ind, sector: pair.sector}));
      continue;
    }
    const first = await source.computed(pair, null);
    const years = INDICATORS[pair.ind].years ? (first.domain?.years ?? []).filter((y) => y !== first.year) : [];
    const others: IndicatorResult[] = [];
    for (const year of years) others.push(await source.computed(pair, year));
    results.push(...[first, ...others].sort((a, b) => (a.year ?? 0) - (b.year ?? 0)));
  }
  onProgress(pairs.length, pairs.length);
  return results;
}

/** The results as one CSV file ("kg-cluster-atlas_all-data_en.csv"): the indicator's CSV's columns, both formats. */
export function allDataCsv(results: readonly IndicatorResult[], view: GridFileView, format: CsvFormat = 'standard'): {text: string; fileName: string} {
  const rows = withAssumptions(results.flatMap((result) => exportRows(result, view.lang, view.regionName, view.sourceText)), view.assumptions ?? '');
  const name = exportFileName({ind: 'all-data', sector: '', year: null, period: null, lang: view.lang, userData: view.userData, scenario: view.scenario}, 'csv');
  return {text: buildCsv(rows, format), fileName: csvFileName(name, format)};
}
