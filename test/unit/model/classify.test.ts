import fc from 'fast-check';
import {beforeAll, describe, expect, it} from 'vitest';
import {classify, classIndex, divergingThresholds, type ClassificationMethod} from '../../../src/model/classify';
import {loadNaturalBreaks} from '../../../src/model/natural-breaks';

// Natural breaks' code is code-split; the page loads it before it shows them (src/main.ts).
beforeAll(loadNaturalBreaks);

/** Seed 002 Table 3.1, mining, in REGION_CODES order (Osh city: a dash). */
const MINING = [2.553, 5.449, 0.027, 2.574, 2.977, 0.028, 0.044, 0.025, null];
/** Seed 002 Table 3.1, light industry. */
const LIGHT = [0.198, 0.626, 0.043, 0.164, 1.055, 0.017, 1.069, 2.083, 0.581];

const counts = (values: (number | null)[], c: ReturnType<typeof classify>) => {
  const out = c.intervals.map(() => 0);
  for (const v of values) if (v !== null) out[classIndex(c, v)]!++;
  return out;
};

describe('divergingThresholds', () => {
  it.each([2, 3, 4, 5, 6, 7, 8, 9])('is log-symmetric around 1.0 for %i classes', (n) => {
    const t = divergingThresholds(n);
    expect(t).toHaveLength(n - 1);
    for (let i = 0; i < t.length; i++) expect(t[i]! * t[t.length - 1 - i]!).toBeCloseTo(1, 12);
    expect([...t].sort((a, b) => a - b)).toEqual(t);
  });

  it('gives odd counts a middle class around 1.0 and makes 1.0 a break for even counts', () => {
    expect(divergingThresholds(5)).toEqual([0.5, 0.8, 1.25, 2]);
    expect(divergingThresholds(3)).toEqual([0.8, 1.25]);
    expect(divergingThresholds(4)).toEqual([0.5, 1, 2]);
    expect(divergingThresholds(2)).toEqual([1]);
    expect(divergingThresholds(9).map((x) => Number(x.toFixed(3)))).toEqual([0.2, 0.333, 0.5, 0.8, 1.25, 2, 3, 5]);
  });
});

describe('classify', () => {
  it('diverging: the same ladder whatever the data, so maps of different sectors compare', () => {
    const a = classify(MINING, {method: 'diverging', n: 5});
    const b = classify(LIGHT, {method: 'diverging', n: 5});
    expect(a.thresholds).toEqual(b.thresholds);
    expect(a.centre).toBe(1);
    expect(a.intervals[0]).toEqual({lower: null, upper: 0.5});
    expect(a.intervals[4]).toEqual({lower: 2, upper: null});
    expect(counts(MINING, a)).toEqual([4, 0, 0, 0, 4]);
    expect(classIndex(a, 1)).toBe(2); // 1.0 is in the middle class
  });

  it('quantile: nine values in five classes of two or one', () => {
    const c = classify(LIGHT, {method: 'quantile', n: 5});
    expect(c.intervals).toHaveLength(5);
    expect(counts(LIGHT, c)).toEqual([2, 2, 1, 2, 2]);
    expect(c.note).toBeNull();
  });

  it('natural breaks: keeps the two groups of the mining values apart', () => {
    const c = classify(MINING, {method: 'jenks', n: 2});
    expect(c.thresholds).toEqual([2.553]);
    const c3 = classify(MINING, {method: 'jenks', n: 3});
    expect(classIndex(c3, 5.449)).toBe(2);
    expect(counts(MINING, c3)).toEqual([4, 3, 1]);
  });

  it('equal intervals: splits the range evenly, empty classes included', () => {
    const c = classify([0, 1, 10], {method: 'equal', n: 5});
    expect(c.thresholds).toEqual([2, 4, 6, 8]);
    expect(c.intervals[0]).toEqual({lower: 0, upper: 2});
    expect(c.intervals[4]).toEqual({lower: 8, upper: 10});
    expect(counts([0, 1, 10], c)).toEqual([2, 0, 0, 0, 1]);
  });

  it('custom: uses the given breaks, open at both ends', () => {
    const c = classify(LIGHT, {method: 'custom', n: 7, breaks: [0.1, 1]});
    expect(c.requested).toBe(3);
    expect(c.intervals).toEqual([
      {lower: null, upper: 0.1},
      {lower: 0.1, upper: 1},
      {lower: 1, upper: null},
    ]);
    expect(counts(LIGHT, c)).toEqual([2, 4, 3]);
  });

  it('says so when nothing is known (and never throws)', () => {
    for (const method of ['quantile', 'jenks', 'equal'] as const) {
      const c = classify([null, null, null], {method, n: 5});
      expect(c.intervals).toEqual([]);
      expect(c.note).toBe('all-unknown');
    }
    const d = classify([null], {method: 'diverging', n: 5});
    expect(d.intervals).toHaveLength(5);
    expect(d.note).toBe('all-unknown');
  });

  it('gives fewer classes when there are fewer distinct values than classes', () => {
    for (const method of ['quantile', 'jenks'] as const) {
      const c = classify([1.5, 1.5, 1.5, 0.2, 0.2, null], {method, n: 5});
      expect(c.intervals).toHaveLength(2);
      expect(c.note).toBe('fewer-distinct');
      expect(classIndex(c, 0.2)).toBe(0);
      expect(classIndex(c, 1.5)).toBe(1);
    }
    const constant = classify([2, 2, 2], {method: 'equal', n: 4});
    expect(constant.intervals).toEqual([{lower: 2, upper: 2}]);
    expect(constant.note).toBe('fewer-distinct');
  });

  it('one known value: one class', () => {
    for (const method of ['quantile', 'jenks', 'equal'] as const) {
      const c = classify([null, 0.7, null], {method, n: 3});
      expect(c.intervals).toHaveLength(1);
      expect(classIndex(c, 0.7)).toBe(0);
    }
  });

  it('clamps a class count outside 2–9', () => {
    expect(classify(LIGHT, {method: 'quantile', n: 40}).intervals).toHaveLength(9);
    expect(classify(LIGHT, {method: 'diverging', n: 1}).intervals).toHaveLength(2);
  });

  const values = fc.array(fc.option(fc.double({min: 0, max: 20, noNaN: true}), {nil: null}), {minLength: 0, maxLength: 9});
  const dataDriven = fc.constantFrom<ClassificationMethod>('quantile', 'jenks', 'equal');

  it('puts equal values in the same class and orders classes by value (property)', () => {
    fc.assert(
      fc.property(values, dataDriven, fc.integer({min: 2, max: 9}), (vs, method, n) => {
        const c = classify(vs, {method, n});
        const known = vs.filter((v): v is number => v !== null);
        for (const a of known)
          for (const b of known) {
            if (a === b) expect(classIndex(c, a)).toBe(classIndex(c, b));
            if (a < b) expect(classIndex(c, a)).toBeLessThanOrEqual(classIndex(c, b));
          }
        for (const v of known) expect(classIndex(c, v)).toBeLessThan(Math.max(1, c.intervals.length));
        expect(c.intervals.length).toBeLessThanOrEqual(n);
      }),
    );
  });

  it('keeps natural-breaks classes non-empty when values differ only by rounding', () => {
    const vs = [20, 20, 0, 5e-324];
    for (const count of counts(vs, classify(vs, {method: 'jenks', n: 3}))) expect(count).toBeGreaterThan(0);
  });

  it('never leaves a quantile or natural-breaks class empty (property)', () => {
    fc.assert(
      fc.property(values, fc.constantFrom<ClassificationMethod>('quantile', 'jenks'), fc.integer({min: 2, max: 9}), (vs, method, n) => {
        const c = classify(vs, {method, n});
        for (const count of counts(vs, c)) expect(count).toBeGreaterThan(0);
      }),
      {numRuns: 2000},
    );
  });
});
