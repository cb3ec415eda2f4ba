import {describe, expect, it} from 'vitest';
import {importProblemText} from '../../../src/ui/import-problem-text';

describe('import problems in the page language', () => {
  it('says how many columns a cut list leaves out, in the language', () => {
    const p = {line: 1, column: null, code: 'unknown-columns' as const, params: {unknown: 'c0, c1', unknownMore: 99_998}, message: ''};
    expect(importProblemText(p, 'en')).toBe('Unknown column(s): c0, c1 and 99,998 more. Expected region_code, sector, indicator, year, value, unit, source.');
    expect(importProblemText(p, 'ru')).toBe('Неизвестные столбцы: c0, c1 и ещё 99\u00a0998. Ожидаются region_code, sector, indicator, year, value, unit, source.');
    expect(importProblemText(p, 'ky')).toContain('c0, c1 жана дагы 99\u00a0998.');
    const missing = {line: 1, column: null, code: 'missing-columns' as const, params: {missing: 'value', found: 'a, b'}, message: ''};
    expect(importProblemText(missing, 'en')).toBe('Missing column(s): value. The header has: a, b.');
  });
});
