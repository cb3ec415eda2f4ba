// The keyboard focus on the map, drawn on the thing itself (a CSS outline round the canvas would not
// say which region or point is focused): a ring in the page's focus colour over a contrasting halo,
// so it shows on every choropleth class and in both themes. Regions get their outline traced (cities at
// country zoom: a ring round their marker); points a ring just outside their symbol.
import type {Layer} from '@deck.gl/core';
import {isCity, type RegionFeature} from '../io/boundaries';
import type {RGBA} from '../map/map-colors';
import {CITY_MARKER_MAX_ZOOM} from './layer-ids';
import {GroundGeoJsonLayer, GroundScatterplotLayer} from './ground-layers';
import {ScreenIconLayer} from './icon-layers';

export interface FocusRing {
  /** A region: its feature; the ring follows its outline (cities at country zoom: round the marker). */
  region?: RegionFeature;
  /** A point: where it is drawn, its symbol's outer radius and screen offset (px). */
  point?: {position: [number, number]; radius: number; offset: [number, number]};
}

/** Radius of the ring round a city marker at country zoom: outside the growth and green-cluster rings. */
const CITY_FOCUS_MIN_PIXELS = 22;

function ringSvg(radius: number, color: RGBA, halo: RGBA): {url: string; size: number} {
  const size = Math.ceil(radius + 6) * 2;
  const c = size / 2;
  const rgb = (x: RGBA) => `rgb(${x[0]},${x[1]},${x[2]})`;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}"><circle cx="${c}" cy="${c}" r="${radius}" fill="none" stroke="${rgb(halo)}" stroke-width="6"/><circle cx="${c}" cy="${c}" r="${radius}" fill="none" stroke="${rgb(color)}" stroke-width="3"/></svg>`;
  return {url: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`, size};
}

export interface FocusLayersProps {
  ring: FocusRing;
  zoom: number;
  color: RGBA;
  halo: RGBA;
}

export function focusLayers({ring, zoom, color, halo}: FocusLayersProps): Layer[] {
  if (ring.region) {
    const f = ring.region;
    if (isCity(f) && zoom < CITY_MARKER_MAX_ZOOM) {
      const radius = Math.sqrt((f.properties.area_km2 * 1e6) / Math.PI) * 1.6;
      const common = {data: [f], getPosition: (d: RegionFeature) => d.properties.label, getRadius: radius, radiusUnits: 'meters' as const, radiusMinPixels: CITY_FOCUS_MIN_PIXELS, filled: false, stroked: true, lineWidthUnits: 'pixels' as const};
      return [
        new GroundScatterplotLayer<RegionFeature>({...common, id: 'focus-city-halo', getLineColor: halo, getLineWidth: 6, updateTriggers: {getLineColor: halo.join()}}),
        new GroundScatterplotLayer<RegionFeature>({...common, id: 'focus-city', getLineColor: color, getLineWidth: 3, updateTriggers: {getLineColor: color.join()}}),
      ];
    }
    const common = {data: [f], filled: false, stroked: true, lineWidthUnits: 'pixels' as const, lineJointRounded: true};
    return [
      new GroundGeoJsonLayer({...common, id: 'focus-region-halo', getLineColor: halo, getLineWidth: 7, updateTriggers: {getLineColor: halo.join()}}),
      new GroundGeoJsonLayer({...common, id: 'focus-region', getLineColor: color, getLineWidth: 3.5, updateTriggers: {getLineColor: color.join()}}),
    ];
  }
  const p = ring.point!;
  const icon = ringSvg(p.radius + 4, color, halo);
  return [
    new ScreenIconLayer<typeof p>({
      id: 'focus-point',
      data: [p],
      getPosition: (d) => d.position,
      getPixelOffset: (d) => d.offset,
      getIcon: () => ({id: `focus-${icon.size}-${color.join()}`, url: icon.url, width: icon.size, height: icon.size, mask: false}),
      getSize: icon.size,
      sizeUnits: 'pixels',
      updateTriggers: {getIcon: `${icon.size}|${color.join()}`, getPixelOffset: p.offset.join()},
    }),
  ];
}
