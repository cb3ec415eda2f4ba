// Osh city (KG-GO) is not a polygon in Natural Earth: it is part of Osh oblast there. The product needs
// nine selectable regions, so we draw an honest stand-in: a disc of the city's official area around the
// city's GeoNames point, cut out of Osh oblast. It is flagged `schematic` and the UI says so; it is
// not a surveyed boundary.
import * as turf from '@turf/turf';

/**
 * @param {{oblast: GeoJSON.Feature, centre: [number, number], areaKm2: number, steps?: number}} input
 * @returns {{city: GeoJSON.Feature, oblast: GeoJSON.Feature}}
 */
export function buildOshCityDisc({oblast, centre, areaKm2, steps = 64}) {
  if (!turf.booleanPointInPolygon(centre, oblast)) throw new Error('osh-city: the centre is not inside Osh oblast');
  // r = sqrt(A / π). turf.circle places vertices by geodesic distance, so the polygon's area is within
  // a fraction of a percent of A for this size (the inscribed 64-gon loses 0.16%).
  const radiusKm = Math.sqrt(areaKm2 / Math.PI / (Math.sin((2 * Math.PI) / steps) * steps / (2 * Math.PI)));
  const disc = turf.circle(centre, radiusKm, {steps, units: 'kilometers'});
  const rest = turf.difference(turf.featureCollection([oblast, disc]));
  if (!rest) throw new Error('osh-city: cutting the disc removed all of Osh oblast');
  return {
    city: {
      type: 'Feature',
      id: 'KG-GO',
      properties: {iso_3166_2: 'KG-GO', name: 'Osh', schematic: true},
      geometry: disc.geometry,
    },
    oblast: {type: 'Feature', id: oblast.id, properties: {...oblast.properties}, geometry: rest.geometry},
  };
}
