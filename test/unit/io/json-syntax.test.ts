import {describe, expect, it} from 'vitest';
import {jsonSyntaxError, lineAndColumn, MAX_JSON_DEPTH} from '../../../src/io/json-syntax';
import {parseScenarioText} from '../../../src/io/scenario-format';
import {fileProblemText} from '../../../src/ui/scenario-text';

describe('where a text is not JSON', () => {
  it('counts lines and columns from 1, as a text editor does', () => {
    expect(lineAndColumn('abc', 0)).toEqual({line: 1, column: 1});
    expect(lineAndColumn('ab\ncd\r\nef', 4)).toEqual({line: 2, column: 2});
    expect(lineAndColumn('ab\ncd\r\nef', 7)).toEqual({line: 3, column: 1});
  });

  it.each([
    ['', {kind: 'jsonEmpty', line: 1, column: 1}],
    [' \n ', {kind: 'jsonEmpty'}],
    ['{\n  "version": 1,\n  "name": "x"\n  "edits": []\n}', {kind: 'jsonExpected', line: 4, column: 3, expected: ',', near: '"edits"'}],
    ['{"a": 1', {kind: 'jsonExpected', line: 1, column: 8, expected: '}', near: ''}],
    ['[1, 2', {kind: 'jsonExpected', expected: ']'}],
    ['{"a" 1}', {kind: 'jsonExpected', column: 6, expected: ':'}],
    ['{"a": }', {kind: 'jsonValue', column: 7}],
    ['{"a":', {kind: 'jsonEnd', column: 6}],
    ['{"a": 1,\n', {kind: 'jsonEnd', line: 2, column: 1}],
    ['[1, 2,]', {kind: 'jsonValue', column: 7}],
    ['{"a": 1,}', {kind: 'jsonName', column: 9}],
    ["{'a': 1}", {kind: 'jsonSymbol', column: 2, near: "'a'"}],
    ['{a: 1}', {kind: 'jsonSymbol', column: 2, near: 'a'}],
    ['{"a": NaN}', {kind: 'jsonSymbol', near: 'NaN'}],
    ['\u00a0{}', {kind: 'jsonSymbol', column: 1}],
    ['{"a": 1}}', {kind: 'jsonAfter', column: 9, near: '}'}],
    ['{"a": "x\ny"}', {kind: 'jsonString', line: 1, column: 7, near: '"x'}],
    ['// note\n{}', {kind: 'jsonComment', line: 1, column: 1}],
    ['{"a": 1e}', {kind: 'jsonNumber', near: '1e'}],
    ['{"a": "\\q"}', {kind: 'jsonEscape', near: '"\\q"'}],
  ])('%j', (text, expected) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(jsonSyntaxError(text)).toMatchObject(expected);
  });

  it('quotes at most 20 characters, on the line of the error', () => {
    const e = jsonSyntaxError(`{"a": ${'x'.repeat(50)}}`);
    expect(e?.near).toBe('x'.repeat(20));
  });

  it('finds nothing in valid JSON', () => {
    expect(jsonSyntaxError('{"a": [1, 2.5e3, "\\u00e9", null, true]}')).toBeNull();
  });

  it('is what the scenario import says, in every language, with the line and column', () => {
    const broken = parseScenarioText('\uFEFF{\n  "version": 1,\n  "name": "x"\n  "edits": []\n}');
    expect(broken).toEqual({ok: false, problems: [{path: '$', code: 'jsonExpected', params: {line: 4, column: 3, expected: ',', near: '"edits"'}}]});
    if (broken.ok) return;
    const problem = broken.problems[0]!;
    expect(fileProblemText(problem, 'en')).toBe('not valid JSON, line 4, column 3: “,” expected');
    expect(fileProblemText(problem, 'ru')).toBe('файл — не JSON, строка 4, символ 3: ожидается «,»');
    expect(fileProblemText(problem, 'ky')).toBe('файл JSON эмес, 4-сап, 3-белги: «,» күтүлөт');
    const hostile = parseScenarioText('{"name": <img src=x onerror=alert(1)>}');
    expect(hostile.ok || fileProblemText(hostile.problems[0]!, 'en')).toBe('not valid JSON, line 1, column 10: unexpected “<img” (names and text go in double quotes)');
  });

  // jsonc-parser recursed once per bracket: 10 kB of `[` overflowed the stack, uncaught, and the
  // editor said nothing.
  it.each([
    ['['.repeat(10_000), 1, MAX_JSON_DEPTH + 1],
    ['['.repeat(50_000), 1, MAX_JSON_DEPTH + 1],
    ['{"a":'.repeat(300_000), 1, 5 * MAX_JSON_DEPTH + 1],
    [`{\n"edits": [${'['.repeat(5000)}${']'.repeat(5000)},]}`, 2, 9 + MAX_JSON_DEPTH],
  ])('says where brackets nest too deeply (%#)', (text, line, column) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(jsonSyntaxError(text)).toMatchObject({kind: 'jsonDeep', line, column});
  });

  it('gives an error before too deep a bracket, and words the depth in every language', () => {
    expect(jsonSyntaxError(`{"a" 1, "b": ${'['.repeat(20_000)}`)).toMatchObject({kind: 'jsonExpected', column: 6, expected: ':'});
    const deep = parseScenarioText('['.repeat(20_000));
    expect(deep).toEqual({ok: false, problems: [{path: '$', code: 'jsonDeep', params: {line: 1, column: 101, expected: '', near: '['.repeat(20), max: MAX_JSON_DEPTH}}]});
    if (deep.ok) return;
    expect(fileProblemText(deep.problems[0]!, 'en')).toBe('not valid JSON, line 1, column 101: brackets nested more than 100 levels deep (a scenario has only a few levels)');
    expect(fileProblemText(deep.problems[0]!, 'ru')).toContain('глубже, чем на 100 уровней');
    expect(fileProblemText(deep.problems[0]!, 'ky')).toContain('100 деңгээлден');
  });
});
