// CSV text → typed, validated rows. Never throws on a bad row: every problem is collected with the
// file, the line (1-based, the header is line 1), the column and a plain-language reason, so a user
// or a developer can go straight to the cell.
import Papa from 'papaparse';
import type {z} from 'zod';

export interface Problem {
  file: string;
  /** 1-based line of the row in the file (the header is line 1); 0 when the problem is the whole file. */
  line: number;
  /** Column name, or null when the problem is the whole row or file. */
  column: string | null;
  message: string;
}

export interface ParseResult<T> {
  rows: T[];
  problems: Problem[];
}

export function formatProblem(p: Problem): string {
  const where = [p.file, p.line > 0 ? `line ${p.line}` : null, p.column ? `column "${p.column}"` : null]
    .filter(Boolean)
    .join(', ');
  return `${where}: ${p.message}`;
}

/** Thrown when a file the site ships with is malformed: its message names file, line and column. */
export class DataFileError extends Error {
  constructor(readonly problems: Problem[]) {
    super(
      `${problems.length} problem(s) in shipped data:\n` +
        problems
          .slice(0, 20)
          .map((p) => `  ${formatProblem(p)}`)
          .join('\n'),
    );
    this.name = 'DataFileError';
  }
}

/**
 * Parses `text` as CSV with a header row and validates every row with `schema` (a zod object whose
 * keys are column names). `requiredColumns` defaults to the schema's keys.
 */
export function parseCsv<S extends z.ZodObject>(
  text: string,
  schema: S,
  file: string,
  requiredColumns: readonly string[] = Object.keys(schema.shape),
): ParseResult<z.infer<S>> {
  const problems: Problem[] = [];
  const rows: z.infer<S>[] = [];
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text; // a UTF-8 BOM is not part of the header
  // Papa does not report line numbers, and quoted cells may span lines: find where each record starts.
  const recordLines = recordStartLines(body);
  const lineOf = (dataRow: number) => recordLines[dataRow + 1] ?? dataRow + 2;

  const parsed = Papa.parse<Record<string, string>>(body, {header: true, skipEmptyLines: 'greedy'});
  const header = parsed.meta.fields ?? [];
  const missing = requiredColumns.filter((c) => !header.includes(c));
  if (missing.length > 0) {
    problems.push({
      file,
      line: 1,
      column: null,
      message: `missing column(s) ${missing.map((c) => `"${c}"`).join(', ')}; the header has ${header.map((c) => `"${c}"`).join(', ') || 'nothing'}`,
    });
    return {rows, problems};
  }
  for (const e of parsed.errors) {
    // Papa reports the row index among data rows; rows start after the header line.
    const line = e.row === undefined ? 0 : lineOf(e.row);
    problems.push({file, line, column: null, message: plainPapaError(e)});
  }
  const badRows = new Set(parsed.errors.map((e) => e.row));
  parsed.data.forEach((raw, i) => {
    if (badRows.has(i)) return;
    const line = lineOf(i);
    const result = schema.safeParse(raw);
    if (result.success) {
      rows.push(result.data);
      return;
    }
    for (const issue of result.error.issues) {
      const column = issue.path.length > 0 ? String(issue.path[0]) : null;
      problems.push({file, line, column, message: issue.message});
    }
  });
  return {rows, problems};
}

function plainPapaError(e: Papa.ParseError): string {
  switch (e.code) {
    case 'TooFewFields':
      return 'this row has fewer cells than the header';
    case 'TooManyFields':
      return 'this row has more cells than the header (an unquoted comma?)';
    case 'MissingQuotes':
      return 'a quoted cell is never closed';
    default:
      return e.message;
  }
}

/** 1-based line numbers where each CSV record starts, honouring quotes and skipping blank lines. */
function recordStartLines(text: string): number[] {
  const starts: number[] = [];
  let line = 1;
  let inQuotes = false;
  let atRecordStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (atRecordStart && c !== 10 && c !== 13 && c !== 32 && c !== 9) {
      starts.push(line);
      atRecordStart = false;
    }
    if (c === 34) inQuotes = !inQuotes;
    else if (c === 10) {
      line++;
      if (!inQuotes) atRecordStart = true;
    }
  }
  return starts;
}
