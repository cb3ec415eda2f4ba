import {z} from 'zod';
import {describe, expect, it} from 'vitest';
import {formatProblem, parseCsv} from '../../../src/io/csv';
import {decimal, optionalDecimal} from '../../../src/io/schemas';

const schema = z.object({name: z.string().min(1, 'name is empty'), value: decimal('value'), note: optionalDecimal('note')});

describe('parseCsv', () => {
  it('returns typed rows for a valid file', () => {
    const r = parseCsv('name,value,note\na,1.5,\nb,2,3\n', schema, 't.csv');
    expect(r.problems).toEqual([]);
    expect(r.rows).toEqual([
      {name: 'a', value: 1.5, note: null},
      {name: 'b', value: 2, note: 3},
    ]);
  });

  it('names the file, line and column of a bad cell', () => {
    const r = parseCsv('name,value,note\na,1,\nb,abc,\n', schema, 't.csv');
    expect(r.rows).toHaveLength(1);
    expect(r.problems).toEqual([{file: 't.csv', line: 3, column: 'value', message: 'value: expected a number, got "abc"'}]);
    expect(formatProblem(r.problems[0]!)).toBe('t.csv, line 3, column "value": value: expected a number, got "abc"');
  });

  it('counts lines across quoted cells that span lines', () => {
    const r = parseCsv('name,value,note\n"two\nlines",1,\nc,x,\n', schema, 't.csv');
    expect(r.problems.map((p) => p.line)).toEqual([4]);
  });

  it('reports missing columns once, for the header', () => {
    const r = parseCsv('name,val\na,1\n', schema, 't.csv');
    expect(r.rows).toEqual([]);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({line: 1, column: null});
    expect(r.problems[0]!.message).toContain('"value"');
  });

  it('ignores a UTF-8 byte-order mark and blank lines', () => {
    const r = parseCsv('\uFEFFname,value,note\n\na,1,\n\n', schema, 't.csv');
    expect(r.problems).toEqual([]);
    expect(r.rows).toHaveLength(1);
  });

  it('reports a row with too many cells without guessing its values', () => {
    const r = parseCsv('name,value,note\na,1,2,3\n', schema, 't.csv');
    expect(r.rows).toEqual([]);
    expect(r.problems[0]).toMatchObject({line: 2, message: expect.stringContaining('more cells')});
  });

  it('treats an empty optional number as unknown, never as zero', () => {
    expect(parseCsv('name,value,note\na,0,\n', schema, 't.csv').rows[0]!.note).toBeNull();
  });
});
