// The legend: one entry per class (low to high) and one per reason a value is unknown, each with the
// regions it holds. It doubles as a filter: choosing an entry emphasises its regions on the map.
import {classIndex, type Classification, type ClassInterval} from './classify';
import type {IndicatorResult, ValueStatus} from './indicator-result';
import type {Rgba} from './palette';
import type {RegionCode} from './region';

export type UnknownStatus = Exclude<ValueStatus, 'ok'>;
/** Order of the unknown entries: the seed's own reasons first, then plain "no data". */
export const UNKNOWN_STATUSES: readonly UnknownStatus[] = ['no_production', 'not_published', 'no_data'];

export interface LegendEntry {
  /** Stable within one classification: `class-<i>` or `status-<status>`. */
  key: string;
  kind: 'class' | 'status';
  /** Class index, low to high (class entries). */
  index: number | null;
  status: UnknownStatus | null;
  interval: ClassInterval | null;
  /** What the label shows: a range (null end = open), or a single value when from === to. */
  range: {from: number | null; to: number | null} | null;
  color: Rgba;
  regions: RegionCode[];
}

/**
 * Builds the legend. `colors` has one colour per class of `c`; `unknownColor` paints every unknown
 * status (the labels tell them apart). Status entries appear only for statuses that occur.
 */
export function buildLegend(result: IndicatorResult, c: Classification, colors: readonly Rgba[], unknownColor: Rgba): LegendEntry[] {
  const known = result.values.filter((v): v is typeof v & {value: number} => v.status === 'ok' && v.value !== null);
  const byClass = c.intervals.map(() => [] as {code: RegionCode; value: number}[]);
  for (const v of known) byClass[classIndex(c, v.value)]?.push(v);
  // Quantiles and natural breaks describe the data: label them with the range of their members.
  // The other methods are fixed intervals: label them with their bounds (empty ones too).
  const byMembers = c.method === 'quantile' || c.method === 'jenks';

  const classes = c.intervals.map((interval, i): LegendEntry => {
    const members = byClass[i]!;
    const values = members.map((m) => m.value);
    const range =
      byMembers && values.length > 0
        ? {from: Math.min(...values), to: Math.max(...values)}
        : {from: interval.lower, to: interval.upper};
    return {
      key: `class-${i}`,
      kind: 'class',
      index: i,
      status: null,
      interval,
      range,
      color: colors[i] ?? unknownColor,
      regions: members.map((m) => m.code),
    };
  });
  const unknown = UNKNOWN_STATUSES.flatMap((status): LegendEntry[] => {
    const regions = result.values.filter((v) => v.status === status || (status === 'no_data' && v.status === 'ok' && v.value === null));
    return regions.length === 0
      ? []
      : [{key: `status-${status}`, kind: 'status', index: null, status, interval: null, range: null, color: unknownColor, regions: regions.map((v) => v.code)}];
  });
  return [...classes, ...unknown];
}

/** The regions to emphasise for the chosen entry; null = no filter (or the entry no longer exists). */
export function emphasisedRegions(legend: readonly LegendEntry[], key: string | null): Set<RegionCode> | null {
  if (key === null) return null;
  const entry = legend.find((e) => e.key === key);
  return entry ? new Set(entry.regions) : null;
}

/** The legend entry a region is in. */
export function entryOf(legend: readonly LegendEntry[], code: RegionCode): LegendEntry | null {
  return legend.find((e) => e.regions.includes(code)) ?? null;
}
