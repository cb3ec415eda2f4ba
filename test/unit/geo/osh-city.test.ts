import {area, booleanPointInPolygon, circle} from '@turf/turf';
import {describe, expect, it} from 'vitest';
import {buildOshCityDisc} from '../../../geo/osh-city.mjs';

const oblast = {type: 'Feature', id: 'KG-O', properties: {}, geometry: circle([73, 40], 60, {units: 'kilometers'}).geometry} as const;

describe('buildOshCityDisc', () => {
  it('makes a schematic disc of the requested area around the centre', () => {
    const {city} = buildOshCityDisc({oblast: oblast as never, centre: [73, 40], areaKm2: 182});
    expect(area(city as never) / 1e6).toBeCloseTo(182, 0);
    expect(city.properties).toMatchObject({schematic: true, iso_3166_2: 'KG-GO'});
    expect(booleanPointInPolygon([73, 40], city as never)).toBe(true);
  });

  it('cuts the disc out of the oblast', () => {
    const {oblast: rest} = buildOshCityDisc({oblast: oblast as never, centre: [73, 40], areaKm2: 182});
    expect(booleanPointInPolygon([73, 40], rest as never)).toBe(false);
    expect(area(rest as never)).toBeCloseTo(area(oblast as never) - area(buildOshCityDisc({oblast: oblast as never, centre: [73, 40], areaKm2: 182}).city as never), -6);
  });

  it('refuses a centre outside the oblast', () => {
    expect(() => buildOshCityDisc({oblast: oblast as never, centre: [80, 40], areaKm2: 182})).toThrow(/not inside/);
  });
});
