import {describe, expect, it} from 'vitest';
import type {RegionValue} from '../../../src/model/indicator-result';
import {REGION_CODES} from '../../../src/model/region';
import {summaryFacts} from '../../../src/model/text-summary';

const values = (list: (number | null | 'not_published' | 'no_production')[]): RegionValue[] =>
  list.map((v, i) => {
    const code = REGION_CODES[i]!;
    if (v === 'not_published' || v === 'no_production') return {code, value: null, status: v};
    return v === null ? {code, value: null, status: 'no_data'} : {code, value: v, status: 'ok'};
  });

describe('summaryFacts', () => {
  it('names the highest and lowest regions and counts them against the national level', () => {
    const f = summaryFacts({values: values([2.553, 5.449, 0.027, 2.574, 2.977, 0.028, 0.044, 0.025, 'no_production']), decimals: 3});
    expect(f.highest).toEqual({codes: ['KG-J'], value: 5.449});
    expect(f.lowest).toEqual({codes: ['KG-GB'], value: 0.025});
    expect([f.known, f.above, f.below, f.equal]).toEqual([8, 4, 4, 0]);
    expect(f.unknown).toEqual([{status: 'no_production', codes: ['KG-GO']}]);
  });

  it('compares values as shown: a tie at the shown precision is a tie, 1.004 shown as 1.00 is the national level', () => {
    const f = summaryFacts({values: values([1.284, 1.281, 0.5, 1.004, null, null, null, null, null]), decimals: 2});
    expect(f.highest).toEqual({codes: ['KG-B', 'KG-J'], value: 1.28});
    expect(f.lowest).toEqual({codes: ['KG-Y'], value: 0.5});
    expect([f.above, f.below, f.equal]).toEqual([2, 1, 1]);
    expect(f.unknown).toEqual([{status: 'no_data', codes: ['KG-O', 'KG-T', 'KG-C', 'KG-GB', 'KG-GO']}]);
  });

  it('groups unknown values by reason in the legend order, and never counts them as zero', () => {
    const f = summaryFacts({values: values([0.5, 'not_published', null, 'no_production', 2, 'not_published', null, 3, 1]), decimals: 2});
    expect(f.unknown.map((g) => g.status)).toEqual(['no_production', 'not_published', 'no_data']);
    expect(f.unknown[1]!.codes).toEqual(['KG-J', 'KG-T']);
    expect(f.lowest?.value).toBe(0.5);
    expect(f.known).toBe(4);
  });

  it('has no lowest when every value is the same, and no extremes when nothing is known', () => {
    const same = summaryFacts({values: values([2, 2, null, null, null, null, null, null, null]), decimals: 2});
    expect(same.highest?.codes).toEqual(['KG-B', 'KG-J']);
    expect(same.lowest).toBeNull();
    const none = summaryFacts({values: values([null, null, null, null, null, null, null, null, null]), decimals: 2});
    expect(none).toMatchObject({known: 0, highest: null, lowest: null});
  });
});
