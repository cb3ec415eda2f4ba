// Computed indicators from a dataset (shipped or imported): which inputs each id uses, which formula
// runs, and the result every view shows. Pure; the worker calls it, the tests call it directly.
//
//   lq (basis employment)      employment counts → LQ; else published employment shares → s_ij / s_j
//   lq (basis output|establishments)  the counts of that basis → LQ
//   mfg-lq                     lq, basis employment, sector C (manufacturing)
//   spec                       output → SPEC (with the two shares as details)
//   pc                         output and population → PC
//   grp-pc                     published GRP per capita → y_i / y; else GRP and population → GRPC
//   potential                  the composite of lq(employment), lq(establishments), pc, spec
import {
  classifyEnright,
  DEFAULT_ENRIGHT_THRESHOLDS,
  strongClusters,
  type EnrightThresholds,
  type EnrightType,
} from './cluster-classification';
import {
  compositeIndex,
  effectiveWeights,
  POTENTIAL_COMPONENTS,
  POTENTIAL_FORMULAS,
  resolvePotentialSettings,
  type PotentialComponent,
  type PotentialSettings,
} from './cluster-potential';
import {
  columnHasValues,
  columnSources,
  getLayer,
  measureOf,
  regionLevel,
  rowSources,
  TOTAL_SECTOR,
  yearsOf,
  type DataIndicator,
  type Dataset,
  type Layer,
} from './dataset';
import type {SymbolicFormula} from './formula';
import type {IndicatorResult, RegionValue} from './indicator-result';
import type {IndicatorId} from './indicators';
import {LQ_FORMULA, LQ_FROM_SHARES_FORMULA, locationQuotients, locationQuotientsFromShares} from './location-quotient';
import {column} from './measure';
import {GRP_PER_CAPITA_FORMULA, grpPerCapitaCoefficients, PER_CAPITA_FORMULA, perCapitaCoefficients, perCapitaRatios} from './per-capita';
import {ranksOrNull} from './rank';
import {rankRanges} from './rank-stability';
import type {RegionCode} from './region';
import {regionSharesOfSector, sectorSharesInRegion, SPECIALISATION_FORMULA, specialisationCoefficients} from './specialisation';

export type Basis = 'employment' | 'output' | 'establishments';

export interface IndicatorQuery {
  ind: IndicatorId;
  sector: string;
  /** null = the latest year the inputs have. */
  year: number | null;
  basis: Basis;
  /** For `potential`; missing fields take DEFAULT_POTENTIAL_SETTINGS. */
  potential?: Partial<PotentialSettings>;
}

/** Thrown for an id this module does not compute (the published ones). */
export class NotComputedError extends Error {
  constructor(readonly ind: string) {
    super(`"${ind}" is published, not computed`);
    this.name = 'NotComputedError';
  }
}

/** One coefficient for one sector and year: a value per region, the formula that ran, its sources. */
export interface ColumnResult {
  values: Float64Array;
  formula: SymbolicFormula;
  /** Every source the column's known values rest on (the table and the legend cite these). */
  sources: Set<string>;
  /** Each region's value's own sources (its profile and tooltip cite these): see rowSources. */
  rowSources: Set<string>[];
  details?: Record<string, Float64Array>;
}

/** The sources of values computed from these layers (column j of each, or null: its region totals). */
function cited(ds: Dataset, values: Float64Array, read: [Layer, number | null][]): Pick<ColumnResult, 'sources' | 'rowSources'> {
  const sources = new Set<string>();
  const rows = ds.regions.map(() => new Set<string>());
  for (const [layer, j] of read) {
    columnSources(ds, layer, j, sources, values);
    rowSources(ds, layer, j, values, rows);
  }
  return {sources, rowSources: rows};
}

const COMPUTED: readonly IndicatorId[] = ['mfg-lq', 'grp-pc', 'potential', 'lq', 'pc', 'spec'];

export function isComputed(ind: IndicatorId): boolean {
  return COMPUTED.includes(ind);
}

const unknownColumn = (rows: number, formula: SymbolicFormula): ColumnResult => ({
  values: new Float64Array(rows).fill(NaN),
  formula,
  sources: new Set(),
  rowSources: Array.from({length: rows}, () => new Set<string>()),
});

/** LQ on a basis; employment falls back to published shares when counts are absent for the sector. */
export function lqColumn(ds: Dataset, basis: Basis, j: number, year: number): ColumnResult {
  const rows = ds.regions.length;
  const counts = getLayer(ds, basis, year);
  if (j < 0) return unknownColumn(rows, LQ_FORMULA);
  if (counts && columnHasValues(ds, counts, j)) {
    const m = measureOf(ds, counts);
    const values = column(locationQuotients(m), rows, m.cols, j);
    return {values, formula: LQ_FORMULA, ...cited(ds, values, [[counts, j]])};
  }
  const shares = basis === 'employment' ? getLayer(ds, 'employment_share', year) : undefined;
  if (shares && columnHasValues(ds, shares, j)) {
    const cols = ds.sectors.length;
    const values = column(locationQuotientsFromShares(shares.values, shares.national, rows, cols), rows, cols, j);
    return {values, formula: LQ_FROM_SHARES_FORMULA, ...cited(ds, values, [[shares, j]])};
  }
  return unknownColumn(rows, LQ_FORMULA);
}

export function specColumn(ds: Dataset, j: number, year: number): ColumnResult {
  const rows = ds.regions.length;
  const output = getLayer(ds, 'output', year);
  if (j < 0 || !output || !columnHasValues(ds, output, j)) return unknownColumn(rows, SPECIALISATION_FORMULA);
  const m = measureOf(ds, output);
  const values = column(specialisationCoefficients(m), rows, m.cols, j);
  return {
    values,
    formula: SPECIALISATION_FORMULA,
    ...cited(ds, values, [[output, j]]),
    details: {
      sector_share_in_region: column(sectorSharesInRegion(m), rows, m.cols, j),
      region_share_of_sector: column(regionSharesOfSector(m), rows, m.cols, j),
    },
  };
}

export function pcColumn(ds: Dataset, j: number, year: number): ColumnResult {
  const rows = ds.regions.length;
  const output = getLayer(ds, 'output', year);
  const populationLayer = getLayer(ds, 'population', year);
  if (j < 0 || !output || !populationLayer || !columnHasValues(ds, output, j)) return unknownColumn(rows, PER_CAPITA_FORMULA);
  const m = measureOf(ds, output);
  const population = regionLevel(populationLayer, rows);
  const values = column(perCapitaCoefficients(m, population.values, population.national), rows, m.cols, j);
  return {values, formula: PER_CAPITA_FORMULA, ...cited(ds, values, [[output, j], [populationLayer, null]])};
}

export function grpPerCapitaColumn(ds: Dataset, year: number): ColumnResult {
  const rows = ds.regions.length;
  const published = getLayer(ds, 'grp_per_capita', year);
  if (published) {
    const pc = regionLevel(published, rows);
    // The national per-capita value cannot be summed from regional ones: only the KG row will do.
    const values = perCapitaRatios(pc.values, published.nationalTotal);
    return {values, formula: GRP_PER_CAPITA_FORMULA, ...cited(ds, values, [[published, null]])};
  }
  const grp = getLayer(ds, 'grp', year);
  const population = getLayer(ds, 'population', year);
  if (!grp || !population) return unknownColumn(rows, GRP_PER_CAPITA_FORMULA);
  const g = regionLevel(grp, rows);
  const p = regionLevel(population, rows);
  const values = grpPerCapitaCoefficients(g.values, p.values, g.national, p.national);
  return {values, formula: GRP_PER_CAPITA_FORMULA, ...cited(ds, values, [[grp, null], [population, null]])};
}

const COMPONENT_INPUTS: Record<PotentialComponent, DataIndicator[]> = {
  lq_employment: ['employment', 'employment_share'],
  lq_establishments: ['establishments'],
  pc: ['output'],
  spec: ['output'],
};

export function componentColumn(ds: Dataset, component: PotentialComponent, j: number, year: number): ColumnResult {
  switch (component) {
    case 'lq_employment':
      return lqColumn(ds, 'employment', j, year);
    case 'lq_establishments':
      return lqColumn(ds, 'establishments', j, year);
    case 'pc':
      return pcColumn(ds, j, year);
    case 'spec':
      return specColumn(ds, j, year);
  }
}

/** The inputs an indicator reads, in order of preference. */
function inputsOf(ind: IndicatorId, basis: Basis): DataIndicator[] {
  switch (ind) {
    case 'mfg-lq':
      return ['employment', 'employment_share'];
    case 'lq':
      return basis === 'employment' ? ['employment', 'employment_share'] : [basis];
    case 'spec':
    case 'pc':
      return ['output'];
    case 'grp-pc':
      return ['grp_per_capita', 'grp'];
    case 'potential':
      return [...new Set(POTENTIAL_COMPONENTS.flatMap((c) => COMPONENT_INPUTS[c]))];
    default:
      return [];
  }
}

/** Sectors and years the dataset has for an indicator's inputs. */
export function domainOf(ds: Dataset, ind: IndicatorId, basis: Basis): {sectors: string[]; years: number[]} {
  const inputs = inputsOf(ind, basis);
  const years = [...new Set(inputs.flatMap((i) => yearsOf(ds, i)))].sort((a, b) => a - b);
  if (ind === 'grp-pc') return {sectors: [TOTAL_SECTOR], years};
  const sectors = ds.sectors.filter((_, j) => inputs.some((i) => years.some((y) => columnHasValues(ds, getLayer(ds, i, y), j))));
  return {sectors, years};
}

/**
 * `sources`: each region's. An unknown value rests on none: the sources of the few inputs it has are
 * its `partialSources`, and the result's others are those that lack it (explorer-text valueSourceLine).
 */
function regionValues(regions: readonly string[], values: Float64Array, sources: readonly Set<string>[]): RegionValue[] {
  const ranks = ranksOrNull(values);
  return regions.map((code, i) => {
    const v = values[i]!;
    const known = Number.isFinite(v);
    const own = sources[i]!;
    const cited = own.size > 0 ? {[known ? 'sources' : 'partialSources']: [...own].sort()} : {};
    return {code: code as RegionCode, value: known ? v : null, status: known ? 'ok' : 'no_data', rank: ranks[i]!, ...cited};
  });
}

const orNull = (v: number | undefined) => (v !== undefined && Number.isFinite(v) ? v : null);

/** The indicator for one sector and year, in the dataset's region order. */
export function computeIndicatorResult(ds: Dataset, query: IndicatorQuery): IndicatorResult {
  const {ind} = query;
  if (!isComputed(ind)) throw new NotComputedError(ind);
  const basis: Basis = ind === 'mfg-lq' ? 'employment' : query.basis;
  const sector = ind === 'mfg-lq' ? 'C' : ind === 'grp-pc' ? TOTAL_SECTOR : query.sector;
  const domain = domainOf(ds, ind, basis);
  const year = query.year ?? domain.years.at(-1) ?? null;
  const j = ds.sectors.indexOf(sector);
  const base = {
    ind,
    sector,
    year,
    period: null,
    origin: 'computed' as const,
    decimals: 2,
    domain,
  };
  if (ind === 'potential') return {...base, ...potentialResult(ds, j, year, resolvePotentialSettings(query.potential))};

  let col: ColumnResult;
  if (year === null) col = unknownColumn(ds.regions.length, ind === 'grp-pc' ? GRP_PER_CAPITA_FORMULA : LQ_FORMULA);
  else if (ind === 'lq' || ind === 'mfg-lq') col = lqColumn(ds, basis, j, year);
  else if (ind === 'spec') col = specColumn(ds, j, year);
  else if (ind === 'pc') col = pcColumn(ds, j, year);
  else col = grpPerCapitaColumn(ds, year);
  const values = regionValues(ds.regions, col.values, col.rowSources);
  if (col.details) {
    const details = col.details;
    values.forEach((v, i) => (v.components = Object.fromEntries(Object.entries(details).map(([k, a]) => [k, orNull(a[i])]))));
  }
  return {...base, values, sources: [...col.sources].sort(), formula: col.formula.formula, formulaIds: [col.formula.id]};
}

function potentialResult(ds: Dataset, j: number, year: number | null, settings: PotentialSettings) {
  const rows = ds.regions.length;
  const formula = POTENTIAL_FORMULAS[settings.aggregation];
  const columns = POTENTIAL_COMPONENTS.map((c) => (year === null ? unknownColumn(rows, formula) : componentColumn(ds, c, j, year)));
  const arrays = columns.map((c) => c.values);
  const weights = effectiveWeights(
    arrays,
    POTENTIAL_COMPONENTS.map((c) => settings.weights[c]),
    rows,
    1,
  );
  const index = compositeIndex(arrays, weights, settings.aggregation, rows, 1);
  const ranges = rankRanges(arrays, Array.from(weights), settings.aggregation, settings.stabilityBand);
  const used = POTENTIAL_COMPONENTS.filter((_, k) => weights[k]! > 0);
  const usedColumns = columns.filter((_, k) => weights[k]! > 0);
  // A region's index rests on the components in use that it has a value of.
  const ownSources = ds.regions.map((_, i) => new Set(usedColumns.flatMap((c) => [...c.rowSources[i]!])));
  const values = regionValues(ds.regions, index, ownSources).map((v, i) => ({
    ...v,
    // With one component the index is that component: its rank cannot move with the weights, and
    // saying it is stable would claim what was never tested.
    rankRange: used.length > 1 && ranges.best[i]! > 0 ? ([ranges.best[i]!, ranges.worst[i]!] as [number, number]) : null,
    components: Object.fromEntries(POTENTIAL_COMPONENTS.map((c, k) => [c, orNull(arrays[k]![i])])) as Record<string, number | null>,
  }));
  const sources = new Set(usedColumns.flatMap((c) => [...c.sources]));
  return {
    values,
    sources: [...sources].sort(),
    formula: formula.formula,
    formulaIds: [formula.id, ...new Set(usedColumns.map((c) => c.formula.id))],
    components: used,
    settings,
  };
}

export interface RegionClass {
  code: RegionCode;
  /** The strong-cluster rule; null when LQ or size is unknown. */
  strong: boolean | null;
  /** Enright's type; null when the data cannot tell. */
  type: EnrightType | null;
}

export interface ClassificationResult {
  sector: string;
  year: number | null;
  thresholds: EnrightThresholds;
  regions: RegionClass[];
  sources: string[];
}

/**
 * The strong-cluster rule and Enright's type of one sector in every region. Size is employed persons
 * (counts; published shares give no size, so the classes are then unknown), establishments are used
 * when the data have them. `chosenByState` lists the regions whose sector a programme names.
 */
export function classifyRegions(
  ds: Dataset,
  query: {sector: string; year: number | null; thresholds?: EnrightThresholds; chosenByState?: readonly string[]; interaction?: Readonly<Record<string, boolean>>},
): ClassificationResult {
  const thresholds = query.thresholds ?? DEFAULT_ENRIGHT_THRESHOLDS;
  const rows = ds.regions.length;
  const j = ds.sectors.indexOf(query.sector);
  const year = query.year ?? yearsOf(ds, 'employment').at(-1) ?? null;
  const unknown = new Float64Array(rows).fill(NaN);
  const lq = year === null ? unknownColumn(rows, LQ_FORMULA) : lqColumn(ds, 'employment', j, year);
  const employment = year === null ? undefined : getLayer(ds, 'employment', year);
  const establishments = year === null ? undefined : getLayer(ds, 'establishments', year);
  const size = employment && j >= 0 ? column(employment.values, rows, ds.sectors.length, j) : unknown;
  const est = establishments && j >= 0 && columnHasValues(ds, establishments, j) ? column(establishments.values, rows, ds.sectors.length, j) : null;
  const strong = strongClusters(lq.values, size, est, thresholds.strong);
  const types = classifyEnright(lq.values, size, {
    establishments: est,
    thresholds,
    chosenByState: ds.regions.map((code) => query.chosenByState?.includes(code) ?? false),
    interaction: ds.regions.map((code) => query.interaction?.[code] ?? null),
  });
  const sources = new Set(lq.sources);
  if (employment && j >= 0) columnSources(ds, employment, j, sources);
  return {
    sector: query.sector,
    year,
    thresholds,
    regions: ds.regions.map((code, i) => ({code: code as RegionCode, strong: strong[i]!, type: types[i]!})),
    sources: [...sources].sort(),
  };
}
