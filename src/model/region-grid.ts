// The regions × industries grid (the data views' third tab): every region against every industry or
// sector of one indicator and year (or against every year of one industry), each cell the value the map
// shows for that industry and year, in one set of classes for the whole grid. Pure: the values come from the same results the map gets (published
// tables, or the engine's computed results); nothing is computed here but which class a value is in.
import {classify, classIndex, type Classification, type ClassificationMethod} from './classify';
import {shownValue, type IndicatorResult, type RegionValue} from './indicator-result';
import type {RegionCode} from './region';

export interface GridCell {
  sector: string;
  /** The column's year (the grid across years), or null for a period indicator. */
  year: number | null;
  value: RegionValue;
  /** Decimals the value is written with (the result's, as the table writes it). */
  decimals: number;
  /** Class index in the grid's classification, low to high; null when unknown. */
  cls: number | null;
}

export interface GridRow {
  code: RegionCode;
  cells: GridCell[];
}

/**
 * The grid's classes. One classification for all columns, so that one colour means the same thing in
 * every industry: the atlas's coefficients are ratios to the country (1.0 = as the country; the
 * integral coefficient's 1.0 is its source's threshold of an absolute advantage), so the diverging
 * ladder centred on 1.0 (classify.ts) reads the same in every column, and so do a planner's own fixed
 * breaks (custom). Data-driven classes (quantiles, natural breaks, equal intervals) computed per
 * industry would not be comparable: the top class of an industry where every region is weak could
 * hold a value below the bottom class of another. Computed over the whole grid, they would be dominated
 * by the few industries with extreme ratios. So under them the grid uses the diverging ladder with the
 * map's number of classes (and says so, `fixedInstead`).
 */
export function gridClassification(options: {method: ClassificationMethod; n: number; breaks?: readonly number[] | null}): {
  classification: Classification;
  fixedInstead: boolean;
} {
  const custom = options.method === 'custom' && (options.breaks?.length ?? 0) > 0;
  const method = custom ? 'custom' : 'diverging';
  // The thresholds of these two methods do not depend on the values: no values are passed.
  const classification = classify([], {method, n: options.n, breaks: options.breaks ?? null});
  return {classification: {...classification, note: null}, fixedInstead: options.method !== method};
}

/**
 * The rows: one per region of `regions` (in that order), one cell per column (in the columns' order).
 * A value is classed as printed, as on the map (choropleth.ts): "0.80" goes with the class from 0.80.
 * A region a result does not list is unknown (no data), never a number.
 */
export function gridRows(regions: readonly RegionCode[], columns: readonly IndicatorResult[], c: Classification): GridRow[] {
  const byCode = columns.map((r) => new Map(r.values.map((v) => [v.code, v])));
  return regions.map((code) => ({
    code,
    cells: columns.map((result, i) => {
      const value = byCode[i]!.get(code) ?? {code, value: null, status: 'no_data' as const};
      const shown = shownValue(value, result.decimals);
      return {sector: result.sector, year: result.year, value, decimals: result.decimals, cls: shown === null ? null : classIndex(c, shown)};
    }),
  }));
}

/**
 * A short mark of a class, so that the class is told by text as well as by colour (WCAG 1.4.1). On a
 * scale centred on 1.0: "≈" about as the country (an odd ladder's middle class), "↑", "↑↑"… the
 * classes above, "↓", "↓↓"… those below; an even ladder has no middle class (1.0 is a threshold).
 * Otherwise (custom breaks) the class's number from 1, low to high.
 */
export function classMark(c: Classification, index: number): string {
  const k = c.intervals.length;
  if (c.centre === null || k < 2) return String(index + 1);
  const odd = k % 2 === 1;
  const first = odd ? (k - 1) / 2 : k / 2; // the first class at or above the centre
  if (odd && index === first) return '≈';
  const steps = index >= first ? index - first + (odd ? 0 : 1) : first - index;
  return (index >= first ? '↑' : '↓').repeat(steps);
}

/** The sources of all the columns, each once, in the order first met (the sidebar cites a result's). */
export function gridSources(columns: readonly Pick<IndicatorResult, 'sources'>[]): string[] {
  return [...new Set(columns.flatMap((r) => r.sources))];
}
