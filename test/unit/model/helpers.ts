// Shared helpers of the model tests: random matrices for the property tests, and a result to show.
import fc from 'fast-check';
import type {IndicatorResult} from '../../../src/model/indicator-result';
import {REGION_CODES} from '../../../src/model/region';

export interface RandomMatrix {
  rows: number;
  cols: number;
  values: Float64Array;
}

/** A rows × cols matrix of positive values (so every total is positive). */
export const positiveMatrix = (maxRows = 12, maxCols = 8, max = 1e6): fc.Arbitrary<RandomMatrix> =>
  fc
    .record({rows: fc.integer({min: 1, max: maxRows}), cols: fc.integer({min: 1, max: maxCols})})
    .chain(({rows, cols}) =>
      fc
        .array(fc.double({min: 0.001, max, noNaN: true, noDefaultInfinity: true}), {minLength: rows * cols, maxLength: rows * cols})
        .map((v) => ({rows, cols, values: Float64Array.from(v)})),
    );

/** Relative closeness for floating-point identities. */
export function close(a: number, b: number, rel = 1e-9): boolean {
  return Math.abs(a - b) <= rel * Math.max(1, Math.abs(a), Math.abs(b));
}

/** A computed mfg-lq 2024 result (one value per region in REGION_CODES order; null = no data), for UI tests. */
export function computedResult(values: readonly (number | null | undefined)[], overrides: Partial<IndicatorResult> = {}): IndicatorResult {
  return {
    ind: 'mfg-lq',
    sector: 'C',
    year: 2024,
    period: null,
    origin: 'computed',
    decimals: 2,
    sources: [],
    formula: null,
    values: REGION_CODES.map((code, i) => {
      const value = values[i];
      return value === null || value === undefined ? {code, value: null, status: 'no_data' as const} : {code, value, status: 'ok' as const};
    }),
    ...overrides,
  };
}
