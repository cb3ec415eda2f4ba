import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {lineString, point, pointToLineDistance} from '@turf/turf';
import type {Topology} from 'topojson-specification';
import {describe, expect, it} from 'vitest';
import {decodeBoundaries} from '../../../src/io/boundaries';
import {degreesPerPixel, FULL_DETAIL_ZOOM, linesForZoom} from '../../../src/model/line-detail';

const topo = JSON.parse(readFileSync(join(import.meta.dirname, '../../../public/geo/kg.topo.json'), 'utf8')) as Topology;
const {borders, rivers} = decodeBoundaries(topo);
type Lines = {features: {geometry: object}[]};
const lines = (fc: Lines) =>
  fc.features.flatMap((f) => {
    const g = f.geometry as {type: string; coordinates: number[][] | number[][][]};
    return (g.type === 'LineString' ? [g.coordinates] : g.coordinates) as number[][][];
  });
const segments = (fc: Lines) => lines(fc).reduce((n, l) => n + l.length - 1, 0);

describe('linesForZoom', () => {
  it('draws every point from the zoom where the data is needed in full', () => {
    expect(linesForZoom(borders, FULL_DETAIL_ZOOM)).toBe(borders);
    expect(linesForZoom(borders, 11.99)).toBe(borders);
  });

  it('draws fewer segments the further out the map is (a third fewer borders at the default zoom)', () => {
    const at = (zoom: number) => segments(linesForZoom(borders, zoom));
    expect(at(6.4)).toBeLessThan(segments(borders) * 0.7);
    expect(at(5)).toBeLessThan(at(6.4));
    expect(at(6.4)).toBeLessThan(at(8));
    expect(at(8)).toBeLessThan(segments(borders));
  });

  it('gives the same lines within a zoom level, so deck.gl keeps its buffers while one zooms', () => {
    expect(linesForZoom(borders, 6.1)).toBe(linesForZoom(borders, 6.9));
    expect(linesForZoom(borders, 6.9)).not.toBe(linesForZoom(borders, 7));
  });

  it('keeps every line and its ends (where borders meet), and every point within half a pixel', () => {
    for (const [fc, zoom] of [[borders, 6], [rivers, 7]] as [Lines & typeof rivers, number][]) {
      const full = lines(fc);
      const drawn = lines(linesForZoom(fc, zoom));
      expect(drawn).toHaveLength(full.length);
      full.forEach((line, i) => {
        expect(drawn[i]![0]).toEqual(line[0]);
        expect(drawn[i]!.at(-1)).toEqual(line.at(-1));
        const simple = lineString(drawn[i]!);
        const worst = Math.max(...line.map((p) => pointToLineDistance(point(p), simple, {units: 'degrees'})));
        // pointToLineDistance measures on the sphere: a little slack for that.
        expect(worst).toBeLessThanOrEqual(0.25 * degreesPerPixel(zoom) * 1.05);
      });
    }
  });
});
