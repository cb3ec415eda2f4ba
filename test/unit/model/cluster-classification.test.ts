import {describe, expect, it} from 'vitest';
import {classifyEnright, enrightType, strongClusters} from '../../../src/model/cluster-classification';
import {quantile} from '../../../src/model/percentile';

describe('quantile (type 7)', () => {
  it('interpolates between order statistics', () => {
    expect(quantile([1, 2, 3, 4], 0.75)).toBeCloseTo(3.25, 12);
    expect(quantile([4, 1, 3, 2], 0.25)).toBeCloseTo(1.75, 12);
    expect(quantile([5], 0.75)).toBe(5);
    expect(quantile([1, 9], 0.5)).toBe(5);
  });

  it('ignores unknown values; none known is unknown', () => {
    expect(quantile([NaN, 1, 3], 0.5)).toBe(2);
    expect(quantile([NaN], 0.5)).toBeNaN();
  });
});

describe('strong-cluster rule (U.S. Cluster Mapping)', () => {
  // Nine regions: LQ and employment, one sector.
  const lq = [0.5, 0.8, 1.0, 1.1, 1.2, 1.3, 2.0, 2.5, 3.0];
  const size = [100, 200, 50, 400, 500, 600, 700, 10, 900];

  it('needs LQ above p75 and above 1, and size above p25 (hand-computed)', () => {
    // p75 of LQ = 2.0 (h = 6); p25 of size = 200 (sorted 10,50,100,200,… h = 2 → 100)…
    expect(quantile(lq, 0.75)).toBe(2.0);
    expect(quantile(size, 0.25)).toBe(100);
    expect(strongClusters(lq, size)).toEqual([false, false, false, false, false, false, false, false, true]);
    // region 8 (LQ 2.5) is too small: 10 employed
  });

  it('has adjustable thresholds', () => {
    const loose = strongClusters(lq, size, null, {lqPercentile: 0.5, lqMinimum: 1, sizePercentile: 0.25});
    // p50 LQ = 1.2 → LQ 1.3, 2.0, 3.0 with enough size (2.5 has 10)
    expect(loose).toEqual([false, false, false, false, false, true, true, false, true]);
  });

  it('also needs establishments above p25 when they are known', () => {
    const est = [5, 5, 5, 5, 5, 5, 5, 5, 1];
    expect(strongClusters(lq, size, est)[8]).toBe(false);
  });

  it('is unknown where LQ or size is unknown', () => {
    // Percentiles over the known values: LQ p75 of (2, 3) = 2.75, size p25 of (1, 3) = 1.5.
    expect(strongClusters([NaN, 2, 3], [1, NaN, 3])).toEqual([null, null, true]);
  });
});

describe('Enright typology', () => {
  it('follows the documented truth table', () => {
    const t = (criticalMass: boolean | null, someAdvantage: boolean | null, interaction: boolean | null, chosenByState: boolean) =>
      enrightType({criticalMass, someAdvantage, interaction, chosenByState});
    expect(t(true, true, true, false)).toBe('working');
    expect(t(true, true, false, false)).toBe('latent');
    expect(t(true, true, null, true)).toBe('working_or_latent');
    expect(t(false, true, null, false)).toBe('potential');
    expect(t(false, true, null, true)).toBe('policy_driven');
    expect(t(false, false, null, true)).toBe('wishful_thinking');
    expect(t(false, false, null, false)).toBe('none');
    expect(t(null, true, true, false)).toBeNull();
    expect(t(false, null, null, true)).toBeNull();
  });

  it('classifies a sector across regions with the strong rule and LQ ≥ 1', () => {
    const types = classifyEnright([3.0, 1.2, 0.5, 0.5, NaN], [900, 500, 100, 100, 1], {
      chosenByState: [false, false, true, false, false],
      interaction: [true, null, null, null, null],
    });
    expect(types).toEqual(['working', 'potential', 'wishful_thinking', 'none', null]);
  });
});
