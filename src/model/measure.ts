// An additive measure (employment, output, establishments, …) over regions × sectors, as dense typed
// arrays, with the totals every coefficient divides by. Unknown is NaN everywhere and is never read
// as zero: a sum with an unknown term is unknown.

export interface Measure {
  /** Number of regions (rows). */
  rows: number;
  /** Number of sectors (columns). */
  cols: number;
  /** x_ij, row-major (region i, sector j); NaN = unknown. */
  values: Float64Array;
  /** x_i: the region's total over all sectors; NaN = unknown. */
  regionTotals: Float64Array;
  /** x_j: the national total of the sector; NaN = unknown. */
  sectorTotals: Float64Array;
  /** x: the national total over all sectors; NaN = unknown. */
  total: number;
}

/** Σ_j x_ij for every region i; NaN when any term is unknown. */
export function rowSums(values: Float64Array, rows: number, cols: number): Float64Array {
  const out = new Float64Array(rows);
  for (let i = 0; i < rows; i++) {
    let s = 0;
    const base = i * cols;
    for (let j = 0; j < cols; j++) s += values[base + j]!;
    out[i] = s; // NaN + anything is NaN: an unknown term makes the sum unknown
  }
  return out;
}

/** Σ_i x_ij for every sector j; NaN when any term is unknown. */
export function columnSums(values: Float64Array, rows: number, cols: number): Float64Array {
  const out = new Float64Array(cols);
  for (let i = 0; i < rows; i++) {
    const base = i * cols;
    for (let j = 0; j < cols; j++) out[j] += values[base + j]!;
  }
  return out;
}

export function sum(values: ArrayLike<number>): number {
  let s = 0;
  for (let k = 0; k < values.length; k++) s += values[k]!;
  return s;
}

/**
 * A measure whose totals are the sums of its cells: the case of a complete matrix with no published
 * totals (and of the property tests).
 */
export function measureFromValues(values: Float64Array, rows: number, cols: number): Measure {
  const regionTotals = rowSums(values, rows, cols);
  const sectorTotals = columnSums(values, rows, cols);
  return {rows, cols, values, regionTotals, sectorTotals, total: sum(regionTotals)};
}

/** Column j as a new array (one value per region). */
export function column(values: Float64Array, rows: number, cols: number, j: number): Float64Array {
  const out = new Float64Array(rows);
  for (let i = 0; i < rows; i++) out[i] = values[i * cols + j]!;
  return out;
}

/**
 * A ratio that is unknown unless it is a finite number (0/0, x/0 and unknown inputs are unknown).
 * `x - x === 0` holds exactly for finite x (∞ − ∞ and NaN − NaN are NaN); it is several times faster
 * than Number.isFinite in the per-cell loops.
 */
export const finiteOrNaN = (x: number): number => (x - x === 0 ? x : NaN);

/**
 * out_ij = values_ij / byRow_i / byColumn_j (row-major; byRow null: 1), unknown (NaN) unless finite: the
 * per-cell loop of the location quotient and the per-capita coefficient. The finite check is written out
 * here rather than called: a call per cell across modules made the loop ~40 % slower at a million cells.
 */
export function cellRatios(values: Float64Array, byRow: Float64Array | null, byColumn: Float64Array, rows: number, cols: number, out: Float64Array): Float64Array {
  for (let i = 0; i < rows; i++) {
    const r = byRow === null ? 1 : byRow[i]!;
    const base = i * cols;
    for (let j = 0; j < cols; j++) {
      const x = values[base + j]! / r / byColumn[j]!;
      out[base + j] = x - x === 0 ? x : NaN;
    }
  }
  return out;
}
