// (state) → deck.gl layers. Layers are cheap descriptions rebuilt on every change; deck.gl matches
// them by id. This is the only place the draw order is decided:
//   region fills, outlines, city markers → water → green-cluster region outlines → cluster links →
//   names of countries, water and regions → energy spokes and sites → growth points → their names.
// Areas, then lines, then points: the more specific thing is on top. Area names go under the point
// symbols: a symbol marks one exact place and hides only a letter of a name that can still be read,
// whereas a name drawn over a small town's dot hides the town. Names of growth points come last,
// placed around every other name and symbol (src/model/label-placement.ts).
import type {Layer, PickingInfo} from '@deck.gl/core';
import {regionNamer} from '../i18n/region-names';
import type {RegionFeature} from '../io/boundaries';
import type {GrowthPointRow} from '../io/schemas';
import {LAYER_COLORS} from '../map/layer-colors';
import {MAP_COLORS, type RGBA} from '../map/map-colors';
import {clusterLinks} from '../model/cluster-links';
import {assignSites} from '../model/hub-assignment';
import {markerBox, worldPixels, type Box} from '../model/label-placement';
import type {RegionCode} from '../model/region';
import type {AppState, AtlasData} from '../state/app-state';
import {clusterLinkLayers, drawnLinks, LINKS_LAYER} from './cluster-links-layers';
import {
  ENERGY_LAYER,
  energyLayers,
  energyMarkers,
  energySymbolScale,
  GREEN_CITY_RING_RADIUS,
  GREEN_LAYER,
  greenClusterLayers,
  greenRegionClusters,
} from './energy-layers';
import {GROWTH_LAYER, growthPointLayers, growthSymbolRadius, type CityRing} from './growth-points-layers';
import {contextLabelLayers, contextLabels, LABEL_STYLE, regionLabelLayers, regionLabels} from './label-layers';
import {noDataLayers} from './no-data-layers';
import {isCity, regionsLayers} from './regions-layers';
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
  /** Regions whose value is unknown: drawn with a dot pattern over their fill. */
  unknown?: ReadonlySet<RegionCode>;
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
        scale: energySymbolScale(zoom),
        assignments: assignSites(tables.energySites, atlas.hubOverrides).assignments,
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
        cityRings: showRegions ? cityRings(growthRows, regions, showEnergy ? greenRegionClusters(tables.clusters).flatMap((c) => c.regions) : []) : new Map(),
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
    ...(showRegions && paint.unknown?.size
      ? noDataLayers({regions, unknown: paint.unknown, emphasised: paint.emphasised, theme: state.theme})
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
    ...contextLabelLayers(atlas.boundaries, colors, lang),
    // With growth points shown, Bishkek and Osh are named with them (placed around their neighbours).
    ...(showRegions ? regionLabelLayers(showGrowth ? regions.filter((f) => !isCity(f)) : regions, names, colors, lang) : []),
    ...energy,
    ...growth.markers,
    ...growth.labels,
  ];
}

/**
 * Bishkek and Osh: the growth points that are cities of the regions layer, with their markers and
 * whether a green-cluster ring surrounds them (`ringed`: region codes with such a ring).
 */
function cityRings(rows: readonly GrowthPointRow[], regions: readonly RegionFeature[], ringed: readonly RegionCode[]) {
  const rings = new Map<string, CityRing>();
  for (const row of rows) {
    const city = regions.find((f) => f.properties.code === row.oblast_iso && isCity(f));
    if (city)
      rings.set(row.id, {
        position: city.properties.label,
        radiusMeters: Math.sqrt((city.properties.area_km2 * 1e6) / Math.PI),
        surroundPx: ringed.includes(city.properties.code) ? GREEN_CITY_RING_RADIUS + 2 : 0,
      });
  }
  return rings;
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
  const text = (t: string, position: [number, number], style: {size: number; weight: number}) => {
    const [x, y] = worldPixels(position[0], position[1], zoom);
    const w = measureText(t, style.size, style.weight) + 4;
    const h = style.size + 3;
    boxes.push({x0: x - w / 2, y0: y - h / 2, x1: x + w / 2, y1: y + h / 2});
  };
  const {countries, water} = contextLabels(atlas.boundaries, lang);
  for (const l of countries) text(l.text, l.position, LABEL_STYLE.context);
  for (const l of water) text(l.text, l.position, LABEL_STYLE.water);
  if (visible.includes('regions')) {
    const regions = atlas.boundaries.regions.features as RegionFeature[];
    // City names are placed with the growth points (see buildLayers); their markers are obstacles.
    for (const l of regionLabels(regions, regionNamer(atlas.tables.regions), lang)) {
      if (l.city) {
        const [x, y] = worldPixels(l.position[0], l.position[1], zoom);
        boxes.push(markerBox(x, y, CITY_MARKER_RADIUS));
      } else text(l.text, l.position, LABEL_STYLE.region);
    }
  }
  if (visible.includes('energy')) {
    const {markers} = energyMarkers({
      sites: atlas.tables.energySites,
      colors: LAYER_COLORS[state.theme],
      reserved,
      scale: energySymbolScale(zoom),
    });
    for (const m of markers) {
      const [x, y] = worldPixels(m.position[0], m.position[1], zoom);
      boxes.push(markerBox(x + m.offset[0], y + m.offset[1], m.radius));
    }
  }
  return boxes;
}
