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
      {line: 14, column: 'value', code: 'not-a-number'},
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

  it('reads a header of 100,000 cells at once and lists the first columns, counting the rest', () => {
    const wide = Array.from({length: 100_000}, (_, i) => `c${i}`);
    const start = performance.now();
    const o = parseImportText(`${wide.join(',')},${wide.join(',')}\n1\n`);
    expect(performance.now() - start).toBeLessThan(2000); // it took 26 s (a quadratic duplicate check)
    expect(problems(o)).toEqual([
      {line: 1, column: null, code: 'missing-columns'},
      {line: 1, column: null, code: 'unknown-columns'},
      {line: 1, column: null, code: 'duplicate-columns'},
    ]);
    if (o.ok) return;
    const [missing, unknown, repeated] = o.problems;
    expect(missing!.params).toEqual({missing: 'region_code, sector, indicator, year, value', found: wide.slice(0, MAX_LISTED_COLUMNS).join(', '), foundMore: 200_000 - MAX_LISTED_COLUMNS});
    expect(unknown!.params).toEqual({unknown: wide.slice(0, MAX_LISTED_COLUMNS).join(', '), unknownMore: 100_000 - MAX_LISTED_COLUMNS});
    expect(repeated!.params).toEqual({columns: wide.slice(0, MAX_LISTED_COLUMNS).join(', '), columnsMore: 100_000 - MAX_LISTED_COLUMNS});
    expect(missing!.message).toMatch(/"c19" and 199980 more$/);
    for (const p of o.problems) expect(p.message.length).toBeLessThan(600);
  });

  it('names a repeated column once, however often it repeats', () => {
    const o = parseImportText('region_code,sector,indicator,year,value,value,value,year\n');
    expect(problems(o)).toEqual([{line: 1, column: null, code: 'duplicate-columns'}]);
    if (!o.ok) expect(o.problems[0]!.params).toEqual({columns: 'value, year'});
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

  it('refuses bytes that are not UTF-8 on the line of the first, a UTF-16 file with a byte-order mark too', () => {
    // "Нацстатком" in Windows-1251 on line 3; a UTF-16LE byte-order mark (Chromium's File.text() read
    // that file as UTF-16, though the format refuses it).
    const utf8 = new TextEncoder().encode(csv('KG-B,C,employment,2020,1,,a', 'KG-B,C,output,2020,1,,'));
    const cp1251 = Uint8Array.from([...utf8.subarray(0, utf8.length - 1), 0xcd, 0xe0, 0xf6, 0x0a]);
    expect(problems(parseImportBytes(cp1251))).toEqual([{line: 3, column: null, code: 'not-utf8'}]);
    const utf16 = new Uint8Array(2 + 2 * HEADER.length);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < HEADER.length; i++) utf16[2 + 2 * i] = HEADER.charCodeAt(i);
    expect(problems(parseImportBytes(utf16))).toEqual([{line: 1, column: null, code: 'not-utf8'}]);
    // A character cut at the file's end, after two lines.
    expect(decodeUtf8(Uint8Array.from([0x61, 0x0a, 0x62, 0x0a, 0xd0]))).toEqual({line: 3});
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
