// The 20 growth points of the Concept of Regional Policy 2018–2022 (seeds 000, 003): a dot sized by
// population class, a ring around oblast centres, and names placed so that they do not overlap one
// another or the other names on the map (greedy placement in screen space, recomputed per zoom).
import type {Layer, PickingInfo} from '@deck.gl/core';
import type {Lang} from '../i18n/i18n';
import {growthPointName} from '../i18n/place-names';
import type {GrowthPointRow} from '../io/schemas';
import type {LayerColors} from '../map/layer-colors';
import type {RGBA} from '../map/map-colors';
import {metresPerPixel} from '../map/scale';
import {isOblastCentre, mapLabel, markerRadius} from '../model/growth-points';
import {markerBox, placeLabels, worldPixels, type Box, type PlacedLabel, type Placement} from '../model/label-placement';
import {LABEL_STYLE, type DrawnName} from './label-layers';
import {perObject} from './per-object';
import {measureText} from './text-measure';
import {GroundScatterplotLayer} from './ground-layers';

/** Gap between an oblast centre's dot and its ring, and the ring's width. */
const RING_GAP = 2.5;
/** Space between a symbol and its name, px: 3, as a letter's hook (the J of Jalal-Abad) reaches left of its box. */
const LABEL_GAP = 3;
/** Label styles: city names as the regions layer writes them; oblast centres larger than the rest. */
const LABEL = {city: LABEL_STYLE.city, centre: {size: 12, weight: 700}, other: {size: 11, weight: 600}} as const;
type LabelKind = keyof typeof LABEL;

export interface GrowthLayersProps {
  rows: readonly GrowthPointRow[];
  lang: Lang;
  colors: LayerColors;
  /** The names' colour (their halo is the text layers', which the caller makes: buildLayers). */
  label: RGBA;
  zoom: number;
  /** Boxes (world pixels at `zoom`) that labels must not cover: other names, other markers. */
  obstacles: readonly Box[];
  /** The visible area (world pixels at `zoom`), when known: names stay inside it. */
  viewport: Box | null;
  /**
   * Growth points drawn as a ring around a city marker of the regions layer instead of as a dot
   * (Bishkek and Osh while regions are shown), so the marker stays visible and clickable. Centre
   * and radius (metres) of the city marker. Their names are placed here like the others (the caller
   * leaves them out of the region labels).
   */
  cityRings: ReadonlyMap<string, CityRing>;
  onHover: (id: string | null, info: PickingInfo) => void;
  onClick: (id: string) => void;
  /** The growth point under the pointer, highlighted (by the store; see regions-layers). */
  hovered?: string | null;
}

export interface CityRing {
  position: [number, number];
  radiusMeters: number;
  /** Radius (px) of anything drawn around the ring by other layers (a green-cluster ring), or 0. */
  surroundPx: number;
}

interface PlacedName {
  id: string;
  text: string;
  position: [number, number];
  placement: Placement;
  offset: number;
  kind: LabelKind;
}

/** Outer radius of a growth point's symbol (the ring for oblast centres), px. */
export function growthSymbolRadius(row: GrowthPointRow): number {
  return markerRadius(row.population) + (isOblastCentre(row) ? RING_GAP + 1.5 : 0);
}

/** Radius of the ring around a city marker at country zoom (the marker's 9 px, a gap, the ring). */
export const CITY_RING_MIN_PIXELS = 12;
/** The ring sits this much outside the city's equal-area disc once that disc is larger. */
const CITY_RING_FACTOR = 1.15;

/** Where a row is drawn, how large, and how its name is written, at this zoom. */
export function symbolOf(row: GrowthPointRow, p: Pick<GrowthLayersProps, 'zoom' | 'cityRings'>) {
  const ring = p.cityRings.get(row.id);
  if (ring) {
    const radius = Math.max(CITY_RING_MIN_PIXELS + 1.5, (ring.radiusMeters * CITY_RING_FACTOR) / metresPerPixel(ring.position[1], p.zoom) + 1.5, ring.surroundPx);
    return {position: ring.position, radius, kind: 'city' as LabelKind};
  }
  return {position: [row.lon!, row.lat!] as [number, number], radius: growthSymbolRadius(row), kind: (isOblastCentre(row) ? 'centre' : 'other') as LabelKind};
}

/** Where each name goes at this zoom; names that do not fit are left out. */
export function placeGrowthLabels(
  p: Pick<GrowthLayersProps, 'rows' | 'lang' | 'zoom' | 'obstacles' | 'cityRings' | 'viewport'>,
): PlacedLabel[] {
  const symbols = p.rows.map((r) => ({row: r, ...symbolOf(r, p)}));
  const markers = symbols.map((s) => markerBox(...worldPixels(...s.position, p.zoom), s.radius));
  const candidates = symbols.map(({row, position, radius, kind}) => {
    const text = mapLabel(growthPointName(row, p.lang));
    const [x, y] = worldPixels(...position, p.zoom);
    return {
      id: row.id,
      x,
      y,
      width: measureText(text, LABEL[kind].size, LABEL[kind].weight) + 4,
      height: LABEL[kind].size + 3,
      offset: radius + LABEL_GAP,
      // Cities and oblast centres first, then by population (unknown last).
      priority: (kind === 'city' ? 2e8 : kind === 'centre' || row.settlement_type === 'city' ? 1e8 : 0) + (row.population ?? 0),
      // Bishkek and Osh are also regions of the map: their names are always written.
      required: kind === 'city',
    };
  });
  return placeLabels(candidates, [...p.obstacles, ...markers], {bounds: p.viewport});
}

/**
 * The markers, and the names as drawn names for the caller's text layers: `clearNames` are placed clear
 * of every symbol and name, so they may be drawn in any layer of their weight (a text layer fewer is two
 * draws fewer in every frame: buildLayers); `cityNames`, Bishkek's and Osh's, are always written, over
 * whatever is there, so they go after the markers.
 */
export function growthPointLayers(p: GrowthLayersProps): {markers: Layer[]; clearNames: DrawnName[]; cityNames: DrawnName[]} {
  const {colors} = p;
  const hover = (info: PickingInfo) => p.onHover((info.object as GrowthPointRow | undefined)?.id ?? null, info);
  const click = (info: PickingInfo) => {
    const id = (info.object as GrowthPointRow | undefined)?.id;
    if (id) p.onClick(id);
  };
  const byId = new Map(p.rows.map((r) => [r.id, r]));
  const names: PlacedName[] = placeGrowthLabels(p).map((l) => {
    const row = byId.get(l.id)!;
    const symbol = symbolOf(row, p);
    return {
      id: l.id,
      text: mapLabel(growthPointName(row, p.lang)),
      position: symbol.position,
      placement: l.placement,
      offset: symbol.radius + LABEL_GAP,
      kind: symbol.kind,
    };
  });
  const theme = colors.growthFill.join();

  const dots = p.rows.filter((r) => !p.cityRings.has(r.id));
  const rings = p.rows.filter((r) => p.cityRings.has(r.id));
  const hoveredIn = (list: readonly GrowthPointRow[]) => (p.hovered ? list.findIndex((r) => r.id === p.hovered) : -1);
  // The oblast centres' rings and every dot are one layer (one draw, not two): a ring first, as an
  // outline around a transparent disc, then the dots over it. Picking a ring picks its growth point.
  const centreRings = dots.filter(isOblastCentre);
  const isRing = (index: number) => index < centreRings.length;
  const hoveredDot = hoveredIn(dots);
  // The ring's own colour, transparent: its inner edge fades as an outline's does, not towards black.
  const inside: RGBA = [colors.growthFill[0], colors.growthFill[1], colors.growthFill[2], 0];
  const markers: Layer[] = [
    new GroundScatterplotLayer<GrowthPointRow>({
      id: 'growth-city-rings',
      data: rings,
      getPosition: (r) => p.cityRings.get(r.id)!.position,
      // Just outside the city marker at every zoom (the marker is the city's equal-area disc).
      getRadius: (r) => p.cityRings.get(r.id)!.radiusMeters * CITY_RING_FACTOR,
      radiusUnits: 'meters',
      radiusMinPixels: CITY_RING_MIN_PIXELS,
      filled: false,
      stroked: true,
      lineWidthUnits: 'pixels',
      ...perObject({getLineWidth: 3, getLineColor: colors.growthFill, getFillColor: colors.growthFill}, {getPosition: rings.map((r) => r.id).join()}),
      pickable: true,
      highlightedObjectIndex: hoveredIn(rings),
      highlightColor: [255, 200, 0, 255],
      onHover: hover,
      onClick: click,
    }),
    new GroundScatterplotLayer<GrowthPointRow>({
      id: 'growth-points',
      data: [...centreRings, ...dots],
      getPosition: (r) => [r.lon!, r.lat!],
      getRadius: (r, {index}) => markerRadius(r.population) + (isRing(index) ? RING_GAP + 0.75 : 0),
      radiusUnits: 'pixels',
      // Unknown population: hollow (no row has one today; the legend says so should one appear).
      getFillColor: (r, {index}) => (isRing(index) ? inside : r.population === null ? colors.growthLine : colors.growthFill),
      stroked: true,
      lineWidthUnits: 'pixels',
      getLineColor: (r, {index}) => (isRing(index) || r.population === null ? colors.growthFill : colors.growthLine),
      ...perObject({getLineWidth: 1.5}, {getFillColor: theme, getLineColor: theme}),
      pickable: true,
      highlightedObjectIndex: hoveredDot < 0 ? -1 : centreRings.length + hoveredDot,
      highlightColor: [255, 200, 0, 255],
      onHover: hover,
      onClick: click,
    }),
  ];
  const drawn = names.map((n) => ({...n, color: p.label, style: LABEL[n.kind]}));
  return {markers, clearNames: drawn.filter((n) => n.kind !== 'city'), cityNames: drawn.filter((n) => n.kind === 'city')};
}
