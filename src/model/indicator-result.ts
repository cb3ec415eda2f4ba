// What the map, legend, tooltip and table show for one indicator × sector × year: a value (or an
// explicit reason for its absence) per region, and where it comes from. Published and computed
// indicators both produce this shape.
import type {PotentialSettings} from './cluster-potential';
import type {IndicatorId} from './indicators';
import type {RegionCode} from './region';

export type ValueStatus =
  /** A number is known. */
  | 'ok'
  /** The seed lists only some sectors per region; this one was not published (not zero). */
  | 'not_published'
  /** A dash in the seed: the region has no production in this industry. */
  | 'no_production'
  /** An input is unknown, so the value is unknown. */
  | 'no_data';

export interface RegionValue {
  code: RegionCode;
  value: number | null;
  status: ValueStatus;
  /** Computed indicators: 1-based place among the regions with a value (ties share), null without. */
  rank?: number | null;
  /** potential: best and worst place when the weights vary within the stability band. */
  rankRange?: [number, number] | null;
  /** Details by id: the components of `potential`, the two shares behind `spec`. Unknown is null. */
  components?: Record<string, number | null>;
  /** A published value printed with other decimals than the result's (seed 003's "1,0"): shown so. */
  decimals?: number;
  /**
   * Computed indicators: the sources this region's value rests on (its own figures and the national
   * ones), cited in its profile and tooltip; absent, the result's `sources` are cited.
   */
  sources?: string[];
  /**
   * Computed indicators, an unknown value: the sources of the inputs the region has (an index's known
   * components). The result's other sources are where its missing inputs were looked for.
   */
  partialSources?: string[];
}

export interface IndicatorResult {
  ind: IndicatorId;
  sector: string;
  /** The year, or null for a period indicator (then `period` says which). */
  year: number | null;
  period: string | null;
  origin: 'published' | 'computed';
  /** One entry per region, in REGION_CODES order. */
  values: RegionValue[];
  /** Decimals to show: as published for published values (seed 002: 3, seed 003: 2). */
  decimals: number;
  /** Citations shown to the user next to the values. */
  sources: string[];
  /** The formula the code ran, as shown in the methodology panel (computed indicators). */
  formula: string | null;
  /** Computed indicators: ids of the formula descriptors that ran (methodology panel anchors). */
  formulaIds?: string[];
  /** Computed indicators: the sectors and years the selected dataset has for this indicator. */
  domain?: {sectors: string[]; years: number[]};
  /** potential: the components in use (the others have no value in this sector and year). */
  components?: string[];
  /** potential: the settings it ran with (defaults filled in). */
  settings?: PotentialSettings;
  /** With a scenario: how many records each of its input edits changed (0 = it matched nothing). */
  inputEditsMatched?: number[];
  /** With it: for each input edit that matched nothing, the statistics the data have there (scenario-inputs.ts). */
  inputEditsHave?: string[][];
}

/**
 * A region's value as the page prints it (rounded to its decimals), or null when unknown. Its class and
 * whether it is above or below 1.0 are decided on this, so that a value printed "0.80" is never put in
 * the class below a break at 0.80, nor said to be below 1.0 when printed "1.00".
 */
export function shownValue(v: RegionValue, decimals: number): number | null {
  return v.status === 'ok' && v.value !== null ? Number(v.value.toFixed(v.decimals ?? decimals)) : null;
}
