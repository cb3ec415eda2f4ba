// The current indicator as CSV, for spreadsheets. Decisions (README "Exports"):
// - UTF-8 with a byte-order mark, so that Excel opens Cyrillic names correctly; comma-separated, CRLF
//   line ends (RFC 4180), a header row of stable English column names (EXPORT_COLUMNS).
// - Numbers with a dot and no grouping; an unknown value is an empty cell, with its status beside it.
// - CSV injection: a text cell that a spreadsheet would run as a formula (it starts with = + - @, a
//   tab or a carriage return, also after spaces or as the full-width forms) gets a leading apostrophe
//   and is quoted, as OWASP recommends. Number cells are written by the atlas from finite numbers and
//   left alone, so a negative value stays a number.
// - A second format for spreadsheets set up for a decimal comma (Excel with Russian or Kyrgyz regional
//   settings reads a comma-separated file as one column per row): semicolons between cells, numbers
//   (and value_shown and the comparison's shown columns, a number's text) with a decimal comma, the same BOM, columns and escaping. The default stays machine-readable.
import Papa from 'papaparse';
import {COMPARISON_COLUMNS, EXPORT_COLUMNS, SCENARIO_COLUMNS, withoutNoise, type ComparisonFields, type ExportRow} from './indicator-rows';

export const BOM = '\uFEFF';

/** Text that a spreadsheet would read as a formula. */
export const FORMULA_START = /^\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r]/;

/** `standard`: commas and decimal points; `decimal-comma`: semicolons and decimal commas, for Excel in ru/ky settings. */
export type CsvFormat = 'standard' | 'decimal-comma';

/**
 * Formula escaping that leaves a number's text alone: a number the atlas wrote as text ("-1,25" in the
 * decimal-comma format, whose numbers are all text by then; a difference as shown, "-0.13", in either)
 * runs nothing in a spreadsheet; any other text as FORMULA_START says. `point`: the decimal separator.
 */
const formulaNotNumber = (point: string) => new RegExp(`^(?!-?\\d+(?:${point}\\d+)?(?:e[-+]?\\d+)?$)(?:${FORMULA_START.source})`, 'i');
const FORMULA_NOT_NUMBER = {standard: formulaNotNumber('\\.'), 'decimal-comma': formulaNotNumber(',')};

/** Columns of a number's text with its decimals ("0.480"): with a dot, Excel in ru/ky settings takes one for a date. */
const SHOWN_COLUMNS = new Set(['value_shown', 'compared_value_shown', 'difference_shown']);

/** A CSV's file name in `format`: the decimal-comma file is named "-semicolon.csv" beside the standard one. */
export function csvFileName(name: string, format: CsvFormat): string {
  return format === 'standard' ? name : name.replace(/\.csv$/, '-semicolon.csv');
}

/** The rows as CSV; with a comparison's columns after the documented ones when the rows have them. */
export function buildCsv(rows: readonly (ExportRow | (ExportRow & ComparisonFields))[], format: CsvFormat = 'standard'): string {
  const fields: readonly string[] = [
    ...EXPORT_COLUMNS,
    ...(rows.some((r) => 'difference' in r) ? COMPARISON_COLUMNS : []),
    ...(rows.some((r) => 'scenario_assumptions' in r) ? SCENARIO_COLUMNS : []),
  ];
  const comma = format === 'decimal-comma';
  // A number is written without its arithmetic's binary noise (0.575, not the engine's 0.5750000000000001:
  // the planner's audit read the tail as a bug); the rows keep the double, so `value_shown` and the
  // ranks are what the page shows.
  const cell = (raw: unknown, column: string) => {
    const value = typeof raw === 'number' ? withoutNoise(raw) : raw;
    return comma && (typeof value === 'number' || (SHOWN_COLUMNS.has(column) && typeof value === 'string')) ? String(value).replace('.', ',') : (value ?? null);
  };
  const data = rows.map((row) => fields.map((column) => cell((row as unknown as Record<string, unknown>)[column], column)));
  return (
    BOM +
    Papa.unparse(
      {fields: [...fields], data},
      {escapeFormulae: FORMULA_NOT_NUMBER[format], newline: '\r\n', header: true, delimiter: comma ? ';' : ','},
    ) +
    '\r\n'
  );
}
