import {describe, expect, it} from 'vitest';
import {parseImportText} from '../../../src/io/import-csv';
import {regionNamer} from '../../../src/i18n/region-names';
import {importProblemText} from '../../../src/ui/import-problem-text';
import {shippedTables} from '../model/shipped-data';

describe('import problems in the page language', () => {
  it('says how many columns a cut list leaves out, in the language', () => {
    const p = {line: 1, column: null, code: 'unknown-columns' as const, params: {unknown: '["c0","c1"]', unknownMore: 99_998}, message: ''};
    expect(importProblemText(p, 'en')).toBe('Unknown column(s): “c0”, “c1” and 99,998 more. Expected region_code, sector, indicator, year, value, unit, source.');
    expect(importProblemText(p, 'ru')).toBe('Неизвестные столбцы: «c0», «c1» и ещё 99\u00a0998. Ожидаются region_code, sector, indicator, year, value, unit, source.');
    expect(importProblemText(p, 'ky')).toContain('«c0», «c1» жана дагы 99\u00a0998.');
    const missing = {line: 1, column: null, code: 'missing-columns' as const, params: {missing: 'value', found: '["a","b"]'}, message: ''};
    expect(importProblemText(missing, 'en')).toBe('Missing column(s): value. The header has: “a”, “b”.');
  });

  it('quotes each column name, so a comma inside a title is one name, and calls an empty name empty', () => {
    // Excel's title row "Занятость по регионам, 2022;;;;;;" read as a header: one name and six empty ones.
    const found = JSON.stringify(['Занятость по регионам, 2022', '', '']);
    const p = {line: 1, column: null, code: 'missing-columns' as const, params: {missing: 'region_code', found}, message: ''};
    expect(importProblemText(p, 'en')).toBe('Missing column(s): region_code. The header has: “Занятость по регионам, 2022”, (empty), (empty).');
    expect(importProblemText(p, 'ru')).toBe('Нет столбцов: region_code. В заголовке: «Занятость по регионам, 2022», (пустое), (пустое).');
    expect(importProblemText(p, 'ky')).toContain('«Занятость по регионам, 2022», (бош), (бош).');
  });

  it('writes a number the parser read in the language’s format, with all its decimals', () => {
    const share = (value: number) => ({line: 2, column: 'value' as const, code: 'share-over-100' as const, params: {value}, message: ''});
    expect(importProblemText(share(100.5), 'ky')).toBe('% менен үлүш 100-дөн ашпайт (бул жерде 100,5).');
    expect(importProblemText(share(100.5), 'ru')).toBe('Доля в % не может быть больше 100 (здесь 100,5).');
    expect(importProblemText(share(100.5), 'en')).toBe('A share in % cannot exceed 100 (here 100.5).');
    expect(importProblemText(share(100.0001), 'ky')).toContain('100,0001');
    expect(importProblemText(share(1234.25), 'ru')).toContain('1\u00a0234,25');
    // A cell's text stays as the file writes it.
    const negative = {line: 2, column: 'value' as const, code: 'negative' as const, params: {value: '-1,5'}, message: ''};
    expect(importProblemText(negative, 'en')).toBe('-1,5 is negative; counts, amounts and shares cannot be.');
  });

  it('suggests the region a misspelt name is near, by its name in the page’s language (the planners’ audit)', () => {
    const o = parseImportText('region_code,sector,indicator,year,value,unit,source\nТалаская область,C,employment,2022,12,,\n');
    expect(o.ok).toBe(false);
    if (o.ok) return;
    const [problem] = o.problems;
    expect(problem).toMatchObject({line: 2, column: 'region_code', code: 'near-region', params: {value: 'Талаская область', region: 'KG-T'}});
    const names = regionNamer(shippedTables().regions);
    expect(importProblemText(problem!, 'ru', names)).toBe(
      '«Талаская область» — не регион. Может быть, Таласская область (KG-T)? Исправьте ячейку или укажите код или название региона, как в других строках.',
    );
    expect(importProblemText(problem!, 'en', names)).toMatch(/^“Талаская область” is not a region\. Did you mean Talas Region \(KG-T\)\?/);
    // Without the names (the atlas not loaded), the code.
    expect(importProblemText(problem!, 'en')).toContain('Did you mean KG-T (KG-T)?');
  });
});
