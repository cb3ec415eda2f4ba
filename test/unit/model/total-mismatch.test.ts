// A national total (KG) that disagrees with its nine regions: warned about in the import summary.
import {describe, expect, it} from 'vitest';
import {parseImportText} from '../../../src/io/import-csv';
import {REGION_CODES} from '../../../src/model/region';
import {totalMismatches} from '../../../src/model/total-mismatch';

const HEADER = 'region_code,sector,indicator,year,value';
/** Nine regions of `each` and a KG row of `kg` for one sector, indicator and year. */
const block = (sector: string, indicator: string, year: number, each: number, kg: number, regions: readonly string[] = REGION_CODES) => [
  ...regions.map((r) => `${r},${sector},${indicator},${year},${each}`),
  `KG,${sector},${indicator},${year},${kg}`,
];
const columns = (...rows: string[]) => {
  const o = parseImportText([HEADER, ...rows].join('\n') + '\n');
  if (!o.ok) throw new Error(JSON.stringify(o.problems));
  return o.columns;
};

describe('totalMismatches', () => {
  it('names a KG row whose nine regions sum to more than 1 % away from it, with both figures', () => {
    const r = totalMismatches(columns(...block('C', 'employment', 2022, 10, 45)));
    expect(r).toEqual({items: [{sector: 'C', indicator: 'employment', year: 2022, national: 45, regions: 90}], count: 1});
  });

  it('lets a difference of rounding (≤ 1 % of KG) pass', () => {
    expect(totalMismatches(columns(...block('C', 'output', 2022, 10, 90.9))).count).toBe(0);
    expect(totalMismatches(columns(...block('C', 'output', 2022, 10, 89.2))).count).toBe(0);
    expect(totalMismatches(columns(...block('C', 'output', 2022, 10, 91))).count).toBe(1);
  });

  it('checks only additive indicators, and only where all nine regions are given', () => {
    expect(totalMismatches(columns(...block('C', 'employment_share', 2022, 10, 10))).count).toBe(0);
    expect(totalMismatches(columns(...block('TOTAL', 'grp_per_capita', 2022, 10, 10))).count).toBe(0);
    expect(totalMismatches(columns(...block('TOTAL', 'grp', 2022, 10, 10))).count).toBe(1);
    expect(totalMismatches(columns(...block('C', 'employment', 2022, 10, 10, REGION_CODES.slice(0, 8)))).count).toBe(0);
  });

  it('keeps sectors, indicators and years apart', () => {
    const c = columns(...block('C', 'employment', 2022, 10, 90), ...block('C', 'employment', 2021, 10, 90), ...block('A', 'establishments', 2022, 10, 90), ...block('C', 'output', 2022, 10, 90));
    expect(totalMismatches(c).count).toBe(0);
  });

  it('lists at most a few and counts the rest', () => {
    const c = columns(...[2018, 2019, 2020, 2021, 2022].flatMap((y) => block('C', 'employment', y, 10, 50)));
    const r = totalMismatches(c);
    expect(r.count).toBe(5);
    expect(r.items.map((m) => m.year)).toEqual([2018, 2019, 2020]);
  });

  it('reads a total row ("Итого") as KG for the check', () => {
    const c = columns(...REGION_CODES.map((r) => `${r},C,employment,2022,10`), 'Итого,C,employment,2022,45');
    expect(totalMismatches(c).items).toEqual([{sector: 'C', indicator: 'employment', year: 2022, national: 45, regions: 90}]);
  });
});
