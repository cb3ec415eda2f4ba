// What the map, legend, tooltip and table show for one indicator × sector × year: a value (or an
// explicit reason for its absence) per region, and where it comes from. Published and computed
// indicators both produce this shape.
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
}
