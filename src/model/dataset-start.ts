// Where an indicator computed from an imported dataset opens (the picker and the import, both in the
// first view: this module imports types only, not the summary's computation).
import type {Basis} from './compute-indicator';
import type {DatasetSummary} from './dataset-summary';
import type {IndicatorId} from './indicators';

/**
 * Where an indicator computed from an imported dataset opens: the view's year and sector if the
 * dataset gives the indicator there, else its latest year and first sector that it does (a year the
 * file does not have would paint every region "no data" with nothing to say why).
 */
export function datasetStart(
  summary: Pick<DatasetSummary, 'computable' | 'years'>,
  ind: IndicatorId,
  basis: Basis,
  current: {sector: string; year: number | null},
): {sector: string; year: number | null} {
  const entry = summary.computable.find((c) => c.ind === ind && (c.basis === null || c.basis === basis));
  const years = entry?.years ?? summary.years;
  const year = current.year !== null && years.includes(current.year) ? current.year : (years.at(-1) ?? current.year);
  const sector = !entry || entry.sectors.length === 0 || entry.sectors.includes(current.sector) ? current.sector : entry.sectors[0]!;
  return {sector, year};
}
