// Where "Show my data on the map" (and an import) takes the map. Code-split with the import dialog: the
// first view only needs datasetStart (dataset-start.ts), for the picker.
import type {Basis} from './compute-indicator';
import type {ComputableIndicator, DatasetSummary} from './dataset-summary';
import {INDICATORS, type IndicatorId} from './indicators';

export interface MapPlace {
  ind: IndicatorId;
  basis: Basis;
  sector: string;
  year: number | null;
}

/**
 * What the imported file gives of the indicator of `view`: the summary's entry for it (the
 * manufacturing LQ is the employment LQ of section C), else none. A published indicator (the integral
 * coefficient, the 2018 LQ) is never computed from the file.
 */
export function fileEntry(summary: Pick<DatasetSummary, 'computable'>, view: Pick<MapPlace, 'ind' | 'basis'>): ComputableIndicator | undefined {
  const {ind, basis} = view;
  return summary.computable.find((c) =>
    ind === 'mfg-lq' ? c.ind === 'lq' && c.basis === 'employment' && c.sectors.includes('C') : c.ind === ind && (c.basis === null || c.basis === basis),
  );
}

/**
 * The view that shows the imported file: the view's own indicator where the file gives it (on a year and
 * sector the file has it for), else the first the import summary lists, on its first sector and latest
 * year; null when the file gives none (the map then cannot show it, and the import dialog does not say it does).
 */
export function userDataView(summary: Pick<DatasetSummary, 'computable'>, view: MapPlace): MapPlace | null {
  const own = fileEntry(summary, view);
  const c = own ?? summary.computable[0];
  if (!c) return null;
  const ind = own ? view.ind : c.ind;
  const domain = INDICATORS[ind].sectors;
  // A fixed sector (mfg-lq: C, grp-pc: TOTAL) stays; else the view's where the file has it, else the file's first.
  const sector = typeof domain === 'object' ? domain.fixed : own && c.sectors.includes(view.sector) ? view.sector : (c.sectors[0] ?? INDICATORS[ind].defaultSector);
  const year = own && view.year !== null && c.years.includes(view.year) ? view.year : (c.years.at(-1) ?? view.year);
  return {ind, basis: own ? view.basis : (c.basis ?? view.basis), sector, year};
}
