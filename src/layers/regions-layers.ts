// The nine regions as deck.gl layers: fills (pickable), outlines, the selected outline, and circle
// markers that keep the two cities (Bishkek ~112 km², Osh a schematic disc) visible and clickable
// at country zoom, where their polygons are a few pixels wide.
import type {Layer, PickingInfo} from '@deck.gl/core';
import type {FeatureCollection, MultiLineString} from 'geojson';
import {isCity, type RegionFeature} from '../io/boundaries';
import type {MapColors, RGBA} from '../map/map-colors';
import {linesForZoom} from '../model/line-detail';
import type {RegionCode} from '../model/region';
import {CITY_MARKER_MAX_ZOOM} from './layer-ids';
import {GroundGeoJsonLayer, GroundScatterplotLayer} from './ground-layers';
import {MeshLineLayer} from './mesh-line-layer';

export interface RegionsLayersProps {
  regions: RegionFeature[];
  /**
   * The regions' outlines, each border once (Boundaries.borders): drawn per region, a shared border
   * was drawn twice, and with software WebGL every line segment costs GPU time in every frame.
   */
  borders: FeatureCollection<MultiLineString>;
  colors: MapColors;
  /** Fill colour of a region; `fillKey` must change whenever the function's results change. */
  fill: (code: RegionCode) => RGBA;
  fillKey: string;
  selected: RegionCode | null;
  /**
   * The region under the pointer, highlighted. Driven by the store rather than deck.gl's autoHighlight,
   * which keeps its highlight after the pointer has left the map.
   */
  hovered?: RegionCode | null;
  /** Regions not in the legend filter are drawn faded. Null = no filter. */
  emphasised: ReadonlySet<RegionCode> | null;
  zoom: number;
  onHover: (code: RegionCode | null, info: PickingInfo) => void;
  /** `info` and `event`, deck.gl's: a finger's tap may mean a symbol beside it (tap-near-symbol.ts). */
  onClick: (code: RegionCode, info?: PickingInfo, event?: unknown) => void;
}

/** Radius of a city marker at country zoom, px (it grows to the city's true size as one zooms in). */
export const CITY_MARKER_MIN_RADIUS = 9;

/** A city marker's radius in metres: the disc of the city's area, so that it becomes the city's true size. */
export const cityRadiusMeters = (f: RegionFeature): number => Math.sqrt((f.properties.area_km2 * 1e6) / Math.PI);

export function regionsLayers(p: RegionsLayersProps): Layer[] {
  const fade = (code: RegionCode, c: RGBA): RGBA =>
    p.emphasised && !p.emphasised.has(code) ? [c[0], c[1], c[2], Math.round(c[3] * 0.25)] : c;
  const fillColor = (f: RegionFeature) => fade(f.properties.code, p.fill(f.properties.code));
  const trigger = `${p.fillKey}|${p.emphasised ? [...p.emphasised].join(',') : '*'}`;
  const hover = (info: PickingInfo) => p.onHover((info.object as RegionFeature | undefined)?.properties.code ?? null, info);
  const click = (info: PickingInfo, event: unknown) => {
    const code = (info.object as RegionFeature | undefined)?.properties.code;
    if (code) p.onClick(code, info, event);
  };
  const cities = p.regions.filter(isCity);
  const selected = p.regions.filter((f) => f.properties.code === p.selected);
  const hovered = p.hovered ?? null;
  const indexOf = (list: RegionFeature[]) => (hovered ? list.findIndex((f) => f.properties.code === hovered) : -1);

  return [
    new GroundGeoJsonLayer<RegionFeature['properties']>({
      id: 'regions-fill',
      data: p.regions,
      filled: true,
      stroked: false,
      getFillColor: fillColor as never,
      updateTriggers: {getFillColor: trigger},
      pickable: true,
      highlightedObjectIndex: indexOf(p.regions),
      highlightColor: p.colors.hover,
      onHover: hover,
      onClick: click,
    }),
    new MeshLineLayer({id: 'regions-outline', data: linesForZoom(p.borders, p.zoom).features, color: p.colors.regionLine, widthPixels: 1.2}),
    new MeshLineLayer({id: 'regions-selected', data: selected, color: p.colors.regionLineSelected, widthPixels: 3}),
    new GroundScatterplotLayer<RegionFeature>({
      id: 'regions-city-markers',
      data: cities,
      visible: p.zoom < CITY_MARKER_MAX_ZOOM,
      getPosition: (f) => f.properties.label,
      getRadius: cityRadiusMeters,
      radiusUnits: 'meters',
      radiusMinPixels: CITY_MARKER_MIN_RADIUS,
      getFillColor: fillColor,
      stroked: true,
      getLineColor: (f) =>
        f.properties.code === p.selected ? p.colors.regionLineSelected : p.colors.regionLine,
      lineWidthUnits: 'pixels',
      getLineWidth: (f) => (f.properties.code === p.selected ? 3 : 1.5),
      updateTriggers: {getFillColor: trigger, getLineColor: `${p.selected}|${p.colors.regionLine.join()}`, getLineWidth: p.selected},
      pickable: true,
      highlightedObjectIndex: indexOf(cities),
      highlightColor: p.colors.hover,
      onHover: hover,
      onClick: click,
    }),
  ];
}
