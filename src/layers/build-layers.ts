// (state) → deck.gl layers. Layers are cheap descriptions rebuilt on every change; deck.gl matches
// them by id. This is the only place the draw order is decided:
//   region fills, outlines, city markers → water → green-cluster region outlines → cluster links →
//   energy spokes and sites → growth points → all names (countries, water, regions, growth points).
// Areas first, then lines, then points, so that the more specific thing is always on top; names
// last, on their halos, so that no symbol hides a name (growth-point names are placed around the
// other names and symbols, src/model/label-placement.ts).
import type {Layer, PickingInfo} from '@deck.gl/core';
import {regionNamer} from '../i18n/region-names';
import type {RegionFeature} from '../io/boundaries';
import {LAYER_COLORS} from '../map/layer-colors';
import {MAP_COLORS, type RGBA} from '../map/map-colors';
import {clusterLinks} from '../model/cluster-links';
import {assignSites} from '../model/hub-assignment';
import {markerBox, worldPixels, type Box} from '../model/label-placement';
import type {RegionCode} from '../model/region';
import type {AppState, AtlasData} from '../state/app-state';
import {clusterLinkLayers, drawnLinks, LINKS_LAYER} from './cluster-links-layers';
import {ENERGY_LAYER, energyLayers, energyMarkers, GREEN_LAYER, greenClusterLayers} from './energy-layers';
import {GROWTH_LAYER, growthPointLayers, growthSymbolRadius} from './growth-points-layers';
import {contextLabelLayers, contextLabels, LABEL_STYLE, regionLabelLayers, regionLabels} from './label-layers';
import {regionsLayers} from './regions-layers';
import {measureText} from './text-measure';
import {waterLayers} from './water-layers';

export interface LayerHandlers {
  onRegionHover: (code: RegionCode | null, info: PickingInfo) => void;
  onRegionClick: (code: RegionCode) => void;
  /** Hover over an object of a point/link layer (`layer` as in HoverTarget); id null = left it. */
  onObjectHover: (layer: string, id: string | null, info: PickingInfo) => void;
  onObjectClick: (layer: string, id: string) => void;
}

export interface RegionPaint {
  fill: (code: RegionCode) => RGBA;
  /** Changes whenever `fill`'s results change. */
  key: string;
  emphasised: ReadonlySet<RegionCode> | null;
}

/** Radius of the city markers of regions-layers at country zoom (their radiusMinPixels). */
const CITY_MARKER_RADIUS = 9;

/**
 * `viewport`: the visible area in Web-Mercator world pixels at `zoom` (label placement keeps names
 * inside it); null when unknown.
 */
export function buildLayers(
  state: AppState,
  atlas: AtlasData,
  paint: RegionPaint,
  zoom: number,
  handlers: LayerHandlers,
  viewport: Box | null = null,
): Layer[] {
  const colors = MAP_COLORS[state.theme];
  const layerColors = LAYER_COLORS[state.theme];
  const {lang, layers: visible, region} = state.view;
  const {tables} = atlas;
  const regions = atlas.boundaries.regions.features as RegionFeature[];
  const names = regionNamer(tables.regions);
  const showRegions = visible.includes('regions');
  const showGrowth = visible.includes('growth');
  const showEnergy = visible.includes('energy');
  const showLinks = visible.includes('links');
  const labelPoint = new Map(regions.map((f) => [f.properties.code, f.properties.label]));
  const hoverOf = (layer: string) => (id: string | null, info: PickingInfo) => handlers.onObjectHover(layer, id, info);
  const clickOf = (layer: string) => (id: string) => handlers.onObjectClick(layer, id);
  const growthRows = tables.growthPoints;
  const reserved = showGrowth ? growthRows.map((r) => ({position: [r.lon!, r.lat!] as [number, number], radius: growthSymbolRadius(r)})) : [];

  const energy = showEnergy
    ? energyLayers({
        sites: tables.energySites,
        assignments: assignSites(tables.energySites).assignments,
        colors: layerColors,
        reserved,
        onHover: hoverOf(ENERGY_LAYER),
        onClick: clickOf(ENERGY_LAYER),
      })
    : [];
  const growth = showGrowth
    ? growthPointLayers({
        rows: growthRows,
        lang,
        colors: layerColors,
        label: colors.label,
        labelHalo: colors.labelHalo,
        zoom,
        obstacles: labelObstacles(state, atlas, zoom, reserved),
        viewport,
        // The regions layer already writes "Bishkek" and "Osh" next to the city markers.
        unlabelled: new Set(showRegions ? growthRows.filter((r) => r.oblast_iso === 'KG-GB' || r.oblast_iso === 'KG-GO').map((r) => r.id) : []),
        onHover: hoverOf(GROWTH_LAYER),
        onClick: clickOf(GROWTH_LAYER),
      })
    : {markers: [], labels: []};

  return [
    ...(showRegions
      ? regionsLayers({
          regions,
          colors,
          fill: paint.fill,
          fillKey: paint.key,
          selected: region,
          emphasised: paint.emphasised,
          zoom,
          onHover: handlers.onRegionHover,
          onClick: handlers.onRegionClick,
        })
      : []),
    ...waterLayers(atlas.boundaries, colors),
    ...(showEnergy ? greenClusterLayers({clusters: tables.clusters, regions, onHover: hoverOf(GREEN_LAYER)}) : []),
    ...(showLinks
      ? clusterLinkLayers({
          links: drawnLinks(
            clusterLinks(tables.clusters, state.view.linksets, (code) => labelPoint.get(code)!),
            (code) => labelPoint.get(code)!,
          ),
          colors: layerColors,
          onHover: hoverOf(LINKS_LAYER),
        })
      : []),
    ...energy,
    ...growth.markers,
    ...contextLabelLayers(atlas.boundaries, colors, lang),
    ...(showRegions ? regionLabelLayers(regions, names, colors, lang) : []),
    ...growth.labels,
  ];
}

/**
 * What growth-point names must not cover, in world pixels at `zoom`: the other names on the map,
 * the city markers and, when shown, the energy symbols.
 */
function labelObstacles(
  state: AppState,
  atlas: AtlasData,
  zoom: number,
  reserved: {position: [number, number]; radius: number}[],
): Box[] {
  const {lang, layers: visible} = state.view;
  const boxes: Box[] = [];
  const text = (t: string, position: [number, number], style: {size: number; weight: number}, dx = 0, anchor: 'middle' | 'start' = 'middle') => {
    const [x, y] = worldPixels(position[0], position[1], zoom);
    const w = measureText(t, style.size, style.weight) + 4;
    const h = style.size + 3;
    const x0 = anchor === 'middle' ? x - w / 2 + dx : x + dx;
    boxes.push({x0, y0: y - h / 2, x1: x0 + w, y1: y + h / 2});
  };
  const {countries, water} = contextLabels(atlas.boundaries, lang);
  for (const l of countries) text(l.text, l.position, LABEL_STYLE.context);
  for (const l of water) text(l.text, l.position, LABEL_STYLE.water);
  if (visible.includes('regions')) {
    const regions = atlas.boundaries.regions.features as RegionFeature[];
    for (const l of regionLabels(regions, regionNamer(atlas.tables.regions), lang)) {
      if (l.city) {
        text(l.text, l.position, LABEL_STYLE.city, LABEL_STYLE.city.offsetX, 'start');
        const [x, y] = worldPixels(l.position[0], l.position[1], zoom);
        boxes.push(markerBox(x, y, CITY_MARKER_RADIUS));
      } else text(l.text, l.position, LABEL_STYLE.region);
    }
  }
  if (visible.includes('energy')) {
    const {markers} = energyMarkers({sites: atlas.tables.energySites, colors: LAYER_COLORS[state.theme], reserved});
    for (const m of markers) {
      const [x, y] = worldPixels(m.position[0], m.position[1], zoom);
      boxes.push(markerBox(x + m.offset[0], y + m.offset[1], m.radius));
    }
  }
  return boxes;
}
