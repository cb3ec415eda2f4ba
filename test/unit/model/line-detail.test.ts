import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import type {Topology} from 'topojson-specification';
import {describe, expect, it} from 'vitest';
import {decodeBoundaries} from '../../../src/io/boundaries';
import {FULL_DETAIL_ZOOM, linesForZoom} from '../../../src/model/line-detail';

const topo = JSON.parse(readFileSync(join(import.meta.dirname, '../../../geo/kg.topo.json'), 'utf8')) as Topology;
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

  it('draws fewer segments the further out the map is (half the borders at a 1280 × 800 default view)', () => {
    const at = (zoom: number) => segments(linesForZoom(borders, zoom));
    // The default zoom of a 1280 × 800 window is 5.9, of a 1920 × 1080 one 6.6.
    expect(at(5.9)).toBeLessThan(segments(borders) * 0.5);
    expect(at(6.6)).toBeLessThan(segments(borders) * 0.7);
    expect(at(4.3)).toBeLessThan(at(5.9));
    expect(at(6.6)).toBeLessThan(at(8));
    expect(at(8)).toBeLessThan(segments(borders));
  });

  it('gives the same lines within a zoom level, so deck.gl keeps its buffers while one zooms', () => {
    expect(linesForZoom(borders, 6.1)).toBe(linesForZoom(borders, 6.9));
    expect(linesForZoom(borders, 6.9)).not.toBe(linesForZoom(borders, 7));
  });

  it('keeps every line and its ends (where borders meet), and every point within half a pixel', () => {
    // Measured on the screen: Web Mercator pixels just before the next level, where a point's shift
    // is largest (twice what it is at the level's own zoom).
    for (const [fc, zoom] of [[borders, 5], [borders, 6], [rivers, 7]] as [Lines & typeof rivers, number][]) {
      const px = ([lon, lat]: number[]): [number, number] => {
        const size = 512 * 2 ** (zoom + 0.99);
        const y = Math.log(Math.tan(Math.PI / 4 + (lat! * Math.PI) / 360));
        return [((lon! + 180) / 360) * size, (0.5 - y / (2 * Math.PI)) * size];
      };
      const full = lines(fc);
      const drawn = lines(linesForZoom(fc, zoom));
      expect(drawn).toHaveLength(full.length);
      full.forEach((line, i) => {
        expect(drawn[i]![0]).toEqual(line[0]);
        expect(drawn[i]!.at(-1)).toEqual(line.at(-1));
        const simple = drawn[i]!.map(px);
        const worst = Math.max(...line.map((p) => distanceToLine(px(p), simple)));
        expect(worst, `line ${i} at zoom ${zoom}`).toBeLessThanOrEqual(0.5);
      });
    }
  });
});

/** Distance from `p` to the polyline `line` (plane coordinates). */
function distanceToLine([x, y]: [number, number], line: [number, number][]): number {
  let best = Infinity;
  for (let i = 1; i < line.length; i++) {
    const [ax, ay] = line[i - 1]!;
    const [bx, by] = line[i]!;
    const length2 = (bx - ax) ** 2 + (by - ay) ** 2;
    const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / length2));
    best = Math.min(best, Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay))));
  }
  return best;
}
