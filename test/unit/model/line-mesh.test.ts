import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import type {Topology} from 'topojson-specification';
import {describe, expect, it} from 'vitest';
import {decodeBoundaries} from '../../../src/io/boundaries';
import {linesForZoom} from '../../../src/model/line-detail';
import {lineMesh, MITER_LIMIT, polylinesOf, type LineMesh} from '../../../src/model/line-mesh';

/** Vertex i's [position, extrusion], rounded. */
const vertex = (mesh: LineMesh, i: number) => ({
  at: [mesh.positions[2 * i], mesh.positions[2 * i + 1]].map((v) => Math.round(v! * 1e4) / 1e4),
  out: [mesh.extrusions[2 * i], mesh.extrusions[2 * i + 1]].map((v) => Math.round(v! * 1e4) / 1e4 + 0),
});
const triangles = (mesh: LineMesh) => Array.from({length: mesh.indices.length / 3}, (_, i) => [...mesh.indices.slice(3 * i, 3 * i + 3)]);

describe('lineMesh', () => {
  it('makes a segment two triangles, its ends moved half a width either side', () => {
    const mesh = lineMesh([[[70, 40], [71, 40]]]);
    expect([0, 1, 2, 3].map((i) => vertex(mesh, i))).toEqual([
      // Eastwards: the left side is north.
      {at: [70, 40], out: [0, 1]},
      {at: [70, 40], out: [0, -1]},
      {at: [71, 40], out: [0, 1]},
      {at: [71, 40], out: [0, -1]},
    ]);
    expect(triangles(mesh)).toEqual([[0, 1, 2], [1, 3, 2]]);
  });

  it('joins two segments with a miter: the bisector, long enough to keep both widths', () => {
    // East, then north: a right angle on the map too (Web Mercator keeps angles).
    const mesh = lineMesh([[[70, 40], [71, 40], [71, 41]]]);
    const corner = vertex(mesh, 2).out;
    expect(corner[0]).toBeCloseTo(-1, 3);
    expect(corner[1]).toBeCloseTo(1, 3);
    expect(Math.hypot(corner[0]!, corner[1]!)).toBeCloseTo(Math.SQRT2, 3);
    // One strip: the second segment starts at the first one's end vertices.
    expect(triangles(mesh)).toEqual([[0, 1, 2], [1, 3, 2], [2, 3, 4], [3, 5, 4]]);
  });

  it('cuts the miter of a hairpin at MITER_LIMIT half widths', () => {
    const mesh = lineMesh([[[0, 0], [1, 0], [0, 0.01]]]);
    const corner = vertex(mesh, 2).out;
    expect(Math.hypot(corner[0]!, corner[1]!)).toBeCloseTo(MITER_LIMIT, 3);
  });

  it('closes a ring: its last segment goes back to the first vertices, with a miter there too', () => {
    const square = [[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]];
    const mesh = lineMesh([square]);
    expect(mesh.positions.length).toBe(4 * 2 * 2);
    expect(triangles(mesh).at(-1)).toEqual([7, 1, 0]);
    expect(Math.hypot(...(vertex(mesh, 0).out as [number, number]))).toBeCloseTo(Math.SQRT2, 2);
  });

  it('leaves out repeated points and lines with fewer than two distinct points', () => {
    const mesh = lineMesh([[[0, 0], [0, 0], [1, 0], [1, 0]], [[5, 5], [5, 5]], [[6, 6]]]);
    expect(mesh.positions.length).toBe(2 * 2 * 2);
    expect(mesh.indices.length).toBe(6);
    expect([...mesh.extrusions].every(Number.isFinite)).toBe(true);
  });

  it("meshes the atlas's borders and rivers with finite extrusions no longer than the limit", () => {
    const topo = JSON.parse(readFileSync(join(import.meta.dirname, '../../../geo/kg.topo.json'), 'utf8')) as Topology;
    const {borders, rivers} = decodeBoundaries(topo);
    for (const lines of [borders, rivers, linesForZoom(borders, 5.9)]) {
      const mesh = lineMesh(lines.features.flatMap((f) => polylinesOf(f.geometry)));
      const segments = lines.features.flatMap((f) => polylinesOf(f.geometry)).reduce((n, l) => n + l.length - 1, 0);
      expect(mesh.indices.length / 6).toBeGreaterThan(segments * 0.95);
      for (let i = 0; i < mesh.extrusions.length; i += 2) {
        const length = Math.hypot(mesh.extrusions[i]!, mesh.extrusions[i + 1]!);
        expect(length).toBeGreaterThanOrEqual(0.999);
        expect(length).toBeLessThanOrEqual(MITER_LIMIT + 1e-6);
      }
      expect(Math.max(...mesh.indices)).toBe(mesh.positions.length / 2 - 1);
    }
  });

  it("puts each point's left vertex at an even index and its right one next (MeshLineLayer's shader reads the side from the index)", () => {
    const topo = JSON.parse(readFileSync(join(import.meta.dirname, '../../../geo/kg.topo.json'), 'utf8')) as Topology;
    const lines = decodeBoundaries(topo).borders.features.flatMap((f) => polylinesOf(f.geometry));
    const mesh = lineMesh(lines);
    for (let v = 0; v < mesh.positions.length / 2; v += 2) {
      expect(mesh.positions[2 * v + 2]).toBe(mesh.positions[2 * v]);
      expect(mesh.positions[2 * v + 3]).toBe(mesh.positions[2 * v + 1]);
      expect(mesh.extrusions[2 * v + 2]).toBe(-mesh.extrusions[2 * v]!);
      expect(mesh.extrusions[2 * v + 3]).toBe(-mesh.extrusions[2 * v + 1]!);
    }
    // Each segment's quad: the even vertex at either end is on the left of the way from one end to the other.
    for (let t = 0; t < mesh.indices.length; t += 6) {
      const [a, , b] = mesh.indices.slice(t, t + 3) as unknown as number[];
      expect(a! % 2).toBe(0);
      expect(b! % 2).toBe(0);
      const east = mesh.positions[2 * b!]! - mesh.positions[2 * a!]!;
      const north = mesh.positions[2 * b! + 1]! - mesh.positions[2 * a! + 1]!;
      // The cross product of the way along and the extrusion: positive when the extrusion is to the left.
      expect(east * mesh.extrusions[2 * a! + 1]! - north * mesh.extrusions[2 * a!]!).toBeGreaterThan(0);
    }
  });
});

describe('polylinesOf', () => {
  it("gives lines' parts and polygons' rings, and nothing for points", () => {
    const ring = [[0, 0], [1, 0], [1, 1], [0, 0]];
    expect(polylinesOf({type: 'LineString', coordinates: [[0, 0], [1, 1]]})).toEqual([[[0, 0], [1, 1]]]);
    expect(polylinesOf({type: 'MultiLineString', coordinates: [[[0, 0], [1, 1]], [[2, 2], [3, 3]]]})).toHaveLength(2);
    expect(polylinesOf({type: 'Polygon', coordinates: [ring, ring]})).toEqual([ring, ring]);
    expect(polylinesOf({type: 'MultiPolygon', coordinates: [[ring], [ring, ring]]})).toHaveLength(3);
    expect(polylinesOf({type: 'Point', coordinates: [0, 0]})).toEqual([]);
    expect(polylinesOf({type: 'GeometryCollection', geometries: [{type: 'LineString', coordinates: [[0, 0], [1, 1]]}]})).toHaveLength(1);
  });
});
