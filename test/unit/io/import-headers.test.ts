// A planner's sheet from Russian-language Excel on Windows: Russian or Kyrgyz column names, saved as
// Windows-1251 ("CSV (разделитель — точка с запятой)"). Both were refused; both are read now.
import {describe, expect, it} from 'vitest';
import {COLUMN_ALIASES, columnOf} from '../../../src/io/import-headers';
import {IMPORT_COLUMNS} from '../../../src/io/import-format';
import {parseImportBytes, parseImportText, type ImportOutcome} from '../../../src/io/import-csv';
import {importProblemText} from '../../../src/ui/import-problem-text';

const problems = (o: ImportOutcome) => (o.ok ? [] : o.problems.map(({line, column, code}) => ({line, column, code})));

/** Text as Windows-1251 writes it: А–я, Ё ё, and "?" for what it lacks (Kyrgyz ң ө ү), as Excel does. */
function cp1251(text: string): Uint8Array {
  return Uint8Array.from([...text].map((ch) => {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) return c;
    if (c >= 0x410 && c <= 0x44f) return c - 0x410 + 0xc0;
    if (ch === 'Ё') return 0xa8;
    if (ch === 'ё') return 0xb8;
    return 0x3f;
  }));
}

describe('Russian and Kyrgyz column names', () => {
  it('maps well-known names to the format’s columns, any case, spaces, ё, Kyrgyz letters typed plain or lost as "?"', () => {
    const cases: [string, string][] = [
      ['Регион', 'region_code'],
      [' ОБЛАСТЬ ', 'region_code'],
      ['Код  региона', 'region_code'],
      ['Аймак', 'region_code'],
      ['Отрасль', 'sector'],
      ['сектор', 'sector'],
      ['Тармак', 'sector'],
      ['Показатель', 'indicator'],
      ['Индикатор', 'indicator'],
      ['Көрсөткүч', 'indicator'],
      ['Корсоткуч', 'indicator'],
      ['К?рс?тк?ч', 'indicator'],
      ['Год', 'year'],
      ['Жыл', 'year'],
      ['Значение', 'value'],
      ['Маани', 'value'],
      ['Единица измерения', 'unit'],
      ['Ед.изм.', 'unit'],
      ['Бирдик', 'unit'],
      ['Өлчөө бирдиги', 'unit'],
      ['?лч?? бирдиги', 'unit'],
      ['Источник', 'source'],
      ['Булак', 'source'],
      [' Region_Code ', 'region_code'],
    ];
    for (const [cell, column] of cases) expect(columnOf(cell), cell).toBe(column);
    // Anything else is itself (trimmed, lower case), which is no column: "Значение, тыс." is not guessed.
    for (const cell of ['Значение, тыс.', 'Region', 'код', 'К?', '?', '']) expect(IMPORT_COLUMNS as readonly string[]).not.toContain(columnOf(cell));
    // Every column has Russian and Kyrgyz names, and no name is two columns'.
    const all = Object.values(COLUMN_ALIASES).flat();
    expect(new Set(all.map(columnOf)).size).toBe(IMPORT_COLUMNS.length);
    for (const column of IMPORT_COLUMNS) expect(COLUMN_ALIASES[column].length).toBeGreaterThanOrEqual(2);
  });

  it('reads a sheet headed in Russian and says which names it read as which column', () => {
    const o = parseImportText('Регион;Отрасль;Показатель;Год;Значение;Единица измерения;Источник\nЧуйская обл.;C;employment;2022;150,5;тыс. чел.;НСК\n');
    expect(problems(o)).toEqual([]);
    if (!o.ok) return;
    expect(o.columns.regionCodes).toEqual(['KG-C']);
    expect(Array.from(o.columns.value)).toEqual([150.5]);
    expect(o.columns.sources).toEqual(['НСК']);
    expect(o.renamed).toEqual([
      ['Регион', 'region_code'],
      ['Отрасль', 'sector'],
      ['Показатель', 'indicator'],
      ['Год', 'year'],
      ['Значение', 'value'],
      ['Единица измерения', 'unit'],
      ['Источник', 'source'],
    ]);
    expect(o.encoding).toBe('utf-8');
  });

  it('reads a Kyrgyz header below a title, in any column order, mixed with the format’s names', () => {
    const o = parseImportText('Иш менен камсыз болгондор, 2022\nМаани;Жыл;Аймак;Тармак;indicator;Булак\n150;2022;Чүй облусу;C;employment;УСК\n');
    expect(problems(o)).toEqual([]);
    if (!o.ok) return;
    expect(o.headerLine).toBe(2);
    expect(o.columns.regionCodes).toEqual(['KG-C']);
    expect(o.renamed.map(([, c]) => c)).toEqual(['value', 'year', 'region_code', 'sector', 'source']);
    // A file in the format's own names says nothing was renamed.
    const plain = parseImportText('region_code,sector,indicator,year,value\nKG-C,C,employment,2022,1\n');
    expect(plain.ok && plain.renamed).toEqual([]);
  });

  it('names both columns when two read as one (Регион and Область), in every language', () => {
    const o = parseImportText('Регион;Область;Отрасль;Показатель;Год;Значение\nKG-C;KG-C;C;employment;2022;1\n');
    expect(problems(o)).toEqual([{line: 1, column: null, code: 'ambiguous-columns'}]);
    if (o.ok) return;
    expect(o.problems[0]!.message).toBe('columns "Регион", "Область" are all read as region_code: keep one of them');
    expect(importProblemText(o.problems[0]!, 'en')).toBe('Columns “Регион”, “Область” are all read as region_code: keep one of them.');
    expect(importProblemText(o.problems[0]!, 'ru')).toBe('Столбцы «Регион», «Область» все читаются как region_code: оставьте один из них.');
    expect(importProblemText(o.problems[0]!, 'ky')).toContain('«Регион», «Область» мамычаларынын баары region_code');
    // The format's name beside a Russian one for it is the same question; an exact repeat stays a repeat.
    const both = parseImportText('region_code,Регион,sector,indicator,year,value,Год\nKG-C,KG-C,C,employment,2022,1,2022\n');
    expect(!both.ok && both.problems.map((p) => [p.code, p.params.columns, p.params.column])).toEqual([
      ['ambiguous-columns', JSON.stringify(['region_code', 'Регион']), 'region_code'],
      ['ambiguous-columns', JSON.stringify(['year', 'Год']), 'year'],
    ]);
    expect(problems(parseImportText('Год;Год;Регион;Отрасль;Показатель;Значение\n2022;2022;KG-C;C;employment;1\n'))).toEqual([{line: 1, column: null, code: 'duplicate-columns'}]);
  });
});

describe('Windows-1251 files (Russian Excel’s CSV)', () => {
  it('reads the bytes Russian Excel writes as Windows-1251 and says so', () => {
    // "Регион;Отрасль" as Windows-1251 writes it: one byte a letter.
    const head = [0xd0, 0xe5, 0xe3, 0xe8, 0xee, 0xed, 0x3b, 0xce, 0xf2, 0xf0, 0xe0, 0xf1, 0xeb, 0xfc];
    expect(Array.from(cp1251('Регион;Отрасль'))).toEqual(head);
    const rest = cp1251(';Показатель;Год;Значение;Единица;Источник\r\nОшская обл.;C;employment;2022;12,5;тыс. чел.;Нацстатком\r\nг. Бишкек;C;employment;2022;40;тыс. чел.;Нацстатком\r\n');
    const o = parseImportBytes(Uint8Array.from([...head, ...rest]));
    expect(problems(o)).toEqual([]);
    if (!o.ok) return;
    expect(o.encoding).toBe('windows-1251');
    expect(o.columns.regionCodes).toEqual(['KG-O', 'KG-GB']);
    expect(Array.from(o.columns.value)).toEqual([12.5, 40]);
    expect(o.columns.sources).toEqual(['Нацстатком']);
    expect(o.renamed[0]).toEqual(['Регион', 'region_code']);
  });

  it('reads a Kyrgyz header whose ө ү came through as "?", and refuses a region name that lost its ө with the usual message', () => {
    const text = 'Аймак;Тармак;Көрсөткүч;Жыл;Маани;Өлчөө бирдиги;Булак\nОш облусу;C;employment;2022;12;миң адам;УСК\nЧүй облусу;C;employment;2022;30;миң адам;УСК\n';
    const bytes = cp1251(text);
    expect(Array.from(bytes.subarray(13, 22))).toEqual([0xca, 0x3f, 0xf0, 0xf1, 0x3f, 0xf2, 0xea, 0x3f, 0xf7]); // К?рс?тк?ч
    const o = parseImportBytes(bytes);
    expect(problems(o)).toEqual([{line: 3, column: 'region_code', code: 'bad-region'}]);
    if (o.ok) return;
    expect(o.encoding).toBe('windows-1251');
    expect(o.problems[0]!.params.value).toBe('Ч?й облусу');
    expect(importProblemText(o.problems[0]!, 'en')).toContain('Ч?й облусу');
    // Without that row the file is read, the header in full.
    const ok = parseImportBytes(cp1251(text.split('\n').slice(0, 2).join('\n') + '\n'));
    expect(ok.ok && ok.renamed.map(([cell, column]) => `${cell} → ${column}`)).toEqual(['Аймак → region_code', 'Тармак → sector', 'К?рс?тк?ч → indicator', 'Жыл → year', 'Маани → value', '?лч?? бирдиги → unit', 'Булак → source']);
  });

  it('reads a Windows-1251 file that starts with a UTF-8 byte-order mark: the mark is not read as letters of its first column', () => {
    const text = 'Регион;Отрасль;Показатель;Год;Значение\r\nБаткенская область;C - Обрабатывающая промышленность;Доля занятых;2018;8,3\r\n';
    const o = parseImportBytes(Uint8Array.from([0xef, 0xbb, 0xbf, ...cp1251(text)]));
    expect(problems(o)).toEqual([]);
    if (!o.ok) return;
    expect(o.encoding).toBe('windows-1251');
    expect(o.renamed[0]).toEqual(['Регион', 'region_code']);
    expect(Array.from(o.columns.value)).toEqual([8.3]);
  });

  it('reads an ASCII file with one Windows-1251 letter, and a UTF-8 file as UTF-8 whatever its letters', () => {
    const o = parseImportBytes(cp1251('region_code,sector,indicator,year,value,unit,source\nKG-C,C,employment,2022,1,,НСК\n'));
    expect(o.ok && [o.encoding, o.columns.sources]).toEqual(['windows-1251', ['НСК']]);
    const utf8 = parseImportBytes(new TextEncoder().encode('Регион;Отрасль;Көрсөткүч;Год;Значение\nЧүй облусу;C;employment;2022;1\n'));
    expect(utf8.ok && [utf8.encoding, utf8.columns.regionCodes]).toEqual(['utf-8', ['KG-C']]);
  });
});
