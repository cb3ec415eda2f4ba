// Choropleth classification: which class each known value falls in. Breaks come from
// simple-statistics (quantiles, ckmeans for natural breaks — code-split: natural-breaks.ts — and equal
// intervals); the diverging scheme is a fixed, log-symmetric ladder around 1.0 (the national level), so
// that one colour means the same ratio on every sector and year and a map can be compared with the next.
//
// Nine regions make degenerate cases common: fewer distinct values than classes, ties, one value, no
// value at all. Data-driven methods then give fewer classes and say so (`note`); they never invent an
// empty class in the middle of the data.
import equalIntervalBreaks from 'simple-statistics/equal_interval_breaks';
import quantileSorted from 'simple-statistics/quantile_sorted';
import {NEUTRAL_VALUE} from './indicators';
import {naturalClusters} from './natural-breaks';

export const CLASSIFICATION_METHODS = ['quantile', 'jenks', 'equal', 'custom', 'diverging'] as const;
export type ClassificationMethod = (typeof CLASSIFICATION_METHODS)[number];

export const MIN_CLASSES = 2;
export const MAX_CLASSES = 9;

export interface ClassInterval {
  /** Inclusive lower bound; null = open (no lower bound). */
  lower: number | null;
  /** Exclusive upper bound (the last class of a data-driven method includes it); null = open. */
  upper: number | null;
}

export interface Classification {
  method: ClassificationMethod;
  /** Ascending. A value v is in class i = the number of thresholds ≤ v. */
  thresholds: number[];
  /** One per class, low to high: thresholds.length + 1 of them, or none when nothing is known. */
  intervals: ClassInterval[];
  /** The number of classes asked for. */
  requested: number;
  /** Why there are fewer classes than asked for. */
  note: 'all-unknown' | 'fewer-distinct' | null;
  /** The centre of a diverging scheme (1.0), else null. */
  centre: number | null;
}

export interface ClassifyOptions {
  method: ClassificationMethod;
  /** Classes asked for (2–9); ignored by `custom`, whose breaks decide. */
  n: number;
  /** Thresholds for `custom`, ascending. */
  breaks?: readonly number[] | null;
}

/**
 * Thresholds of the diverging ladder for n classes. Odd n: a middle class 0.8–1.25 ("about the
 * national level"), then 2, 3, 5 and their reciprocals; even n: 1.0 itself is a threshold.
 */
export function divergingThresholds(n: number, centre = NEUTRAL_VALUE): number[] {
  const k = Math.max(MIN_CLASSES, Math.min(MAX_CLASSES, Math.round(n)));
  const up = (k % 2 === 1 ? [1.25, 2, 3, 5] : [1, 2, 3, 5]).slice(0, Math.floor(k / 2));
  const down = up
    .filter((x) => x !== 1)
    .map((x) => 1 / x)
    .reverse();
  return [...down, ...up].map((x) => x * centre);
}

/** The class index of a value: how many thresholds are ≤ it. */
export function classIndex(c: Classification, value: number): number {
  let i = 0;
  while (i < c.thresholds.length && value >= c.thresholds[i]!) i++;
  return i;
}

export function classify(values: readonly (number | null)[], options: ClassifyOptions): Classification {
  const known = values.filter((v): v is number => v !== null && Number.isFinite(v));
  const sorted = [...known].sort((a, b) => a - b);
  const requested = options.method === 'custom' ? (options.breaks?.length ?? 0) + 1 : clampClasses(options.n);
  const base = {method: options.method, requested, centre: null};

  if (options.method === 'diverging' || options.method === 'custom') {
    const thresholds =
      options.method === 'diverging' ? divergingThresholds(requested) : [...new Set(options.breaks ?? [])].sort((a, b) => a - b);
    return {
      ...base,
      centre: options.method === 'diverging' ? NEUTRAL_VALUE : null,
      thresholds,
      intervals: openIntervals(thresholds),
      note: sorted.length === 0 ? 'all-unknown' : null,
    };
  }

  if (sorted.length === 0) return {...base, thresholds: [], intervals: [], note: 'all-unknown'};
  const min = sorted[0]!;
  const max = sorted[sorted.length - 1]!;
  const distinct = new Set(sorted).size;

  let thresholds: number[];
  if (options.method === 'equal') {
    // Equal intervals may leave a class empty: that is what the method means. A constant leaves one class.
    thresholds = max > min ? equalIntervalBreaks(sorted, requested).slice(1, -1) : [];
  } else if (options.method === 'jenks') {
    const k = Math.min(requested, distinct);
    // ckmeans can return an empty cluster when values differ only by rounding (e.g. 0 and 5e-324):
    // the same guard as for quantiles keeps every class non-empty.
    const starts = k > 1 ? naturalClusters(sorted, k).slice(1).flatMap((cluster) => cluster.slice(0, 1)) : [];
    thresholds = dropEmptyClasses(starts, sorted);
  } else {
    const candidates = Array.from({length: requested - 1}, (_, i) => quantileSorted(sorted, (i + 1) / requested));
    thresholds = dropEmptyClasses(candidates, sorted);
  }
  const intervals = thresholds.length + 1;
  return {
    ...base,
    thresholds,
    intervals: closedIntervals(thresholds, min, max),
    note: intervals < requested ? 'fewer-distinct' : null,
  };
}

function clampClasses(n: number): number {
  return Number.isFinite(n) ? Math.max(MIN_CLASSES, Math.min(MAX_CLASSES, Math.round(n))) : 5;
}

/** Keeps only thresholds above the minimum that start a class holding at least one value. */
function dropEmptyClasses(candidates: number[], sorted: number[]): number[] {
  const unique = [...new Set(candidates)].filter((t) => t > sorted[0]!).sort((a, b) => a - b);
  const kept: number[] = [];
  for (let i = 0; i < unique.length; i++) {
    const t = unique[i]!;
    const next = unique[i + 1] ?? Infinity;
    if (sorted.some((v) => v >= t && v < next)) kept.push(t);
  }
  // Each kept threshold starts a non-empty class, so the class below it (which contains the class
  // that started at the previous kept threshold, or the minimum) is not empty either.
  return kept;
}

function openIntervals(thresholds: number[]): ClassInterval[] {
  return [null, ...thresholds].map((lower, i) => ({lower, upper: thresholds[i] ?? null}));
}

function closedIntervals(thresholds: number[], min: number, max: number): ClassInterval[] {
  return [min, ...thresholds].map((lower, i) => ({lower, upper: thresholds[i] ?? max}));
}
