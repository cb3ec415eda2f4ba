// The regions × industries (or × years) grid as a file (its tab's download): the indicator's CSV (csv.ts:
// same columns, BOM, line ends, formula escaping and both formats) with one row per region and column —
// the long form a spreadsheet's pivot table or a script reads, each value beside its status, rank in its
// industry (or year) and source, which a matrix of bare numbers would lose. In the grid's column order.
import type {Lang} from '../i18n/i18n';
import type {IndicatorResult} from '../model/indicator-result';
import type {RegionCode} from '../model/region';
import {buildCsv, csvFileName, type CsvFormat} from './csv';
import {exportFileName} from './file-name';
import {exportRows, withAssumptions} from './indicator-rows';

export interface GridFileView {
  lang: Lang;
  regionName: (code: RegionCode, lang: Lang) => string;
  /** Sources in words, as the indicator's CSV says them (sharedSourcesText). */
  sourceText: (cited: Pick<IndicatorResult, 'sources' | 'origin'>) => string;
  /** The view shows the user's imported dataset / a scenario (said in the file's name). */
  userData: boolean;
  scenario: boolean;
  /** The scenario's assumptions in words (viewAssumptions), a column of their own; '' or none for the baseline. */
  assumptions?: string;
}

/**
 * The grid's columns (one result per industry, or per year of one industry: `across`) as CSV text and
 * its file name ("…_all-industries_2024_…", "…_c_2010-2024_…").
 */
export function gridCsv(columns: readonly IndicatorResult[], view: GridFileView, across: 'industries' | 'years' = 'industries', format: CsvFormat = 'standard'): {text: string; fileName: string} {
  const rows = withAssumptions(columns.flatMap((result) => exportRows(result, view.lang, view.regionName, view.sourceText)), view.assumptions ?? '');
  const first = columns[0];
  const time =
    across === 'years'
      ? {year: null, period: `${first?.year ?? ''}-${columns.at(-1)?.year ?? ''}`}
      : {year: first?.year ?? null, period: first?.period ?? null};
  const name = exportFileName(
    {ind: first?.ind ?? 'grid', sector: across === 'years' ? (first?.sector ?? 'grid') : 'all-industries', ...time, lang: view.lang, userData: view.userData, scenario: view.scenario},
    'csv',
  );
  return {text: buildCsv(rows, format), fileName: csvFileName(name, format)};
}
