// The keyboard focus on the map, drawn on the thing itself (a CSS outline round the canvas would not
// say which region or point is focused): a ring in the page's focus colour over a contrasting halo,
// so it shows on every choropleth class and in both themes. Regions get their outline traced (cities at
// country zoom: a ring round their marker); growth points a ring just outside their symbol. (Energy
// sites, each beside the others of its place, are ringed by their own code-split module:
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
import {cityRadiusMeters} from './regions-layers';

export type FocusRing =
  /** A region: the ring follows its outline (cities at country zoom: round the marker). */
  | {kind: 'region'; region: RegionFeature}
  /** A growth point: where it is drawn and its symbol's outer radius (px). */
  | {kind: 'point'; position: [number, number]; radius: number};

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
  if (ring.kind === 'region' && !(isCity(ring.region) && zoom < CITY_MARKER_MAX_ZOOM))
    return [
      new MeshLineLayer({id: 'focus-region-halo', data: [ring.region], color: halo, widthPixels: REGION_RING.halo}),
      new MeshLineLayer({id: 'focus-region', data: [ring.region], color, widthPixels: REGION_RING.width}),
    ];
  // A circle's stroke is centred on its radius (deck.gl's ScatterplotLayer).
  const {radius, ...circle} =
    ring.kind === 'region'
      ? {data: [ring.region.properties.label], radiusUnits: 'meters' as const, radiusMinPixels: CITY_FOCUS_MIN_PIXELS, radius: cityRadiusMeters(ring.region) * 1.6}
      : {data: [ring.position], radiusUnits: 'pixels' as const, radiusMinPixels: 0, radius: ring.radius + FOCUS_CIRCLE.gap};
  const common = {
    ...circle,
    getPosition: (d: [number, number]) => d,
    filled: false,
    stroked: true,
    lineWidthUnits: 'pixels' as const,
    // The growth rings' vertex layout: every accessor a function, the unused fill colour too, and the
    // picking attribute, which an integer highlightedObjectIndex keeps without making the ring pickable.
    highlightedObjectIndex: -1,
  };
  const ringOf = (id: string, c: RGBA, width: number) =>
    new GroundScatterplotLayer<[number, number]>({...common, id, ...perObject({getRadius: radius, getLineColor: c, getFillColor: c, getLineWidth: width})});
  return [ringOf('focus-circle-halo', halo, FOCUS_CIRCLE.halo), ringOf('focus-circle', color, FOCUS_CIRCLE.width)];
}
