// A national total (KG) that disagrees with the nine regions' sum. Every coefficient divides by the
// national figure (the location quotient by the sector's national share), so a KG row far from its
// regions' sum shifts every region alike: with a national total too small, all nine regions can come
// out LQ ≥ 2. Such a file is still imported (a statistics office's KG may include what it assigns to
// no region); the import summary warns, naming the figures (README "Import your own data").
import {DATA_INDICATORS, NATIONAL_REGION, type DataIndicator, type DatasetColumns} from './dataset';
import {REGION_CODES} from './region';

/** Indicators whose regions add up to the country: not shares, not per-capita figures. */
export const ADDITIVE_INDICATORS: readonly DataIndicator[] = ['employment', 'output', 'population', 'establishments', 'grp'];

/**
 * The relative difference above which KG and its regions' sum disagree: 1 % of the national figure.
 * Nine regional figures rounded to the published digit differ from their total by far less (nine
 * roundings of 0.05 on a total of a few hundred are under 0.2 %); 1 % is a different figure.
 */
export const TOTAL_MISMATCH_TOLERANCE = 0.01;

/** How many disagreements the summary lists; the rest are counted. */
export const MAX_LISTED_MISMATCHES = 3;

export interface TotalMismatch {
  sector: string;
  indicator: DataIndicator;
  year: number;
  /** The KG row's value. */
  national: number;
  /** The nine regions' sum. */
  regions: number;
}

/**
 * KG rows of an additive indicator whose sector and year has all nine regions, and whose regions' sum
 * differs from KG by more than TOTAL_MISMATCH_TOLERANCE of KG: the first `listed`, in the file's order,
 * and how many there are in all.
 */
export function totalMismatches(columns: DatasetColumns, listed = MAX_LISTED_MISMATCHES): {items: TotalMismatch[]; count: number} {
  const additive = new Set(ADDITIVE_INDICATORS.map((i) => DATA_INDICATORS.indexOf(i)));
  const national = columns.regionCodes.indexOf(NATIONAL_REGION);
  const regionIndex = columns.regionCodes.map((c) => REGION_CODES.indexOf(c as never));
  const key = (n: number) => `${columns.sector[n]}|${columns.indicator[n]}|${columns.year[n]}`;
  // Per sector, indicator and year: the regions' sum and which of the nine were seen (a bit each).
  const sums = new Map<string, {sum: number; seen: number}>();
  for (let n = 0; n < columns.length; n++) {
    const r = regionIndex[columns.region[n]!]!;
    if (r < 0 || !additive.has(columns.indicator[n]!)) continue;
    const k = key(n);
    const s = sums.get(k) ?? sums.set(k, {sum: 0, seen: 0}).get(k)!;
    s.sum += columns.value[n]!;
    s.seen |= 1 << r;
  }
  const all = (1 << REGION_CODES.length) - 1;
  const items: TotalMismatch[] = [];
  let count = 0;
  for (let n = 0; n < columns.length; n++) {
    if (columns.region[n] !== national || national < 0 || !additive.has(columns.indicator[n]!)) continue;
    const s = sums.get(key(n));
    if (!s || s.seen !== all) continue;
    const kg = columns.value[n]!;
    if (Math.abs(s.sum - kg) <= TOTAL_MISMATCH_TOLERANCE * Math.abs(kg)) continue;
    count++;
    if (items.length < listed)
      items.push({sector: columns.sectors[columns.sector[n]!]!, indicator: DATA_INDICATORS[columns.indicator[n]!]!, year: columns.year[n]!, national: kg, regions: s.sum});
  }
  return {items, count};
}
