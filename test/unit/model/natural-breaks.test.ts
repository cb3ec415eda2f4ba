import {describe, expect, it} from 'vitest';
import {classify} from '../../../src/model/classify';
import {loadNaturalBreaks, naturalBreaksLoaded, naturalClusters} from '../../../src/model/natural-breaks';

// Seed 002 Table 3.1, mining, the eight known values, sorted.
const MINING = [0.025, 0.027, 0.028, 0.044, 2.553, 2.574, 2.977, 5.449];

describe('natural breaks, code-split', () => {
  it('says so when asked for before their code is loaded (a view must load it first)', () => {
    expect(naturalBreaksLoaded()).toBe(false);
    expect(() => naturalClusters(MINING, 3)).toThrow(/before their code was loaded/);
    expect(() => classify(MINING, {method: 'jenks', n: 3})).toThrow(/loadNaturalBreaks/);
    // The other methods need nothing loaded.
    expect(classify(MINING, {method: 'quantile', n: 3}).thresholds).toHaveLength(2);
  });

  it('classifies once loaded, with ckmeans', async () => {
    await Promise.all([loadNaturalBreaks(), loadNaturalBreaks()]);
    expect(naturalBreaksLoaded()).toBe(true);
    expect(naturalClusters(MINING, 3)).toEqual([[0.025, 0.027, 0.028, 0.044], [2.553, 2.574, 2.977], [5.449]]);
    expect(classify(MINING, {method: 'jenks', n: 3}).thresholds).toEqual([2.553, 5.449]);
  });
});
