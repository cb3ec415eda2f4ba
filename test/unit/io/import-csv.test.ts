import {describe, expect, it} from 'vitest';
import {decodeUtf8, MAX_LISTED_COLUMNS, MAX_LISTED_PROBLEMS, parseImportBytes, parseImportText, type ImportOutcome} from '../../../src/io/import-csv';
import {importProblemText} from '../../../src/ui/import-problem-text';

const HEADER = 'region_code,sector,indicator,year,value,unit,source';
const csv = (...rows: string[]) => [HEADER, ...rows].join('\n') + '\n';
const problems = (o: ImportOutcome) => (o.ok ? [] : o.problems.map(({line, column, code}) => ({line, column, code})));

describe('import: valid files', () => {
  it('gives dataset columns for a valid file', () => {
    const o = parseImportText(csv('KG-B,C,employment,2020,30,persons,my survey', 'KG,TOTAL,population,2020,7000000,persons,NSC', 'KG-C,food_processing,output,2020,12.5,mln som,'));
    expect(o.ok).toBe(true);
    if (!o.ok) return;
    expect(o.rows).toBe(3);
    expect(o.columns.length).toBe(3);
    expect(Array.from(o.columns.value)).toEqual([30, 7000000, 12.5]);
    expect(o.columns.regionCodes).toEqual(['KG-B', 'KG', 'KG-C']);
    expect(o.columns.sectors).toEqual(['C', 'TOTAL', 'food_processing']);
    expect(o.columns.sources).toEqual(['my survey', 'NSC', '']);
  });

  it('accepts a byte-order mark, CRLF line ends, blank lines, no unit/source columns and any column order', () => {
    const o = parseImportText('\uFEFFvalue,year,indicator,sector,region_code\r\n\r\n1.5,2019,employment,A,KG-N\r\n\r\n');
    expect(o.ok).toBe(true);
    if (o.ok) expect(Array.from(o.columns.year)).toEqual([2019]);
  });

  it('skips rows of separators only, as Excel saves formatted empty rows, like blank lines', () => {
    const o = parseImportText(csv(',,,,,,', 'KG-B,C,employment,2020,1,,', ',,,,,,', ' , ,"",,', ',,,,,,,,,,'));
    expect(o.ok).toBe(true);
    if (o.ok) expect(o.rows).toBe(1);
    expect(parseImportText('region_code;sector;indicator;year;value\n;;;;\nKG-B;C;employment;2020;1\n;;;;\n').ok).toBe(true);
    // Lines are still counted across them.
    expect(problems(parseImportText(csv(',,,,,,', ',,,,,,', 'KG-B,C,employment,2020,x,,')))).toEqual([{line: 4, column: 'value', code: 'not-a-number'}]);
    expect(problems(parseImportText(csv(',,,,,,')))).toEqual([{line: 0, column: null, code: 'no-rows'}]);
  });

  it('accepts semicolons with a decimal comma (spreadsheets in Russian locales)', () => {
    const o = parseImportText('region_code;sector;indicator;year;value\nKG-B;C;employment_share;2020;6,9\n');
    expect(o.ok).toBe(true);
    if (o.ok) {
      expect(o.delimiter).toBe(';');
      expect(o.columns.value[0]).toBeCloseTo(6.9, 12);
    }
  });

  it('reports a negative number with a decimal comma as negative, quoting it as written', () => {
    const o = parseImportText('region_code;sector;indicator;year;value\nKG-B;C;output;2020;-1,5\nKG-J;C;output;2020;1,5E+3\nKG-N;C;output;2020;+2,25\n');
    expect(problems(o)).toEqual([{line: 2, column: 'value', code: 'negative'}]);
    if (!o.ok) expect(o.problems[0]!.params.value).toBe('-1,5');
    const ok = parseImportText('region_code\tsector\tindicator\tyear\tvalue\nKG-J\tC\toutput\t2020\t1,5E+3\nKG-N\tC\toutput\t2020\t+2,25\n');
    expect(ok.ok && Array.from(ok.columns.value)).toEqual([1500, 2.25]);
    // A comma-separated file has no decimal comma: a quoted "1,5" is not a number there.
    expect(problems(parseImportText(csv('KG-B,C,output,2020,"1,5",,')))).toEqual([{line: 2, column: 'value', code: 'not-a-number'}]);
  });

  it('advises a semicolon file on its own rule: a decimal comma is fine there, a thousands separator is not', () => {
    // Russian Excel writes 1234.5 as "1 234,5" (with a no-break space) in a semicolon file.
    const o = parseImportText('\uFEFFregion_code;sector;indicator;year;value\nKG-B;C;output;2020;1\u00a0234,5\nKG-J;C;output;2020;12,5\n');
    expect(problems(o)).toEqual([{line: 2, column: 'value', code: 'not-a-number-comma'}]);
  });

  it('keeps quoted cells with commas and line breaks, and counts lines across them', () => {
    const o = parseImportText(csv('KG-B,C,employment,2020,1,persons,"NSC, table 5\n(2021 edition)"', 'KG-J,C,employment,2020,abc,,'));
    expect(problems(o)).toEqual([{line: 4, column: 'value', code: 'not-a-number'}]);
  });

  it('ignores trailing empty cells', () => {
    expect(parseImportText(csv('KG-B,C,employment,2020,1,persons,src,,')).ok).toBe(true);
  });
});

describe('import: every problem with its line, column and reason', () => {
  it('names bad cells', () => {
    const o = parseImportText(
      csv(
        'KG-B,C,employment,2020,NaN,,', // 2
        'KG-X,C,employment,2020,1,,', // 3
        'KG-B,c-1,employment,2020,1,,', // 4
        'KG-B,C,jobs,2020,1,,', // 5
        'KG-B,C,employment,20,1,,', // 6
        'KG-B,C,employment,2020,-3,,', // 7
        'KG-B,C,employment,2020,1e400,,', // 8
        'KG-B,C,employment,2020,2e15,,', // 9
        'KG-B,C,employment,2020,"1 234",,', // 10
        'KG-B,C,employment_share,2020,101,,', // 11
        'KG-B,C,population,2020,100,,', // 12
        'KG-B,TOTAL,employment_share,2020,10,,', // 13
        'KG-B,C,employment,2021,,,', // 14
      ),
    );
    expect(o.ok).toBe(false);
    expect(problems(o)).toEqual([
      {line: 2, column: 'value', code: 'not-a-number'},
      {line: 3, column: 'region_code', code: 'bad-region'},
      {line: 4, column: 'sector', code: 'bad-sector'},
      {line: 5, column: 'indicator', code: 'bad-indicator'},
      {line: 6, column: 'year', code: 'bad-year'},
      {line: 7, column: 'value', code: 'negative'},
      {line: 8, column: 'value', code: 'not-a-number'},
      {line: 9, column: 'value', code: 'too-large'},
      {line: 10, column: 'value', code: 'not-a-number'},
      {line: 11, column: 'value', code: 'share-over-100'},
      {line: 12, column: 'sector', code: 'total-required'},
      {line: 13, column: 'sector', code: 'total-not-allowed'},
      // Said as empty, not as «» that is not a number (the user audit of 7 December 2026).
      {line: 14, column: 'value', code: 'empty-value'},
    ]);
    if (!o.ok) {
      expect(o.problems[1]!.message).toContain('KG-X');
      expect(o.problems[1]!.params.value).toBe('KG-X');
    }
  });

  it('reads only plain decimal notation: hex, binary and octal are not numbers', () => {
    const values = ['0x10', '0b101', '0o17', '0X1F', '1_000', 'Infinity', '1e', '.', '+', '１２'];
    const o = parseImportText(csv(...values.map((v, i) => `KG-B,C,employment,${2000 + i},${v},,`)));
    expect(problems(o)).toEqual(values.map((_, i) => ({line: i + 2, column: 'value', code: 'not-a-number'})));
    if (!o.ok) expect(o.problems[0]!.params.value).toBe('0x10');
    const plain = ['12', '12.5', '0.5', '.5', '5.', '+3', '1e5', '1.5E+3', '2e-3', ' 7 '];
    const ok = parseImportText(csv(...plain.map((v, i) => `KG-B,C,employment,${2000 + i},${v},,`)));
    expect(ok.ok).toBe(true);
    if (ok.ok) expect(Array.from(ok.columns.value)).toEqual([12, 12.5, 0.5, 0.5, 5, 3, 1e5, 1500, 0.002, 7]);
  });

  it('reports missing, unknown and repeated columns on line 1, and nothing else', () => {
    expect(problems(parseImportText('region,sector,indicator,year,value\nKG-B,C,employment,2020,1\n'))).toEqual([
      {line: 1, column: null, code: 'missing-columns'},
      {line: 1, column: null, code: 'unknown-columns'},
    ]);
    expect(problems(parseImportText('region_code,sector,indicator,year,value,value\n'))).toEqual([{line: 1, column: null, code: 'duplicate-columns'}]);
  });

  it('says a column name with a slip in it is one, with the name meant (not "missing" and "unknown")', () => {
    const o = parseImportText('regoin_code,sector,indicator,year,value\nKG-B,C,employment,2020,1\n');
    expect(problems(o)).toEqual([{line: 1, column: null, code: 'near-column'}]);
    if (!o.ok) expect(o.problems[0]!.params).toEqual({value: 'regoin_code', column: 'region_code'});
    // Two slips, or a name far from the one missing: both lists, as before.
    expect(problems(parseImportText('regoin_code,sectr,indicator,year,value\n')).map((p) => p.code)).toEqual(['missing-columns', 'unknown-columns']);
    expect(problems(parseImportText('code,sector,indicator,year,value\n')).map((p) => p.code)).toEqual(['missing-columns', 'unknown-columns']);
  });

  it('reads a header of 100,000 cells at once and lists the first columns, counting the rest', () => {
    const wide = Array.from({length: 100_000}, (_, i) => `c${i}`);
    const start = performance.now();
    const o = parseImportText(`${wide.join(',')},${wide.join(',')}\n1\n`);
    // A guard against the quadratic duplicate check (26 s), not a speed target: ~1 s, more on a busy machine.
    expect(performance.now() - start).toBeLessThan(6000);
    expect(problems(o)).toEqual([
      {line: 1, column: null, code: 'missing-columns'},
      {line: 1, column: null, code: 'unknown-columns'},
      {line: 1, column: null, code: 'duplicate-columns'},
    ]);
    if (o.ok) return;
    const [missing, unknown, repeated] = o.problems;
    // Lists of names are JSON arrays (a comma inside a name is not two names; ImportProblem.params).
    const first = JSON.stringify(wide.slice(0, MAX_LISTED_COLUMNS));
    expect(missing!.params).toEqual({missing: 'region_code, sector, indicator, year, value', found: first, foundMore: 200_000 - MAX_LISTED_COLUMNS});
    expect(unknown!.params).toEqual({unknown: first, unknownMore: 100_000 - MAX_LISTED_COLUMNS});
    expect(repeated!.params).toEqual({columns: first, columnsMore: 100_000 - MAX_LISTED_COLUMNS});
    expect(missing!.message).toMatch(/"c19" and 199980 more$/);
    for (const p of o.problems) expect(p.message.length).toBeLessThan(600);
  });

  it('names a repeated column once, however often it repeats', () => {
    const o = parseImportText('region_code,sector,indicator,year,value,value,value,year\n');
    expect(problems(o)).toEqual([{line: 1, column: null, code: 'duplicate-columns'}]);
    if (!o.ok) expect(o.problems[0]!.params).toEqual({columns: '["value","year"]'});
  });

  it('reports rows of the wrong length', () => {
    expect(problems(parseImportText(csv('KG-B,C,employment,2020,1,persons,src,extra', 'KG-B,C,employment')))).toEqual([
      {line: 2, column: null, code: 'too-many-cells'},
      {line: 3, column: null, code: 'too-few-cells'},
    ]);
  });

  it('reports duplicates with the line they repeat', () => {
    const o = parseImportText(csv('KG-B,C,employment,2020,1,,', 'KG-J,C,employment,2020,1,,', 'KG-B,C,employment,2020,2,,'));
    expect(problems(o)).toEqual([{line: 4, column: null, code: 'duplicate-row'}]);
    if (!o.ok) expect(o.problems[0]!.params.first).toBe(2);
  });

  it('refuses two units for one indicator', () => {
    const o = parseImportText(csv('KG-B,C,employment,2020,1,persons,', 'KG-J,C,employment,2020,1,thousand persons,'));
    expect(problems(o)).toEqual([{line: 3, column: 'unit', code: 'mixed-units'}]);
  });

  it('reports an unclosed quote, an empty file and a header without rows', () => {
    expect(problems(parseImportText(csv('KG-B,C,employment,2020,1,,"open')))).toEqual([{line: 2, column: null, code: 'unclosed-quote'}]);
    expect(problems(parseImportText(''))).toEqual([{line: 0, column: null, code: 'empty-file'}]);
    expect(problems(parseImportText(HEADER + '\n'))).toEqual([{line: 0, column: null, code: 'no-rows'}]);
  });

  it('reads a UTF-8 file that quotes the replacement character “�” itself (it was refused as not UTF-8)', () => {
    const text = csv('KG-B,C,employment,2020,1,,survey \uFFFD (sic)');
    for (const o of [parseImportText(text), parseImportBytes(new TextEncoder().encode(text)), parseImportBytes(new TextEncoder().encode(`\uFEFF${text}`))]) {
      expect(problems(o)).toEqual([]);
      expect(o.ok && o.columns.sources).toEqual(['survey \uFFFD (sic)']);
    }
  });

  it('refuses a UTF-8 file with a damaged byte on its line, a UTF-16 file with a byte-order mark too', () => {
    // UTF-8 Cyrillic, then a byte cut off ("Нацстатком" with its last letter's second byte lost) on
    // line 3: its letters decode as UTF-8, so it is not read as Windows-1251 (which would garble them).
    const utf8 = new TextEncoder().encode(csv('KG-B,C,employment,2020,1,,Нацстатком', 'KG-B,C,output,2020,1,,Нацстатком'));
    const damaged = Uint8Array.from([...utf8.subarray(0, utf8.length - 2), 0x0a]);
    expect(problems(parseImportBytes(damaged))).toEqual([{line: 3, column: null, code: 'not-utf8'}]);
    const utf16 = new Uint8Array(2 + 2 * HEADER.length);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < HEADER.length; i++) utf16[2 + 2 * i] = HEADER.charCodeAt(i);
    expect(problems(parseImportBytes(utf16))).toEqual([{line: 1, column: null, code: 'not-utf8'}]);
    // A spreadsheet's .xlsx (a zip) is no text in any encoding.
    const xlsx = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0xd0, 0xe5, 0x0a]);
    expect(problems(parseImportBytes(xlsx))).toEqual([{line: 1, column: null, code: 'not-utf8'}]);
    // A character cut at the file's end, after two lines.
    expect(decodeUtf8(Uint8Array.from([0x61, 0x0a, 0x62, 0x0a, 0xd0]))).toEqual({line: 3, offset: 4});
    expect(decodeUtf8(new TextEncoder().encode('\uFEFFЖ'))).toBe('Ж');
  });

  it('calls a file too large, not empty, when its text comes back empty (above what a browser holds)', () => {
    const decode = TextDecoder.prototype.decode;
    TextDecoder.prototype.decode = () => '';
    try {
      const o = parseImportBytes(new Uint8Array(600));
      expect(problems(o)).toEqual([{line: 0, column: null, code: 'file-too-large'}]);
      expect(!o.ok && importProblemText(o.problems[0]!, 'en')).toMatch(/^The file is too large \(1 MB\): the import reads files up to 200 MB/);
      expect(problems(parseImportBytes(Uint8Array.from([0xef, 0xbb, 0xbf])))).toEqual([{line: 0, column: null, code: 'empty-file'}]);
    } finally {
      TextDecoder.prototype.decode = decode;
    }
  });

  it('says a UTF-16 file without a byte-order mark is not UTF-8, and nothing else', () => {
    const text = csv('KG-C,C,employment,2022,150,thousand persons,Нацстатком', 'KG,C,employment,2022,300,thousand persons,example');
    const le = new Uint8Array(text.length * 2);
    const be = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) {
      new DataView(le.buffer).setUint16(2 * i, text.charCodeAt(i), true);
      new DataView(be.buffer).setUint16(2 * i, text.charCodeAt(i), false);
    }
    for (const bytes of [le, be]) {
      const o = parseImportText(new TextDecoder('utf-8').decode(bytes)); // as the browser's File.text() reads it
      expect(problems(o)).toEqual([{line: 1, column: null, code: 'not-utf8'}]);
    }
    // A stray NUL in a cell of a UTF-8 file is not taken for UTF-16.
    expect(problems(parseImportText(csv('KG-C,C,employment,2022,x,,a\u0000b')))).toEqual([{line: 2, column: 'value', code: 'not-a-number'}]);
  });

  it('says a JSON file is JSON, not an unclosed quote', () => {
    for (const text of [
      '{"region_code":"KG-C","value":1}',
      '{"region_code":"KG-C","value":1}\n{"region_code":"KG-B","value":2}\n',
      '\uFEFF[\n  {\n    "region_code": "KG-C",\n    "value": 1\n  }\n]\n',
      '[]',
      '{}',
    ]) {
      const o = parseImportText(text);
      expect(problems(o), text).toEqual([{line: 0, column: null, code: 'json'}]);
      if (!o.ok) expect(o.problems[0]!.message).toContain('region_code,sector,indicator,year,value');
    }
  });

  it('lists the first problems and counts them all', () => {
    const bad = Array.from({length: 250}, () => 'KG-B,C,employment,2020,x,,');
    const o = parseImportText(csv(...bad));
    expect(o.ok).toBe(false);
    if (!o.ok) {
      expect(o.problems).toHaveLength(MAX_LISTED_PROBLEMS);
      expect(o.problemCount).toBe(250);
    }
  });

  it('keeps hostile text as text (it is data, never markup)', () => {
    const o = parseImportText(csv('KG-B,C,employment,2020,1,persons,<img src=x onerror=alert(1)>'));
    expect(o.ok).toBe(true);
    if (o.ok) expect(o.columns.sources).toEqual(['<img src=x onerror=alert(1)>']);
  });
});

describe('import: large files', () => {
  it('parses 100,000 rows with progress', () => {
    const rows: string[] = [];
    const regions = ['KG-B', 'KG-J', 'KG-Y', 'KG-N', 'KG-O', 'KG-T', 'KG-C', 'KG-GB', 'KG-GO'];
    for (let s = 0; rows.length < 100_000; s++)
      for (const r of regions) for (let y = 2000; y < 2012; y++) rows.push(`${r},ind_${s},output,${y},${s + y},mln som,generated`);
    const progress: number[] = [];
    const o = parseImportText(csv(...rows.slice(0, 100_000)), {onProgress: (done, total) => progress.push(done / total)});
    expect(o.ok).toBe(true);
    if (o.ok) expect(o.columns.length).toBe(100_000);
    expect(progress.length).toBeGreaterThan(5);
    expect(progress.at(-1)).toBe(1);
    expect([...progress].sort((a, b) => a - b)).toEqual(progress);
    // A size check, not a speed one (npm run bench holds speed): a loaded machine took over 5 s.
  }, 30_000);
});

// A planners' audit: files as a planner makes them in Excel (Russian locale) — region names, not codes;
// headers in another case; a title row above the header; a "total" row.
describe('import: planners’ sheets', () => {
  const REGIONS = ['KG-B', 'KG-J', 'KG-Y', 'KG-N', 'KG-O', 'KG-T', 'KG-C', 'KG-GB', 'KG-GO'];
  const NAMES_RU = ['Баткенская обл.', 'Джалал-Абадская обл.', 'Иссык-Кульская обл.', 'Нарынская обл.', 'Ошская обл.', 'Таласская обл.', 'Чуйская область', 'г. Бишкек', 'г. Ош'];
  const semicolon = (...rows: string[]) => ['region_code;sector;indicator;year;value;unit;source', ...rows].join('\n') + '\n';

  it('reads region names in ky, ru and en as their codes', () => {
    const o = parseImportText(
      semicolon(...NAMES_RU.map((n, i) => `${n};C;employment;2022;${i + 1},5;тыс. чел.;Нацстатком`), 'Кыргызская Республика;C;employment;2022;100;тыс. чел.;Нацстатком', 'Чүй облусу;C;output;2022;7;млн сом;', 'Chuy Region;C;establishments;2022;3;;'),
    );
    expect(problems(o)).toEqual([]);
    if (!o.ok) return;
    expect(Array.from(o.columns.region, (r) => o.columns.regionCodes[r])).toEqual([...REGIONS, 'KG', 'KG-C', 'KG-C']);
    // A name and a code of one region are one region: the second is a repeat.
    expect(problems(parseImportText(csv('KG-C,C,employment,2022,1,,', 'Чуйская обл.,C,employment,2022,1,,')))).toEqual([{line: 3, column: null, code: 'duplicate-row'}]);
  });

  it('says precisely what an unknown or ambiguous name is, with the codes and names it expects', () => {
    const o = parseImportText(semicolon('Бишкекская обл.;C;employment;2022;1;;', 'Ош;C;employment;2022;1;;'));
    expect(problems(o)).toEqual([
      {line: 2, column: 'region_code', code: 'bad-region'},
      {line: 3, column: 'region_code', code: 'ambiguous-region'},
    ]);
    if (o.ok) return;
    expect(o.problems[0]!.message).toContain('"Бишкекская обл."');
    expect(o.problems[0]!.message).toContain('KG-GB');
    expect(o.problems[0]!.message).toContain('Чуйская обл.');
    expect(importProblemText(o.problems[0]!, 'ru')).toMatch(/^«Бишкекская обл\.» — не регион\. .*KG-GB.*Чуйская обл\./);
    expect(importProblemText(o.problems[1]!, 'ky')).toContain('KG-GO');
  });

  it('reads a total ("Итого") as KG only when the file gives all nine regions for its sector, indicator and year', () => {
    const nine = REGIONS.map((r, i) => `${r};C;employment;2022;${i + 1};;`);
    const ok = parseImportText(semicolon(...nine, 'Итого;C;employment;2022;45;;'));
    expect(problems(ok)).toEqual([]);
    if (ok.ok) expect(ok.columns.regionCodes[ok.columns.region[9]!]).toBe('KG');
    // Eight regions: their sum is not the country's figure, and the coefficients divide by it.
    const eight = parseImportText(semicolon(...nine.slice(1), 'Всего;C;employment;2022;44;;', 'KG-B;TOTAL;employment;2022;9;;'));
    expect(problems(eight)).toEqual([{line: 10, column: 'region_code', code: 'total-incomplete'}]);
    if (!eight.ok) expect(eight.problems[0]!.params).toEqual({missing: 'KG-B'});
    // A total beside an explicit KG row for the same key is a repeat: of a KG row (told as such, tested below).
    expect(problems(parseImportText(semicolon(...nine, 'KG;C;employment;2022;45;;', 'Итого;C;employment;2022;45;;')))).toEqual([{line: 12, column: 'region_code', code: 'duplicate-total'}]);
    // "Всего по республике" names the country: KG whatever the rows.
    expect(parseImportText(semicolon('Всего по республике;C;employment;2022;45;;')).ok).toBe(true);
  });

  it('says a total row ("Итого") beside a KG row repeats it as the national total, not just "repeats line 21"', () => {
    const nine = REGIONS.map((r) => `${r};C;employment;2022;5;;`);
    // Line 12 "Итого" after line 11 "KG".
    const after = parseImportText(semicolon(...nine, 'KG;C;employment;2022;45;;', 'Итого;C;employment;2022;45;;'));
    expect(after.ok).toBe(false);
    if (after.ok) return;
    expect(after.problems[0]!.params).toEqual({value: 'Итого', first: 11});
    expect(importProblemText(after.problems[0]!, 'en')).toBe('This total row (“Итого”) is read as the national total (KG), and line 11 already gives KG for this sector, indicator and year. Keep one of the two.');
    expect(importProblemText(after.problems[0]!, 'ru')).toContain('считается итогом по стране (KG), а строка 11 уже даёт KG');
    expect(importProblemText(after.problems[0]!, 'ky')).toContain('11-сап');
    // Line 12 "KG" after line 11 "Всего".
    const before = parseImportText(semicolon(...nine, 'Всего;C;employment;2022;45;;', 'KG;C;employment;2022;45;;'));
    expect(problems(before)).toEqual([{line: 12, column: 'region_code', code: 'duplicate-of-total'}]);
    if (before.ok) return;
    expect(importProblemText(before.problems[0]!, 'en')).toBe('Line 11 is a total row (“Всего”), read as the national total (KG); this line gives KG again for the same sector, indicator and year. Keep one of the two.');
    // Two total rows, or two KG rows: a plain repeat.
    expect(problems(parseImportText(semicolon(...nine, 'Итого;C;employment;2022;45;;', 'Всего;C;employment;2022;45;;')))).toEqual([{line: 12, column: null, code: 'duplicate-row'}]);
    expect(problems(parseImportText(semicolon(...nine, 'KG;C;employment;2022;45;;', 'KG;C;employment;2022;45;;')))).toEqual([{line: 12, column: null, code: 'duplicate-row'}]);
  });

  it('says a spreadsheet’s sum row ("Итого;;;;2775,2") is one, once', () => {
    const o = parseImportText(semicolon('KG-B;C;employment;2022;1;;', 'Итого;;;;2775,2;;'));
    expect(problems(o)).toEqual([{line: 3, column: 'region_code', code: 'total-row'}]);
  });

  it('matches column names whatever their case and surrounding spaces', () => {
    const o = parseImportText('\uFEFFRegion_Code; Sector; INDICATOR ;Year;Value;Unit;Source\nKG-B;C;employment;2022;9,1;тыс. чел.;Нацстатком\n');
    expect(problems(o)).toEqual([]);
    if (o.ok) expect(o.headerLine).toBe(1);
    expect(problems(parseImportText('region_code,Region_Code,sector,indicator,year,value\n'))).toEqual([{line: 1, column: null, code: 'duplicate-columns'}]);
  });

  it('finds the header below a title row and a blank one, and says which line it read', () => {
    const o = parseImportText('\uFEFFЗанятость по регионам, 2022;;;;;;\n;;;;;;\nregion_code;sector;indicator;year;value;unit;source\nKG-B;C;employment;2022;9,1;;\nKG-B;C;employment;2023;x;;\n');
    expect(problems(o)).toEqual([{line: 5, column: 'value', code: 'not-a-number-comma'}]);
    const good = parseImportText('Занятость по регионам\nтыс. человек\n\nregion_code;sector;indicator;year;value\nKG-B;C;employment;2022;9,1\n');
    expect(problems(good)).toEqual([]);
    if (good.ok) {
      expect(good.headerLine).toBe(4);
      expect(good.delimiter).toBe(';');
      expect(Array.from(good.columns.value)).toEqual([9.1]);
    }
  });

  it('without a header in the first lines, quotes the names of the line closest to one, an empty name as (empty)', () => {
    // A sheet of its title only (the header row lost when copying).
    const o = parseImportText('Занятость по регионам, 2022;;;;;;\n;;;;;;\n');
    expect(problems(o)).toEqual([
      {line: 1, column: null, code: 'missing-columns'},
      {line: 1, column: null, code: 'unknown-columns'},
    ]);
    if (o.ok) return;
    expect(o.problems[0]!.params.found).toBe(JSON.stringify(['Занятость по регионам, 2022', '', '', '', '', '', '']));
    expect(o.problems[0]!.message).toContain('"Занятость по регионам, 2022", (empty), (empty)');
    expect(importProblemText(o.problems[0]!, 'ru')).toContain('В заголовке: «Занятость по регионам, 2022», (пустое), (пустое)');
    // A header in other words below the title is the line shown.
    const other = parseImportText('Занятость по регионам, 2022;;;;;;\n;;;;;;\nArea;Branch;Measure;Jahr;Wert\nKG-B;C;employment;2022;9,1\n');
    expect(problems(other)).toEqual([
      {line: 3, column: null, code: 'missing-columns'},
      {line: 3, column: null, code: 'unknown-columns'},
    ]);
    if (!other.ok) expect(importProblemText(other.problems[0]!, 'en')).toContain('The header has: “Area”, “Branch”');
    // A header with one name wrong is reported on its own line, below a title, with the name meant.
    const typo = parseImportText('Title\nregion_code,sector,indicator,yaer,value\nKG-B,C,employment,2022,1\n');
    expect(problems(typo)).toEqual([{line: 2, column: null, code: 'near-column'}]);
    if (!typo.ok) expect(importProblemText(typo.problems[0]!, 'en')).toContain('“yaer” is not a column. Did you mean year?');
  });
});

describe('import: a share written with %', () => {
  it('reads employment_share "5,0%" as 5 (it is in %), and names the % for another indicator', () => {
    const o = parseImportText('region_code;sector;indicator;year;value\nKG-B;C;employment_share;2022;5,0%\nKG-J;C;employment_share;2022; 6,6 % \nKG-Y;C;employment_share;2022;101%\n');
    expect(problems(o)).toEqual([{line: 4, column: 'value', code: 'share-over-100'}]);
    const ok = parseImportText('region_code;sector;indicator;year;value\nKG-B;C;employment_share;2022;5,0%\nKG-J;C;employment_share;2022; 6,6 % \n');
    if (ok.ok) expect(Array.from(ok.columns.value)).toEqual([5, 6.6]);
    else expect.unreachable();
    const other = parseImportText('region_code;sector;indicator;year;value\nKG-B;C;employment;2022;5%\nKG-B;C;output;2022;%\n');
    expect(problems(other)).toEqual([
      {line: 2, column: 'value', code: 'percent-sign'},
      {line: 3, column: 'value', code: 'not-a-number-comma'},
    ]);
    if (!other.ok) expect(importProblemText(other.problems[0]!, 'ru')).toBe('«5%»: в % задаётся только employment_share; значение этого показателя пишите без знака %.');
  });
});
