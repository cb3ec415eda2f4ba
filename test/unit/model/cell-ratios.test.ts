// The per-cell loop of the location quotient and the per-capita coefficient (src/model/measure.ts).
import {describe, expect, it} from 'vitest';
import {cellRatios, finiteOrNaN} from '../../../src/model/measure';

describe('cellRatios', () => {
  it('divides each cell by its row’s and its column’s divisor, in that order, as finiteOrNaN would', () => {
    const values = new Float64Array([30, 0, 5, 1e308, NaN, 7]);
    const byRow = new Float64Array([100, 0.5]);
    const byColumn = new Float64Array([0.2, 0, 1e-308]);
    const out = cellRatios(values, byRow, byColumn, 2, 3, new Float64Array(6));
    const expected = [...values].map((v, c) => finiteOrNaN(v / byRow[Math.floor(c / 3)]! / byColumn[c % 3]!));
    expect([...out]).toEqual(expected);
    // 30 / 100 / 0.2 = 1.5; 5 / 100 / 1e-308 is large but finite; 0 / 0, overflows and an unknown input are unknown.
    expect(out[0]).toBeCloseTo(1.5, 12);
    expect(out[2]! / 5e306).toBeCloseTo(1, 12);
    expect([out[1], out[3], out[4], out[5]].every(Number.isNaN)).toBe(true);
  });

  it('without row divisors divides by the column’s alone', () => {
    const out = cellRatios(new Float64Array([21.4, 12]), null, new Float64Array([12, 12]), 1, 2, new Float64Array(2));
    expect([...out]).toEqual([21.4 / 12, 1]);
  });
});
