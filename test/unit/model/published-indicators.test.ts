import {describe, expect, it} from 'vitest';
import {REGION_CODES} from '../../../src/model/region';
import {printedNumber, publishedIndicator, publishedLqSections, publishedProfile} from '../../../src/model/published-indicators';
import {valueText} from '../../../src/ui/explorer-text';
import {shippedTables} from './shipped-data';

const tables = shippedTables();
const value = (r: ReturnType<typeof publishedIndicator>, code: string) => r.values.find((v) => v.code === code)!;

describe('integral (seed 002 Table 3.1)', () => {
  const mining = publishedIndicator(tables, 'integral', 'mining');

  it('gives the values as published, one per region in the standard order', () => {
    expect(mining.values.map((v) => v.code)).toEqual([...REGION_CODES]);
    expect(value(mining, 'KG-J')).toEqual({code: 'KG-J', value: 5.449, status: 'ok'});
    expect(value(mining, 'KG-T')).toEqual({code: 'KG-T', value: 0.028, status: 'ok'});
  });

  it('reads a dash as "no production", never zero', () => {
    expect(value(mining, 'KG-GO')).toEqual({code: 'KG-GO', value: null, status: 'no_production'});
    const coke = publishedIndicator(tables, 'integral', 'coke_refined_petroleum');
    expect(coke.values.filter((v) => v.status === 'no_production').map((v) => v.code)).toEqual(['KG-B', 'KG-Y', 'KG-N', 'KG-O', 'KG-T', 'KG-GB', 'KG-GO']);
  });

  it('is a published period indicator with three decimals and its source', () => {
    expect(mining).toMatchObject({ind: 'integral', sector: 'mining', year: null, period: '2015–2019', origin: 'published', decimals: 3});
    expect(mining.sources).toEqual(['seed002-t3.1']);
  });
});

describe('lq2018 (seed 003 Table 3)', () => {
  it('gives the listed sections and "not published" for the rest', () => {
    const c = publishedIndicator(tables, 'lq2018', 'C');
    expect(c.values.filter((v) => v.status === 'ok').map((v) => [v.code, v.value])).toEqual([
      ['KG-J', 1.27],
      ['KG-C', 1.79],
      ['KG-GB', 1.37],
    ]);
    expect(value(c, 'KG-B')).toEqual({code: 'KG-B', value: null, status: 'not_published'});
    expect(c).toMatchObject({year: 2018, period: null, origin: 'published', decimals: 2, sources: ['seed003-t3']});
  });

  it('keeps the precision a value was printed with (seed 003 prints Bishkek’s education LQ as 1,0)', () => {
    const p = publishedIndicator(tables, 'lq2018', 'P');
    expect(value(p, 'KG-GB')).toEqual({code: 'KG-GB', value: 1, status: 'ok', decimals: 1});
    expect(p.decimals).toBe(2);
    expect(valueText('ru', value(p, 'KG-GB')!, p.decimals)).toBe('1,0');
    expect(publishedProfile(tables, 'KG-GB').lq2018.find((r) => r.section === 'P')).toEqual({section: 'P', value: 1, decimals: 1});
    expect(printedNumber('1.29')).toEqual({value: 1.29, decimals: 2});
    expect(printedNumber('3')).toEqual({value: 3, decimals: 0});
  });

  it('knows which sections have any published value', () => {
    const sections = publishedLqSections(tables);
    expect(sections.has('A')).toBe(true);
    expect(sections.has('S')).toBe(false);
    expect(publishedIndicator(tables, 'lq2018', 'S').values.every((v) => v.status === 'not_published')).toBe(true);
  });
});

describe('publishedProfile', () => {
  it('lists all six industries and the region’s published sections, highest LQ first', () => {
    const p = publishedProfile(tables, 'KG-N');
    expect(p.integral.map((r) => r.industry)).toEqual([
      'mining',
      'food_processing',
      'construction_materials',
      'coke_refined_petroleum',
      'light_industry',
      'electricity',
    ]);
    expect(p.integral.find((r) => r.industry === 'coke_refined_petroleum')!.value).toBeNull();
    expect(p.lq2018[0]).toEqual({section: 'B', value: 3.24, decimals: 2});
    expect(p.lq2018.at(-1)).toEqual({section: 'H', value: 0.44, decimals: 2});
  });
});
