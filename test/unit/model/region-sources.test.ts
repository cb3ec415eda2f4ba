// A region's value cites what it rests on — its own figures and the national ones — not every region's
// (the data audit's D1: Batken's composite index cited the Bishkek investment-agency profile).
import {describe, expect, it} from 'vitest';
import {computeIndicatorResult, type IndicatorQuery} from '../../../src/model/compute-indicator';
import {buildDataset, DatasetColumnsBuilder} from '../../../src/model/dataset';
import {REGION_CODES} from '../../../src/model/region';
import {shippedDatasetColumns} from '../../../src/model/shipped-dataset';
import {valueSourceLine, valueSources} from '../../../src/ui/explorer-text';
import {shippedTables} from './shipped-data';

const q = (partial: Partial<IndicatorQuery>): IndicatorQuery => ({ind: 'lq', sector: 's', year: 2020, basis: 'employment', ...partial});
const sourcesOf = (r: ReturnType<typeof computeIndicatorResult>, code: string) => r.values.find((v) => v.code === code)!.sources;

describe('the sources of one region’s value', () => {
  it('the composite index: Batken cites its own profile and the national table, not Bishkek’s profile', () => {
    const ds = buildDataset(shippedDatasetColumns(shippedTables()), REGION_CODES);
    const r = computeIndicatorResult(ds, {ind: 'potential', sector: 'C', year: 2018, basis: 'employment'});
    const batken = sourcesOf(r, 'KG-B')!.join(' | ');
    const bishkek = sourcesOf(r, 'KG-GB')!.join(' | ');
    expect(batken).toContain('invest.gov.kg/batken');
    expect(batken).toContain('seed 002 Table 2.1');
    expect(batken).toContain('9.2.2');
    expect(batken).not.toContain('profile of Bishkek');
    expect(bishkek).toContain('profile of Bishkek');
    expect(bishkek).not.toContain('invest.gov.kg/batken');
    // The column (the table, the legend) still cites both.
    expect(r.sources.join(' | ')).toContain('profile of Bishkek');
    expect(r.sources.join(' | ')).toContain('invest.gov.kg/batken');
    // Jalal-Abad's index is unknown (no output figures): it rests on nothing; the inputs it has are cited
    // apart from the sources its value is missing from (the audit of 7 December 2026: Naryn's line named
    // the Bishkek and Batken profiles as its source).
    const jalalAbad = r.values.find((v) => v.code === 'KG-J')!;
    expect(jalalAbad.status).toBe('no_data');
    expect(sourcesOf(r, 'KG-J')).toBeUndefined();
    expect(jalalAbad.partialSources!.join(' | ')).toContain('9.2.2');
    expect(jalalAbad.partialSources!.join(' | ')).not.toContain('invest.gov.kg');
    const line = valueSourceLine('en', 'KG-J', r);
    const [found, lacking] = line.split('. Not found for this region in: ');
    expect(found).toMatch(/^Source: .*9\.2\.2/);
    expect(found).not.toContain('Investment Agency');
    expect(lacking).toContain('National Investment Agency profile of Bishkek');
    expect(lacking).not.toContain('9.2.2');
    // What the region's profile and tooltip print.
    expect(valueSources('KG-B', r).join(' | ')).not.toContain('profile of Bishkek');
  });

  it('cites the national row given, not the other regions; summed national values rest on every region', () => {
    const records = (national: boolean) => {
      const b = new DatasetColumnsBuilder();
      b.add('R0', 's', 'employment', 2020, 10, 'persons', 'survey of R0');
      b.add('R0', 't', 'employment', 2020, 30, 'persons', 'survey of R0');
      b.add('R1', 's', 'employment', 2020, 20, 'persons', 'survey of R1');
      b.add('R1', 't', 'employment', 2020, 20, 'persons', 'survey of R1');
      if (national) {
        b.add('KG', 's', 'employment', 2020, 30, 'persons', 'national census');
        b.add('KG', 't', 'employment', 2020, 50, 'persons', 'national census');
        b.add('KG', 'TOTAL', 'employment', 2020, 80, 'persons', 'national census');
      }
      return buildDataset(b.build(), ['R0', 'R1']);
    };
    const given = computeIndicatorResult(records(true), q({}));
    expect(sourcesOf(given, 'R0')).toEqual(['national census', 'survey of R0']);
    expect(sourcesOf(given, 'R1')).toEqual(['national census', 'survey of R1']);
    expect(given.sources).toEqual(['national census', 'survey of R0', 'survey of R1']);
    const summed = computeIndicatorResult(records(false), q({}));
    expect(sourcesOf(summed, 'R0')).toEqual(['survey of R0', 'survey of R1']);
  });

  it('an unknown value rests on none: the inputs it has are cited apart from where it is missing', () => {
    const b = new DatasetColumnsBuilder();
    b.add('R0', 's', 'employment', 2020, 10, 'persons', 'survey of R0');
    b.add('R0', 't', 'employment', 2020, 30, 'persons', 'survey of R0');
    b.add('R1', 't', 'employment', 2020, 20, 'persons', 'survey of R1');
    b.add('KG', 's', 'employment', 2020, 30, 'persons', 'national census');
    b.add('KG', 't', 'employment', 2020, 50, 'persons', 'national census');
    b.add('KG', 'TOTAL', 'employment', 2020, 80, 'persons', 'national census');
    const r = computeIndicatorResult(buildDataset(b.build(), ['R0', 'R1']), q({}));
    expect(r.values[1]!.status).toBe('no_data');
    expect(sourcesOf(r, 'R1')).toBeUndefined();
    expect(valueSources('R1', r)).toEqual(r.sources);
    // The line a person reads: R1's LQ has no input of its own, so the column's sources are where it is
    // missing, not its source.
    expect(r.values[1]!.partialSources).toBeUndefined();
    expect(valueSourceLine('en', 'R1', r)).toBe('Not found for this region in: national census; survey of R0');
    expect(valueSourceLine('ru', 'R1', r)).toBe('Для этого региона нет в: national census; survey of R0');
    // A known value's line is its own sources.
    expect(valueSourceLine('en', 'R0', r)).toBe('Source: national census; survey of R0');
    // A scenario's unknown value keeps the whole line (its first source says what it is).
    expect(valueSourceLine('en', 'R1', {...r, sources: ['scenario', ...r.sources]})).toMatch(/^Source: .*: national census; survey of R0$/);
  });
});
