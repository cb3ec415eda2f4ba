import {describe, expect, it} from 'vitest';
import {classify} from '../../../src/model/classify';
import type {IndicatorResult} from '../../../src/model/indicator-result';
import {classMark, gridClassification, gridRows, gridSources} from '../../../src/model/region-grid';
import {REGION_CODES} from '../../../src/model/region';

function result(sector: string, values: (number | null | 'no_production')[], decimals = 3, sources = ['seed002-t3.1']): IndicatorResult {
  return {
    ind: 'integral',
    sector,
    year: null,
    period: '2015–2019',
    origin: 'published',
    values: REGION_CODES.map((code, i) => {
      const v = values[i] ?? null;
      return typeof v === 'number' ? {code, value: v, status: 'ok'} : {code, value: null, status: v ?? 'no_data'};
    }),
    decimals,
    sources,
    formula: null,
  };
}

describe('regions × industries grid', () => {
  it('uses one fixed set of classes for every column: the diverging ladder around 1.0, whatever the values', () => {
    const {classification, fixedInstead} = gridClassification({method: 'diverging', n: 5});
    expect(classification.thresholds).toEqual([0.5, 0.8, 1.25, 2]);
    expect(classification.centre).toBe(1);
    expect(fixedInstead).toBe(false);
    // Quantiles per industry would not compare across industries: the ladder instead, with the map's count.
    const q = gridClassification({method: 'quantile', n: 3});
    expect(q.fixedInstead).toBe(true);
    expect(q.classification.method).toBe('diverging');
    expect(q.classification.thresholds).toEqual([0.8, 1.25]);
    // A planner's own breaks are fixed too: kept.
    const custom = gridClassification({method: 'custom', n: 5, breaks: [1, 3]});
    expect(custom.fixedInstead).toBe(false);
    expect(custom.classification.thresholds).toEqual([1, 3]);
  });

  it('puts the same value in the same class in every column (not classes per column)', () => {
    const {classification} = gridClassification({method: 'diverging', n: 5});
    // Light industry: all weak; mining: all strong. Per-column quantiles would put 0.9 and 3.1 both in the top class.
    const rows = gridRows(REGION_CODES, [result('light_industry', [0.1, 0.2, 0.9]), result('mining', [3.1, 2.5, 0.9])], classification);
    expect(rows.map((r) => r.code)).toEqual(REGION_CODES);
    expect(rows[2]!.cells.map((c) => c.cls)).toEqual([2, 2]);
    expect(rows[0]!.cells.map((c) => c.cls)).toEqual([0, 4]);
    expect(rows[0]!.cells.map((c) => c.sector)).toEqual(['light_industry', 'mining']);
  });

  it('classes a value as printed, and leaves unknown values unknown, with their reason', () => {
    const {classification} = gridClassification({method: 'diverging', n: 5});
    // 0.7996 is printed "0.80" with two decimals: the class from 0.80, as on the map.
    const rows = gridRows(REGION_CODES, [result('C', [0.7996, 'no_production', null], 2)], classification);
    expect(rows[0]!.cells[0]!.cls).toBe(2);
    expect(rows[1]!.cells[0]).toMatchObject({cls: null, value: {value: null, status: 'no_production'}});
    expect(rows[2]!.cells[0]).toMatchObject({cls: null, value: {value: null, status: 'no_data'}});
    // A region a result does not list is unknown, never a number.
    const partial = {...result('C', [1.5]), values: []};
    expect(gridRows(REGION_CODES, [partial], classification)[0]!.cells[0]).toMatchObject({cls: null, value: {status: 'no_data', value: null}});
  });

  it('marks each class by text as well as colour: ≈ about as the country, arrows above and below', () => {
    const five = gridClassification({method: 'diverging', n: 5}).classification;
    expect([0, 1, 2, 3, 4].map((i) => classMark(five, i))).toEqual(['↓↓', '↓', '≈', '↑', '↑↑']);
    // An even ladder has 1.0 as a threshold: no middle class.
    const four = gridClassification({method: 'diverging', n: 4}).classification;
    expect([0, 1, 2, 3].map((i) => classMark(four, i))).toEqual(['↓↓', '↓', '↑', '↑↑']);
    // Custom breaks: the class's number.
    const custom = classify([], {method: 'custom', n: 3, breaks: [1, 2]});
    expect([0, 1, 2].map((i) => classMark(custom, i))).toEqual(['1', '2', '3']);
  });

  it('cites every column’s sources once', () => {
    expect(gridSources([result('a', [], 3, ['x', 'y']), result('b', [], 3, ['y', 'z'])])).toEqual(['x', 'y', 'z']);
  });
});
