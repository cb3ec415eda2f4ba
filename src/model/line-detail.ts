// Lines (region borders, rivers) with the detail the zoom can show, for drawing.
//
// Why: with software WebGL (SwiftShader) every line segment costs GPU time in every frame: ~18 µs as
// an instance of deck.gl's PathLayer (2,421 border segments took 44 ms of each frame), ~3 µs in the
// mesh that draws them now (src/model/line-mesh.ts). At country zoom most of the
// boundary data's points are less than a pixel apart. Simplified (Douglas–Peucker) so that no point
// moves by more than half a pixel, the borders have half as many segments at the default zoom of a
// 1280 × 800 window (5.9: 1,190 instead of 2,421), a third fewer at 1920 × 1080 (6.6). The
// region fills keep every point: the outline stays on their edge to within that half pixel.
import type {Feature, FeatureCollection, GeoJsonProperties, Geometry, Position} from 'geojson';
import simplify from 'simplify-js';

/** From this zoom on, lines are drawn with every point. */
export const FULL_DETAIL_ZOOM = 10;
/** The largest shift of a point, in screen pixels, at the whole zoom level below the map's zoom. */
const TOLERANCE_PX = 0.25;
/**
 * Degrees of latitude look longer on a Web Mercator map than degrees of longitude, by 1 / cos(lat):
 * at Kyrgyzstan's northern edge (43.3° N), ×1.37. The tolerance in degrees is divided by it.
 */
const MERCATOR_STRETCH = 1 / Math.cos((43.3 * Math.PI) / 180);

/** Degrees of longitude per screen pixel at `zoom` (512-pixel Web Mercator tiles). */
export const degreesPerPixel = (zoom: number) => 360 / (512 * 2 ** zoom);

const simplified = new WeakMap<FeatureCollection, Map<number, FeatureCollection>>();

/**
 * `lines` for drawing at `zoom`: simplified for the whole zoom level below it (a point moves by at
 * most TOLERANCE_PX there, 2 × TOLERANCE_PX just before the next level), or `lines` itself from
 * FULL_DETAIL_ZOOM on. The same object for the same level, so deck.gl keeps its buffers while one
 * zooms within a level.
 */
export function linesForZoom<G extends Geometry, P extends GeoJsonProperties>(lines: FeatureCollection<G, P>, zoom: number): FeatureCollection<G, P> {
  const level = Math.floor(zoom);
  if (level >= FULL_DETAIL_ZOOM) return lines;
  let levels = simplified.get(lines);
  if (!levels) simplified.set(lines, (levels = new Map()));
  let drawn = levels.get(level);
  if (!drawn) {
    const tolerance = (TOLERANCE_PX * degreesPerPixel(level)) / MERCATOR_STRETCH;
    drawn = {...lines, features: lines.features.map((f) => simplifyFeature(f, tolerance))};
    levels.set(level, drawn);
  }
  return drawn as FeatureCollection<G, P>;
}

/** A line with Douglas–Peucker (its ends, where borders meet, are kept); other geometry as it is. */
function simplifyFeature(f: Feature, tolerance: number): Feature {
  const line = (points: Position[]) => simplify(points.map(([x, y]) => ({x: x!, y: y!})), tolerance, true).map((p) => [p.x, p.y]);
  const g = f.geometry;
  if (g.type === 'LineString') return {...f, geometry: {...g, coordinates: line(g.coordinates)}};
  if (g.type === 'MultiLineString') return {...f, geometry: {...g, coordinates: g.coordinates.map(line)}};
  return f;
}
