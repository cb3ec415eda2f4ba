// Bring-your-own data: a long-format CSV → validated dataset columns, or the list of every problem with
// its line, column and a plain-language reason (an invalid file changes nothing). Runs in the import
// worker for large files; pure, so the tests call it directly.
//
// Format (README "Import your own data"): a header row, then one row per value:
//   region_code,sector,indicator,year,value[,unit,source]
// (or the columns' Russian or Kyrgyz names, import-headers.ts). Comma-separated (semicolon or tab also
// accepted; then a decimal comma is accepted in `value`), UTF-8 with or without a byte-order mark, or
// Windows-1251 as Russian Excel saves a CSV; quotes as in RFC 4180. The file's bytes are decoded here
// (parseImportBytes): File.text() turned every byte that is not UTF-8 into U+FFFD, so a UTF-8 file
// quoting "�" itself was refused, and Chromium's read a UTF-16 file with a byte-order mark as UTF-16
// while the format said such a file is refused. UTF-16 still is; other bytes that are not UTF-8 are
// read as Windows-1251 when they are text (decodeWindows1251).
import Papa from 'papaparse';
import {z} from 'zod';
import {DatasetColumnsBuilder, DATA_INDICATORS, NATIONAL_REGION, TOTAL_SECTOR, WHOLE_REGION_INDICATORS, type DataIndicator, type DatasetColumns} from '../model/dataset';
import {REGION_CODES} from '../model/region';
import {
  HEADER_SEARCH_LINES,
  IMPORT_COLUMNS,
  MAX_LISTED_COLUMNS,
  MAX_LISTED_PROBLEMS,
  MAX_LISTED_VALUES,
  MAX_TEXT,
  MAX_VALUE,
  MAX_YEAR,
  MIN_YEAR,
  REQUIRED_IMPORT_COLUMNS,
  type ImportColumn,
  type ImportEncoding,
  type ImportProblem,
  type ImportProblemCode,
} from './import-format';
import {fileTooLarge} from './import-size';
import {editDistance, nearRegion, readRegionName} from './region-names-import';
import {columnOf} from './import-headers';
import {indicatorOfWord, sectorOfWord} from './import-cell-words';
import {DECIMAL} from '../model/decimal';

export * from './import-format';

export type ImportOutcome =
  | {
      ok: true;
      columns: DatasetColumns;
      rows: number;
      delimiter: string;
      /** The header's 1-based line (lines above it were a title). */
      headerLine: number;
      /** Header cells read as a column in other words ("Регион" → region_code), as the file writes them. */
      renamed: [string, ImportColumn][];
      /**
       * Indicator and sector cells read as a code from words («Занятость» → employment, «Итого» →
       * TOTAL; import-cell-words.ts), each distinct cell once as the file writes it, the first
       * MAX_LISTED_VALUES; `valuesReadMore` says how many more.
       */
      valuesRead: [string, string][];
      valuesReadMore: number;
      /** How the bytes were read: a file that is not UTF-8 is read as Windows-1251 (parseImportBytes). */
      encoding: ImportEncoding;
    }
  | {ok: false; problems: ImportProblem[]; problemCount: number; rows: number; /** Said when not UTF-8 (a "?" for ө may be why). */ encoding?: ImportEncoding};

const clip = (s: string) => (s.length > 60 ? `${s.slice(0, 59)}…` : s);
/**
 * What region_code reads as for a total word alone ("Итого"): KG only once the file is seen to give all
 * nine regions for the row's sector, indicator and year (parseImportText), as it is their sum.
 */
const TOTAL_NAME = 'Σ';
const REGION_EXPECTED = `a code (KG, ${REGION_CODES.join(', ')}) or a region's name in Kyrgyz, Russian or English (e.g. Чүй облусу, Чуйская обл., Chuy Region, г. Бишкек, Кыргызская Республика)`;
const SECTOR_ID = /^([A-Z]|[a-z][a-z0-9_]{0,39})$/;
/** An indicator cell's code: the code itself, or words for it (import-cell-words.ts); else null. */
const indicatorOf = (s: string): DataIndicator | null => ((DATA_INDICATORS as readonly string[]).includes(s) ? (s as DataIndicator) : indicatorOfWord(s));
/** A decimal comma, as spreadsheets in Russian locales write in semicolon- or tab-separated files. */
const DECIMAL_COMMA = /^[+-]?\d+,\d+(e[+-]?\d+)?$/i;

/** The start of a JSON object or array (a CSV header cannot start so: no column name does). */
const JSON_START = /^\s*(\{\s*["}]|\[\s*[[{"\d\-\]tfn])/;

/** The cell's number, or NaN when it is not written in decimal notation. */
function readDecimal(s: string, decimalComma: boolean): number {
  if (DECIMAL.test(s)) return Number(s);
  return decimalComma && DECIMAL_COMMA.test(s) ? Number(s.replace(',', '.')) : NaN;
}

function issue(ctx: z.RefinementCtx, code: ImportProblemCode, message: string, params: Record<string, string | number> = {}) {
  ctx.addIssue({code: 'custom', message, params: {code, ...params}});
}

const cell = z.string().transform((s) => s.trim());

const shortText = cell.transform((s, ctx) => {
  if (s.length <= MAX_TEXT) return s;
  issue(ctx, 'too-long-text', `longer than ${MAX_TEXT} characters`, {max: MAX_TEXT});
  return z.NEVER;
});

/**
 * The schema of one row (strings in, typed values out); messages are plain English, codes translate.
 * Messages quote a value as the file writes it (with its decimal comma, if any).
 */
const rowSchema = (decimalComma: boolean) =>
  z
    .object({
      region_code: cell.transform((s, ctx) => {
        if (s === NATIONAL_REGION || (REGION_CODES as readonly string[]).includes(s)) return s;
        // A planner's sheet names regions ("Ошская обл.", "Бишкек шаары"): read as their codes.
        const name = readRegionName(s);
        if (name.kind === 'code') return name.code;
        if (name.kind === 'total') return TOTAL_NAME;
        if (name.kind === 'ambiguous')
          issue(ctx, 'ambiguous-region', `"${clip(s)}" can be ${name.codes.join(' or ')}: write the oblast ("Ошская область", "Ош облусу", KG-O) or the city ("г. Ош", "Ош шаары", KG-GO)`, {value: clip(s), codes: name.codes.join(', ')});
        else {
          // A slip of a region's name ("Талаская область") is said with the region it is near.
          const near = nearRegion(s);
          if (near) issue(ctx, 'near-region', `"${clip(s)}" is not a region: ${near}?`, {value: clip(s), region: near});
          else issue(ctx, 'bad-region', `expected ${REGION_EXPECTED}, got "${clip(s)}"`, {value: clip(s)});
        }
        return z.NEVER;
      }),
      sector: cell.transform((s, ctx) => {
        if (s === TOTAL_SECTOR || SECTOR_ID.test(s)) return s;
        const word = sectorOfWord(s);
        if (word !== null) return word;
        issue(ctx, 'bad-sector', `expected a GKED section letter (A–S), an industry id (lower case, e.g. food_processing) or TOTAL, got "${clip(s)}"`, {value: clip(s)});
        return z.NEVER;
      }),
      indicator: cell.transform((s, ctx) => {
        const indicator = indicatorOf(s);
        if (indicator !== null) return indicator;
        issue(ctx, 'bad-indicator', `expected one of ${DATA_INDICATORS.join(', ')}, got "${clip(s)}"`, {value: clip(s)});
        return z.NEVER;
      }),
      year: cell.transform((s, ctx) => {
        const n = Number(s);
        if (/^\d{4}$/.test(s) && n >= MIN_YEAR && n <= MAX_YEAR) return n;
        issue(ctx, 'bad-year', `expected a year ${MIN_YEAR}–${MAX_YEAR}, got "${clip(s)}"`, {value: clip(s)});
        return z.NEVER;
      }),
      value: cell.transform((s, ctx) => {
        const n = readDecimal(s, decimalComma);
        if (!Number.isFinite(n) && s.endsWith('%') && Number.isFinite(readDecimal(s.slice(0, -1).trim(), decimalComma))) {
          // employment_share's % is taken off before this (parseImportText); another indicator is no %.
          issue(ctx, 'percent-sign', `"${clip(s)}": only employment_share is a share in %; write this indicator's value without %`, {value: clip(s)});
          return z.NEVER;
        }
        if (s === '') {
          // Said as what it is: "«» is not a number" left a reader looking for a character.
          issue(ctx, 'empty-value', 'the value is empty', {value: ''});
          return z.NEVER;
        }
        if (!Number.isFinite(n)) {
          // A semicolon file (a spreadsheet's in Russian) takes a decimal comma: its advice says so.
          if (decimalComma) issue(ctx, 'not-a-number-comma', `expected a number written with a decimal comma or dot and no thousands separators, got "${clip(s)}"`, {value: clip(s)});
          else issue(ctx, 'not-a-number', `expected a number written with a dot and no thousands separators, got "${clip(s)}"`, {value: clip(s)});
          return z.NEVER;
        }
        if (n < 0) {
          issue(ctx, 'negative', `a count, amount or share cannot be negative: ${clip(s)}`, {value: clip(s)});
          return z.NEVER;
        }
        if (n > MAX_VALUE) {
          issue(ctx, 'too-large', `${clip(s)} is larger than ${MAX_VALUE}: check the unit`, {value: clip(s)});
          return z.NEVER;
        }
        return n;
      }),
      unit: shortText,
      source: shortText,
    })
    .superRefine((row, ctx) => {
      const wholeRegion = WHOLE_REGION_INDICATORS.includes(row.indicator);
      if (wholeRegion && row.sector !== TOTAL_SECTOR)
        ctx.addIssue({
          code: 'custom',
          path: ['sector'],
          message: `${row.indicator} is a whole-region figure: its sector must be TOTAL`,
          params: {code: 'total-required', indicator: row.indicator},
        });
      if (row.indicator === 'employment_share' && row.sector === TOTAL_SECTOR)
        ctx.addIssue({
          code: 'custom',
          path: ['sector'],
          message: 'employment_share is the share of one sector: TOTAL (100 %) is not a sector here',
          params: {code: 'total-not-allowed', indicator: row.indicator},
        });
      if (row.indicator === 'employment_share' && row.value > 100)
        ctx.addIssue({code: 'custom', path: ['value'], message: `a share in % cannot exceed 100: ${row.value}`, params: {code: 'share-over-100', value: row.value}});
    });

/** A row of a comma-separated file: a dot is the only decimal separator. */
export const importRow = rowSchema(false);
/** A row of a semicolon- or tab-separated file, where a decimal comma is accepted too. */
const importRowDecimalComma = rowSchema(true);

export interface ParseOptions {
  /** Called now and then with characters parsed so far and the total. */
  onProgress?: (done: number, total: number) => void;
}

const DELIMITERS = [',', ';', '\t'];

/** Whether cells name every required column (so they are the header, not a title above it). */
const hasRequiredColumns = (cells: readonly string[]) => {
  const names = new Set(cells.map(columnOf));
  return REQUIRED_IMPORT_COLUMNS.every((c) => names.has(c));
};

/**
 * The delimiter of the header: the one that splits one of the first non-empty lines into the required
 * columns (a title row above the header may have other separators, or none), else the one the first
 * line uses most among comma, semicolon and tab.
 */
function headerDelimiter(text: string): string {
  const lines = text.slice(0, 1 << 16).split('\n').filter((l) => l.trim() !== '').slice(0, HEADER_SEARCH_LINES);
  for (const line of lines) for (const d of DELIMITERS) if (hasRequiredColumns(line.split(d).map((c) => c.replace(/^\s*"|"\s*$/g, '')))) return d;
  const header = lines[0] ?? '';
  const count = (d: string) => header.split(d).length - 1;
  return DELIMITERS.reduce((best, d) => (count(d) > count(best) ? d : best), ',');
}

/**
 * The text of UTF-8 bytes (a byte-order mark dropped), or the 1-based line and the offset of the first
 * byte that is not UTF-8 (a Windows-1251 letter, a UTF-16 byte-order mark).
 */
export function decodeUtf8(bytes: Uint8Array): string | {line: number; offset: number} {
  try {
    return new TextDecoder('utf-8', {fatal: true}).decode(bytes);
  } catch {
    // Where: the shortest start that does not decode (streamed, so a character cut at its end is no
    // error). Each try stops at the first bad byte, so this costs about that byte's offset, not the file.
  }
  let good = 0;
  let bad = bytes.length;
  while (bad - good > 1) {
    const mid = (good + bad) >>> 1;
    try {
      new TextDecoder('utf-8', {fatal: true}).decode(bytes.subarray(0, mid), {stream: true});
      good = mid;
    } catch {
      bad = mid;
    }
  }
  let line = 1;
  for (let i = 0; i < bad - 1; i++) if (bytes[i] === 10) line++;
  return {line, offset: bad - 1};
}

/** Characters no text file has (C0 controls but tab and line ends; DEL; Windows-1251's unused 0x98). */
const NOT_TEXT = /[\x01-\x08\x0b\x0c\x0e-\x1f\x7f\x98]/;
/** Letters from outside ASCII that UTF-8 decodes, or the replacement character for bytes it cannot. */
const NON_ASCII = /[^\x00-\x7f]/g;

/**
 * The text of bytes that are not UTF-8 read as Windows-1251, which Russian Excel's "CSV (разделитель —
 * точка с запятой)" writes; or null when they are not such a file: a UTF-16 byte-order mark (UTF-16 is
 * refused, README), bytes that are no text (a spreadsheet's .xlsx), or a UTF-8 file with a damaged byte
 * (its letters decode: read as Windows-1251 every one would be garbled, "Р РµРіРёРѕРЅ").
 */
export function decodeWindows1251(bytes: Uint8Array, firstBad: number): string | null {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return null;
  // Judged on the start up to the first bad byte and 64 KB after it, not the whole file.
  const sample = bytes.subarray(0, Math.min(bytes.length, firstBad + (1 << 16)));
  let decoded = 0;
  let undecoded = 0;
  for (const ch of new TextDecoder('utf-8').decode(sample).match(NON_ASCII) ?? []) ch === '\uFFFD' ? undecoded++ : decoded++;
  if (decoded >= undecoded) return null;
  // A UTF-8 byte-order mark before Windows-1251 letters (an editor re-saving the atlas's own CSV, which
  // has one, in Windows-1251) is a mark, not the letters "п»ї" glued to the first column's name.
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const text = new TextDecoder('windows-1251').decode(bytes.subarray(bom));
  // UTF-16 without a byte-order mark is left to parseImportText, which says so (looksLikeUtf16).
  if (NOT_TEXT.test(text.slice(0, sample.length)) && !looksLikeUtf16(text)) return null;
  return text;
}

/**
 * A file's bytes → as parseImportText (its size checked before reading). UTF-8; a file that is not is
 * read as Windows-1251 (decodeWindows1251): a planner saving from Russian Excel gets that encoding
 * without choosing it, and Cyrillic in it is read right, where refusing it asked for a step many did
 * not know. The summary says the file was read so (Kyrgyz ң ө ү are not in Windows-1251: Excel writes
 * "?", and a region named with one is refused as an unknown name).
 */
export function parseImportBytes(bytes: Uint8Array, options: ParseOptions = {}): ImportOutcome {
  const utf8 = decodeUtf8(bytes);
  const text = typeof utf8 === 'string' ? utf8 : decodeWindows1251(bytes, utf8.offset);
  if (text === null) {
    const line = typeof utf8 === 'string' ? 1 : utf8.line;
    return {ok: false, problems: [{line, column: null, code: 'not-utf8', params: {}, message: 'the file is not UTF-8 text: save it as “CSV UTF-8”'}], problemCount: 1, rows: 0};
  }
  // A text longer than a browser can hold may come back empty rather than fail (Chromium's File.text()
  // did); only a byte-order mark decodes to nothing.
  if (text === '' && bytes.length > 3) return fileTooLarge(bytes.length);
  const outcome = parseImportText(text, options);
  // Said on a refused file too: a Kyrgyz region name that came through as "Ч?й облусу" is refused.
  return typeof utf8 === 'string' ? outcome : {...outcome, encoding: 'windows-1251'};
}

export function parseImportText(input: string, options: ParseOptions = {}): ImportOutcome {
  const text = (input.charCodeAt(0) === 0xfeff ? input.slice(1) : input).replace(/\r\n?/g, '\n');
  const problems: ImportProblem[] = [];
  let problemCount = 0;
  const report = (line: number, column: ImportColumn | null, code: ImportProblemCode, message: string, params: Record<string, string | number> = {}) => {
    problemCount++;
    if (problems.length < MAX_LISTED_PROBLEMS) problems.push({line, column, code, params, message});
  };
  if (text.trim() === '') {
    report(0, null, 'empty-file', 'the file is empty');
    return {ok: false, problems, problemCount, rows: 0};
  }
  if (looksLikeUtf16(text)) {
    // UTF-16 without a byte-order mark is valid UTF-8 byte by byte, with a NUL beside every Latin
    // letter. Reported, not decoded: the format is UTF-8 (README), and one rule with one fix ("save as
    // CSV UTF-8") is clearer than reading some UTF-16 files only.
    report(1, null, 'not-utf8', 'the file is not UTF-8 text (it looks like UTF-16): save it as “CSV UTF-8”');
    return {ok: false, problems, problemCount, rows: 0};
  }
  if (JSON_START.test(text)) {
    // Papa would read `{"region_code":…` as one cell with an unclosed quote and say only that.
    report(0, null, 'json', 'this is JSON, not a CSV table: the import reads a header line region_code,sector,indicator,year,value[,unit,source] and one value per line; a saved scenario opens with Scenario → Import');
    return {ok: false, problems, problemCount, rows: 0};
  }
  const delimiter = headerDelimiter(text);
  const schema = delimiter === ',' ? importRow : importRowDecimalComma;
  const builder = new DatasetColumnsBuilder(Math.max(1024, Math.round(text.length / 40)));
  const seen = new Map<number, number>(); // row key → line, for duplicates
  const totalWords = new Map<number, string>(); // line of a total row ("Итого") → its word, for duplicates
  const sectorKeys = new Map<string, number>();
  const unitOf = new Map<DataIndicator, {unit: string; line: number}>();
  let header: string[] | null = null;
  let headerLine = 0;
  // Non-empty lines read while looking for the header; when none has the column names, the one closest
  // to a header is reported: most column names, then most named cells (a header in other words rather
  // than a title), then the first.
  let searched = 0;
  let closest = null as {cells: string[]; line: number; names: number; filled: number} | null;
  const totals: {line: number; base: number; row: {sector: string; indicator: DataIndicator; year: number; value: number; unit: string; source: string}}[] = [];
  let index: Record<ImportColumn, number> | null = null;
  let renamed: [string, ImportColumn][] = [];
  // Cells read from words, for the summary: each distinct one once (of accepted rows only).
  const wordsSeen = new Set<string>();
  const valuesRead: [string, string][] = [];
  const readWord = (column: 'indicator' | 'sector', written: string, code: string) => {
    if (written === code || wordsSeen.has(column + written)) return;
    wordsSeen.add(column + written);
    if (valuesRead.length < MAX_LISTED_VALUES) valuesRead.push([clip(written), code]);
  };
  let linesBefore = 0; // newlines before the current record's start
  let previousCursor = 0;
  let rows = 0;
  let lastProgress = 0;
  const total = text.length;

  Papa.parse<string[]>(text, {
    delimiter,
    newline: '\n',
    skipEmptyLines: false,
    step: (result, parser) => {
      const cursor = result.meta.cursor;
      const line = linesBefore + 1;
      for (let p = previousCursor; p < cursor; p++) if (text.charCodeAt(p) === 10) linesBefore++;
      previousCursor = cursor;
      if (options.onProgress && cursor - lastProgress > 1 << 16) {
        lastProgress = cursor;
        options.onProgress(cursor, total);
      }
      const cells = result.data;
      // A blank line, or one of separators only (,,,,,, is how Excel saves a formatted empty row): no row.
      if (cells.every((c) => c.trim() === '')) return;
      if (result.errors.some((e) => e.code === 'MissingQuotes')) {
        report(line, null, 'unclosed-quote', 'a quoted cell is never closed (a " is missing)');
        parser.abort();
        return;
      }
      if (!header) {
        const names = new Set(cells.map(columnOf));
        const known = REQUIRED_IMPORT_COLUMNS.filter((c) => names.has(c)).length;
        const filled = cells.filter((c) => c.trim() !== '').length;
        if (!closest || known > closest.names || (known === closest.names && filled > closest.filled)) closest = {cells, line, names: known, filled};
        searched++;
        if (known < REQUIRED_IMPORT_COLUMNS.length && searched < HEADER_SEARCH_LINES) return; // a title row
        header = closest.cells.map((c) => c.trim());
        headerLine = closest.line;
        const read = readHeader(header, headerLine, report);
        if (!read) parser.abort();
        else ({index, renamed} = read);
        return;
      }
      rows++;
      const idx = index!;
      const width = header.length;
      if (cells.length > width && cells.slice(width).some((c) => c.trim() !== '')) {
        report(line, null, 'too-many-cells', `this row has ${cells.length} cells, the header ${width} (an unquoted comma?)`, {cells: cells.length, expected: width});
        return;
      }
      const requiredWidth = Math.max(...REQUIRED_IMPORT_COLUMNS.map((c) => idx[c])) + 1;
      if (cells.length < requiredWidth) {
        report(line, null, 'too-few-cells', `this row has ${cells.length} cells, the header ${width}`, {cells: cells.length, expected: width});
        return;
      }
      const raw = {} as Record<ImportColumn, string>;
      for (const c of IMPORT_COLUMNS) raw[c] = idx[c] >= 0 ? (cells[idx[c]] ?? '') : '';
      // A spreadsheet's sum row ("Итого;;;;2775,2"): one clear problem, not three empty cells.
      if (raw.sector.trim() === '' && raw.indicator.trim() === '' && raw.year.trim() === '' && readRegionName(raw.region_code).kind === 'total') {
        report(line, 'region_code', 'total-row', `"${clip(raw.region_code.trim())}" is a spreadsheet's total row without sector, indicator and year: remove it (the atlas sums your rows itself) or write it as KG with its sector, indicator and year`, {value: clip(raw.region_code.trim())});
        return;
      }
      // A share as Excel shows it formatted as a percentage ("5,0%"): employment_share is in %, so 5.
      if (raw.value.trimEnd().endsWith('%') && indicatorOf(raw.indicator.trim()) === 'employment_share') raw.value = raw.value.trimEnd().slice(0, -1);
      const parsed = schema.safeParse(raw);
      if (!parsed.success) {
        for (const i of parsed.error.issues) {
          const column = (i.path[0] as ImportColumn | undefined) ?? null;
          const params = ((i as {params?: Record<string, string | number>}).params ?? {}) as Record<string, string | number>;
          const {code, ...rest} = params;
          report(line, column, (code as ImportProblemCode | undefined) ?? 'not-a-number', i.message, rest);
        }
        return;
      }
      const r = parsed.data;
      let sectorKey = sectorKeys.get(r.sector);
      if (sectorKey === undefined) sectorKeys.set(r.sector, (sectorKey = sectorKeys.size));
      const isTotal = r.region_code === TOTAL_NAME;
      const regionKey = r.region_code === NATIONAL_REGION || isTotal ? 0 : REGION_CODES.indexOf(r.region_code as never) + 1;
      const key = regionKey + 10 * (DATA_INDICATORS.indexOf(r.indicator) + 7 * (r.year - MIN_YEAR + (MAX_YEAR - MIN_YEAR + 1) * sectorKey));
      const first = seen.get(key);
      if (first !== undefined) {
        // A total row beside a KG row: both are KG, but "repeats line 21" on a line saying "Итого" about
        // one saying KG did not say why.
        const firstWord = totalWords.get(first);
        if (isTotal && firstWord === undefined) {
          const value = clip(raw.region_code.trim());
          report(line, 'region_code', 'duplicate-total', `"${value}" is read as the national total (KG), and line ${first} already gives KG for this sector, indicator and year`, {value, first});
        } else if (!isTotal && firstWord !== undefined)
          report(line, 'region_code', 'duplicate-of-total', `line ${first}'s total row ("${firstWord}") is read as the national total (KG), which this line gives again for the same sector, indicator and year`, {value: firstWord, first});
        else report(line, null, 'duplicate-row', `repeats line ${first} (same region, sector, indicator and year)`, {first});
        return;
      }
      seen.set(key, line);
      if (isTotal) totalWords.set(line, clip(raw.region_code.trim()));
      if (r.unit !== '') {
        const u = unitOf.get(r.indicator);
        if (!u) unitOf.set(r.indicator, {unit: r.unit, line});
        else if (u.unit !== r.unit) {
          report(line, 'unit', 'mixed-units', `${r.indicator} is in "${clip(u.unit)}" on line ${u.line} but in "${clip(r.unit)}" here; use one unit per indicator`, {
            indicator: r.indicator,
            unit: clip(r.unit),
            first: clip(u.unit),
            firstLine: u.line,
          });
          return;
        }
      }
      readWord('indicator', raw.indicator.trim(), r.indicator);
      readWord('sector', raw.sector.trim(), r.sector);
      if (isTotal) totals.push({line, base: key - regionKey, row: r});
      else builder.add(r.region_code, r.sector, r.indicator, r.year, r.value, r.unit, r.source);
    },
  });
  const unread = closest as {cells: string[]; line: number} | null; // (TypeScript cannot see the callback set it)
  if (!header && unread) {
    // Fewer non-empty lines than the search, none of them a header.
    header = unread.cells.map((c) => c.trim());
    headerLine = unread.line;
    readHeader(header, headerLine, report);
  }
  // "Итого" is the national total when the rows it sums are the nine regions; of some of them it is not
  // the country's figure, and the coefficients divide by it (README "Import your own data").
  for (const {line, base, row} of totals) {
    const missing = REGION_CODES.filter((_, i) => !seen.has(base + i + 1));
    if (missing.length > 0)
      report(line, 'region_code', 'total-incomplete', `a total is read as the national total (KG) only when the file gives all nine regions for its sector, indicator and year; ${missing.join(', ')} missing: write KG if it is the country's figure`, {missing: missing.join(', ')});
    else builder.add(NATIONAL_REGION, row.sector, row.indicator, row.year, row.value, row.unit, row.source);
  }
  options.onProgress?.(total, total);
  if (problemCount === 0 && header && builder.length === 0) report(0, null, 'no-rows', 'the file has a header but no data rows');
  if (problemCount > 0 || !header) return {ok: false, problems, problemCount, rows};
  return {ok: true, columns: builder.build(), rows, delimiter, headerLine, renamed, valuesRead, valuesReadMore: wordsSeen.size - valuesRead.length, encoding: 'utf-8'};
}

/**
 * Whether the text is UTF-16 without a byte-order mark read as UTF-8: the second byte of every Latin
 * letter, digit and separator is then 0, so about every other character of the header is a NUL. A
 * UTF-8 CSV has none (a stray one in a cell is not this).
 */
function looksLikeUtf16(text: string): boolean {
  const sample = Math.min(text.length, 1024);
  let nuls = 0;
  for (let i = 0; i < sample; i++) if (text.charCodeAt(i) === 0) nuls++;
  return nuls >= 2 && nuls >= sample / 4;
}

/**
 * Names for a message about the header: the first MAX_LISTED_COLUMNS, each cut, as a JSON array (see
 * ImportProblem.params), and how many more.
 */
function listColumns(names: readonly string[], param: string): {text: string; params: Record<string, string | number>} {
  const shown = names.slice(0, MAX_LISTED_COLUMNS).map(clip);
  const more = names.length - shown.length;
  const params: Record<string, string | number> = {[param]: JSON.stringify(shown)};
  if (more > 0) params[`${param}More`] = more;
  return {text: shown.map((h) => (h === '' ? '(empty)' : `"${h}"`)).join(', ') + (more > 0 ? ` and ${more} more` : ''), params};
}

function readHeader(
  header: string[],
  line: number,
  report: (line: number, column: ImportColumn | null, code: ImportProblemCode, message: string, params?: Record<string, string | number>) => void,
): {index: Record<ImportColumn, number>; renamed: [string, ImportColumn][]} | null {
  // One pass with sets: a file that is not this format can have a header of 100,000 cells.
  const known = new Set<string>(IMPORT_COLUMNS);
  const seen = new Set<string>();
  const unknown = new Set<string>();
  const duplicated = new Set<string>();
  // Cells naming a column in different words ("Регион" and "Область"): which one is meant is not ours
  // to guess, so both are named.
  const namings = new Map<string, Set<string>>();
  for (const cell of header) {
    const h = columnOf(cell);
    const written = cell.trim().toLowerCase();
    if (seen.has(h) && h !== '') {
      const names = namings.get(h)!;
      if (names.has(written)) duplicated.add(cell); // empty names are unknown ones, said once
      names.add(written);
    } else namings.set(h, new Set([written]));
    seen.add(h);
    if (!known.has(h)) unknown.add(cell);
  }
  const missing = REQUIRED_IMPORT_COLUMNS.filter((c) => !seen.has(c));
  let ok = true;
  // One column missing and one unknown a slip of it ("regoin_code"): one message that says so, not two.
  const slip = missing.length === 1 && unknown.size === 1 ? [...unknown][0]! : null;
  if (slip !== null && editDistance(columnOf(slip), missing[0]!) <= 2) {
    report(line, null, 'near-column', `"${clip(slip.trim())}" is not a column: ${missing[0]}?`, {value: clip(slip.trim()), column: missing[0]!});
    return null;
  }
  if (missing.length > 0) {
    ok = false;
    const found = listColumns(header, 'found');
    report(line, null, 'missing-columns', `missing column(s) ${missing.join(', ')}; the header has ${found.text}`, {missing: missing.join(', '), ...found.params});
  }
  if (unknown.size > 0) {
    ok = false;
    const list = listColumns([...unknown], 'unknown');
    report(line, null, 'unknown-columns', `unknown column(s) ${list.text}; expected ${IMPORT_COLUMNS.join(', ')}`, list.params);
  }
  for (const [column, names] of namings) {
    if (names.size < 2) continue;
    ok = false;
    // As the file writes them (the first cell of each name).
    const cells = [...names].map((n) => header.find((c) => c.trim().toLowerCase() === n)!.trim());
    const list = listColumns(cells, 'columns');
    report(line, null, 'ambiguous-columns', `columns ${list.text} are all read as ${column}: keep one of them`, {...list.params, column});
  }
  if (duplicated.size > 0) {
    ok = false;
    const list = listColumns([...duplicated], 'columns');
    report(line, null, 'duplicate-columns', `column(s) ${list.text} appear more than once`, list.params);
  }
  if (!ok) return null;
  const names = header.map(columnOf);
  const renamed: [string, ImportColumn][] = [];
  header.forEach((cell, i) => {
    if (names[i] !== cell.trim().toLowerCase()) renamed.push([clip(cell.trim()), names[i] as ImportColumn]);
  });
  return {index: Object.fromEntries(IMPORT_COLUMNS.map((c) => [c, names.indexOf(c)])) as Record<ImportColumn, number>, renamed};
}
