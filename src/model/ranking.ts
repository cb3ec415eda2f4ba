// Ranks of the regions by an indicator's value: 1 = highest, ties share a rank ("1, 2, 2, 4"), unknown
// values get none — the engine's competition ranking (rank.ts), keyed by region for the explorer.
import type {RegionValue} from './indicator-result';
import {competitionRanks} from './rank';
import type {RegionCode} from './region';

export interface Ranking {
  rank: ReadonlyMap<RegionCode, number>;
  /** How many regions have a value (the denominator shown next to a rank). */
  ranked: number;
}

export function rankRegions(values: readonly RegionValue[]): Ranking {
  const ranks = competitionRanks(values.map((v) => (v.status === 'ok' && v.value !== null ? v.value : NaN)));
  const rank = new Map<RegionCode, number>();
  values.forEach((v, i) => {
    if (ranks[i]! > 0) rank.set(v.code, ranks[i]!);
  });
  return {rank, ranked: rank.size};
}
