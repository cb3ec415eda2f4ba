// The 20 growth points of the Concept of Regional Policy 2018–2022 (seeds 000, 003): a dot sized by
// population class, a ring around oblast centres, and names placed so that they do not overlap one
// another or the other names on the map (greedy placement in screen space, recomputed per zoom).
import type {Layer, PickingInfo} from '@deck.gl/core';
import {ScatterplotLayer, TextLayer} from '@deck.gl/layers';
import type {Lang} from '../i18n/i18n';
import {growthPointName} from '../i18n/place-names';
import type {GrowthPointRow} from '../io/schemas';
import type {LayerColors} from '../map/layer-colors';
import type {RGBA} from '../map/map-colors';
import {isOblastCentre, mapLabel, markerRadius} from '../model/growth-points';
import {markerBox, placeLabels, worldPixels, type Box, type PlacedLabel, type Placement} from '../model/label-placement';
import {LABEL_FONT} from './label-layers';
import {measureText} from './text-measure';

export const GROWTH_LAYER = 'growth';
/** Gap between an oblast centre's dot and its ring, and the ring's width. */
const RING_GAP = 2.5;
/** Names of oblast centres are larger and bolder than the others'. */
const LABEL = {centre: {size: 12, weight: 700}, other: {size: 11, weight: 600}} as const;

export interface GrowthLayersProps {
  rows: readonly GrowthPointRow[];
  lang: Lang;
  colors: LayerColors;
  label: RGBA;
  labelHalo: RGBA;
  zoom: number;
  /** Boxes (world pixels at `zoom`) that labels must not cover: other names, other markers. */
  obstacles: readonly Box[];
  /** The visible area (world pixels at `zoom`), when known: names stay inside it. */
  viewport: Box | null;
  /** Growth points whose name another layer already writes (Bishkek and Osh when regions are labelled). */
  unlabelled: ReadonlySet<string>;
  onHover: (id: string | null, info: PickingInfo) => void;
  onClick: (id: string) => void;
}

interface PlacedName {
  id: string;
  text: string;
  position: [number, number];
  placement: Placement;
  offset: number;
  bold: boolean;
}

/** Outer radius of a growth point's symbol (the ring for oblast centres), px. */
export function growthSymbolRadius(row: GrowthPointRow): number {
  return markerRadius(row.population) + (isOblastCentre(row) ? RING_GAP + 1.5 : 0);
}

const position = (row: GrowthPointRow): [number, number] => [row.lon!, row.lat!];
const labelStyle = (row: GrowthPointRow) => (isOblastCentre(row) ? LABEL.centre : LABEL.other);

/** Where each name goes at this zoom; names that do not fit are left out. */
export function placeGrowthLabels(
  p: Pick<GrowthLayersProps, 'rows' | 'lang' | 'zoom' | 'obstacles' | 'unlabelled' | 'viewport'>,
): PlacedLabel[] {
  const markers = p.rows.map((r) => {
    const [x, y] = worldPixels(...position(r), p.zoom);
    return markerBox(x, y, growthSymbolRadius(r));
  });
  const candidates = p.rows
    .filter((r) => !p.unlabelled.has(r.id))
    .map((r) => {
      const text = mapLabel(growthPointName(r, p.lang));
      const [x, y] = worldPixels(...position(r), p.zoom);
      return {
        id: r.id,
        x,
        y,
        width: measureText(text, labelStyle(r).size, labelStyle(r).weight) + 4,
        height: labelStyle(r).size + 3,
        offset: growthSymbolRadius(r) + 2,
        // Cities and oblast centres first, then by population (unknown last).
        priority: (isOblastCentre(r) || r.settlement_type === 'city' ? 1e8 : 0) + (r.population ?? 0),
      };
    });
  return placeLabels(candidates, [...p.obstacles, ...markers], {bounds: p.viewport});
}

const ANCHOR: Record<Placement, 'start' | 'end' | 'middle'> = {right: 'start', left: 'end', top: 'middle', bottom: 'middle'};
const BASELINE: Record<Placement, 'center' | 'bottom' | 'top'> = {right: 'center', left: 'center', top: 'bottom', bottom: 'top'};
const OFFSET: Record<Placement, (o: number) => [number, number]> = {
  right: (o) => [o, 0],
  left: (o) => [-o, 0],
  top: (o) => [0, -o],
  bottom: (o) => [0, o],
};

export function growthPointLayers(p: GrowthLayersProps): {markers: Layer[]; labels: Layer[]} {
  const {colors} = p;
  const hover = (info: PickingInfo) => p.onHover((info.object as GrowthPointRow | undefined)?.id ?? null, info);
  const click = (info: PickingInfo) => {
    const id = (info.object as GrowthPointRow | undefined)?.id;
    if (id) p.onClick(id);
  };
  const byId = new Map(p.rows.map((r) => [r.id, r]));
  const names: PlacedName[] = placeGrowthLabels(p).map((l) => {
    const row = byId.get(l.id)!;
    return {
      id: l.id,
      text: mapLabel(growthPointName(row, p.lang)),
      position: position(row),
      placement: l.placement,
      offset: growthSymbolRadius(row) + 2,
      bold: isOblastCentre(row),
    };
  });
  const theme = colors.growthFill.join();
  const placementKey = names.map((n) => `${n.id}:${n.placement}`).join(',');

  const markers: Layer[] = [
    new ScatterplotLayer<GrowthPointRow>({
      id: 'growth-centre-rings',
      data: p.rows.filter(isOblastCentre),
      getPosition: position,
      getRadius: (r) => markerRadius(r.population) + RING_GAP + 0.75,
      radiusUnits: 'pixels',
      filled: false,
      stroked: true,
      lineWidthUnits: 'pixels',
      getLineWidth: 1.5,
      getLineColor: colors.growthFill,
      updateTriggers: {getLineColor: theme},
    }),
    new ScatterplotLayer<GrowthPointRow>({
      id: 'growth-points',
      data: p.rows,
      getPosition: position,
      getRadius: (r) => markerRadius(r.population),
      radiusUnits: 'pixels',
      // Unknown population: hollow (no row has one today; the legend says so should one appear).
      getFillColor: (r) => (r.population === null ? colors.growthLine : colors.growthFill),
      stroked: true,
      lineWidthUnits: 'pixels',
      getLineWidth: 1.5,
      getLineColor: (r) => (r.population === null ? colors.growthFill : colors.growthLine),
      updateTriggers: {getFillColor: theme, getLineColor: theme},
      pickable: true,
      autoHighlight: true,
      highlightColor: [255, 200, 0, 255],
      onHover: hover,
      onClick: click,
    }),
  ];
  // Oblast centres' names in bold: TextLayer's weight is per layer, hence two layers.
  const labels: Layer[] = [true, false].map(
    (bold) =>
      new TextLayer<PlacedName>({
        id: bold ? 'growth-labels-centres' : 'growth-labels',
        data: names.filter((n) => n.bold === bold),
        getText: (d) => d.text,
        getPosition: (d) => d.position,
        getSize: bold ? LABEL.centre.size : LABEL.other.size,
        getColor: p.label,
        fontFamily: LABEL_FONT,
        fontWeight: bold ? LABEL.centre.weight : LABEL.other.weight,
        characterSet: 'auto',
        outlineWidth: 3,
        outlineColor: p.labelHalo,
        fontSettings: {sdf: true, buffer: 4},
        getTextAnchor: (d) => ANCHOR[d.placement],
        getAlignmentBaseline: (d) => BASELINE[d.placement],
        getPixelOffset: (d) => OFFSET[d.placement](d.offset),
        updateTriggers: {
          getText: `${p.lang}|${placementKey}`,
          getTextAnchor: placementKey,
          getAlignmentBaseline: placementKey,
          getPixelOffset: placementKey,
          getColor: p.label.join(),
        },
      }),
  );
  return {markers, labels};
}
