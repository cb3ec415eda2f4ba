// Seed 004's renewable-energy cluster as hubs and spokes (symbols: energy-symbols.ts), each spoke
// joined to its hub (src/model/hub-assignment.ts), and the two green clusters that seed 004 places in
// regions rather than at sites (organic agro: Jalal-Abad; circular economy: Bishkek, Osh, Issyk-Kul)
// as region outlines. Sites without coordinates are not drawn (the energy panel lists them).
import type {Layer, PickingInfo} from '@deck.gl/core';
import {IconLayer, LineLayer} from '@deck.gl/layers';
import {isCity, type RegionFeature} from '../io/boundaries';
import type {ClusterRow, EnergySiteRow} from '../io/schemas';
import {ENERGY_CATEGORY_COLORS, GREEN_CLUSTER_COLORS, greenRegionClusters, hexToRgba, type LayerColors} from '../map/layer-colors';
import {energyRole, sitePosition} from '../model/energy-sites';
import type {HubAssignment} from '../model/hub-assignment';
import type {RegionCode} from '../model/region';
import {siteSymbol, svgDataUrl, symbolId, symbolSize, symbolSvg, type SymbolSpec} from './energy-symbols';
import {stackOffsets} from './stack-offsets';
import {GroundGeoJsonLayer, GroundScatterplotLayer} from './ground-layers';

/** Radius of the green-cluster ring around a city marker, px (its line is 3.5 px wide). */
export const GREEN_CITY_RING_RADIUS = 17;

export interface EnergyMarker {
  id: string;
  position: [number, number];
  /** Screen offset from `position` when markers share a point, px. */
  offset: [number, number];
  spec: SymbolSpec;
  /** Half the drawn extent of the symbol on screen (after scaling), px. */
  radius: number;
}

/**
 * Symbols shrink below country zoom on a desktop (zoom 6), down to half their size at zoom 4.5 (a
 * phone's country view), so that the largest plants do not cover the country.
 */
export function energySymbolScale(zoom: number): number {
  return Math.min(1, Math.max(0.5, 0.5 + ((zoom - 4.5) / 1.5) * 0.5));
}

export interface EnergyLayersProps {
  sites: readonly EnergySiteRow[];
  /** energySymbolScale of the zoom. */
  scale: number;
  assignments: readonly HubAssignment[];
  colors: LayerColors;
  /** Markers of other layers at the same settlements (growth points): energy symbols ring them. */
  reserved: readonly {position: [number, number]; radius: number}[];
  onHover: (id: string | null, info: PickingInfo) => void;
  onClick: (id: string) => void;
}

type MarkerInputs = Pick<EnergyLayersProps, 'sites' | 'colors' | 'reserved' | 'scale'>;
type Markers = {markers: EnergyMarker[]; centres: [number, number][]};

/** The last markers made, for the three callers of one render (layers, name boxes, focus ring). */
let lastMarkers: {sites: MarkerInputs['sites']; colors: MarkerInputs['colors']; scale: number; reserved: string; out: Markers} | null = null;

/** The drawn symbols: every located hub and spoke (thermal is not part of the renewable cluster). */
export function energyMarkers(p: MarkerInputs): Markers {
  const reserved = JSON.stringify(p.reserved);
  const m = lastMarkers;
  if (m && m.sites === p.sites && m.colors === p.colors && m.scale === p.scale && m.reserved === reserved) return m.out;
  const out = makeEnergyMarkers(p);
  lastMarkers = {sites: p.sites, colors: p.colors, scale: p.scale, reserved, out};
  return out;
}

function makeEnergyMarkers(p: MarkerInputs): Markers {
  const base: Omit<EnergyMarker, 'offset'>[] = [];
  for (const site of p.sites) {
    const role = energyRole(site.category);
    const position = sitePosition(site);
    if (role === 'other' || !position) continue;
    const spec = siteSymbol(site, role, ENERGY_CATEGORY_COLORS[site.category], {outline: p.colors.energyOutline, hollow: p.colors.energyHollow});
    if (!spec) continue;
    base.push({id: site.id, position, spec, radius: (role === 'hub' ? spec.radius : spec.radius * 1.25) * p.scale});
  }
  const {offsets, centres} = stackOffsets(base, p.reserved);
  const markers = base
    .map((m) => ({...m, offset: offsets.get(m.id) ?? ([0, 0] as [number, number])}))
    // Big symbols first, so smaller ones sharing the area are drawn on top and stay hoverable.
    .sort((a, b) => b.radius - a.radius || a.id.localeCompare(b.id));
  return {markers, centres};
}

interface Spoke {
  id: string;
  from: [number, number];
  to: [number, number];
  color: [number, number, number, number];
}

export function energyLayers(p: EnergyLayersProps): Layer[] {
  const {markers, centres} = energyMarkers(p);
  const byId = new Map(p.sites.map((s) => [s.id, s]));
  const spokes: Spoke[] = [];
  for (const a of p.assignments) {
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
    new IconLayer<EnergyMarker>({
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
      sizeScale: p.scale,
      updateTriggers: {getIcon: theme, getPixelOffset: markers.map((m) => m.offset.join()).join(';')},
      pickable: true,
      onHover: hover,
      onClick: click,
    }),
  ];
}

interface Highlight {
  clusterId: string;
  code: RegionCode;
  feature: RegionFeature;
}

export function greenClusterLayers(p: {
  clusters: readonly ClusterRow[];
  regions: readonly RegionFeature[];
  onHover: (id: string | null, info: PickingInfo) => void;
}): Layer[] {
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
