// The rank in words, with how stable it is for the composite index (its weights varied by ±band).
import {describe, expect, it} from 'vitest';
import {DEFAULT_POTENTIAL_SETTINGS} from '../../../src/model/cluster-potential';
import {rankRegions} from '../../../src/model/ranking';
import {REGION_CODES} from '../../../src/model/region';
import {rankText} from '../../../src/ui/explorer-text';
import {computedResult} from '../model/helpers';

function choropleth(ranges: ([number, number] | undefined)[], band: number | null) {
  const result = computedResult(
    REGION_CODES.map((_, i) => 9 - i),
    {ind: 'potential', sector: 'C', year: 2018, ...(band === null ? {} : {settings: {...DEFAULT_POTENTIAL_SETTINGS, stabilityBand: band}})},
  );
  result.values.forEach((v, i) => ranges[i] && (v.rankRange = ranges[i]));
  return {result, ranking: rankRegions(result.values)};
}

describe('rankText', () => {
  it('gives the range of ranks when the weights move it, and says when they do not', () => {
    const c = choropleth([[1, 1], [1, 4]], 0.3);
    expect(rankText('en', c, REGION_CODES[0]!)).toBe('Rank 1 of 9 (the same with weights ±30\u00a0%)');
    expect(rankText('en', c, REGION_CODES[1]!)).toBe('Rank 2 of 9 (1–4 with weights ±30\u00a0%)');
    expect(rankText('ru', c, REGION_CODES[1]!)).toBe('2-е место из 9 (1–4 при весах ±30\u00a0%)');
    expect(rankText('ky', c, REGION_CODES[1]!)).toBe('9 ичинен 2-орун (салмактар ±30\u00a0% болгондо 1–4)');
  });

  it('is the plain rank when the weights do not vary (band 0)', () => {
    expect(rankText('en', choropleth([[1, 1]], 0), REGION_CODES[0]!)).toBe('Rank 1 of 9');
  });

  it('is the plain rank for other indicators, and nothing for a region without a value', () => {
    const c = choropleth([], null);
    expect(rankText('en', c, REGION_CODES[2]!)).toBe('Rank 3 of 9');
    c.result.values[4] = {code: REGION_CODES[4]!, value: null, status: 'no_data'};
    expect(rankText('en', {result: c.result, ranking: rankRegions(c.result.values)}, REGION_CODES[4]!)).toBeNull();
  });
});
