// Percentiles for threshold rules. Linear interpolation between order statistics (Hyndman & Fan 1996
// type 7: the default of R, NumPy and Excel's PERCENTILE.INC), over the known values only.

/** The p-quantile (0 ≤ p ≤ 1) of the finite values; NaN when there are none. */
export function quantile(values: ArrayLike<number>, p: number): number {
  const sorted = Array.from(values).filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0 || !(p >= 0 && p <= 1)) return NaN;
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.ceil(h);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}
