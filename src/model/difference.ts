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

export interface Comparison {
  rows: RegionDifference[];
  /** Lowest change first (step −3 … 3). */
  classes: DifferenceClass[];
  classOf: (d: number) => DifferenceClass;
  /**
   * Some region has no difference (unknown on either side): the map paints it as no data (grey,
   * dotted), so the legend lists "no data" as well.
   */
  unknown: boolean;
}

const comparisons = new WeakMap<IndicatorResult, WeakMap<IndicatorResult, Partial<Record<'light' | 'dark', Comparison>>>>();

/**
 * The differences of `result` from `other` with their classes: what the difference map paints, its
 * legend lists and the comparison table shows. Kept per pair of results and theme, so the three
 * show one computation.
 */
export function comparison(result: IndicatorResult, other: IndicatorResult, theme: 'light' | 'dark'): Comparison {
  let byOther = comparisons.get(result);
  if (!byOther) comparisons.set(result, (byOther = new WeakMap()));
  let byTheme = byOther.get(other);
  if (!byTheme) byOther.set(other, (byTheme = {}));
  return (byTheme[theme] ??= (() => {
    const rows = differences(result, other);
    const {classes, classOf} = differenceClasses(
      rows.map((r) => r.diff),
      theme,
    );
    return {rows, classes, classOf, unknown: rows.some((r) => r.diff === null)};
  })());
}
