// Region names as planners write them, read as ISO codes by the import's region_code column (a
// planners' audit: "Ошская обл.", "г. Бишкек", "Ош облусу" were each refused as "not a region code").
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import Papa from 'papaparse';
import {describe, expect, it} from 'vitest';
import {nearRegion, readRegionName} from '../../../src/io/region-names-import';

const code = (text: string) => {
  const m = readRegionName(text);
  return m.kind === 'code' ? m.code : m.kind;
};

describe('readRegionName', () => {
  it('reads every name of data/regions.csv (the atlas’s own names, in ky, ru and en) as its code', () => {
    const rows = Papa.parse<Record<string, string>>(readFileSync(join(import.meta.dirname, '../../../data/regions.csv'), 'utf8'), {header: true, skipEmptyLines: true}).data;
    expect(rows).toHaveLength(9);
    for (const r of rows) for (const name of [r.name_en!, r.name_ru!, r.name_ky!]) expect(code(name), name).toBe(r.code);
  });

  it('reads the variants of planners’ sheets: г./город, обл./область, облусу/шаары, case, ё, Kyrgyz letters, spaces, dashes', () => {
    const cases: [string, string][] = [
      ['г. Бишкек', 'KG-GB'],
      ['г.Бишкек', 'KG-GB'],
      ['Бишкек шаары', 'KG-GB'],
      ['Bishkek city', 'KG-GB'],
      ['Бишкек', 'KG-GB'],
      ['г. Ош', 'KG-GO'],
      ['город  Ош', 'KG-GO'],
      ['Ош шаары', 'KG-GO'],
      ['Osh (city)', 'KG-GO'],
      ['Ошская обл.', 'KG-O'],
      ['Ошская область', 'KG-O'],
      ['Ош облусу', 'KG-O'],
      ['Osh Region', 'KG-O'],
      ['Чуйская область', 'KG-C'],
      ['  ЧУЙСКАЯ   ОБЛ ', 'KG-C'],
      ['Чүй облусу', 'KG-C'],
      ['Чуй облусу', 'KG-C'], // ү typed as у on a Russian keyboard
      ['Chuy Region', 'KG-C'],
      ['Chui oblast', 'KG-C'],
      ['Иссык-Кульская обл.', 'KG-Y'],
      ['Иссыккульская область', 'KG-Y'],
      ['Ысык-Көл облусу', 'KG-Y'],
      ['Issyk-Kul Region', 'KG-Y'],
      ['Джалал-Абадская обл.', 'KG-J'],
      ['Жалал-Абад облусу', 'KG-J'],
      ['Jalal–Abad Region', 'KG-J'],
      ['Баткенская обл.', 'KG-B'],
      ['Нарынская область', 'KG-N'],
      ['Таласская обл', 'KG-T'],
      ['kg-c', 'KG-C'],
      ['Кыргызская Республика', 'KG'],
      ['Кыргыз Республикасы', 'KG'],
      ['Кыргызстан', 'KG'],
      ['Kyrgyz Republic', 'KG'],
      ['Всего по республике', 'KG'],
      ['Итого по КР', 'KG'],
      ['Республика боюнча жыйынтыгы', 'KG'],
      ['Кыргыз Республикасы боюнча', 'KG'],
      ['Всего по Кыргызской Республике', 'KG'],
      ['Киргизия', 'KG'],
    ];
    expect(cases.map(([name]) => [name, code(name)])).toEqual(cases);
  });

  it('calls a total word alone a total (the parser decides whether it is the national one)', () => {
    for (const name of ['Итого', 'ВСЕГО', 'Жыйынтыгы', 'Total', 'Grand total', 'Итого:']) expect(code(name), name).toBe('total');
  });

  it('calls a bare "Ош" ambiguous: the oblast or the city', () => {
    expect(readRegionName('Ош')).toEqual({kind: 'ambiguous', codes: ['KG-O', 'KG-GO']});
    expect(readRegionName('Osh')).toEqual({kind: 'ambiguous', codes: ['KG-O', 'KG-GO']});
  });

  it('knows no other name, and no mix of "city" and "oblast"', () => {
    for (const name of ['', 'KG-X', 'Бишкекская область', 'Bishkek Region', 'г. Ошская область', 'Кара-Балта', 'Фергана', 'обл.', 'г.', 'Итого Чуй', 'по', 'Итого по Чуйской', '<img src=x>'])
      expect(code(name), name).toBe('unknown');
  });
});

describe('nearRegion', () => {
  it('finds the one region a slip of its name is near: a letter missing, doubled or wrong', () => {
    expect(nearRegion('Талаская область')).toBe('KG-T');
    expect(nearRegion('Нарынсккая обл.')).toBe('KG-N');
    expect(nearRegion('Иссык-Кулская область')).toBe('KG-Y');
    expect(nearRegion('Джалал-Абатская область')).toBe('KG-J');
    expect(nearRegion('Chuy Regoin')).toBeNull(); // "region" misspelt is not a region's name misspelt
    expect(nearRegion('Bishkekk city')).toBe('KG-GB');
    expect(nearRegion('Баткэн облусу')).toBe('KG-B');
  });

  it('guesses nothing for a short name, a name near two, or one far from any', () => {
    for (const text of ['Ош', 'Нарн', 'Ошш', 'KG-X', 'Бишкекская обл.', 'Москва', 'Казахстан', 'г. Ошская', '']) expect(nearRegion(text), text).toBeNull();
  });
});
