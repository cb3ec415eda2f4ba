// The facts a text summary of one indicator states: which regions are highest and lowest, how many
// are above or below the national level, and which have no value and why. Pure: the wording in three
// languages is src/ui/summary-text.ts. Values are compared as shown (rounded to the result's
// decimals), so that the summary never names one "highest" region where the table shows a tie.
import type {IndicatorResult} from './indicator-result';
import {NEUTRAL_VALUE} from './indicators';
import {UNKNOWN_STATUSES, type UnknownStatus} from './legend';
import type {RegionCode} from './region';

export interface SummaryExtreme {
  /** Every region with this value as shown (ties), in REGION_CODES order. */
  codes: RegionCode[];
  value: number;
}

export interface SummaryFacts {
  /** Regions with a value. */
  known: number;
  /** Null when no region has a value. */
  highest: SummaryExtreme | null;
  /** Null when fewer than two different values are shown (then "lowest" would repeat "highest"). */
  lowest: SummaryExtreme | null;
  /** Compared with 1.0 (the national level) as shown. */
  above: number;
  below: number;
  equal: number;
  /** Regions without a value, grouped by the reason, in the legend's order; empty groups left out. */
  unknown: {status: UnknownStatus; codes: RegionCode[]}[];
}

/** The value as shown: rounded to `decimals` (so 1.004 shown as "1.00" counts as the national level). */
function shown(value: number, decimals: number): number {
  return Number(value.toFixed(decimals));
}

export function summaryFacts(result: Pick<IndicatorResult, 'values' | 'decimals'>): SummaryFacts {
  const known = result.values
    .filter((v): v is typeof v & {value: number} => v.status === 'ok' && v.value !== null && Number.isFinite(v.value))
    .map((v) => ({code: v.code, value: shown(v.value, result.decimals)}));
  const unknown = UNKNOWN_STATUSES.map((status) => ({
    status,
    codes: result.values
      .filter((v) => v.status === status || (status === 'no_data' && v.status === 'ok' && (v.value === null || !Number.isFinite(v.value))))
      .map((v) => v.code),
  })).filter((g) => g.codes.length > 0);
  const above = known.filter((k) => k.value > NEUTRAL_VALUE).length;
  const below = known.filter((k) => k.value < NEUTRAL_VALUE).length;
  const equal = known.length - above - below;
  if (known.length === 0) return {known: 0, highest: null, lowest: null, above, below, equal, unknown};
  const max = Math.max(...known.map((k) => k.value));
  const min = Math.min(...known.map((k) => k.value));
  const extreme = (value: number): SummaryExtreme => ({codes: known.filter((k) => k.value === value).map((k) => k.code), value});
  return {known: known.length, highest: extreme(max), lowest: min < max ? extreme(min) : null, above, below, equal, unknown};
}
