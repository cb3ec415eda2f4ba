import {describe, expect, it} from 'vitest';
import {growthOutsideRegion} from '../../../src/model/growth-region';
import type {ScenarioEdit} from '../../../src/model/scenario';
import {shippedBoundaries} from './shipped-data';

const regions = shippedBoundaries().regions;
const add = (region: string, lon: number, lat: number): ScenarioEdit => ({kind: 'growth-add', id: `scn-${region}`, name: 'X', region, lon, lat}) as ScenarioEdit;

describe('a growth point a scenario adds, against the region it names', () => {
  it('is a problem of its edit when its point lies outside that region', () => {
    const edits = [
      add('KG-N', 75.75, 42.2), // Kochkor, in Naryn Region
      {kind: 'site-capacity', id: 'EN10', capacityMw: 1860} as ScenarioEdit,
      add('KG-B', 74.0, 42.0), // in Chuy Region, not Batken
    ];
    expect(growthOutsideRegion(edits, regions)).toEqual([{index: 2, reason: 'outside-region'}]);
  });

  it('reads the cities as their own regions (a point in Bishkek is not in Chuy Region)', () => {
    expect(growthOutsideRegion([add('KG-C', 74.6, 42.87)], regions)).toEqual([{index: 0, reason: 'outside-region'}]);
    expect(growthOutsideRegion([add('KG-GB', 74.6, 42.87)], regions)).toEqual([]);
  });
});
