import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {
  compositeIndex,
  DEFAULT_POTENTIAL_SETTINGS,
  effectiveWeights,
  POTENTIAL_ARITHMETIC_FORMULA,
  POTENTIAL_GEOMETRIC_FORMULA,
  resolvePotentialSettings,
  type Aggregation,
} from '../../../src/model/cluster-potential';
import {close} from './helpers';

const one = (components: number[], weights: number[], aggregation: Aggregation) =>
  compositeIndex(
    components.map((c) => Float64Array.of(c)),
    Float64Array.from(weights),
    aggregation,
    1,
    1,
  )[0]!;

describe('composite cluster-potential index (hand-computed)', () => {
  it('reproduces the worked examples: (2, 0.5) averages to 1 geometrically, 1.25 arithmetically', () => {
    expect(one([2, 0.5], [1, 1], 'geometric')).toBeCloseTo(POTENTIAL_GEOMETRIC_FORMULA.example!.result, 12);
    expect(one([2, 0.5], [1, 1], 'arithmetic')).toBeCloseTo(POTENTIAL_ARITHMETIC_FORMULA.example!.result, 12);
  });

  it('weights the components', () => {
    // 2^(3/4) · 0.5^(1/4) = 2^(1/2)
    expect(one([2, 0.5], [3, 1], 'geometric')).toBeCloseTo(Math.SQRT2, 12);
    expect(one([2, 0.5], [3, 1], 'arithmetic')).toBeCloseTo((3 * 2 + 0.5) / 4, 12);
    // four components, equal weights: (1.5 · 0.8 · 1.2 · 2)^(1/4)
    expect(one([1.5, 0.8, 1.2, 2], [1, 1, 1, 1], 'geometric')).toBeCloseTo((1.5 * 0.8 * 1.2 * 2) ** 0.25, 12);
  });

  it('is unknown when a weighted component is unknown; a zero-weight component does not matter', () => {
    expect(one([2, NaN], [1, 1], 'geometric')).toBeNaN();
    expect(one([2, NaN], [1, 0], 'geometric')).toBeCloseTo(2, 12);
    expect(one([2, 3], [0, 0], 'arithmetic')).toBeNaN();
  });

  it('is 0 when a component is a true 0 (no production) under the geometric mean', () => {
    expect(one([0, 3], [1, 1], 'geometric')).toBe(0);
    expect(one([0, 3], [1, 1], 'arithmetic')).toBeCloseTo(1.5, 12);
  });

  it('leaves out a component that no region has in the column', () => {
    const a = Float64Array.from([1, 2, 3, 4]); // 2 regions × 2 sectors
    const b = Float64Array.from([NaN, 5, NaN, 6]); // unknown for every region in sector 0
    const w = effectiveWeights([a, b], [1, 1], 2, 2);
    expect(Array.from(w)).toEqual([1, 1, 0, 1]);
    const idx = compositeIndex([a, b], w, 'geometric', 2, 2);
    expect(idx[0]).toBeCloseTo(1, 12); // sector 0: a alone
    expect(idx[2]).toBeCloseTo(3, 12);
    expect(idx[1]).toBeCloseTo(Math.sqrt(10), 12);
    expect(idx[3]).toBeCloseTo(Math.sqrt(24), 12);
  });
});

const componentsArb = fc
  .integer({min: 1, max: 4})
  .chain((k) =>
    fc.record({
      // Coefficients: a true 0 or a value of realistic magnitude (subnormal numbers are not coefficients).
      c: fc.array(fc.oneof(fc.constant(0), fc.double({min: 1e-6, max: 50, noNaN: true})), {minLength: k, maxLength: k}),
      w: fc.array(fc.double({min: 0.01, max: 10, noNaN: true}), {minLength: k, maxLength: k}),
    }),
  );

describe('composite index (properties)', () => {
  it('lies between the smallest and the largest component', () => {
    fc.assert(
      fc.property(componentsArb, fc.constantFrom<Aggregation>('geometric', 'arithmetic'), ({c, w}, agg) => {
        const v = one(c, w, agg);
        return v >= Math.min(...c) && v <= Math.max(...c);
      }),
    );
  });

  it('geometric ≤ arithmetic (AM–GM)', () => {
    fc.assert(fc.property(componentsArb, ({c, w}) => one(c, w, 'geometric') <= one(c, w, 'arithmetic') * (1 + 1e-12)));
  });

  it('depends only on the ratios of the weights', () => {
    fc.assert(
      fc.property(componentsArb, fc.double({min: 0.01, max: 100, noNaN: true}), fc.constantFrom<Aggregation>('geometric', 'arithmetic'), ({c, w}, k, agg) =>
        close(one(c, w, agg), one(c, w.map((x) => x * k), agg), 1e-9),
      ),
    );
  });

  it('equals the component when all components are equal', () => {
    fc.assert(fc.property(fc.double({min: 0, max: 50, noNaN: true}), fc.integer({min: 1, max: 4}), (x, k) => one(Array(k).fill(x), Array(k).fill(1), 'geometric') === x));
  });

  it('propagates an unknown component', () => {
    fc.assert(
      fc.property(componentsArb, fc.nat(), fc.constantFrom<Aggregation>('geometric', 'arithmetic'), ({c, w}, pick, agg) => {
        const holed = c.map((x, k) => (k === pick % c.length ? NaN : x));
        return Number.isNaN(one(holed, w, agg));
      }),
    );
  });
});

describe('composite index, whole-matrix route', () => {
  // All columns alike go through meansOfAllCells (written out for speed); a column with other weights sends
  // the rest through meanOfCell, cell by cell. The two must agree bit for bit, also where a mean rounds
  // onto a component (clamped) and on unknown, negative, zero and overflowing inputs.
  const cellArb = fc.oneof(
    {weight: 6, arbitrary: fc.double({min: 1e-6, max: 50, noNaN: true})},
    {weight: 1, arbitrary: fc.constantFrom(0, NaN, -1, 1e200, 1e-200, 1)},
  );
  it('gives meanOfCell’s result in every cell', () => {
    fc.assert(
      fc.property(
        fc.integer({min: 1, max: 4}).chain((k) =>
          fc.record({
            cells: fc.array(fc.array(cellArb, {minLength: k, maxLength: k}), {minLength: 1, maxLength: 6}),
            w: fc.array(fc.constantFrom(1, 1, 0.5, 3, 0.01), {minLength: k, maxLength: k}),
            nearlyEqual: fc.boolean(),
          }),
        ),
        fc.constantFrom<Aggregation>('geometric', 'arithmetic'),
        ({cells, w, nearlyEqual}, agg) => {
          const k = w.length;
          // nearly equal components: the mean rounds to within an ulp or two of them
          const rows = nearlyEqual ? cells.map((r) => r.map((_, t) => 0.7 * (1 + t * Number.EPSILON))) : cells;
          const n = rows.length;
          const whole = compositeIndex(
            Array.from({length: k}, (_, t) => Float64Array.from(rows, (r) => r[t]!)),
            Float64Array.from(w),
            agg,
            n,
            1,
          );
          // the same cells as column 0 of two, column 1 with other weights
          const mixed = compositeIndex(
            Array.from({length: k}, (_, t) => Float64Array.from(rows.flatMap((r) => [r[t]!, 1]))),
            Float64Array.from(w.flatMap((x, t) => [x, t + 2])),
            agg,
            n,
            2,
          );
          return rows.every((_, i) => Object.is(whole[i], mixed[i * 2]));
        },
      ),
      {numRuns: 2000},
    );
  });
});

describe('potential settings', () => {
  it('default to equal weights, geometric mean, ±20 %', () => {
    expect(DEFAULT_POTENTIAL_SETTINGS).toEqual({
      weights: {lq_employment: 1, lq_establishments: 1, pc: 1, spec: 1},
      aggregation: 'geometric',
      stabilityBand: 0.2,
    });
    expect(Object.isFrozen(DEFAULT_POTENTIAL_SETTINGS)).toBe(true);
  });

  it('fill in and sanitise what a scenario or link gives', () => {
    const s = resolvePotentialSettings({weights: {lq_employment: 2, pc: -1, spec: NaN} as never, aggregation: 'bogus' as never, stabilityBand: 5});
    expect(s).toEqual({weights: {lq_employment: 2, lq_establishments: 1, pc: 1, spec: 1}, aggregation: 'geometric', stabilityBand: 0.9});
    expect(resolvePotentialSettings(undefined)).toEqual(DEFAULT_POTENTIAL_SETTINGS);
  });
});
