// How large a file the data import reads, apart from import-format.ts: the import client (its own
// code-split chunk) checks it before a worker reads the file, and importing the format's chunk there
// added that chunk to the first view's list of what each chunk needs (~20 B gzip).
import type {ImportProblem} from './import-format';

/**
 * The largest file read, MB (10⁶ bytes). A browser holds a text of at most 2²⁹ − 24 characters
 * (V8); Chromium's File.text() gave "" for a 600 MB file, which was reported as empty. A valid 50 MB
 * file takes ~8 s to read (README), so 200 MB is far above any statistics an atlas of nine regions
 * needs, and well below that limit.
 */
export const MAX_IMPORT_FILE_MB = 200;

/** The answer for a file over MAX_IMPORT_FILE_MB, given before it is read. */
export function fileTooLarge(bytes: number): {ok: false; problems: ImportProblem[]; problemCount: number; rows: number} {
  const size = Math.ceil(bytes / 1e6);
  return {
    ok: false,
    problems: [{line: 0, column: null, code: 'file-too-large', params: {size, max: MAX_IMPORT_FILE_MB}, message: `the file is too large (${size} MB): the import reads files up to ${MAX_IMPORT_FILE_MB} MB`}],
    problemCount: 1,
    rows: 0,
  };
}
