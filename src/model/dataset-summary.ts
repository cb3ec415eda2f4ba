// What an imported (or shipped) dataset holds and what the atlas can compute from it: shown to the
// planner right after an import, so a file that cannot give a coefficient says so at once.
import {DEFAULT_POTENTIAL_SETTINGS, type PotentialComponent} from './cluster-potential';
import {componentColumnMatrices, potentialMatrix} from './coefficient-matrices';
import {computeIndicatorResult, domainOf, type Basis} from './compute-indicator';
import {DATA_INDICATORS, NATIONAL_REGION, TOTAL_SECTOR, type DataIndicator, type Dataset, type DatasetColumns} from './dataset';
import type {IndicatorId} from './indicators';
import {totalMismatches, type TotalMismatch} from './total-mismatch';

export interface ComputableIndicator {
  ind: IndicatorId;
  basis: Basis | null;
  years: number[];
  /** Sectors with at least one value at the latest year. */
  sectors: string[];
  /** Region × sector values known at the latest year. */
  values: number;
}

export interface DatasetSummary {
  records: number;
  /** Map units with at least one row. */
  regions: string[];
  /** Map units without any row. */
  missingRegions: string[];
  /** Whether national (KG) rows are present. */
  national: boolean;
  sectors: string[];
  years: number[];
  indicators: DataIndicator[];
  computable: ComputableIndicator[];
  /** The sources named in the data (non-empty, distinct, at most 20). */
  sources: string[];
  /**
   * National (KG) rows that disagree with their nine regions' sum (total-mismatch.ts): the first few,
   * and how many in all. Absent in summaries kept before they were checked.
   */
  totalMismatches?: TotalMismatch[];
  totalMismatchCount?: number;
}

/** The coefficients an imported dataset may make, each with the basis it is computed on. */
export const CANDIDATES: {ind: IndicatorId; basis: Basis | null}[] = [
  {ind: 'lq', basis: 'employment'},
  {ind: 'lq', basis: 'output'},
  {ind: 'lq', basis: 'establishments'},
  {ind: 'spec', basis: null},
  {ind: 'pc', basis: null},
  {ind: 'grp-pc', basis: null},
  {ind: 'potential', basis: null},
];

/**
 * A sector-level candidate for every region × sector of one year, as computeIndicatorResult gives it
 * sector by sector (with the default weights for the index). All sectors at once: asked one by one,
 * each sector rebuilt the whole matrix and the indicator's domain, and the index its rank ranges,
 * which took a minute for a file of 4,000 sectors.
 */
function candidateMatrix(ds: Dataset, ind: IndicatorId, basis: Basis, c: Record<PotentialComponent, Float64Array>): Float64Array {
  if (ind === 'potential') return potentialMatrix(c, DEFAULT_POTENTIAL_SETTINGS, ds.regions.length, ds.sectors.length);
  if (ind === 'pc') return c.pc;
  if (ind === 'lq' && basis === 'employment') return c.lq_employment;
  if (ind === 'lq' && basis === 'establishments') return c.lq_establishments;
  return c.spec; // spec, and lq on output: specialisation is the location quotient of output
}

export function summariseDataset(ds: Dataset, columns: DatasetColumns): DatasetSummary {
  const regionRows = new Set<number>();
  const indicators = new Set<number>();
  for (let n = 0; n < columns.length; n++) {
    regionRows.add(columns.region[n]!);
    indicators.add(columns.indicator[n]!);
  }
  const present = new Set([...regionRows].map((k) => columns.regionCodes[k]!));
  const computable: ComputableIndicator[] = [];
  // The candidates mostly share their latest year: its component matrices are made once.
  const components = new Map<number, Record<PotentialComponent, Float64Array>>();
  const componentsOf = (year: number) => components.get(year) ?? components.set(year, componentColumnMatrices(ds, year)).get(year)!;
  for (const {ind, basis} of CANDIDATES) {
    const b = basis ?? 'employment';
    const domain = domainOf(ds, ind, b);
    const year = domain.years.at(-1);
    if (year === undefined) continue;
    const sectors: string[] = [];
    let values = 0;
    const count = (sector: string, known: number) => {
      if (known > 0) sectors.push(sector);
      values += known;
    };
    if (ind === 'grp-pc') {
      const r = computeIndicatorResult(ds, {ind, sector: TOTAL_SECTOR, year, basis: b});
      count(TOTAL_SECTOR, r.values.filter((v) => v.status === 'ok').length);
    } else {
      const m = candidateMatrix(ds, ind, b, componentsOf(year));
      const inDomain = new Set(domain.sectors);
      const rows = ds.regions.length;
      const cols = ds.sectors.length;
      ds.sectors.forEach((sector, j) => {
        if (!inDomain.has(sector)) return;
        let known = 0;
        for (let i = 0; i < rows; i++) if (Number.isFinite(m[i * cols + j])) known++;
        count(sector, known);
      });
    }
    if (values > 0) computable.push({ind, basis, years: domain.years, sectors, values});
  }
  const mismatches = totalMismatches(columns);
  return {
    records: columns.length,
    regions: ds.regions.filter((r) => present.has(r)),
    missingRegions: ds.regions.filter((r) => !present.has(r)),
    national: present.has(NATIONAL_REGION),
    sectors: ds.sectors,
    years: ds.years,
    indicators: DATA_INDICATORS.filter((_, k) => indicators.has(k)),
    computable,
    sources: columns.sources.filter((x) => x.trim() !== '').slice(0, 20),
    totalMismatches: mismatches.items,
    totalMismatchCount: mismatches.count,
  };
}
