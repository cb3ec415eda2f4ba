// The loaders of the place files and of the data this layer adds (Kyrgyz names, seed 004 matrix):
// bad rows are reported with file, line and column.
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {DataFileError, formatProblem, parseCsv} from '../../../src/io/csv';
import {energySiteRow, growthPointRow} from '../../../src/io/schemas';
import {readShippedTexts} from '../../../src/io/shipped-data-plugin';
import {parseShippedData} from '../../../src/io/shipped-tables';

const texts = () => readShippedTexts(join(import.meta.dirname, '../../../data'));
const GROWTH = 'places/growth-points.csv';
const ENERGY = 'places/energy-sites.csv';

/** Replaces `from` by `to` on the line of `file` that starts with `id,` and returns that line's number. */
function edit(t: Record<string, string>, file: string, id: string, from: string | RegExp, to: string): number {
  const lines = t[file]!.split('\n');
  const i = lines.findIndex((l) => l.startsWith(`${id},`));
  if (i < 0) throw new Error(`${id} not in ${file}`);
  const changed = lines[i]!.replace(from, to);
  if (changed === lines[i]) throw new Error(`nothing replaced on the line of ${id}`);
  lines[i] = changed;
  t[file] = lines.join('\n');
  return i + 1;
}

function problemsOf(t: Record<string, string>): string {
  try {
    parseShippedData(t);
  } catch (error) {
    expect(error).toBeInstanceOf(DataFileError);
    return (error as DataFileError).problems.map(formatProblem).join('\n');
  }
  return expect.unreachable('bad data was accepted') as never;
}

describe('growth-points.csv', () => {
  it('loads 20 points, all located, oblast centres marked', () => {
    const rows = parseCsv(texts()[GROWTH]!, growthPointRow, GROWTH);
    expect(rows.problems).toEqual([]);
    expect(rows.rows).toHaveLength(20);
    expect(rows.rows.filter((r) => r.oblast_centre_of !== '').map((r) => r.id)).toEqual(['GP01', 'GP02', 'GP03', 'GP05', 'GP09', 'GP11', 'GP18']);
  });

  it('reports a latitude outside Kyrgyzstan with its line', () => {
    const t = texts();
    const line = edit(t, GROWTH, 'GP05', ',41.4283,75.9957,', ',51.4283,75.9957,');
    expect(problemsOf(t)).toContain(`${GROWTH}, line ${line}, column "lat": lat outside Kyrgyzstan`);
  });

  it('reports a missing coordinate, an unknown region and a malformed population', () => {
    const t = texts();
    const a = edit(t, GROWTH, 'GP09', ',42.5226,72.2417,', ',42.5226,,');
    const b = edit(t, GROWTH, 'GP11', ',KG-B,KG-B,', ',KG-X,KG-B,');
    const c = edit(t, GROWTH, 'GP13', ',61773,2022,', ',61 773,2022,');
    const report = problemsOf(t);
    expect(report).toContain(`${GROWTH}, line ${a}, column "lon": lon is empty`);
    expect(report).toContain(`${GROWTH}, line ${b}, column "oblast_iso"`);
    expect(report).toContain(`${GROWTH}, line ${c}, column "population": population: expected a number or an empty cell, got "61 773"`);
  });
});

describe('energy-sites.csv', () => {
  it('loads 30 sites, 28 located', () => {
    const rows = parseCsv(texts()[ENERGY]!, energySiteRow as never, ENERGY);
    expect(rows.problems).toEqual([]);
    expect(rows.rows).toHaveLength(30);
    expect((rows.rows as {lat: number | null}[]).filter((r) => r.lat !== null)).toHaveLength(28);
  });

  it('reports coordinates on a row marked not_located, with its line', () => {
    const t = texts();
    const line = edit(t, ENERGY, 'EN15', ',,,not_located,', ',42.5,77.0,not_located,');
    expect(problemsOf(t)).toContain(`${ENERGY}, line ${line}, column "coord_precision": has coordinates but says not_located`);
  });

  it('reports an unknown category and a non-numeric capacity, with their lines', () => {
    const t = texts();
    const a = edit(t, ENERGY, 'EN19', ',solar,', ',photovoltaic,');
    const b = edit(t, ENERGY, 'EN25', ',25,"25 MW', ',25MW,"25 MW');
    const report = problemsOf(t);
    expect(report).toContain(`${ENERGY}, line ${a}, column "category"`);
    expect(report).toContain(`${ENERGY}, line ${b}, column "capacity_mw": capacity_mw: expected a number or an empty cell, got "25MW"`);
  });

  it('counts lines correctly after rows whose cells span several lines', () => {
    // EN30 is the last row; its line number equals its record's start even if a cell above had a line break.
    const t = texts();
    const lines = t[ENERGY]!.split('\n');
    const en01 = lines.findIndex((l) => l.startsWith('EN01,'));
    lines[en01] = lines[en01]!.replace('"Largest plant; 215 m dam', '"Largest plant;\n215 m dam');
    t[ENERGY] = lines.join('\n');
    const line = edit(t, ENERGY, 'EN30', ',small_hydro,', ',tidal,');
    expect(problemsOf(t)).toContain(`${ENERGY}, line ${line}, column "category"`);
  });
});

describe('names-ky.csv and green-cluster-matrix.csv', () => {
  it('give a Kyrgyz name to every energy site and every cluster the map shows', () => {
    const d = parseShippedData(texts());
    expect(d.namesKy.filter((r) => r.table === 'energySites')).toHaveLength(30);
    expect(d.namesKy.find((r) => r.id === 'interreg-textile')!.name_ky).toBe('Региондор аралык текстиль-тигүү кластери');
  });

  it('report a name for a row that does not exist, and a missing name', () => {
    const t = texts();
    t['names-ky.csv'] = t['names-ky.csv']!.replace('energySites,EN30,', 'energySites,EN31,');
    const report = problemsOf(t);
    expect(report).toMatch(/names-ky\.csv, line 46, column "id": no energySites row has id EN31/);
    expect(report).toContain('no Kyrgyz name for energySites/EN30');
  });

  it('transcribe seed 004 Table 2 for the three green clusters, all four columns', () => {
    const d = parseShippedData(texts());
    for (const id of ['green-renewable', 'green-organic-agro', 'green-circular'])
      for (const aspect of ['potential', 'base', 'gaps', 'measures'])
        expect(d.greenMatrix.some((m) => m.cluster_id === id && m.aspect === aspect), `${id} ${aspect}`).toBe(true);
    expect(d.greenMatrix.every((m) => m.source.startsWith('seed 004 Table 2'))).toBe(true);
  });

  it('report a matrix row with an unknown aspect, with its line', () => {
    const t = texts();
    t['green-cluster-matrix.csv'] = t['green-cluster-matrix.csv']!.replace('green-circular,gaps,3,', 'green-circular,risks,3,');
    const line = t['green-cluster-matrix.csv']!.split('\n').findIndex((l) => l.startsWith('green-circular,risks,3,')) + 1;
    expect(problemsOf(t)).toContain(`green-cluster-matrix.csv, line ${line}, column "aspect"`);
  });
});
