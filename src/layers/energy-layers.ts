// Seed 004's renewable-energy cluster as hubs and spokes (symbols: energy-symbols.ts), each spoke
// joined to its hub (src/model/hub-assignment.ts), and the two green clusters that seed 004 places in
// regions rather than at sites (organic agro: Jalal-Abad; circular economy: Bishkek, Osh, Issyk-Kul)
// as region outlines. Sites without coordinates are not drawn (the energy panel lists them). Code-split
// (src/layers/lazy-layers.ts): the default view does not show them.
import type {Layer, PickingInfo} from '@deck.gl/core';
import {LineLayer} from '@deck.gl/layers';
import {isCity, type RegionFeature} from '../io/boundaries';
import type {ClusterRow} from '../io/schemas';
import {ENERGY_CATEGORY_COLORS, GREEN_CLUSTER_COLORS, greenRegionClusters, hexToRgba} from '../map/layer-colors';
import type {RGBA} from '../map/map-colors';
import {sitePosition} from '../model/energy-sites';
import {assignSites, type HubOverrides} from '../model/hub-assignment';
import type {RegionCode} from '../model/region';
import {energyMarkers, energySymbolScale, type EnergyMarker, type EnergyMarkers, type MarkerInputs} from './energy-markers';
import {svgDataUrl, symbolId, symbolSize, symbolSvg} from './energy-symbols';
import {GroundGeoJsonLayer, GroundScatterplotLayer} from './ground-layers';
import {ScreenIconLayer} from './icon-layers';
import {perObject} from './per-object';
import {FOCUS_CIRCLE, GREEN_CITY_RING_RADIUS} from './layer-ids';

// Where the symbols go, with the layers: buildLayers places the names clear of them and rings them with
// the keyboard focus once this module has loaded (lazy-layers.ts).
export {energyMarkers};

export interface EnergyLayersProps extends MarkerInputs {
  /** Where the symbols go: energyMarkers of the same inputs (buildLayers needs them too). */
  placed: EnergyMarkers;
  /** A scenario's spoke → hub choices; absent = each spoke to its nearest hub. */
  hubOverrides?: HubOverrides;
  onHover: (id: string | null, info: PickingInfo) => void;
  onClick: (id: string) => void;
}

interface Spoke {
  id: string;
  from: [number, number];
  to: [number, number];
  color: [number, number, number, number];
}

export function energyLayers(p: EnergyLayersProps): Layer[] {
  const {markers, centres} = p.placed;
  const byId = new Map(p.sites.map((s) => [s.id, s]));
  const spokes: Spoke[] = [];
  for (const a of assignSites(p.sites, p.hubOverrides).assignments) {
    const spoke = byId.get(a.spokeId);
    const hub = a.hubId ? byId.get(a.hubId) : undefined;
    const from = spoke && sitePosition(spoke);
    const to = hub && sitePosition(hub);
    if (spoke && from && to) spokes.push({id: spoke.id, from, to, color: hexToRgba(ENERGY_CATEGORY_COLORS[spoke.category], 210)});
  }
  const hover = (info: PickingInfo) => p.onHover((info.object as EnergyMarker | undefined)?.id ?? null, info);
  const click = (info: PickingInfo) => {
    const id = (info.object as EnergyMarker | undefined)?.id;
    if (id) p.onClick(id);
  };
  const theme = p.colors.energyOutline;
  return [
    new LineLayer<Spoke>({
      id: 'energy-spoke-links',
      data: spokes,
      getSourcePosition: (d) => d.from,
      getTargetPosition: (d) => d.to,
      getColor: (d) => d.color,
      getWidth: 2,
      widthUnits: 'pixels',
      antialiasing: true, // deck.gl's canvas is not multisampled (atlas-map.ts)
    }),
    new GroundScatterplotLayer<[number, number]>({
      id: 'energy-stack-centres',
      data: centres,
      getPosition: (d) => d,
      getRadius: 2,
      radiusUnits: 'pixels',
      getFillColor: p.colors.stackCentre,
      updateTriggers: {getFillColor: theme},
    }),
    new ScreenIconLayer<EnergyMarker>({
      id: 'energy-sites',
      data: markers,
      getPosition: (d) => d.position,
      getPixelOffset: (d) => d.offset,
      getIcon: (d) => {
        const size = symbolSize(d.spec.radius);
        return {id: symbolId(d.spec), url: svgDataUrl(symbolSvg(d.spec)), width: size * 2, height: size * 2, mask: false};
      },
      getSize: (d) => symbolSize(d.spec.radius),
      sizeUnits: 'pixels',
      sizeScale: energySymbolScale(p.zoom),
      updateTriggers: {getIcon: theme, getPixelOffset: markers.map((m) => m.offset.join()).join(';')},
      pickable: true,
      onHover: hover,
      onClick: click,
    }),
  ];
}

export interface EnergyFocusProps {
  marker: EnergyMarker;
  color: RGBA;
  halo: RGBA;
}

/**
 * The keyboard focus ring round an energy site's symbol (focus-layers.ts rings everything else). An
 * icon, as the symbols are: a site's symbol sits beside the others of its place, offset in pixels. In
 * the symbols' vertex layout (accessors per object, the picking attribute kept), so that the first
 * focus compiles nothing new (focus-layers.ts says why).
 */
export function energyFocusLayers({marker, color, halo}: EnergyFocusProps): Layer[] {
  const radius = marker.radius + FOCUS_CIRCLE.gap;
  const size = Math.ceil(radius + FOCUS_CIRCLE.halo) * 2;
  const c = size / 2;
  const rgb = (x: RGBA) => `rgb(${x[0]},${x[1]},${x[2]})`;
  const ring = (x: RGBA, width: number) => `<circle cx="${c}" cy="${c}" r="${radius}" fill="none" stroke="${rgb(x)}" stroke-width="${width}"/>`;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">${ring(halo, FOCUS_CIRCLE.halo)}${ring(color, FOCUS_CIRCLE.width)}</svg>`;
  return [
    new ScreenIconLayer<EnergyMarker>({
      id: 'focus-energy-site',
      data: [marker],
      getPosition: (d) => d.position,
      getPixelOffset: (d) => d.offset,
      getIcon: () => ({id: `focus-${size}-${color.join()}-${halo.join()}`, url: svgDataUrl(svg), width: size, height: size, mask: false}),
      sizeUnits: 'pixels',
      ...perObject({getSize: size}, {getIcon: `${size}|${color.join()}|${halo.join()}`, getPixelOffset: marker.offset.join()}),
      highlightedObjectIndex: -1,
    }),
  ];
}

interface Highlight {
  clusterId: string;
  code: RegionCode;
  feature: RegionFeature;
}

export interface GreenClusterLayersProps {
  clusters: readonly ClusterRow[];
  regions: readonly RegionFeature[];
  onHover: (id: string | null, info: PickingInfo) => void;
}

export function greenClusterLayers(p: GreenClusterLayersProps): Layer[] {
  const highlights: Highlight[] = [];
  for (const c of greenRegionClusters(p.clusters))
    for (const code of c.regions) {
      const feature = p.regions.find((f) => f.properties.code === code);
      if (feature) highlights.push({clusterId: c.id, code, feature});
    }
  const color = (h: Highlight) => hexToRgba(GREEN_CLUSTER_COLORS[h.clusterId]!);
  const hover = (info: PickingInfo) => p.onHover((info.object as Highlight | undefined)?.clusterId ?? null, info);
  return [
    new GroundGeoJsonLayer({
      id: 'green-region-outlines',
      data: highlights.filter((h) => !isCity(h.feature)).map((h) => ({...h.feature, properties: {...h.feature.properties, h}})),
      filled: false,
      stroked: true,
      getLineColor: (f: {properties: {h: Highlight}}) => color(f.properties.h),
      lineWidthUnits: 'pixels',
      getLineWidth: 4,
      pickable: true,
      onHover: (info: PickingInfo) =>
        p.onHover((info.object as {properties: {h: Highlight}} | undefined)?.properties.h.clusterId ?? null, info),
    }),
    // The cities are a few pixels wide at country zoom: ring their markers instead, outside the
    // growth-point ring (12 px) that Bishkek and Osh may already have.
    new GroundScatterplotLayer<Highlight>({
      id: 'green-city-rings',
      data: highlights.filter((h) => isCity(h.feature)),
      getPosition: (h) => h.feature.properties.label,
      getRadius: GREEN_CITY_RING_RADIUS,
      radiusUnits: 'pixels',
      filled: false,
      stroked: true,
      lineWidthUnits: 'pixels',
      getLineWidth: 3.5,
      getLineColor: color,
      pickable: true,
      onHover: hover,
    }),
  ];
}
