import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {competitionRanks, RANK_FORMULA, ranksOrNull} from '../../../src/model/rank';
import {rankRanges, seededRandom, weightVariants} from '../../../src/model/rank-stability';

describe('ranks', () => {
  it('rank the highest first, ties share the best place (1, 2, 2, 4)', () => {
    expect(Array.from(competitionRanks([3, 5, 5, 1]))).toEqual([3, 1, 1, 4]);
    expect(competitionRanks([3, 5, 5, 1])[0]).toBe(RANK_FORMULA.example!.result);
    expect(Array.from(competitionRanks([2, 2, 2]))).toEqual([1, 1, 1]);
  });

  it('give unknown values no place and do not count them', () => {
    expect(ranksOrNull([NaN, 2, 1, NaN, 2])).toEqual([null, 1, 3, null, 1]);
    expect(ranksOrNull([NaN, NaN])).toEqual([null, null]);
    expect(ranksOrNull([])).toEqual([]);
  });

  it('are 1 + the number of strictly greater known values', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.integer({min: 0, max: 5}), fc.constant(NaN))), (values) => {
        const ranks = competitionRanks(values);
        return values.every((v, i) =>
          Number.isNaN(v) ? ranks[i] === 0 : ranks[i] === 1 + values.filter((w) => !Number.isNaN(w) && w > v).length,
        );
      }),
    );
  });
});

describe('rank stability', () => {
  it('is a single place when the band is 0 or only one component is used', () => {
    const c = [Float64Array.from([2, 1, 3]), Float64Array.from([1, 2, 0.5])];
    const r = rankRanges(c, [1, 1], 'geometric', 0);
    expect(Array.from(r.best)).toEqual(Array.from(r.worst));
    const single = rankRanges(c, [1, 0], 'geometric', 0.5);
    expect(Array.from(single.best)).toEqual([2, 3, 1]);
    expect(Array.from(single.worst)).toEqual([2, 3, 1]);
  });

  it('finds a swap that the weights decide (hand-computed)', () => {
    // Equal weights: A = √(2·1) = 1.414, B = √(1·2.1) = 1.449 → B first.
    // w = (1.2, 0.8): A = 2^0.6 = 1.516, B = 2.1^0.4 = 1.346 → A first.
    const c = [Float64Array.from([2, 1]), Float64Array.from([1, 2.1])];
    const r = rankRanges(c, [1, 1], 'geometric', 0.2);
    expect(Array.from(r.best)).toEqual([1, 1]);
    expect(Array.from(r.worst)).toEqual([2, 2]);
    // ±1 % cannot swap them.
    const narrow = rankRanges(c, [1, 1], 'geometric', 0.01);
    expect(Array.from(narrow.best)).toEqual([2, 1]);
    expect(Array.from(narrow.worst)).toEqual([2, 1]);
  });

  it('leaves a region with an unknown index without a range', () => {
    const r = rankRanges([Float64Array.from([2, NaN]), Float64Array.from([1, 1])], [1, 1], 'arithmetic', 0.2);
    expect(r.best[1]).toBe(0);
    expect(r.worst[1]).toBe(0);
    expect(r.best[0]).toBe(1);
  });

  it('is deterministic and always contains the rank at the set weights', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.double({min: 0.1, max: 5, noNaN: true}), {minLength: 9, maxLength: 9}), {minLength: 2, maxLength: 4}),
        (raw) => {
          const c = raw.map((a) => Float64Array.from(a));
          const w = c.map(() => 1);
          const a = rankRanges(c, w, 'geometric', 0.2);
          const b = rankRanges(c, w, 'geometric', 0.2);
          const centre = rankRanges(c, w, 'geometric', 0);
          return a.best.every((x, i) => x === b.best[i] && a.worst[i] === b.worst[i] && x <= centre.best[i]! && a.worst[i]! >= centre.best[i]!);
        },
      ),
    );
  });

  it('tries every corner of the weight box, the centre and seeded samples', () => {
    const v = weightVariants([1, 2, 0], 0.5, 3);
    expect(v).toHaveLength(1 + 4 + 3);
    expect(v[0]).toEqual([1, 2, 0]);
    expect(v.slice(1, 5)).toEqual([
      [0.5, 1, 0],
      [1.5, 1, 0],
      [0.5, 3, 0],
      [1.5, 3, 0],
    ]);
    for (const w of v.slice(5)) {
      expect(w[0]).toBeGreaterThanOrEqual(0.5);
      expect(w[0]).toBeLessThanOrEqual(1.5);
      expect(w[2]).toBe(0);
    }
    expect(weightVariants([1, 2, 0], 0.5, 3)).toEqual(v);
    const r = seededRandom(1);
    const s = seededRandom(1);
    expect([r(), r(), r()]).toEqual([s(), s(), s()]);
  });
});

describe('ranks of values that print the same', () => {
  it('are taken from the unrounded values, and the methodology says so in every language', () => {
    // GRP per capita 2008 (NSC SDG 8.1.1.2): Osh city 24.4 and Jalal-Abad 24.3 thousand som against the
    // country's 37.0 both print as 0.66, yet hold places 1 and 2 here.
    expect(Array.from(competitionRanks([24.4 / 37, 24.3 / 37]))).toEqual([1, 2]);
    expect(RANK_FORMULA.meaning.en).toContain('compared unrounded');
    expect(RANK_FORMULA.meaning.ru).toContain('без округления');
    expect(RANK_FORMULA.meaning.ky).toContain('тегеректелбестен');
  });
});
