// Thin lines (region borders, rivers) as one mesh of triangles, for MeshLineLayer.
//
// Why: deck.gl's PathLayer draws every segment as an instance of a small mesh. Chromium's software
// WebGL (SwiftShader, on machines without a GPU) runs an instanced draw instance by instance, at
// ~15 µs each whatever the shader: the default view's 2,088 border and river segments took ~33 ms of
// every frame. The same lines as one plain mesh take a few milliseconds (measured: 2,000 segments,
// 30 ms instanced, 5 ms as a mesh).
//
// Each point of a line becomes two vertices, one either side, each with the point and an extrusion:
// the direction, in Web Mercator units (east, north), to move by half the line's width in pixels.
// The map is never rotated or tilted, and Web Mercator keeps angles, so that direction is the same on
// the screen. Where a line bends, the extrusion is the miter (the bisector, lengthened so that both
// segments keep their width), so the segments meet without a gap and, unless a segment is shorter
// than the line is wide at a sharp turn, without an overlap (one would show as a darker speck where a
// line is translucent, as the rivers are; deck.gl's PathLayer trims that case in its shader).
import type {Geometry, Position} from 'geojson';

/** A line's points as [longitude, latitude]; a ring (closed) comes back to its first point. */
export type Polyline = readonly Position[];

export interface LineMesh {
  /** [longitude, latitude] of each vertex. */
  positions: Float32Array;
  /** [east, north] of each vertex: × half the width in pixels is its offset from its point. */
  extrusions: Float32Array;
  /** Two triangles per segment. */
  indices: Uint32Array;
}

/**
 * Longest extrusion, in half widths. A miter grows as 1 / cos(half the turn) and would spike at a
 * hairpin: beyond this it keeps its direction at this length, so the line narrows at that corner
 * (to 3 × cos(half the turn) half widths: half its width at a 160° turn) instead.
 */
export const MITER_LIMIT = 3;

/** The lines of a geometry: a (multi)line's parts as they are, a (multi)polygon's rings; points none. */
export function polylinesOf(geometry: Geometry): Polyline[] {
  switch (geometry.type) {
    case 'LineString':
      return [geometry.coordinates];
    case 'MultiLineString':
    case 'Polygon':
      return geometry.coordinates;
    case 'MultiPolygon':
      return geometry.coordinates.flat();
    case 'GeometryCollection':
      return geometry.geometries.flatMap(polylinesOf);
    default:
      return [];
  }
}

/** Web Mercator of a longitude/latitude in radians-sized units (east, north); only directions matter. */
function mercator([lng, lat]: Position): [number, number] {
  const phi = (lat! * Math.PI) / 180;
  return [(lng! * Math.PI) / 180, Math.log(Math.tan(Math.PI / 4 + phi / 2))];
}

/** The line's points without repeats (a zero-length segment has no direction). */
function distinctPoints(line: Polyline): Position[] {
  return line.filter((p, i) => i === 0 || p[0] !== line[i - 1]![0] || p[1] !== line[i - 1]![1]);
}

/** The left normal of the unit direction from a to b. */
function leftNormal(a: [number, number], b: [number, number]): [number, number] {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const length = Math.hypot(dx, dy);
  return [-dy / length, dx / length];
}

/** The extrusion at a point between two segments with left normals n1 and n2 (see the file's head). */
function miter(n1: [number, number], n2: [number, number]): [number, number] {
  const mx = n1[0] + n2[0];
  const my = n1[1] + n2[1];
  const length = Math.hypot(mx, my);
  // A full reversal has no bisector: the line turns back on itself. With n1, the next segment's quad
  // twists over this one (drawn twice there); only degenerate data does this.
  if (length < 1e-9) return n1;
  const m: [number, number] = [mx / length, my / length];
  const scale = Math.min(1 / (m[0] * n1[0] + m[1] * n1[1]), MITER_LIMIT);
  return [m[0] * scale, m[1] * scale];
}

/** The mesh of some lines (see the file's head); lines of fewer than two distinct points are left out. */
export function lineMesh(lines: readonly Polyline[]): LineMesh {
  const positions: number[] = [];
  const extrusions: number[] = [];
  const indices: number[] = [];
  for (const line of lines) {
    let points = distinctPoints(line);
    const closed = points.length > 3 && points[0]![0] === points.at(-1)![0] && points[0]![1] === points.at(-1)![1];
    if (closed) points = points.slice(0, -1);
    if (points.length < 2) continue;
    const projected = points.map(mercator);
    const n = projected.length;
    // normals[i]: of the segment from point i to point i + 1 (for a ring, the last one closes it).
    const segments = closed ? n : n - 1;
    const normals = Array.from({length: segments}, (_, i) => leftNormal(projected[i]!, projected[(i + 1) % n]!));
    const first = positions.length / 2;
    points.forEach((p, i) => {
      const before = i > 0 ? normals[i - 1] : closed ? normals[segments - 1] : undefined;
      const after = i < segments ? normals[i] : undefined;
      const [ex, ey] = before && after ? miter(before, after) : (before ?? after)!;
      positions.push(p[0]!, p[1]!, p[0]!, p[1]!);
      extrusions.push(ex, ey, -ex, -ey);
    });
    for (let i = 0; i < segments; i++) {
      const a = first + 2 * i;
      const b = first + 2 * ((i + 1) % n);
      indices.push(a, a + 1, b, a + 1, b + 1, b);
    }
  }
  return {positions: new Float32Array(positions), extrusions: new Float32Array(extrusions), indices: new Uint32Array(indices)};
}
