// Names on the map, drawn by deck.gl's TextLayer from the system's fonts: maplibre symbol labels would
// need a glyph server, and the default map must work with no network at all.
import type {Layer} from '@deck.gl/core';
import type {Lang} from '../i18n/i18n';
import {t, type MessageKey} from '../i18n/i18n';
import {shortRegionName, type RegionNames} from '../i18n/region-names';
import {isCity, type Boundaries, type RegionFeature} from '../io/boundaries';
import {CONTEXT_LABELS, SON_KUL} from '../map/context-labels';
import type {MapColors, RGBA} from '../map/map-colors';
import {AREA_PLACEMENTS, placeLabels, PLACEMENTS, worldPixels, type Box, type Placement} from '../model/label-placement';
import {measureText} from './text-measure';
import {ANCHOR, BASELINE, OFFSET} from './text-placement';
import {ScreenTextLayer} from './ground-layers';

export const LABEL_FONT = '"Noto Sans", "DejaVu Sans", "Segoe UI", Roboto, Arial, sans-serif';

export interface Label {
  text: string;
  position: [number, number];
  city: boolean;
}

/** Sizes and offsets of the labels below (keep in step with the layers), so other labels can avoid them. */
export const LABEL_STYLE = {
  context: {size: 12, weight: 600},
  // Semi-bold: a regular weight's thin strokes drown in the halo and read as white letters.
  water: {size: 12, weight: 600},
  region: {size: 12, weight: 600},
  /** City names start right of the city marker. */
  city: {size: 13, weight: 700, offsetX: 13},
} as const;

// The letters' distance fields are made at 32 px, not deck.gl's 64: the names are drawn at 12–13 px (at
// most ~40 device pixels on a 3× screen), and a quarter of the pixels is made in about half the time
// on the way to the first frame (~40 → ~23 ms, profiled with software WebGL). The radius, the padding and
// the halo's width (MapColors.labelHaloWidth) are halved with it. The padding round each letter holds
// its halo (a wider halo would be cut square at the letter's box).
const common = {
  fontFamily: LABEL_FONT,
  characterSet: 'auto' as const,
  billboard: true,
};

interface ContextLabel {
  text: string;
  position: [number, number];
  /** Where the name may go (centred first). */
  placements: readonly Placement[];
}

/** The names of countries and water bodies (contextNames). */
export function contextLabels(boundaries: Boundaries, lang: Lang) {
  const lakes = boundaries.lakes.features
    .filter((f) => f.properties.name && f.properties.label)
    .map((f) => ({text: t(lang, `lake.${f.properties.name}` as 'lake.issyk-kul'), position: f.properties.label!}));
  const water = [...lakes, {text: t(lang, SON_KUL.key), position: [SON_KUL.position[0], SON_KUL.position[1] - 0.09] as [number, number]}].map(
    (l): ContextLabel => ({...l, placements: ['center']}),
  );
  const countries = CONTEXT_LABELS.filter((l) => l.kind === 'country').map((l): ContextLabel => ({
    text: t(lang, l.key).toUpperCase(),
    position: l.position,
    placements: l.placements,
  }));
  return {countries, water};
}

/** A name as the map writes it: `offset` px from its point towards `placement`, in a style. */
export interface DrawnName {
  text: string;
  position: [number, number];
  placement: Placement;
  offset: number;
  color: RGBA;
  style: {size: number; weight: number};
}

/** A country's or water's name where placeContextLabels put it. */
export interface PlacedContextLabel {
  text: string;
  position: [number, number];
  placement: Placement;
  /** The text's box in world pixels at the zoom it was placed for (an obstacle for other names). */
  box: Box;
}

/** The names of countries and water where placeContextLabels put them. */
export function contextNames(placed: {countries: readonly PlacedContextLabel[]; water: readonly PlacedContextLabel[]}, colors: MapColors): DrawnName[] {
  const drawn =
    (color: RGBA, style: DrawnName['style']) =>
    (l: PlacedContextLabel): DrawnName => ({text: l.text, position: l.position, placement: l.placement, offset: 0, color, style});
  return [...placed.countries.map(drawn(colors.contextLabel, LABEL_STYLE.context)), ...placed.water.map(drawn(colors.waterLabel, LABEL_STYLE.water))];
}

/** The regions' names where placeRegionLabels put them. */
export function regionNames(labels: readonly PlacedRegionLabel[], colors: MapColors): DrawnName[] {
  return labels.map((l) => ({...l, color: colors.label, style: l.city ? LABEL_STYLE.city : LABEL_STYLE.region}));
}

/**
 * Names as text layers: one per font weight (a TextLayer has one), however many kinds of names share
 * it. With software WebGL each layer is drawn twice (halo, then letters) and has its own font atlas:
 * countries, water and regions are one layer, not three. `id`: the layers' id before the weight
 * (each call draws at its own place in the layer order: the growth-point names are another).
 */
export function nameLayers(names: readonly DrawnName[], halo: Pick<MapColors, 'labelHalo' | 'labelHaloWidth'>, id = 'labels'): Layer[] {
  const weights = [...new Set(names.map((n) => n.style.weight))];
  return weights.map((weight) => {
    const data = names.filter((n) => n.style.weight === weight);
    return new ScreenTextLayer<DrawnName>({
      ...common,
      id: `${id}-${weight}`,
      data,
      // The names are placed anew on every change (a hover, a slider step) and come as a new list: the
      // same names at the same places are the same data, and deck.gl keeps their letters as laid out;
      // any other list is new data, every attribute made again (so no update triggers are needed).
      // (deck.gl does not hand the comparator to the text layer's own sub-layers: should another prop
      // change with the same names, e.g. the halo with the theme, the letters are laid out again.)
      dataComparator: <T>(next: T, previous?: T) => previous !== undefined && namesKey(next as readonly DrawnName[]) === namesKey(previous as readonly DrawnName[]),
      fontWeight: weight,
      outlineColor: halo.labelHalo,
      outlineWidth: halo.labelHaloWidth,
      fontSettings: {sdf: true, fontSize: 32, buffer: Math.ceil(halo.labelHaloWidth), radius: 6},
      getText: (n) => n.text,
      getPosition: (n) => n.position,
      getSize: (n) => n.style.size,
      getColor: (n) => n.color,
      getTextAnchor: (n) => ANCHOR[n.placement],
      getAlignmentBaseline: (n) => BASELINE[n.placement],
      getPixelOffset: (n) => OFFSET[n.placement](n.offset),
    });
  });
}

/** Everything a list of names is drawn from, as a string: equal strings draw the same names. */
function namesKey(names: readonly DrawnName[]): string {
  return names.map((n) => [n.text, n.position.join(), n.placement, n.offset, n.style.size, n.color.join()].join(':')).join('|');
}

/**
 * The names of countries or of water that fit, each where the cartographer put it: a country's centred
 * on its point, else beside it away from Kyrgyzstan (CONTEXT_LABELS); a water's centred. A name is left
 * out where it would cover a symbol or another name (`obstacles`), or leave the visible area: the
 * places are still drawn, and what they are is clear without. Boxes in world pixels at `zoom`.
 */
export function placeContextLabels(
  kind: 'countries' | 'water',
  boundaries: Boundaries,
  lang: Lang,
  zoom: number,
  obstacles: readonly Box[],
  viewport: Box | null,
): PlacedContextLabel[] {
  const style = kind === 'countries' ? LABEL_STYLE.context : LABEL_STYLE.water;
  const labels = new Map(contextLabels(boundaries, lang)[kind].map((l) => [l.text, l]));
  const candidates = [...labels.values()].map((l) => {
    const [x, y] = worldPixels(l.position[0], l.position[1], zoom);
    return {id: l.text, x, y, width: measureText(l.text, style.size, style.weight) + 4, height: style.size + 3, offset: 0, priority: 0, placements: l.placements};
  });
  return placeLabels(candidates, obstacles, {bounds: viewport}).map((p) => ({text: p.id, position: labels.get(p.id)!.position, placement: p.placement, box: p.box}));
}

/** Whether Son-Kul's name is among the water names placed (its dot is drawn only with it: water-layers.ts). */
export const namesSonKul = (names: readonly PlacedContextLabel[], lang: Lang): boolean => names.some((l) => l.text === t(lang, SON_KUL.key));

/** Below this zoom (a phone's country view) oblasts are named by the bare noun: "ЧУЙ", not "ЧУЙСКАЯ ОБЛ.". */
export const COMPACT_NAMES_BELOW_ZOOM = 5.5;

export function regionLabels(regions: RegionFeature[], names: RegionNames, lang: Lang, compact = false): Label[] {
  return regions.map((f) => {
    const name = compact && !isCity(f) ? t(lang, `region.compact.${f.properties.code}` as MessageKey) : shortRegionName(names(f.properties.code, lang), lang);
    return {text: isCity(f) ? name : name.toUpperCase(), position: f.properties.label, city: isCity(f)};
  });
}

/** A region's name where label placement put it: `offset` px from its point towards `placement`. */
export interface PlacedRegionLabel extends Label {
  placement: Placement;
  offset: number;
  /** The text's box in world pixels at the zoom it was placed for (an obstacle for other names). */
  box: Box;
}

/** Gaps between a region's point and its name when the name moves off the point, nearest first. */
const AREA_OFFSETS = [3, 10, 18] as const;

/**
 * Region names placed clear of the symbols drawn over the regions (growth points, energy sites, city
 * markers) and of the other names (`obstacles`, world pixels at `zoom`): each name sits on its region's
 * point if it can, else just above, below, right or left of it; a name is never left out (it is the
 * region's), so where nothing fits it takes the position it covers least of. City names (when the
 * growth-point layer does not write them) start right of their marker.
 */
export function placeRegionLabels(labels: readonly Label[], zoom: number, obstacles: readonly Box[], viewport: Box | null): PlacedRegionLabel[] {
  const candidate = (l: Label, offset: number, fartherOffsets: readonly number[] = []) => {
    const style = l.city ? LABEL_STYLE.city : LABEL_STYLE.region;
    const [x, y] = worldPixels(l.position[0], l.position[1], zoom);
    return {id: l.text, x, y, width: measureText(l.text, style.size, style.weight) + 4, height: style.size + 3, offset, fartherOffsets, priority: 0, required: true};
  };
  const cities = labels.filter((l) => l.city);
  const areas = labels.filter((l) => !l.city);
  const cityPlaced = placeLabels(cities.map((l) => candidate(l, LABEL_STYLE.city.offsetX)), obstacles, {placements: PLACEMENTS, bounds: viewport});
  const areaPlaced = placeLabels(
    areas.map((l) => candidate(l, AREA_OFFSETS[0], AREA_OFFSETS.slice(1))),
    [...obstacles, ...cityPlaced.map((p) => p.box)],
    {placements: AREA_PLACEMENTS, bounds: viewport},
  );
  return [...cities.map((l) => ({l, p: cityPlaced})), ...areas.map((l) => ({l, p: areaPlaced}))].map(({l, p}) => {
    const placed = p.find((x) => x.id === l.text)!;
    return {...l, placement: placed.placement, offset: placed.offset, box: placed.box};
  });
}
