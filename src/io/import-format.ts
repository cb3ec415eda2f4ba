// The import format's vocabulary (columns, limits, problem codes), apart from the parser so the UI can
// use it without loading papaparse and zod. README "Import your own data" documents it.

export const IMPORT_COLUMNS = ['region_code', 'sector', 'indicator', 'year', 'value', 'unit', 'source'] as const;
export const REQUIRED_IMPORT_COLUMNS = ['region_code', 'sector', 'indicator', 'year', 'value'] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];
/** How a file's bytes were read: UTF-8, or Windows-1251 when they are not UTF-8 (parseImportBytes). */
export type ImportEncoding = 'utf-8' | 'windows-1251';

/** Largest value accepted: beyond it a figure is not a statistic (or its unit is wrong). */
export const MAX_VALUE = 1e15;
export const MIN_YEAR = 1990;
export const MAX_YEAR = 2100;
export const MAX_TEXT = 500;
/** Problems listed in full; the rest are counted. */
export const MAX_LISTED_PROBLEMS = 100;
/** Column names a problem with the header lists; the rest are counted (the format has seven). */
export const MAX_LISTED_COLUMNS = 20;
/** Cell words the import summary lists ("Values read as: …"), then "and N more". */
export const MAX_LISTED_VALUES = 6;
/**
 * Non-empty lines searched for the header (the first that has the required column names): a sheet
 * saved from Excel often has a title row, and a blank or units row, above it.
 */
export const HEADER_SEARCH_LINES = 10;

export const IMPORT_PROBLEM_CODES = [
  'empty-file',
  'file-too-large',
  'missing-columns',
  'unknown-columns',
  'duplicate-columns',
  'ambiguous-columns',
  'too-few-cells',
  'too-many-cells',
  'unclosed-quote',
  'not-utf8',
  'json',
  'bad-region',
  'near-region',
  'near-column',
  'ambiguous-region',
  'total-incomplete',
  'total-row',
  'bad-sector',
  'bad-indicator',
  'bad-year',
  'empty-value',
  'not-a-number',
  'not-a-number-comma',
  'percent-sign',
  'negative',
  'too-large',
  'share-over-100',
  'total-required',
  'total-not-allowed',
  'duplicate-row',
  'duplicate-total',
  'duplicate-of-total',
  'mixed-units',
  'too-long-text',
  'no-rows',
] as const;
export type ImportProblemCode = (typeof IMPORT_PROBLEM_CODES)[number];

export interface ImportProblem {
  /** 1-based line in the file (the header is line 1); 0 = the whole file. */
  line: number;
  column: ImportColumn | null;
  code: ImportProblemCode;
  /**
   * Values for the message (the offending text is cut to 60 characters). A list of column names (found,
   * unknown, columns) is a JSON array of the names as the file writes them, so a comma inside a name
   * (a title row's "Занятость по регионам, 2022") is not read as two and an empty name can be called
   * empty; cut to MAX_LISTED_COLUMNS, it comes with the number left out as `<name>More` (foundMore).
   */
  params: Record<string, string | number>;
  /** The reason in English, for logs and tests; the UI translates `code` with `params`. */
  message: string;
}
