import {describe, expect, it} from 'vitest';
import {buildGeoJson} from '../../../src/export/geojson';
import {exportRows} from '../../../src/export/indicator-rows';
import {regionNamer} from '../../../src/i18n/region-names';
import {publishedIndicator} from '../../../src/model/published-indicators';
import {shippedBoundaries, shippedTables} from '../model/shipped-data';

const boundaries = shippedBoundaries();
const tables = shippedTables();
const names = regionNamer(tables.regions);

describe('buildGeoJson', () => {
  const result = publishedIndicator(tables, 'integral', 'mining');
  const geojson = buildGeoJson(boundaries.regions, exportRows(result, 'en', names), names, {
    title: 'Integral coefficient — Mining — 2015–2019',
    lang: 'en',
    permalink: 'https://example.org/?v=1',
    attribution: 'Natural Earth',
  });

  it('has the nine regions with their values, statuses, names in three languages and sources', () => {
    const parsed = JSON.parse(JSON.stringify(geojson));
    expect(parsed.type).toBe('FeatureCollection');
    expect(parsed.features).toHaveLength(9);
    const j = parsed.features.find((f: {id: string}) => f.id === 'KG-J');
    expect(j.properties).toMatchObject({region_code: 'KG-J', value: 5.449, status: 'ok', name_ky: 'Жалал-Абад облусу', name_ru: 'Джалал-Абадская область', schematic: false});
    expect(j.properties.source).toContain('source 002');
    expect(parsed.metadata).toMatchObject({lang: 'en', permalink: 'https://example.org/?v=1'});
  });

  it('marks Osh city as schematic and its value as unknown, not zero', () => {
    const osh = geojson.features.find((f) => f.id === 'KG-GO')!;
    expect(osh.properties).toMatchObject({schematic: true, value: null, status: 'no_production'});
  });

  it('keeps longitude/latitude order and rounds to 5 decimals', () => {
    const coords = JSON.stringify(geojson.features.map((f) => f.geometry));
    for (const n of coords.match(/-?\d+\.\d+/g)!) expect(n.split('.')[1]!.length).toBeLessThanOrEqual(5);
    const first = (geojson.features[0]!.geometry as {coordinates: number[][][] | number[][][][]}).coordinates.flat(3) as number[];
    expect(first[0]).toBeGreaterThan(69);
    expect(first[0]).toBeLessThan(81);
    expect(first[1]).toBeGreaterThan(39);
    expect(first[1]).toBeLessThan(44);
  });
});
