// Where the map's camera may go (src/map/atlas-map.ts): maplibre zooms in until the camera's bounds
// fill the map, so bounds that span too little latitude stop a tall phone's map from zooming out far
// enough to fit the country (it was cut off east and west on 390–414 px wide phones).
import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {KG_BOUNDS, MAX_BOUNDS, MIN_ZOOM, PHONE_MAX_BOUNDS} from '../../../src/map/atlas-map';

/** Web Mercator world pixels at zoom 0 (maplibre's 512 px tiles). */
const TILE = 512;
const x0 = (lon: number) => ((lon + 180) / 360) * TILE;
const y0 = (lat: number) => ((180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360))) / 360) * TILE;
/** Width and height at zoom 0 of a [west, south, east, north] box. */
const size0 = ([w, s, e, n]: readonly number[]) => [x0(e!) - x0(w!), y0(s!) - y0(n!)] as const;

/** The fit's padding (AtlasMap's fitBoundsOptions and fitKyrgyzstan). */
const PADDING = 24;
/** The zoom at which maplibre's fitBounds puts the country in a map of this size. */
function fitZoom(width: number, height: number): number {
  const [w, h] = size0(KG_BOUNDS);
  return Math.log2(Math.min((width - 2 * PADDING) / w, (height - 2 * PADDING) / h));
}
/** The lowest zoom at which the camera's bounds still fill a map of this size (maplibre zooms in to it). */
function boundsZoom(bounds: readonly number[], width: number, height: number): number {
  const [w, h] = size0(bounds);
  return Math.max(MIN_ZOOM, Math.log2(Math.max(width / w, height / h)));
}

/**
 * Phones' maps (CSS px): the screen less the header (56 px) and the sheet's peek (104–119 px). 390 × 684 and
 * 414 × 736 are the maps of the 390 × 844 and 414 × 896 phones; 360 × 800 and 430 × 932 screens are taller still.
 */
const PHONE_MAPS: [number, number][] = [
  [320, 465],
  [360, 640],
  [390, 684],
  [414, 736],
  [430, 772],
];
const DESKTOP_MAPS: [number, number][] = [
  [960, 744],
  [1600, 1024],
];

describe("the map's camera bounds", () => {
  it.each(PHONE_MAPS)('let a %i × %i phone map zoom out far enough to fit the whole country', (width, height) => {
    expect(boundsZoom(MAX_BOUNDS, width, height)).toBeLessThanOrEqual(fitZoom(width, height));
  });

  it.each(DESKTOP_MAPS)('leave a %i × %i desktop map its fit of the country', (width, height) => {
    expect(boundsZoom(MAX_BOUNDS, width, height)).toBeLessThanOrEqual(fitZoom(width, height));
  });

  it("stay inside the basemap's data, so that its edge is never in view (south of it only while a sheet covers the map's lower part)", () => {
    const topo = JSON.parse(readFileSync(new URL('../../../geo/kg.topo.json', import.meta.url), 'utf8')) as {bbox: number[]};
    const [west, south, east, north] = topo.bbox as [number, number, number, number];
    const [w, s, e, n] = MAX_BOUNDS;
    expect(w).toBeGreaterThanOrEqual(west);
    expect(s).toBeGreaterThanOrEqual(south);
    expect(e).toBeLessThanOrEqual(east);
    expect(n).toBeLessThanOrEqual(north);
    // The phone's bounds with a sheet differ only in going further south.
    expect([PHONE_MAX_BOUNDS[0], PHONE_MAX_BOUNDS[2], PHONE_MAX_BOUNDS[3]]).toEqual([w, e, n]);
    expect(PHONE_MAX_BOUNDS[1]).toBeLessThan(s);
  });
});
