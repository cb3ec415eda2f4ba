import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {LQ_FORMULA, LQ_FROM_SHARES_FORMULA, locationQuotients, locationQuotientsFromShares} from '../../../src/model/location-quotient';
import {measureFromValues, type Measure} from '../../../src/model/measure';
import {close, positiveMatrix} from './helpers';

// Two regions × two sectors, totals 100 and 900, sectors 200 and 800, country 1000.
const X = Float64Array.from([30, 70, 170, 730]);

describe('location quotient (hand-computed)', () => {
  it('is (x_ij / x_i) / (x_j / x) in every cell', () => {
    const lq = locationQuotients(measureFromValues(X, 2, 2));
    expect(lq[0]).toBeCloseTo(0.3 / 0.2, 12); // 1.5
    expect(lq[1]).toBeCloseTo(0.7 / 0.8, 12); // 0.875
    expect(lq[2]).toBeCloseTo(170 / 900 / 0.2, 12); // 0.9444…
    expect(lq[3]).toBeCloseTo(730 / 900 / 0.8, 12); // 1.0139…
  });

  it('reproduces the worked example shown in the methodology panel', () => {
    const m: Measure = {rows: 1, cols: 1, values: Float64Array.of(30), regionTotals: Float64Array.of(100), sectorTotals: Float64Array.of(200), total: 1000};
    expect(locationQuotients(m)[0]).toBeCloseTo(LQ_FORMULA.example!.result, 12);
  });

  it('from published shares is the share ratio (SDG 9.2.2: Chuy 2018 21.4 % vs 12.0 %)', () => {
    const lq = locationQuotientsFromShares(Float64Array.of(21.4, 15.3), Float64Array.of(12.0), 2, 1);
    expect(lq[0]).toBeCloseTo(1.7833, 4);
    expect(lq[1]).toBeCloseTo(1.275, 4);
    expect(lq[0]).toBeCloseTo(LQ_FROM_SHARES_FORMULA.example!.result, 12);
  });

  it('keeps a true zero as zero', () => {
    const lq = locationQuotients(measureFromValues(Float64Array.from([0, 10, 5, 5]), 2, 2));
    expect(lq[0]).toBe(0);
  });

  it('is unknown where an input is unknown, never zero', () => {
    const m: Measure = {
      rows: 2,
      cols: 2,
      values: Float64Array.from([30, NaN, 170, 730]),
      regionTotals: Float64Array.from([100, 900]),
      sectorTotals: Float64Array.from([200, NaN]),
      total: 1000,
    };
    const lq = locationQuotients(m);
    expect(lq[0]).toBeCloseTo(1.5, 12);
    expect(lq[1]).toBeNaN(); // the cell is unknown
    expect(lq[3]).toBeNaN(); // the national sector total is unknown
    // Totals as sums: an unknown cell makes its region's and its sector's totals unknown.
    const summed = locationQuotients(measureFromValues(Float64Array.from([30, NaN, 170, 730]), 2, 2));
    expect(Array.from(summed).every(Number.isNaN)).toBe(true);
  });

  it('is unknown when a total is zero (0/0 is not a coefficient)', () => {
    const m: Measure = {rows: 1, cols: 2, values: Float64Array.from([0, 0]), regionTotals: Float64Array.of(0), sectorTotals: Float64Array.from([5, 0]), total: 5};
    const lq = locationQuotients(m);
    expect(lq[0]).toBeNaN();
    expect(lq[1]).toBeNaN();
    const shares = locationQuotientsFromShares(Float64Array.of(3), Float64Array.of(0), 1, 1);
    expect(shares[0]).toBeNaN();
  });
});

describe('location quotient (properties on random matrices)', () => {
  it('does not change when every x is scaled by the same factor', () => {
    fc.assert(
      fc.property(positiveMatrix(), fc.double({min: 1e-3, max: 1e3, noNaN: true}), ({rows, cols, values}, k) => {
        const a = locationQuotients(measureFromValues(values, rows, cols));
        const b = locationQuotients(measureFromValues(values.map((v) => v * k), rows, cols));
        return a.every((v, i) => close(v, b[i]!, 1e-9));
      }),
    );
  });

  it('averages to 1 over regions weighted by size: Σ_i x_i·LQ_ij / x = 1', () => {
    fc.assert(
      fc.property(positiveMatrix(), ({rows, cols, values}) => {
        const m = measureFromValues(values, rows, cols);
        const lq = locationQuotients(m);
        for (let j = 0; j < cols; j++) {
          let s = 0;
          for (let i = 0; i < rows; i++) s += m.regionTotals[i]! * lq[i * cols + j]!;
          if (!close(s / m.total, 1, 1e-9)) return false;
        }
        return true;
      }),
    );
  });

  it('averages to 1 over sectors weighted by national size: Σ_j x_j·LQ_ij / x = 1', () => {
    fc.assert(
      fc.property(positiveMatrix(), ({rows, cols, values}) => {
        const m = measureFromValues(values, rows, cols);
        const lq = locationQuotients(m);
        for (let i = 0; i < rows; i++) {
          let s = 0;
          for (let j = 0; j < cols; j++) s += m.sectorTotals[j]! * lq[i * cols + j]!;
          if (!close(s / m.total, 1, 1e-9)) return false;
        }
        return true;
      }),
    );
  });

  it('lies between 0 and x / x_j', () => {
    fc.assert(
      fc.property(positiveMatrix(), ({rows, cols, values}) => {
        const m = measureFromValues(values, rows, cols);
        const lq = locationQuotients(m);
        return lq.every((v, c) => v >= 0 && v <= (m.total / m.sectorTotals[c % cols]!) * (1 + 1e-12));
      }),
    );
  });

  it('equals the share ratio computed from the same counts', () => {
    fc.assert(
      fc.property(positiveMatrix(), ({rows, cols, values}) => {
        const m = measureFromValues(values, rows, cols);
        const shares = values.map((v, c) => (100 * v) / m.regionTotals[Math.floor(c / cols)]!);
        const national = m.sectorTotals.map((t) => (100 * t) / m.total);
        const a = locationQuotients(m);
        const b = locationQuotientsFromShares(shares, national, rows, cols);
        return a.every((v, i) => close(v, b[i]!, 1e-9));
      }),
    );
  });

  it('makes exactly the cells with an unknown input unknown', () => {
    fc.assert(
      fc.property(positiveMatrix(), fc.nat(), ({rows, cols, values}, pick) => {
        const m = measureFromValues(values, rows, cols);
        const cell = pick % (rows * cols);
        const withHole = {...m, values: values.map((v, c) => (c === cell ? NaN : v))};
        const lq = locationQuotients(withHole);
        return lq.every((v, c) => (c === cell ? Number.isNaN(v) : Number.isFinite(v)));
      }),
    );
  });
});
