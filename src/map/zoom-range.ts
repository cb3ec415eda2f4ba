// The zooms the camera can really reach on this screen. maplibre keeps the map's max bounds filling the
// map (atlas-map.ts MAX_BOUNDS), so the farthest zoom is not its minZoom (3) but where those bounds just
// cover the map's box: ~4.7 in a 1280 × 800 window. The zoom buttons and keys need it: at 3 the zoom-out
// button never said it could go no further, and "zoomed out" was said of a press that did nothing.
import type {Map as MapLibreMap} from 'maplibre-gl';

/** Web Mercator y of a latitude, 0 (north edge) to 1 (south edge). */
function mercatorY(lat: number): number {
  return 0.5 - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / (2 * Math.PI);
}

/** The farthest and closest zoom the camera can take now (the bounds and the map's box change). */
export function zoomRange(m: MapLibreMap): {min: number; max: number} {
  const bounds = m.getMaxBounds();
  const box = m.getContainer();
  let min = m.getMinZoom();
  if (bounds && box.clientWidth > 0 && box.clientHeight > 0) {
    // The world is 512 px wide at zoom 0.
    const width = ((bounds.getEast() - bounds.getWest()) / 360) * 512;
    const height = (mercatorY(bounds.getSouth()) - mercatorY(bounds.getNorth())) * 512;
    min = Math.max(min, Math.log2(box.clientWidth / width), Math.log2(box.clientHeight / height));
  }
  return {min, max: m.getMaxZoom()};
}
