// A growth point a scenario adds names the region it belongs to; the point itself may lie elsewhere (a
// scenario file written by hand, or edited). Said as a problem of the edit: the point is still added
// where it is, and the planner sees which of the two to mend.
import {booleanPointInPolygon} from '@turf/turf';
import type {Feature, FeatureCollection, Geometry, MultiPolygon, Polygon} from 'geojson';
import type {EditProblem} from './scenario-apply';
import type {ScenarioEdit} from './scenario';

/** The growth-point additions whose point is not inside the region they name. */
export function growthOutsideRegion(edits: readonly ScenarioEdit[], regions: FeatureCollection<Geometry, {code: string}>): EditProblem[] {
  const area = new Map(regions.features.map((f) => [f.properties.code, f]));
  return edits.flatMap((e, index): EditProblem[] => {
    if (e.kind !== 'growth-add') return [];
    const region = area.get(e.region);
    if (!region || (region.geometry.type !== 'Polygon' && region.geometry.type !== 'MultiPolygon')) return [];
    return booleanPointInPolygon([e.lon, e.lat], region as Feature<Polygon | MultiPolygon>) ? [] : [{index, reason: 'outside-region'}];
  });
}
