// Where and why a text is not JSON, in terms a person can act on in any language: the line and
// column, what was expected there, and the text found. The browser's own message names a position
// only for some errors, and in English (`Unexpected token '}', "{"a": }" is not valid JSON`);
// jsonc-parser's strict mode finds the first error's offset and kind for every one.
//
// jsonc-parser's `parse` recurses once per bracket: 10 kB of `[` overflowed the stack (a RangeError
// the editor did not catch; `JSON.parse` does not recurse). So the depth is measured first with its
// scanner, which does not recurse, and only the text before too deep a bracket is parsed.
import {createScanner, parse, printParseErrorCode, type ParseError} from 'jsonc-parser';

/** What kind of syntax error, worded per language as `scenario.file.<kind>`. */
export const JSON_SYNTAX_KINDS = [
  'jsonEmpty', 'jsonDeep', 'jsonEnd', 'jsonValue', 'jsonName', 'jsonExpected', 'jsonAfter', 'jsonString', 'jsonComment', 'jsonNumber', 'jsonEscape', 'jsonSymbol',
] as const;
export type JsonSyntaxKind = (typeof JSON_SYNTAX_KINDS)[number];

export interface JsonSyntaxError {
  kind: JsonSyntaxKind;
  /** 1-based, counted as a text editor does (a line ends at \n; a column is a UTF-16 unit). */
  line: number;
  column: number;
  /** The punctuation expected, for `jsonExpected`. */
  expected: string;
  /** Up to 20 characters found at the place, on its line ('' at the end of the text). */
  near: string;
}

/**
 * The deepest nesting worded as a syntax error of its own (a scenario nests five levels; the parser
 * recursed ~7,000 levels before the stack ran out in Node, fewer in a worker's smaller stack).
 */
export const MAX_JSON_DEPTH = 100;

// By name: jsonc-parser's codes are a const enum, which TypeScript does not let us read at run time.
const EXPECTED: Record<string, string> = {ColonExpected: ':', CommaExpected: ',', CloseBraceExpected: '}', CloseBracketExpected: ']'};

const KINDS: Record<string, JsonSyntaxKind> = {
  ValueExpected: 'jsonValue',
  PropertyNameExpected: 'jsonName',
  EndOfFileExpected: 'jsonAfter',
  UnexpectedEndOfString: 'jsonString',
  InvalidCommentToken: 'jsonComment',
  UnexpectedEndOfComment: 'jsonComment',
  UnexpectedEndOfNumber: 'jsonNumber',
  InvalidEscapeCharacter: 'jsonEscape',
  InvalidUnicode: 'jsonEscape',
};

/** 1-based line and column of a UTF-16 offset. */
export function lineAndColumn(text: string, offset: number): {line: number; column: number} {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return {line, column: offset - lineStart + 1};
}

/**
 * The first syntax error of a text that `JSON.parse` refused, or null if none is found (strict JSON
 * as `JSON.parse` reads it: no comments, no trailing commas).
 */
export function jsonSyntaxError(text: string): JsonSyntaxError | null {
  if (text.trim() === '') return {kind: 'jsonEmpty', line: 1, column: 1, expected: '', near: ''};
  try {
    return firstError(text);
  } catch {
    return null; // never thrown for any text the tests try; the caller then gives the browser's words
  }
}

/** The offset of the first bracket nested deeper than MAX_JSON_DEPTH, or -1. */
function tooDeep(text: string): number {
  // SyntaxKind is a const enum (not readable at run time): 1 `{`, 2 `}`, 3 `[`, 4 `]`, 17 the end.
  const scanner = createScanner(text, true);
  let depth = 0;
  for (let token = scanner.scan(); token !== 17; token = scanner.scan()) {
    if (token === 1 || token === 3) {
      if (++depth > MAX_JSON_DEPTH) return scanner.getTokenOffset();
    } else if (token === 2 || token === 4) depth--;
  }
  return -1;
}

function firstError(text: string): JsonSyntaxError | null {
  const deep = tooDeep(text);
  const errors: ParseError[] = [];
  // Too deep: an error before that bracket is found in the text before it, which is shallow enough.
  parse(deep < 0 ? text : text.slice(0, deep), errors, {disallowComments: true, allowTrailingComma: false, allowEmptyContent: false});
  const first = errors[0];
  if (deep >= 0 && !(first && first.offset < deep)) return {kind: 'jsonDeep', ...lineAndColumn(text, deep), expected: '', near: text.slice(deep, deep + 20).split(/[\r\n]/)[0]!};
  if (!first) return null;
  // The text at the place, cut at its line's end (a string not closed runs to it).
  const near = text.slice(first.offset, first.offset + Math.max(first.length, 1)).split(/[\r\n]/)[0]!.slice(0, 20);
  const code = printParseErrorCode(first.error);
  let kind = code in EXPECTED ? 'jsonExpected' : (KINDS[code] ?? 'jsonSymbol');
  // A file cut short: "a value expected" would send the reader looking for a missing value.
  if ((kind === 'jsonValue' || kind === 'jsonName') && text.slice(first.offset).trim() === '') kind = 'jsonEnd';
  return {kind, ...lineAndColumn(text, first.offset), expected: EXPECTED[code] ?? '', near};
}
