// Every shipped place lies in the region its data name (the data audit of 7 December 2026, D6: no test
// held it). Natural Earth's boundaries are drawn for 1:10,000,000 (src/model/growth-region.ts): within
// EDGE_TOLERANCE_KM of the named region's edge a place may still be in it; those are listed by name here,
// so that a new one is looked at, not passed.
import {booleanPointInPolygon} from '@turf/turf';
import type {Feature, MultiPolygon, Polygon} from 'geojson';
import {describe, expect, it} from 'vitest';
import {EDGE_TOLERANCE_KM, edgeDistanceKm} from '../../../src/model/growth-region';
import {shippedBoundaries, shippedTables} from '../model/shipped-data';

const regions = new Map<string, Feature<Polygon | MultiPolygon>>(shippedBoundaries().regions.features.map((f) => [f.properties.code, f as Feature<Polygon | MultiPolygon>]));

/** 0 inside any of the named regions, else the distance in km to the nearest of their edges. */
function kmOutside(lon: number, lat: number, named: readonly string[]): number {
  const areas = named.map((code) => regions.get(code)!);
  expect(areas.every(Boolean), named.join(';')).toBe(true);
  if (areas.some((a) => booleanPointInPolygon([lon, lat], a))) return 0;
  return Math.min(...areas.map((a) => edgeDistanceKm(lon, lat, a.geometry)));
}

const outside = (places: {id: string; lon: number; lat: number; named: readonly string[]}[]) =>
  places.map((p) => ({id: p.id, km: kmOutside(p.lon, p.lat, p.named)})).filter((p) => p.km > 0);

describe('the shipped places, in their regions', () => {
  const tables = shippedTables();

  it('the 20 growth points: all inside, but Kara-Suu on the Uzbek border (1.5 km out of the drawn line)', () => {
    const out = outside(tables.growthPoints.map((g) => ({id: g.id, lon: g.lon, lat: g.lat, named: [g.oblast_iso]})));
    expect(out.map((p) => p.id)).toEqual(['GP14']);
    expect(out[0]!.km).toBeGreaterThan(1);
    expect(out[0]!.km).toBeLessThan(EDGE_TOLERANCE_KM);
  });

  it('the energy sites: each inside (one of) the regions named for it', () => {
    const located = tables.energySites.filter((s) => s.lat !== null && s.lon !== null && s.oblast_iso.length > 0);
    expect(located.length).toBeGreaterThan(20);
    const out = outside(located.map((s) => ({id: s.id, lon: s.lon!, lat: s.lat!, named: s.oblast_iso})));
    expect(out).toEqual([]);
  });
});
