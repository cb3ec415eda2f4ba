import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {locationQuotients} from '../../../src/model/location-quotient';
import {measureFromValues, type Measure} from '../../../src/model/measure';
import {
  GRP_PER_CAPITA_FORMULA,
  grpPerCapitaCoefficients,
  PER_CAPITA_FORMULA,
  perCapitaCoefficients,
  perCapitaRatios,
} from '../../../src/model/per-capita';
import {
  REGION_SHARE_FORMULA,
  regionSharesOfSector,
  SECTOR_SHARE_FORMULA,
  sectorSharesInRegion,
  SPECIALISATION_FORMULA,
  specialisationCoefficients,
} from '../../../src/model/specialisation';
import {close, positiveMatrix} from './helpers';

describe('per-capita production coefficient', () => {
  it('is (x_ij / P_i) / (x_j / P) (worked example)', () => {
    const m: Measure = {rows: 1, cols: 1, values: Float64Array.of(50), regionTotals: Float64Array.of(NaN), sectorTotals: Float64Array.of(400), total: NaN};
    expect(perCapitaCoefficients(m, Float64Array.of(100), 1000)[0]).toBeCloseTo(PER_CAPITA_FORMULA.example!.result, 12);
  });

  it('hand-computed on two regions', () => {
    // Output 30 and 170 of sector 1 (country 200); populations 300 and 700 (country 1000).
    const m = measureFromValues(Float64Array.from([30, 70, 170, 730]), 2, 2);
    const pc = perCapitaCoefficients(m, Float64Array.from([300, 700]), 1000);
    expect(pc[0]).toBeCloseTo(30 / 300 / (200 / 1000), 12); // 0.5
    expect(pc[2]).toBeCloseTo(170 / 700 / (200 / 1000), 12); // 1.214…
  });

  it('is unknown without population, never zero', () => {
    const m = measureFromValues(Float64Array.from([30, 70]), 1, 2);
    expect(Array.from(perCapitaCoefficients(m, Float64Array.of(NaN), 1000)).every(Number.isNaN)).toBe(true);
    expect(Array.from(perCapitaCoefficients(m, Float64Array.of(10), NaN)).every(Number.isNaN)).toBe(true);
  });

  it('averages to 1 weighted by population when P = Σ P_i', () => {
    fc.assert(
      fc.property(positiveMatrix(10, 5), fc.array(fc.double({min: 1, max: 1e6, noNaN: true}), {minLength: 10, maxLength: 10}), ({rows, cols, values}, pops) => {
        const m = measureFromValues(values, rows, cols);
        const p = Float64Array.from(pops.slice(0, rows));
        const P = p.reduce((a, b) => a + b, 0);
        const pc = perCapitaCoefficients(m, p, P);
        for (let j = 0; j < cols; j++) {
          let s = 0;
          for (let i = 0; i < rows; i++) s += p[i]! * pc[i * cols + j]!;
          if (!close(s / P, 1, 1e-9)) return false;
        }
        return true;
      }),
    );
  });
});

describe('GRP-per-capita coefficient', () => {
  it('from published per-capita values is y_i / y (worked example)', () => {
    expect(perCapitaRatios(Float64Array.of(300), 200)[0]).toBeCloseTo(GRP_PER_CAPITA_FORMULA.example!.result, 12);
  });

  it('from GRP and population is (GRP_i / P_i) / (GRP / P)', () => {
    const c = grpPerCapitaCoefficients(Float64Array.from([600, 400]), Float64Array.from([2, 8]), 1000, 10);
    expect(c[0]).toBeCloseTo(300 / 100, 12);
    expect(c[1]).toBeCloseTo(50 / 100, 12);
  });

  it('both routes agree', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.double({min: 1, max: 1e6, noNaN: true}), fc.double({min: 1, max: 1e6, noNaN: true})), {minLength: 1, maxLength: 9}), (rows) => {
        const grp = Float64Array.from(rows.map((r) => r[0]));
        const pop = Float64Array.from(rows.map((r) => r[1]));
        const G = grp.reduce((a, b) => a + b, 0);
        const P = pop.reduce((a, b) => a + b, 0);
        const a = grpPerCapitaCoefficients(grp, pop, G, P);
        const b = perCapitaRatios(grp.map((g, i) => g / pop[i]!), G / P);
        return a.every((v, i) => close(v, b[i]!, 1e-9));
      }),
    );
  });

  it('is unknown when the region or national value is unknown', () => {
    expect(perCapitaRatios(Float64Array.of(NaN, 3), 2)[0]).toBeNaN();
    expect(perCapitaRatios(Float64Array.of(3), NaN)[0]).toBeNaN();
  });
});

describe('specialisation', () => {
  const m: Measure = {rows: 1, cols: 1, values: Float64Array.of(60), regionTotals: Float64Array.of(200), sectorTotals: Float64Array.of(150), total: 1000};

  it('is (q_ij / q_i) / (q_j / q) (worked example)', () => {
    expect(specialisationCoefficients(m)[0]).toBeCloseTo(SPECIALISATION_FORMULA.example!.result, 12);
  });

  it('gives the sector share in the region and the region share of the sector', () => {
    expect(sectorSharesInRegion(m)[0]).toBeCloseTo(SECTOR_SHARE_FORMULA.example!.result, 12);
    expect(regionSharesOfSector(m)[0]).toBeCloseTo(REGION_SHARE_FORMULA.example!.result, 12);
  });

  it('equals the location quotient on output, and the shares sum to 1', () => {
    fc.assert(
      fc.property(positiveMatrix(), ({rows, cols, values}) => {
        const q = measureFromValues(values, rows, cols);
        const spec = specialisationCoefficients(q);
        const lq = locationQuotients(q);
        const a = sectorSharesInRegion(q);
        const b = regionSharesOfSector(q);
        for (let i = 0; i < rows; i++) {
          let s = 0;
          for (let j = 0; j < cols; j++) s += a[i * cols + j]!;
          if (!close(s, 1, 1e-9)) return false;
        }
        for (let j = 0; j < cols; j++) {
          let s = 0;
          for (let i = 0; i < rows; i++) s += b[i * cols + j]!;
          if (!close(s, 1, 1e-9)) return false;
        }
        return spec.every((v, c) => close(v, lq[c]!, 1e-12));
      }),
    );
  });
});
