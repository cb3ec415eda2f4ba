// (state) → deck.gl layers. Layers are cheap descriptions rebuilt on every change; deck.gl matches
// them by id. This is the only place the draw order is decided:
//   region fills, outlines, city markers → water → green-cluster region outlines → cluster links →
//   names of countries, water and regions (with the growth points' names of their weight) → energy
//   spokes and sites → growth points → the other growth-point names → the keyboard focus ring.
// Areas, then lines, then points: the more specific thing is on top. Names are placed in screen space
// (src/model/label-placement.ts) so that they cover neither symbols nor each other: country names first
// (on their point, else beside it away from Kyrgyzstan, else left out), region names (on their point,
// else just beside it; always written), then water names (left out where they do not fit), then
// growth-point names around everything else. Where a region name cannot avoid a symbol,
// it goes under it: a symbol hides a letter of a name that can still be read, a name would hide a town.
import type {Layer, PickingInfo} from '@deck.gl/core';
import {regionNamer} from '../i18n/region-names';
import {isCity, type RegionFeature} from '../io/boundaries';
import type {GrowthPointRow} from '../io/schemas';
import {greenRegionClusters, LAYER_COLORS} from '../map/layer-colors';
import {MAP_COLORS, type RGBA} from '../map/map-colors';
import {markerBox, worldPixels, type Box} from '../model/label-placement';
import type {RegionCode} from '../model/region';
import type {AppState, AtlasData} from '../state/app-state';
import type {EnergyMarker} from './energy-markers';
import {focusLayers, type FocusRing} from './focus-layers';
import {growthPointLayers, growthSymbolRadius, symbolOf, type CityRing} from './growth-points-layers';
import {COMPACT_NAMES_BELOW_ZOOM, contextNames, nameLayers, namesSonKul, placeContextLabels, placeRegionLabels, regionLabels, regionNames} from './label-layers';
import {lazyEnergy, lazyLinks, lazyNoData, type LazyLoadHandlers} from './lazy-layers';
import {ENERGY_LAYER, GREEN_CITY_RING_RADIUS, GREEN_LAYER, GROWTH_LAYER, LINKS_LAYER} from './layer-ids';
import {cityRadiusMeters, CITY_MARKER_MIN_RADIUS, regionsLayers} from './regions-layers';
import {waterLayers} from './water-layers';
import {useWebMercatorShaders} from './web-mercator-shaders';

useWebMercatorShaders();

/** What the layers report to the page; `redraw` and `onLoadError` concern code-split families. */
export interface LayerHandlers extends LazyLoadHandlers {
  onRegionHover: (code: RegionCode | null, info: PickingInfo) => void;
  /**
   * `info` and `event`: deck.gl's, when the click is on the map. Once a pointer has come onto the map,
   * tap-near-symbol.ts wraps it: a finger's tap beside a small symbol is the symbol's.
   */
  onRegionClick: (code: RegionCode, info?: PickingInfo, event?: unknown) => void;
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
  const hoverOf = (layer: string) => (id: string | null, info: PickingInfo) => handlers.onObjectHover(layer, id, info);
  const clickOf = (layer: string) => (id: string) => handlers.onObjectClick(layer, id);
  const growthRows = tables.growthPoints;
  const hover = state.hover?.target ?? null;
  const hoveredObject = (layer: string) => (hover?.kind === 'object' && hover.layer === layer ? hover.id : null);
  const reserved = showGrowth ? growthRows.map((r) => ({position: [r.lon!, r.lat!] as [number, number], radius: growthSymbolRadius(r)})) : [];

  const cityRingsShown = showRegions
    ? cityRings(growthRows, regions, showEnergy ? greenRegionClusters(tables.clusters).flatMap((c) => c.regions) : [])
    : new Map<string, CityRing>();
  // The energy layers' module (code-split): its two families, and where their symbols go, which the
  // names avoid and the keyboard focus rings. Nothing of it until it has loaded.
  const energyModule = showEnergy ? lazyEnergy.moduleOrLoad(handlers) : null;
  const energyInputs = {sites: tables.energySites, zoom, colors: layerColors, reserved};
  const placedEnergy = energyModule?.energyMarkers(energyInputs);
  const energyMarkers = placedEnergy?.markers ?? [];
  const energy =
    energyModule && placedEnergy
      ? energyModule.energyLayers({...energyInputs, placed: placedEnergy, hubOverrides: atlas.hubOverrides, onHover: hoverOf(ENERGY_LAYER), onClick: clickOf(ENERGY_LAYER)})
      : [];
  // Names of countries, then of regions, then of water, clear of every symbol; then growth-point names,
  // clear of those too.
  const symbols = symbolBoxes(state, atlas, zoom, cityRingsShown, energyMarkers);
  const symbolObstacles = [...symbols.cities, ...symbols.energy, ...symbols.growth];
  const countryNames = placeContextLabels('countries', atlas.boundaries, lang, zoom, symbolObstacles, viewport);
  const countryBoxes = countryNames.map((l) => l.box);
  const placedRegionNames = showRegions
    ? placeRegionLabels(
        regionLabels(showGrowth ? regions.filter((f) => !isCity(f)) : regions, names, lang, zoom < COMPACT_NAMES_BELOW_ZOOM),
        zoom,
        [...countryBoxes, ...symbolObstacles],
        viewport,
      )
    : [];
  const waterNames = placeContextLabels('water', atlas.boundaries, lang, zoom, [...countryBoxes, ...placedRegionNames.map((l) => l.box), ...symbolObstacles], viewport);
  const contextBoxes = [...countryBoxes, ...waterNames.map((l) => l.box)];
  const growth = showGrowth
    ? growthPointLayers({
        rows: growthRows,
        lang,
        colors: layerColors,
        label: colors.label,
        zoom,
        obstacles: [...contextBoxes, ...placedRegionNames.map((l) => l.box), ...symbols.cities, ...symbols.energy],
        viewport,
        cityRings: cityRingsShown,
        onHover: hoverOf(GROWTH_LAYER),
        onClick: clickOf(GROWTH_LAYER),
        hovered: hoveredObject(GROWTH_LAYER),
      })
    : {markers: [], clearNames: [], cityNames: []};
  // Names under the symbols: countries, water, regions (a region's name may go under a symbol); with
  // them, in the same text layers, the growth points' names of a weight they have, as those are placed
  // clear of every symbol (the same picture, and each text layer fewer is two draws fewer per frame).
  const namesUnder = [...contextNames({countries: countryNames, water: waterNames}, colors), ...(showRegions ? regionNames(placedRegionNames, colors) : [])];
  const weightsUnder = new Set(namesUnder.map((n) => n.style.weight));
  const growthNamesUnder = growth.clearNames.filter((n) => weightsUnder.has(n.style.weight));
  const growthNamesOver = [...growth.clearNames.filter((n) => !weightsUnder.has(n.style.weight)), ...growth.cityNames];

  const ring = focusRing(state, atlas, zoom, cityRingsShown, energyMarkers);
  const ringColors = {color: colors.focus, halo: colors.focusHalo};
  const ringLayers = !ring
    ? []
    : ring.kind === 'energy'
      ? (energyModule?.energyFocusLayers({marker: ring.marker, ...ringColors}) ?? [])
      : focusLayers({ring, zoom, ...ringColors});
  return withoutEmpty([
    ...(showRegions
      ? regionsLayers({
          regions,
          borders: atlas.boundaries.borders,
          colors,
          fill: paint.fill,
          fillKey: paint.key,
          selected: region,
          emphasised: paint.emphasised,
          zoom,
          onHover: handlers.onRegionHover,
          // Looked up at each click: tap-near-symbol.ts wraps it once loaded.
          onClick: (...a) => handlers.onRegionClick(...a),
          hovered: hover?.kind === 'region' ? hover.code : null,
        })
      : []),
    ...(showRegions && paint.unknown?.size
      ? lazyNoData.layersOrLoad({regions, unknown: paint.unknown, emphasised: paint.emphasised, theme: state.theme}, handlers)
      : []),
    ...waterLayers(atlas.boundaries, colors, zoom, namesSonKul(waterNames, lang)),
    ...(energyModule?.greenClusterLayers({clusters: tables.clusters, regions, onHover: hoverOf(GREEN_LAYER)}) ?? []),
    ...(showLinks
      ? lazyLinks.layersOrLoad(
          {
            clusters: tables.clusters,
            families: state.view.linksets,
            regions,
            colors: layerColors,
            onHover: hoverOf(LINKS_LAYER),
            hovered: hoveredObject(LINKS_LAYER),
          },
          handlers,
        )
      : []),
    // With growth points shown, Bishkek and Osh are named with them (placed around their neighbours).
    ...nameLayers([...namesUnder, ...growthNamesUnder], colors),
    ...energy,
    ...growth.markers,
    ...nameLayers(growthNamesOver, colors, 'growth-labels'),
    ...ringLayers,
  ]);
}

/**
 * The layers that have something to draw. A layer with an empty list draws nothing, but deck.gl still
 * sets it up; a text layer with no text gets an empty font atlas, which WebGL refuses with a warning
 * ("texSubImage2D: no canvas").
 */
function withoutEmpty(layers: Layer[]): Layer[] {
  return layers.filter((layer) => !(Array.isArray(layer.props.data) && layer.props.data.length === 0));
}

/**
 * Where the keyboard focus ring goes, if the focused thing is drawn. An energy site's is drawn by the
 * energy module (energyFocusLayers), with its symbols.
 */
function focusRing(
  state: AppState,
  atlas: AtlasData,
  zoom: number,
  rings: ReadonlyMap<string, CityRing>,
  energyMarkers: readonly EnergyMarker[],
): FocusRing | {kind: 'energy'; marker: EnergyMarker} | null {
  const focus = state.mapFocus;
  const visible = state.view.layers;
  if (!focus) return null;
  if (focus.kind === 'region') {
    const region = (atlas.boundaries.regions.features as RegionFeature[]).find((f) => f.properties.code === focus.code);
    return region && visible.includes('regions') ? {kind: 'region', region} : null;
  }
  if (focus.layer === GROWTH_LAYER && visible.includes('growth')) {
    const row = atlas.tables.growthPoints.find((r) => r.id === focus.id);
    if (!row) return null;
    const symbol = symbolOf(row, {zoom, cityRings: rings});
    return {kind: 'point', position: symbol.position, radius: symbol.radius};
  }
  if (focus.layer === ENERGY_LAYER && visible.includes('energy')) {
    const marker = energyMarkers.find((x) => x.id === focus.id);
    return marker ? {kind: 'energy', marker} : null;
  }
  return null;
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
        radiusMeters: cityRadiusMeters(city),
        surroundPx: ringed.includes(city.properties.code) ? GREEN_CITY_RING_RADIUS + 2 : 0,
      });
  }
  return rings;
}

/**
 * The symbols names must not cover, in world pixels at `zoom`: the city markers (and the cluster links'
 * ends), the energy symbols and the growth points (with their rings), each when its layer is shown (`energyMarkers`: none until
 * the energy layers' module has loaded, when none is drawn).
 */
function symbolBoxes(
  state: AppState,
  atlas: AtlasData,
  zoom: number,
  rings: ReadonlyMap<string, CityRing>,
  energyMarkers: readonly EnergyMarker[],
): {cities: Box[]; energy: Box[]; growth: Box[]} {
  const visible = state.view.layers;
  const regions = atlas.boundaries.regions.features as RegionFeature[];
  const at = (position: [number, number], radius: number, offset: [number, number] = [0, 0]) => {
    const [x, y] = worldPixels(position[0], position[1], zoom);
    return markerBox(x + offset[0], y + offset[1], radius);
  };
  const cities = visible.includes('regions') ? regions.filter(isCity).map((f) => at(f.properties.label, CITY_MARKER_MIN_RADIUS)) : [];
  // The cluster links start and end at the regions' label points, with a dot (4 px): the names, which
  // sat on them under the links' converging lines, go beside them.
  if (visible.includes('links')) cities.push(...regions.map((f) => at(f.properties.label, 4)));
  const energy = energyMarkers.map((m) => at(m.position, m.radius, m.offset));
  const growth = visible.includes('growth')
    ? atlas.tables.growthPoints.map((row) => {
        const symbol = symbolOf(row, {zoom, cityRings: rings});
        return at(symbol.position, symbol.radius);
      })
    : [];
  return {cities, energy, growth};
}
