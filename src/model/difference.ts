// Scenario − baseline (or scenario − another scenario) for one indicator: the difference per region,
// its diverging classes centred on 0, and the change of rank. Pure.
//
// Classes: zero change is its own class, painted in the neutral colour; decreases and increases get
// three classes each, split at a third and two thirds of the largest absolute change, so any change,
// however small, is painted off the neutral colour. Colours: ColorBrewer PuOr (colour-blind safe),
// orange = lower than what it is compared with, purple = higher.
import {schemePuOr} from 'd3-scale-chromatic';
import {parseHexColor, type Rgba} from './palette';
import {ranksOrNull} from './rank';
import type {IndicatorResult} from './indicator-result';
import type {RegionCode} from './region';

export interface RegionDifference {
  code: RegionCode;
  /** The value on the edited side (the current scenario) and on the other side; null = unknown. */
  value: number | null;
  other: number | null;
  /** value − other; null when either is unknown. Exactly 0 when they are equal. */
  diff: number | null;
  rank: number | null;
  otherRank: number | null;
  /** otherRank − rank: positive = moved up. null without both ranks. */
  rankChange: number | null;
}

/** Below this relative size a difference is floating-point noise, not a change. */
const NOISE = 1e-12;

export function differences(result: IndicatorResult, other: IndicatorResult): RegionDifference[] {
  const value = (r: IndicatorResult, code: RegionCode) => {
    const v = r.values.find((x) => x.code === code);
    return v && v.status === 'ok' && typeof v.value === 'number' && Number.isFinite(v.value) ? v.value : null;
  };
  const codes = result.values.map((v) => v.code);
  const a = codes.map((c) => value(result, c));
  const b = codes.map((c) => value(other, c));
  const ranksA = ranksOrNull(Float64Array.from(a, (x) => x ?? NaN));
  const ranksB = ranksOrNull(Float64Array.from(b, (x) => x ?? NaN));
  return codes.map((code, i) => {
    const x = a[i]!;
    const y = b[i]!;
    let diff = x !== null && y !== null ? x - y : null;
    if (diff !== null && Math.abs(diff) <= NOISE * Math.max(1, Math.abs(x!), Math.abs(y!))) diff = 0;
    const rank = ranksA[i]!;
    const otherRank = ranksB[i]!;
    return {code, value: x, other: y, diff, rank, otherRank, rankChange: rank !== null && otherRank !== null ? otherRank - rank : null};
  });
}

export interface DifferenceClass {
  /** -3…3; 0 = no change. */
  step: number;
  /** Bounds of |diff| (0 for the no-change class). */
  from: number;
  to: number;
  color: Rgba;
}

/** The neutral colour of "no change", per theme (the same in the legend and on the map). */
export const NO_CHANGE_COLOR: Record<'light' | 'dark', Rgba> = {light: [247, 247, 247, 255], dark: [96, 96, 96, 255]};

export function differenceClasses(diffs: readonly (number | null)[], theme: 'light' | 'dark' = 'light'): {classes: DifferenceClass[]; classOf: (d: number) => DifferenceClass; max: number} {
  const max = Math.max(0, ...diffs.map((d) => (d === null ? 0 : Math.abs(d))));
  const scheme = schemePuOr[7]!.map(parseHexColor);
  // d3's schemePuOr runs purple → orange (ColorBrewer's PuOr reversed); its middle is replaced by the
  // theme's neutral. Lower is orange, higher is purple.
  const steps: DifferenceClass[] = [-3, -2, -1, 0, 1, 2, 3].map((step) => ({
    step,
    from: step === 0 ? 0 : (max * (Math.abs(step) - 1)) / 3,
    to: step === 0 ? 0 : (max * Math.abs(step)) / 3,
    color: step === 0 ? NO_CHANGE_COLOR[theme] : scheme[3 - step]!,
  }));
  const noChange = steps[3]!;
  const classOf = (d: number): DifferenceClass => {
    if (d === 0 || max === 0) return noChange;
    const k = Math.min(3, Math.max(1, Math.ceil((Math.abs(d) / max) * 3 - 1e-9)));
    return steps[3 + Math.sign(d) * k]!;
  };
  // Where nothing differs, the legend has one class: six classes "higher by 0–0" would say nothing.
  return {classes: max === 0 ? [noChange] : steps, classOf, max};
}

/**
 * The decimals a difference is written with: the comparison's, or as many more as a change smaller
 * than their last digit needs to show its first significant digit (−0.001, not −0.00). An edit moves
 * regions it does not name through the national totals (a region's share of the country's output, say)
 * by such small amounts; "−0.00" beside an orange swatch would read as a change of nothing.
 */
export function differenceDecimals(diff: number, decimals: number): number {
  // |diff| ≥ 10^−d (less a rounding error: 0.003 / 3 is 0.000999…), so it rounds to at least one unit
  // of its last digit.
  return diff === 0 ? decimals : Math.max(decimals, Math.ceil(-Math.log10(Math.abs(diff)) - 1e-9));
}

/**
 * A region's change as printed, with the decimals its row is printed with: the difference of its two
 * values as printed (0.57 − 0.48 = 0.09 for 0.5730 and 0.4775, not their rounded difference 0.10), as
 * the site classes values as printed (shownValue). Printed values and the change beside them so always
 * agree, as a reader checks them; the CSV keeps the exact values and difference. Where the values print
 * alike (a change smaller than their last digit), the row takes more decimals until they differ (at most
 * as many as `differenceDecimals`, where any change shows), so a change is never printed as 0.
 */
export function shownDifference(value: number, other: number, diff: number, decimals: number): {shown: number; decimals: number} {
  const most = differenceDecimals(diff, decimals);
  for (let d = decimals; ; d++) {
    // toFixed again: 0.57 − 0.48 is 0.08999… in binary.
    const shown = Number((Number(value.toFixed(d)) - Number(other.toFixed(d))).toFixed(d));
    if (diff === 0 || shown !== 0 || d >= most) return {shown: shown === 0 ? Number(diff.toFixed(d)) : shown, decimals: d};
  }
}

/** A region's difference with its change as printed (shownDifference); null when unknown. */
export interface ShownRegionDifference extends RegionDifference {
  shown: number | null;
  /** The decimals of its row: the comparison's, or more (shownDifference). */
  decimals: number;
}

export interface Comparison {
  /** Painted, classed and listed by the change as printed (`shown`). */
  rows: ShownRegionDifference[];
  /** Lowest change first (step −3 … 3). */
  classes: DifferenceClass[];
  classOf: (d: number) => DifferenceClass;
  /**
   * Some region has no difference (unknown on either side): the map paints it as no data (grey,
   * dotted), so the legend lists "no data" as well.
   */
  unknown: boolean;
  /**
   * The decimals of its values, changes and class bounds: at least two, and enough for its narrowest
   * class (a third of the largest change) to read as such, not "0.00–0.00", when every change is small.
   */
  decimals: number;
}

const comparisons = new WeakMap<IndicatorResult, WeakMap<IndicatorResult, Partial<Record<'light' | 'dark', Comparison>>>>();

/**
 * The differences of `result` from `other` with their classes: what the difference map paints, its
 * legend lists and the comparison table shows. Kept per pair of results and theme, so the three
 * show one computation. Classed by the change as printed, as the values' map is by the values as
 * printed: a change printed +0.09 is not in a class printed "0.10–0.14".
 */
export function comparison(result: IndicatorResult, other: IndicatorResult, theme: 'light' | 'dark'): Comparison {
  let byOther = comparisons.get(result);
  if (!byOther) comparisons.set(result, (byOther = new WeakMap()));
  let byTheme = byOther.get(other);
  if (!byTheme) byOther.set(other, (byTheme = {}));
  return (byTheme[theme] ??= (() => {
    const exact = differences(result, other);
    // The decimals come from the exact changes, the classes from the printed ones (which need them).
    const max = Math.max(0, ...exact.map((r) => (r.diff === null ? 0 : Math.abs(r.diff))));
    const decimals = differenceDecimals(max / 3, Math.max(2, result.decimals));
    const rows = exact.map((r): ShownRegionDifference =>
      r.diff === null ? {...r, shown: null, decimals} : {...r, ...shownDifference(r.value!, r.other!, r.diff, decimals)},
    );
    const {classes, classOf} = differenceClasses(
      rows.map((r) => r.shown),
      theme,
    );
    return {rows, classes, classOf, unknown: rows.some((r) => r.diff === null), decimals};
  })());
}
