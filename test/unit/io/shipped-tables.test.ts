import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {REGION_CODES} from '../../../src/model/region';
import {DataFileError} from '../../../src/io/csv';
import {readShippedTexts} from '../../../src/io/shipped-data-plugin';
import {parseShippedData} from '../../../src/io/shipped-tables';

const texts = () => readShippedTexts(join(import.meta.dirname, '../../../data'));

describe('the shipped data files', () => {
  it('all parse without a single problem', () => {
    expect(() => parseShippedData(texts())).not.toThrow();
  });

  it('have the expected shape', () => {
    const d = parseShippedData(texts());
    expect(d.regions.map((r) => r.code).sort()).toEqual([...REGION_CODES].sort());
    expect(d.integral).toHaveLength(54);
    expect(d.lqEmployment2018).toHaveLength(66);
    expect(d.growthPoints).toHaveLength(20);
    expect(d.energySites).toHaveLength(30);
    expect(d.clusters.length).toBeGreaterThanOrEqual(24);
    expect(d.manufacturingShare.some((r) => r.region_code === 'KG' && r.year === 2018)).toBe(true);
  });

  it('keep a source on every published figure', () => {
    const d = parseShippedData(texts());
    for (const r of [...d.integral, ...d.lqEmployment2018, ...d.facts, ...d.clusters]) expect(r.source).not.toBe('');
  });

  it('keep the seed values as published (spot checks)', () => {
    const d = parseShippedData(texts());
    const integral = (code: string, industry: string) =>
      d.integral.find((r) => r.region_code === code && r.industry === industry)!.integral_coefficient;
    expect(integral('KG-J', 'mining')).toBe(5.449);
    expect(integral('KG-T', 'mining')).toBe(0.028);
    expect(integral('KG-B', 'coke_refined_petroleum')).toBeNull(); // a dash in the seed: no production
    expect(d.lqEmployment2018.find((r) => r.region_code === 'KG-C' && r.section === 'C')!.lq).toBe('1.79');
  });

  it('fail with the file, line and column of a malformed cell', () => {
    const t = texts();
    const file = 'integral-coefficient-2015-2019.csv';
    const lines = t[file]!.split('\n');
    lines[3] = lines[3]!.replace('2.895', '2.895x'); // line 4 of the file
    t[file] = lines.join('\n');
    try {
      parseShippedData(t);
      expect.unreachable('malformed data was accepted');
    } catch (error) {
      expect(error).toBeInstanceOf(DataFileError);
      expect((error as Error).message).toMatch(/integral-coefficient-2015-2019\.csv, line 4, column "integral_coefficient"/);
    }
  });

  it('fail when a region is missing from a complete table', () => {
    const t = texts();
    t['regions.csv'] = t['regions.csv']!.split('\n').filter((l) => !l.startsWith('KG-GO')).join('\n');
    expect(() => parseShippedData(t)).toThrow(/KG-GO appears 0 times/);
  });

  it('fail naming a missing file', () => {
    const t = texts();
    delete t['clusters.csv'];
    expect(() => parseShippedData(t)).toThrow(/clusters\.csv: file is missing/);
  });
});
