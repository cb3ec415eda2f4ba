import {describe, expect, it} from 'vitest';
import {INDICATOR_INFO, pickableIndicators, sectorChoices, yearRange} from '../../../src/model/indicator-catalog';
import {INDICATOR_IDS, INDICATORS} from '../../../src/model/indicators';

describe('the indicator catalogue', () => {
  it('describes every indicator, and agrees with INDICATORS on what is published', () => {
    for (const id of INDICATOR_IDS) {
      // The composite index cites its inputs' sources, named by the engine for each sector and year.
      if (id !== 'potential') expect(INDICATOR_INFO[id].sources.length, id).toBeGreaterThan(0);
      expect(INDICATOR_INFO[id].group === 'published', id).toBe(INDICATORS[id].origin === 'published');
    }
  });

  it('says what 1.0 is: the national level, except for the integral coefficient (seed 002: an absolute advantage)', () => {
    expect(INDICATOR_IDS.filter((id) => INDICATOR_INFO[id].reference === 'advantage')).toEqual(['integral']);
    expect(INDICATOR_INFO.potential.sources).toEqual([]);
  });

  it('offers the six industries for the integral coefficient, the published sections for lq2018', () => {
    expect(sectorChoices('integral', 'mining')).toHaveLength(6);
    expect(sectorChoices('lq2018', 'C', new Set(['A', 'C']))).toEqual(['A', 'C']);
    expect(sectorChoices('lq2018', 'S', new Set(['A']))).toEqual(['A', 'S']);
    expect(sectorChoices('mfg-lq', 'C')).toEqual(['C']);
    // An indicator computed from a dataset: the sections the dataset has an input for.
    expect(sectorChoices('potential', 'C', new Set(['B', 'C', 'D', 'E']))).toEqual(['B', 'C', 'D', 'E']);
    expect(sectorChoices('potential', 'A', new Set(['B', 'C']))).toEqual(['A', 'B', 'C']);
    expect(sectorChoices('potential', 'C')).toHaveLength(19);
  });

  it('has a year slider only where there is more than one year', () => {
    expect(yearRange('mfg-lq')).toEqual({min: 2010, max: 2024});
    expect(yearRange('grp-pc')).toEqual({min: 2006, max: 2023});
    expect(yearRange('lq2018')).toBeNull();
    expect(yearRange('integral')).toBeNull();
  });

  it('offers imported-data indicators only with imported data (or when a link chose one)', () => {
    expect(pickableIndicators('shipped', 'integral')).toEqual(['integral', 'lq2018', 'mfg-lq', 'grp-pc', 'potential']);
    expect(pickableIndicators('shipped', 'spec')).toContain('spec');
    expect(pickableIndicators('user', 'integral')).toHaveLength(8);
  });
});
