// Fuzzing the data import (README "Import your own data"): more than 1,000 malformed files — mutated
// valid CSVs (wrong, missing, repeated columns; NaN, negative, huge and odd numbers; hostile text),
// other encodings as bytes (decoded strictly, as the import worker does), byte-order marks, JSON and binary
// files, and 50 MB files. The parser never throws; a rejected file gets problems that say where and
// why, in every language; an accepted one holds only values the engine accepts; the import flow
// leaves the application state untouched when the file is rejected. Fixed seed, bounded runs.
import fc from 'fast-check';
import {describe, expect, it, vi} from 'vitest';
import {LANGS, t, type MessageKey} from '../../../src/i18n/i18n';
import {
  IMPORT_COLUMNS,
  IMPORT_PROBLEM_CODES,
  MAX_LISTED_PROBLEMS,
  MAX_TEXT,
  MAX_VALUE,
  MAX_YEAR,
  MIN_YEAR,
  parseImportBytes,
  parseImportText,
  type ImportOutcome,
} from '../../../src/io/import-csv';
import {DATA_INDICATORS} from '../../../src/model/dataset';
import {REGION_CODES} from '../../../src/model/region';
import {createAppStore} from '../../../src/state/app-state';
import {parseUrlState} from '../../../src/state/url-state';

const HEADER = ['region_code', 'sector', 'indicator', 'year', 'value', 'unit', 'source'];
const REGIONS = [...REGION_CODES, 'KG'];
const HOSTILE = ['<img src=x onerror="window.__pwned=1">', '"><script>alert(1)</script>', '{{constructor}}', '${alert(1)}', '\u202Egnp.exe', "'; DROP TABLE x; --"];

/** Checks what the user is told, or what the engine gets; returns whether the file was accepted. */
function expectSound(outcome: ImportOutcome): boolean {
  if (outcome.ok) {
    const c = outcome.columns;
    expect(c.length).toBeGreaterThan(0);
    expect(outcome.rows).toBeGreaterThanOrEqual(c.length);
    for (let i = 0; i < c.length; i++) {
      const v = c.value[i]!;
      expect(Number.isFinite(v) && v >= 0 && v <= MAX_VALUE, `value ${v}`).toBe(true);
      expect(c.year[i]! >= MIN_YEAR && c.year[i]! <= MAX_YEAR).toBe(true);
      expect(REGIONS).toContain(c.regionCodes[c.region[i]!]);
      expect(c.indicator[i]!).toBeLessThan(DATA_INDICATORS.length);
    }
    for (const text of [...c.units, ...c.sources]) expect(text.length).toBeLessThanOrEqual(MAX_TEXT);
    return true;
  }
  expect(outcome.problems.length).toBeGreaterThan(0);
  expect(outcome.problems.length).toBeLessThanOrEqual(MAX_LISTED_PROBLEMS);
  expect(outcome.problemCount).toBeGreaterThanOrEqual(outcome.problems.length);
  for (const p of outcome.problems) {
    expect(IMPORT_PROBLEM_CODES).toContain(p.code);
    expect(Number.isInteger(p.line) && p.line >= 0).toBe(true);
    expect(p.column === null || (IMPORT_COLUMNS as readonly string[]).includes(p.column)).toBe(true);
    expect(p.message.trim()).not.toBe('');
    // The user reads the translated message: every placeholder filled, no offending text longer than a line.
    for (const value of Object.values(p.params)) if (typeof value === 'string') expect(value.length).toBeLessThanOrEqual(200);
    for (const lang of LANGS) {
      const key = `engine.import.problem.${p.code}` as MessageKey;
      const placeholders = [...t(lang, key).matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
      expect(Object.keys(p.params), `${lang} ${p.code}`).toEqual(expect.arrayContaining(placeholders));
      expect(t(lang, key, p.params).trim()).not.toBe('');
    }
  }
  return false;
}

const cellText = (s: string) => (/[",;\t\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
const toCsv = (rows: string[][], delimiter = ',') => rows.map((r) => r.map(cellText).join(delimiter)).join('\n') + '\n';

/** A valid file: distinct region × sector × year rows of employment and output. */
const validRows = fc
  .uniqueArray(fc.tuple(fc.constantFrom(...REGIONS), fc.constantFrom('A', 'C', 'F', 'food_processing', 'mining'), fc.integer({min: 2000, max: 2030})), {
    minLength: 1,
    maxLength: 30,
    selector: ([r, s, y]) => `${r}|${s}|${y}`,
  })
  .chain((keys) =>
    fc.tuple(
      fc.constant(keys),
      fc.array(fc.double({min: 0, max: 1e9, noNaN: true}), {minLength: keys.length, maxLength: keys.length}),
      fc.constantFrom(...HOSTILE, 'NSC', 'My survey, 2021', 'Улуттук статистика комитети'),
    ),
  )
  .map(([keys, values, source]) => [HEADER, ...keys.map(([r, s, y], i) => [r, s, 'employment', String(y), String(values[i]), 'persons', source])]);

const NASTY_CELLS = [
  '', ' ', 'NaN', 'nan', 'Infinity', '-1', '-0.0001', '1e16', '1e309', '9'.repeat(400), '1,5', '1 000', '1.2.3', '0x1F', '٣', '１２', '1e-400',
  'KG-X', 'kg-c', 'TOTAL ', 'total', 'Z', 'Food_processing', '2101', '1989', '20.5', '99999', 'employment_share', 'population',
  '"', '""', 'a"b', '\u0000', '\uFFFD', '\uFEFF', 'x'.repeat(600), ...HOSTILE,
];
type Mutation = (rows: string[][], a: number, b: number, text: string) => string[][];
const pick = <T,>(xs: T[], n: number) => xs[n % xs.length]!;
const MUTATIONS: Mutation[] = [
  // A cell replaced by a nasty one.
  (rows, a, b, text) => rows.map((r, i) => (i === 1 + (a % (rows.length - 1)) ? r.map((c, j) => (j === b % r.length ? text : c)) : r)),
  // A header cell renamed, dropped, repeated or upper-cased.
  (rows, a, _b, text) => [rows[0]!.map((h, j) => (j === a % rows[0]!.length ? text : h)), ...rows.slice(1)],
  (rows, a) => rows.map((r) => r.filter((_, j) => j !== a % r.length)),
  (rows, a) => [[...rows[0]!, pick(rows[0]!, a)], ...rows.slice(1).map((r) => [...r, pick(r, a)])],
  (rows) => [rows[0]!.map((h) => h.toUpperCase()), ...rows.slice(1)],
  // A row cut short or given an extra cell; a row repeated.
  (rows, a) => rows.map((r, i) => (i === 1 + (a % (rows.length - 1)) ? r.slice(0, 3) : r)),
  (rows, a, _b, text) => rows.map((r, i) => (i === 1 + (a % (rows.length - 1)) ? [...r, text || 'extra'] : r)),
  (rows, a) => [...rows, rows[1 + (a % (rows.length - 1))]!],
  // Values: negative, huge, NaN, shares over 100, totals where a sector is needed.
  (rows, a) => rows.map((r, i) => (i === 1 + (a % (rows.length - 1)) ? [r[0]!, r[1]!, r[2]!, r[3]!, `-${r[4]}`, r[5]!, r[6]!] : r)),
  (rows, a) => rows.map((r, i) => (i === 1 + (a % (rows.length - 1)) ? [r[0]!, 'TOTAL', 'employment_share', r[3]!, '101', '%', r[6]!] : r)),
  (rows, a) => rows.map((r, i) => (i === 1 + (a % (rows.length - 1)) ? [r[0]!, 'C', 'population', r[3]!, '5', 'persons', r[6]!] : r)),
  (rows, a) => rows.map((r, i) => (i === 1 + (a % (rows.length - 1)) ? [r[0]!, r[1]!, r[2]!, r[3]!, r[4]!, 'thousand persons', r[6]!] : r)),
];
const mutatedCsv = fc
  .tuple(validRows, fc.array(fc.tuple(fc.nat({max: MUTATIONS.length - 1}), fc.nat(), fc.nat(), fc.oneof(fc.constantFrom(...NASTY_CELLS), fc.string({maxLength: 30}))), {minLength: 1, maxLength: 3}))
  .map(([rows, steps]) => steps.reduce((r, [m, a, b, text]) => MUTATIONS[m]!(r, a, b, text), rows));

const cp1251 = (s: string) =>
  Uint8Array.from([...s].map((ch) => {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) return c;
    if (c >= 0x410 && c <= 0x44f) return c - 0x410 + 0xc0; // А–я
    return 0x3f;
  }));
const utf16le = (s: string, bom: boolean) => {
  const out = new Uint8Array((s.length + (bom ? 1 : 0)) * 2);
  const view = new DataView(out.buffer);
  if (bom) view.setUint16(0, 0xfeff, true);
  for (let i = 0; i < s.length; i++) view.setUint16((i + (bom ? 1 : 0)) * 2, s.charCodeAt(i), true);
  return out;
};

describe('the import parser under fuzzing', () => {
  it('accepts 150 valid files as they are, hostile text kept as text', () => {
    fc.assert(
      fc.property(validRows, fc.constantFrom(',', ';', '\t'), fc.boolean(), fc.boolean(), (rows, delimiter, bom, crlf) => {
        let text = toCsv(rows, delimiter);
        if (crlf) text = text.replace(/\n/g, '\r\n');
        const outcome = parseImportText(bom ? `\uFEFF${text}` : text);
        expect(expectSound(outcome), text.slice(0, 300)).toBe(true);
        if (outcome.ok) {
          expect(outcome.columns.length).toBe(rows.length - 1);
          expect(outcome.columns.sources).toEqual([rows[1]![6]]);
        }
      }),
      {numRuns: 150},
    );
  }, 60_000);

  it('reports 700 mutated files soundly, rejecting most', () => {
    let rejected = 0;
    fc.assert(
      fc.property(mutatedCsv, fc.constantFrom(',', ';'), (rows, delimiter) => {
        if (!expectSound(parseImportText(toCsv(rows, delimiter)))) rejected++;
      }),
      {numRuns: 700},
    );
    expect(rejected).toBeGreaterThan(350);
  }, 60_000);

  it('rejects 200 files in UTF-16, JSON and binary with a clear reason', () => {
    const json = fc.jsonValue().map((v) => JSON.stringify(v, null, 1));
    const encoded = fc.tuple(validRows, fc.constantFrom('utf16', 'utf16-bom')).map(([rows, enc]) => {
      const text = toCsv(rows.map((r, i) => (i === 0 ? r : [...r.slice(0, 6), 'Кыргыз Республикасынын Улуттук статистика комитети'])));
      return utf16le(text, enc === 'utf16-bom');
    });
    const binary = fc.uint8Array({minLength: 1, maxLength: 4000});
    fc.assert(
      fc.property(fc.oneof(json, encoded, binary, fc.string({unit: 'binary', maxLength: 500})), (file) => {
        const outcome = typeof file === 'string' ? parseImportText(file) : parseImportBytes(file);
        expect(expectSound(outcome), String(file).slice(0, 200)).toBe(false);
      }),
      {numRuns: 200},
    );
  }, 60_000);

  it('reads 100 valid files saved as Windows-1251 as they are, Russian headers too', () => {
    const russian = ['Регион', 'Отрасль', 'Показатель', 'Год', 'Значение', 'Единица измерения', 'Источник'];
    fc.assert(
      fc.property(validRows, fc.boolean(), fc.constantFrom(',', ';'), (rows, inRussian, delimiter) => {
        const source = 'Национальный статистический комитет';
        const text = toCsv(rows.map((r, i) => (i === 0 ? (inRussian ? russian : r) : [...r.slice(0, 6), source])), delimiter);
        const outcome = parseImportBytes(cp1251(text));
        expect(expectSound(outcome), text.slice(0, 300)).toBe(true);
        if (outcome.ok) {
          expect(outcome.encoding).toBe('windows-1251');
          expect(outcome.columns.sources).toEqual([source]);
          expect(outcome.renamed.length).toBe(inRussian ? 7 : 0);
        }
      }),
      {numRuns: 100},
    );
  }, 60_000);

  it('says a UTF-16 file is not UTF-8, and reads a Windows-1251 one', () => {
    const text = toCsv([HEADER, ['KG-C', 'C', 'employment', '2020', '5', 'persons', 'Нацстатком']]);
    // UTF-16's first odd byte (a byte-order mark, a NUL) is on line 1.
    for (const bytes of [utf16le(text, true), utf16le(text, false)]) {
      const outcome = parseImportBytes(bytes);
      expect(outcome.ok).toBe(false);
      if (!outcome.ok) expect(outcome.problems.map((p) => [p.line, p.code])).toEqual([[1, 'not-utf8']]);
    }
    const cyrillic = parseImportBytes(cp1251(text));
    expect(cyrillic.ok && [cyrillic.encoding, cyrillic.columns.sources]).toEqual(['windows-1251', ['Нацстатком']]);
  }, 60_000);
});

describe('50 MB files', () => {
  const MB50 = 50 * 1024 * 1024;

  it('counts every bad row of a 50 MB file and lists the first hundred', () => {
    const row = 'KG-C,C,employment,2020\n'; // one cell short on every line
    const text = HEADER.join(',') + '\n' + row.repeat(Math.ceil(MB50 / row.length));
    const outcome = parseImportText(text);
    expect(expectSound(outcome)).toBe(false);
    if (outcome.ok) return;
    expect(outcome.problems).toHaveLength(MAX_LISTED_PROBLEMS);
    expect(outcome.problemCount).toBe(Math.ceil(MB50 / row.length));
    expect(outcome.problems[99]!).toMatchObject({line: 101, code: 'too-few-cells'});
  }, 120_000);

  it('rejects a 50 MB cell and 50 MB of bytes that are not text', () => {
    const huge = `${HEADER.join(',')}\nKG-C,C,employment,2020,5,persons,${'x'.repeat(MB50)}\n`;
    const a = parseImportText(huge);
    expect(expectSound(a)).toBe(false);
    if (!a.ok) expect(a.problems.map((p) => [p.line, p.column, p.code])).toEqual([[2, 'source', 'too-long-text']]);
    const garbage = new Uint8Array(MB50);
    for (let i = 0; i < garbage.length; i++) garbage[i] = (i * 2654435761) >>> 24;
    const b = parseImportBytes(garbage);
    expect(expectSound(b)).toBe(false);
  }, 120_000);
});

// The import flow with the parser as the worker would run it: a rejected file changes nothing.
vi.mock('../../../src/worker/import-client', () => ({
  importInWorker: async (file: Blob | string) => (typeof file === 'string' ? parseImportText(file) : parseImportBytes(new Uint8Array(await file.arrayBuffer()))),
}));
vi.mock('../../../src/worker/client', () => ({engine: {setUserDataset: vi.fn(async () => null)}}));
vi.mock('../../../src/io/user-dataset-store', () => ({saveUserDataset: vi.fn(async () => undefined), loadUserDatasetInfo: async () => null, removeUserDataset: async () => undefined}));

describe('the import flow', () => {
  it('leaves the state untouched for 100 rejected files', async () => {
    const {importUserFile} = await import('../../../src/state/user-data-import');
    const {saveUserDataset} = await import('../../../src/io/user-dataset-store');
    const store = createAppStore(parseUrlState('lang=en', 'en').state, [], 'light');
    const before = store.state;
    await fc.assert(
      fc.asyncProperty(mutatedCsv, async (rows) => {
        const text = toCsv(rows);
        if (parseImportText(text).ok) return;
        const result = await importUserFile(store, new File([text], 'data.csv', {type: 'text/csv'}));
        expect(result.ok).toBe(false);
        expect(store.state).toBe(before);
      }),
      {numRuns: 100},
    );
    expect(saveUserDataset).not.toHaveBeenCalled();
  }, 60_000);
});
