import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import fc from 'fast-check';
import type {Topology} from 'topojson-specification';
import {describe, expect, it} from 'vitest';
import {decodeBoundaries} from '../../../src/io/boundaries';
import {navigationOrder, nextItem, positionInOrder, type NavItem, type NavKey} from '../../../src/model/keyboard-navigation';

/** The regions as the map navigates them: at their label points (cities: their centres). */
const topo = JSON.parse(readFileSync(join(import.meta.dirname, '../../../geo/kg.topo.json'), 'utf8')) as Topology;
const REGIONS: NavItem[] = decodeBoundaries(topo).regions.features.map((f) => ({id: f.properties.code, lon: f.properties.label[0], lat: f.properties.label[1]}));

const walk = (items: readonly NavItem[], key: NavKey, from: string | null = null) => {
  const seen: string[] = [];
  let at = from;
  for (;;) {
    const next = nextItem(items, at, key);
    if (next === null) return seen;
    seen.push(next);
    at = next;
  }
};

describe('keyboard navigation between regions', () => {
  it('walks the nine regions from west to east with the Right arrow', () => {
    expect(walk(REGIONS, 'ArrowRight')).toEqual(['KG-B', 'KG-T', 'KG-GO', 'KG-J', 'KG-O', 'KG-C', 'KG-GB', 'KG-N', 'KG-Y']);
  });

  it('walks back from east to west with the Left arrow, starting at the easternmost', () => {
    expect(walk(REGIONS, 'ArrowLeft')).toEqual(['KG-Y', 'KG-N', 'KG-GB', 'KG-C', 'KG-O', 'KG-J', 'KG-GO', 'KG-T', 'KG-B']);
  });

  it('stops at the ends (no wrapping: nothing lies further east of Issyk-Kul)', () => {
    expect(nextItem(REGIONS, 'KG-Y', 'ArrowRight')).toBeNull();
    expect(nextItem(REGIONS, 'KG-B', 'ArrowLeft')).toBeNull();
    expect(nextItem(REGIONS, 'KG-N', 'Home')).toBe('KG-B');
    expect(nextItem(REGIONS, 'KG-N', 'End')).toBe('KG-Y');
    expect(nextItem(REGIONS, 'KG-Y', 'End')).toBeNull();
  });

  it('goes north and south to the nearest region that way', () => {
    expect(nextItem(REGIONS, 'KG-B', 'ArrowUp')).toBe('KG-T');
    expect(nextItem(REGIONS, 'KG-J', 'ArrowUp')).toBe('KG-T');
    expect(nextItem(REGIONS, 'KG-T', 'ArrowDown')).toBe('KG-J');
    expect(nextItem(REGIONS, 'KG-Y', 'ArrowDown')).toBe('KG-N');
    expect(nextItem(REGIONS, 'KG-J', 'ArrowDown')).toBe('KG-GO');
    // Nothing lies north of Bishkek.
    expect(nextItem(REGIONS, 'KG-GB', 'ArrowUp')).toBeNull();
  });

  it('starts at the westernmost region (Left and End: the easternmost)', () => {
    expect(nextItem(REGIONS, null, 'ArrowRight')).toBe('KG-B');
    expect(nextItem(REGIONS, null, 'ArrowDown')).toBe('KG-B');
    expect(nextItem(REGIONS, null, 'ArrowLeft')).toBe('KG-Y');
    expect(nextItem(REGIONS, null, 'End')).toBe('KG-Y');
    // An id that is not among the items (a layer turned off) starts over too.
    expect(nextItem(REGIONS, 'GP01', 'ArrowRight')).toBe('KG-B');
  });

  it('says where an item is in the walk', () => {
    expect(positionInOrder(REGIONS, 'KG-Y')).toEqual({index: 9, total: 9});
    expect(positionInOrder(REGIONS, 'KG-B')).toEqual({index: 1, total: 9});
    expect(positionInOrder(REGIONS, 'nope')).toBeNull();
  });
});

describe('keyboard navigation, any points', () => {
  const points = fc.uniqueArray(
    fc.record({id: fc.string({minLength: 1, maxLength: 4}), lon: fc.double({min: 69, max: 80, noNaN: true}), lat: fc.double({min: 39, max: 43, noNaN: true})}),
    {selector: (p) => p.id, minLength: 1, maxLength: 30},
  );

  it('visits every point exactly once going right, in order of longitude', () => {
    fc.assert(
      fc.property(points, (items) => {
        const seen = walk(items, 'ArrowRight');
        expect([...seen].sort()).toEqual(items.map((i) => i.id).sort());
        const lon = new Map(items.map((i) => [i.id, i.lon]));
        for (let i = 1; i < seen.length; i++) expect(lon.get(seen[i]!)!).toBeGreaterThanOrEqual(lon.get(seen[i - 1]!)!);
        expect(walk(items, 'ArrowLeft')).toEqual([...seen].reverse());
      }),
    );
  });

  it('moves up only to a point further north, down only further south, and never to itself', () => {
    fc.assert(
      fc.property(points, fc.nat(), (items, n) => {
        const from = items[n % items.length]!;
        const lat = new Map(items.map((i) => [i.id, i.lat]));
        const up = nextItem(items, from.id, 'ArrowUp');
        const down = nextItem(items, from.id, 'ArrowDown');
        if (up !== null) expect(lat.get(up)!).toBeGreaterThan(from.lat);
        if (down !== null) expect(lat.get(down)!).toBeLessThan(from.lat);
        // Something lies north ⇔ Up moves.
        expect(up !== null).toBe(items.some((i) => i.lat > from.lat + 1e-9));
      }),
    );
  });

  it('does not depend on the order the points come in', () => {
    fc.assert(
      fc.property(points, (items) => {
        expect(navigationOrder([...items].reverse())).toEqual(navigationOrder(items));
      }),
    );
  });
});
