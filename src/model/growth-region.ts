// A growth point a scenario adds names the region it belongs to; the point itself may lie elsewhere (a
// scenario file written by hand, or edited). Said as a problem of the edit: the point is still added
// where it is, and the planner sees which of the two to mend.
//
// The region boundaries are Natural Earth's 10 m admin-1 (geo/README.md), compiled for maps at
// 1:10,000,000: a line drawn at that scale holds to about 0.5 mm on the map, 5 km on the ground (the
// shipped file's quantisation, ~30 m, and its light simplification add little). A point that close to
// the region named for it may well be in it: the atlas's own Kara-Suu (GP14, a town on the Uzbek border
// its data places in Osh Region) lies 1.5 km outside Natural Earth's Osh Region. So within
// EDGE_TOLERANCE_KM it is a caution ("may lie outside; the boundaries are approximate"), not an error.
import {booleanPointInPolygon} from '@turf/turf';
import type {Feature, FeatureCollection, Geometry, MultiPolygon, Polygon} from 'geojson';
import type {EditProblem} from './scenario-apply';
import type {ScenarioEdit} from './scenario';

/** How far outside its region's drawn boundary a point is only cautioned about, in km (see above). */
export const EDGE_TOLERANCE_KM = 5;

/**
 * The growth-point additions whose point is not inside the region they name: 'near-region-edge' within
 * EDGE_TOLERANCE_KM of its boundary, 'outside-region' beyond.
 */
export function growthOutsideRegion(edits: readonly ScenarioEdit[], regions: FeatureCollection<Geometry, {code: string}>): EditProblem[] {
  const area = new Map(regions.features.map((f) => [f.properties.code, f]));
  return edits.flatMap((e, index): EditProblem[] => {
    if (e.kind !== 'growth-add') return [];
    const region = area.get(e.region);
    if (!region || (region.geometry.type !== 'Polygon' && region.geometry.type !== 'MultiPolygon')) return [];
    const polygon = region as Feature<Polygon | MultiPolygon>;
    if (booleanPointInPolygon([e.lon, e.lat], polygon)) return [];
    return [{index, reason: edgeDistanceKm(e.lon, e.lat, polygon.geometry) <= EDGE_TOLERANCE_KM ? 'near-region-edge' : 'outside-region'}];
  });
}

const KM_PER_DEGREE = 6371.0088 * (Math.PI / 180);

/**
 * The distance from a point to the nearest edge of a polygon, in km: on a plane tangent at the point
 * (longitudes shrunk by the cosine of its latitude), within 0.1 % at the few km this is asked about.
 * Our own ~10 lines: turf's pointToPolygonDistance would draw more of @turf/helpers into the first
 * view's shared chunk (vite.config.ts), some 650 B.
 */
export function edgeDistanceKm(lon: number, lat: number, geometry: Polygon | MultiPolygon): number {
  const kx = Math.cos((lat * Math.PI) / 180) * KM_PER_DEGREE;
  const rings = geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
  let best = Infinity;
  for (const ring of rings)
    for (let i = 1; i < ring.length; i++) {
      const [ax, ay] = [(ring[i - 1]![0]! - lon) * kx, (ring[i - 1]![1]! - lat) * KM_PER_DEGREE];
      const [bx, by] = [(ring[i]![0]! - lon) * kx, (ring[i]![1]! - lat) * KM_PER_DEGREE];
      const [dx, dy] = [bx - ax, by - ay];
      const len = dx * dx + dy * dy;
      // The nearest point of the segment to the origin (the point asked about).
      const k = len === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len));
      best = Math.min(best, Math.hypot(ax + k * dx, ay + k * dy));
    }
  return best;
}
