// The keyboard focus on the map, drawn on the thing itself (a CSS outline round the canvas would not
// say which region or point is focused): a ring in the page's focus colour over a contrasting halo,
// so it shows on every choropleth class and in both themes. Regions get their outline traced (cities at
// country zoom: a ring round their marker); growth points a ring just outside their symbol. (Energy
// sites, which are stacked beside each other, are ringed by their own code-split module:
// energyFocusLayers in energy-layers.ts.)
//
// Drawn only with programs and vertex layouts that the default view has already drawn (the borders'
// mesh lines; the growth rings' circles, their accessors per object: src/layers/per-object.ts). With
// software WebGL a new one is compiled when first drawn: the first key press on the map waited ~0.2 s
// for its ring when it was drawn with deck.gl's paths.
import type {Layer} from '@deck.gl/core';
import {isCity, type RegionFeature} from '../io/boundaries';
import type {RGBA} from '../map/map-colors';
import {CITY_MARKER_MAX_ZOOM, FOCUS_CIRCLE} from './layer-ids';
import {GroundScatterplotLayer} from './ground-layers';
import {MeshLineLayer} from './mesh-line-layer';
import {perObject} from './per-object';

export interface FocusRing {
  /** A region: its feature; the ring follows its outline (cities at country zoom: round the marker). */
  region?: RegionFeature;
  /** A growth point: where it is drawn and its symbol's outer radius (px). */
  point?: {position: [number, number]; radius: number};
}

/** Radius of the ring round a city marker at country zoom: outside the growth and green-cluster rings. */
const CITY_FOCUS_MIN_PIXELS = 22;
/** A region's outline: the ring's width and its halo's, px. */
const REGION_RING = {width: 3.5, halo: 7} as const;

export interface FocusLayersProps {
  ring: FocusRing;
  zoom: number;
  color: RGBA;
  halo: RGBA;
}

export function focusLayers({ring, zoom, color, halo}: FocusLayersProps): Layer[] {
  const f = ring.region;
  if (f && !(isCity(f) && zoom < CITY_MARKER_MAX_ZOOM))
    return [
      new MeshLineLayer({id: 'focus-region-halo', data: [f], color: halo, widthPixels: REGION_RING.halo}),
      new MeshLineLayer({id: 'focus-region', data: [f], color, widthPixels: REGION_RING.width}),
    ];
  // A circle's stroke is centred on its radius (deck.gl's ScatterplotLayer).
  const circle = f
    ? {data: [f.properties.label], radiusUnits: 'meters' as const, radiusMinPixels: CITY_FOCUS_MIN_PIXELS, radius: Math.sqrt((f.properties.area_km2 * 1e6) / Math.PI) * 1.6}
    : {data: [ring.point!.position], radiusUnits: 'pixels' as const, radiusMinPixels: 0, radius: ring.point!.radius + FOCUS_CIRCLE.gap};
  const common = {
    data: circle.data,
    getPosition: (d: [number, number]) => d,
    radiusUnits: circle.radiusUnits,
    radiusMinPixels: circle.radiusMinPixels,
    filled: false,
    stroked: true,
    lineWidthUnits: 'pixels' as const,
    // Keeps the picking attribute, and so the growth rings' vertex layout, without being pickable.
    highlightedObjectIndex: -1,
  };
  return [
    new GroundScatterplotLayer<[number, number]>({...common, id: 'focus-circle-halo', ...perObject({getRadius: circle.radius, getLineColor: halo, getFillColor: halo, getLineWidth: FOCUS_CIRCLE.halo})}),
    new GroundScatterplotLayer<[number, number]>({...common, id: 'focus-circle', ...perObject({getRadius: circle.radius, getLineColor: color, getFillColor: color, getLineWidth: FOCUS_CIRCLE.width})}),
  ];
}
