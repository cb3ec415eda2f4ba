// Ranks of the regions by an indicator's value: 1 = highest. Ties share a rank and the next rank is
// skipped ("1, 2, 2, 4"), as sports tables and statistical yearbooks do. Unknown values get no rank.
import type {RegionValue} from './indicator-result';
import type {RegionCode} from './region';

export interface Ranking {
  rank: ReadonlyMap<RegionCode, number>;
  /** How many regions have a value (the denominator shown next to a rank). */
  ranked: number;
}

export function rankRegions(values: readonly RegionValue[]): Ranking {
  const known = values.filter((v): v is RegionValue & {value: number} => v.status === 'ok' && v.value !== null);
  const rank = new Map<RegionCode, number>();
  for (const v of known) rank.set(v.code, 1 + known.filter((o) => o.value > v.value).length);
  return {rank, ranked: known.length};
}
