// The current indicator as CSV, for spreadsheets. Decisions (README "Exports"):
// - UTF-8 with a byte-order mark, so that Excel opens Cyrillic names correctly; comma-separated, CRLF
//   line ends (RFC 4180), a header row of stable English column names (EXPORT_COLUMNS).
// - Numbers with a dot and no grouping; an unknown value is an empty cell, with its status beside it.
// - CSV injection: a text cell that a spreadsheet would run as a formula (it starts with = + - @, a
//   tab or a carriage return, also after spaces or as the full-width forms) gets a leading apostrophe
//   and is quoted, as OWASP recommends. Number cells are written by the atlas from finite numbers and
//   left alone, so a negative value stays a number.
import Papa from 'papaparse';
import {COMPARISON_COLUMNS, EXPORT_COLUMNS, type ComparisonFields, type ExportRow} from './indicator-rows';

export const BOM = '\uFEFF';

/** Text that a spreadsheet would read as a formula. */
export const FORMULA_START = /^\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r]/;

/** The rows as CSV; with a comparison's columns after the documented ones when the rows have them. */
export function buildCsv(rows: readonly (ExportRow | (ExportRow & ComparisonFields))[]): string {
  const fields: readonly string[] = rows.some((r) => 'difference' in r) ? [...EXPORT_COLUMNS, ...COMPARISON_COLUMNS] : EXPORT_COLUMNS;
  const data = rows.map((row) => fields.map((column) => (row as unknown as Record<string, unknown>)[column] ?? null));
  return (
    BOM +
    Papa.unparse({fields: [...fields], data}, {escapeFormulae: FORMULA_START, newline: '\r\n', header: true}) +
    '\r\n'
  );
}
