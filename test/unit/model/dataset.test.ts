import {describe, expect, it} from 'vitest';
import {buildDataset, columnSources, DatasetColumnsBuilder, getLayer, layerColumns, measureOf, yearsOf} from '../../../src/model/dataset';

const REGIONS = ['KG-B', 'KG-J', 'KG-C'];

function sample() {
  const b = new DatasetColumnsBuilder(2); // tiny capacity: exercises growth
  // employment 2020: three regions × sectors A and C; Batken gives its TOTAL; KG gives C.
  b.add('KG-B', 'A', 'employment', 2020, 10, 'persons', 's1');
  b.add('KG-B', 'C', 'employment', 2020, 5, 'persons', 's1');
  b.add('KG-B', 'TOTAL', 'employment', 2020, 40, 'persons', 's1');
  b.add('KG-J', 'A', 'employment', 2020, 20, 'persons', 's1');
  b.add('KG-J', 'C', 'employment', 2020, 20, 'persons', 's2');
  b.add('KG-C', 'A', 'employment', 2020, 30);
  b.add('KG-C', 'C', 'employment', 2020, 15);
  b.add('KG', 'C', 'employment', 2020, 50, 'persons', 'national');
  // output 2021: only sector B, for two regions
  b.add('KG-B', 'B', 'output', 2021, 7);
  b.add('KG-J', 'B', 'output', 2021, 3);
  b.add('KG-X', 'B', 'output', 2021, 99); // not a region of this dataset: ignored
  return b.build();
}

describe('dataset columns', () => {
  it('dictionary-code strings and keep exact-length arrays', () => {
    const c = sample();
    expect(c.length).toBe(11);
    expect(c.value.length).toBe(11);
    expect(c.regionCodes).toEqual(['KG-B', 'KG-J', 'KG-C', 'KG', 'KG-X']);
    expect(c.sectors).toEqual(['A', 'C', 'TOTAL', 'B']);
    expect(c.sources).toEqual(['s1', 's2', '', 'national']);
  });
});

describe('dense layers', () => {
  const ds = buildDataset(sample(), REGIONS);

  it('order sectors and list years', () => {
    expect(ds.sectors).toEqual(['A', 'B', 'C']);
    expect(ds.years).toEqual([2020, 2021]);
    expect(yearsOf(ds, 'output')).toEqual([2021]);
    expect(yearsOf(ds, 'population')).toEqual([]);
  });

  it('place values, region totals and national values; absent is NaN', () => {
    const l = getLayer(ds, 'employment', 2020)!;
    expect(Array.from(l.values)).toEqual([10, NaN, 5, 20, NaN, 20, 30, NaN, 15]);
    expect(Array.from(l.regionTotal)).toEqual([40, NaN, NaN]);
    expect(Array.from(l.national)).toEqual([NaN, NaN, 50]);
    expect(l.nationalTotal).toBeNaN();
    expect(layerColumns(ds, l)).toEqual([0, 2]);
  });

  it('take totals from the data, else from sums over the sectors the indicator has', () => {
    const m = measureOf(ds, getLayer(ds, 'employment', 2020)!);
    expect(Array.from(m.regionTotals)).toEqual([40, 40, 45]); // Batken as given; others A + C (B is not an employment sector)
    expect(m.sectorTotals[0]).toBe(60); // Σ_i
    expect(m.sectorTotals[1]).toBeNaN(); // nobody has B
    expect(m.sectorTotals[2]).toBe(50); // the KG row wins over Σ_i = 40
    expect(m.total).toBe(125); // Σ_i x_i
  });

  it('collect the citations of the cells used', () => {
    const l = getLayer(ds, 'employment', 2020)!;
    expect([...columnSources(ds, l, 2)].sort()).toEqual(['national', 's1', 's2']);
  });
});
