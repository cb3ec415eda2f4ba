// Shared helpers of the model tests: random matrices for the property tests.
import fc from 'fast-check';

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
