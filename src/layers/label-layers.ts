// Names on the map, drawn by deck.gl's TextLayer from the system's fonts: maplibre symbol labels would
// need a glyph server, and the default map must work with no network at all.
import type {Layer} from '@deck.gl/core';
import type {Lang} from '../i18n/i18n';
import {t, type MessageKey} from '../i18n/i18n';
import {shortRegionName, type RegionNames} from '../i18n/region-names';
import {isCity, type Boundaries, type RegionFeature} from '../io/boundaries';
import {CONTEXT_LABELS, SON_KUL} from '../map/context-labels';
import type {MapColors} from '../map/map-colors';
import {AREA_PLACEMENTS, placeLabels, PLACEMENTS, worldPixels, type Box, type Placement} from '../model/label-placement';
import {perObject} from './per-object';
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

const common = {
  fontFamily: LABEL_FONT,
  characterSet: 'auto' as const,
  outlineWidth: 3,
  fontSettings: {sdf: true, buffer: 4},
  billboard: true,
};

interface ContextLabel {
  text: string;
  position: [number, number];
}

/** The names of countries and water bodies drawn by contextLabelLayers. */
export function contextLabels(boundaries: Boundaries, lang: Lang) {
  const lakes = boundaries.lakes.features
    .filter((f) => f.properties.name && f.properties.label)
    .map((f) => ({text: t(lang, `lake.${f.properties.name}` as 'lake.issyk-kul'), position: f.properties.label!}));
  const water = [...lakes, {text: t(lang, SON_KUL.key), position: [SON_KUL.position[0], SON_KUL.position[1] - 0.09] as [number, number]}];
  const countries = CONTEXT_LABELS.filter((l) => l.kind === 'country').map((l) => ({
    text: t(lang, l.key).toUpperCase(),
    position: l.position,
  }));
  return {countries, water};
}

/**
 * `water`: the water names to write (see placeWaterLabels); all by default. Country names are always
 * written (they sit outside Kyrgyzstan, where nothing else is drawn).
 */
export function contextLabelLayers(boundaries: Boundaries, colors: MapColors, lang: Lang, shownWater?: readonly string[]): Layer[] {
  const labels = contextLabels(boundaries, lang);
  const countries = labels.countries;
  const water = shownWater ? labels.water.filter((l) => shownWater.includes(l.text)) : labels.water;
  return [
    new ScreenTextLayer({
      ...common,
      id: 'labels-countries',
      data: countries,
      getText: (d: ContextLabel) => d.text,
      getPosition: (d: ContextLabel) => d.position,
      getSize: 12,
      fontWeight: 600,
      outlineColor: colors.labelHalo,
      getColor: colors.contextLabel,
      ...perObject({getPixelOffset: [0, 0]}, {getText: lang, getColor: colors.contextLabel.join()}),
    }),
    new ScreenTextLayer({
      ...common,
      id: 'labels-water',
      data: water,
      getText: (d: ContextLabel) => d.text,
      getPosition: (d: ContextLabel) => d.position,
      getSize: LABEL_STYLE.water.size,
      fontWeight: LABEL_STYLE.water.weight,
      outlineColor: colors.labelHalo,
      getColor: colors.waterLabel,
      ...perObject({getPixelOffset: [0, 0]}, {getText: `${lang}|${water.map((l) => l.text).join()}`, getColor: colors.waterLabel.join()}),
    }),
  ];
}

/**
 * Water names that fit: each stays where the cartographer put it and is left out where it would cover
 * a region's name or a symbol (the lakes are still drawn; the tooltip-less water needs no name to be
 * read). Returns the names written and their boxes (world pixels at `zoom`).
 */
export function placeWaterLabels(
  boundaries: Boundaries,
  lang: Lang,
  zoom: number,
  obstacles: readonly Box[],
  viewport: Box | null,
): {text: string; box: Box}[] {
  const {water} = contextLabels(boundaries, lang);
  const candidates = water.map((l) => {
    const [x, y] = worldPixels(l.position[0], l.position[1], zoom);
    return {id: l.text, x, y, width: measureText(l.text, LABEL_STYLE.water.size, LABEL_STYLE.water.weight) + 4, height: LABEL_STYLE.water.size + 3, offset: 0, priority: 0};
  });
  return placeLabels(candidates, obstacles, {placements: ['center'], bounds: viewport}).map((p) => ({text: p.id, box: p.box}));
}

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

export function regionLabelLayers(labels: readonly PlacedRegionLabel[], colors: MapColors, lang: Lang): Layer[] {
  const key = labels.map((l) => `${l.text}:${l.placement}`).join(',');
  const base = {
    ...common,
    getText: (d: PlacedRegionLabel) => d.text,
    getPosition: (d: PlacedRegionLabel) => d.position,
    getColor: colors.label,
    outlineColor: colors.labelHalo,
    getTextAnchor: (d: PlacedRegionLabel) => ANCHOR[d.placement],
    getAlignmentBaseline: (d: PlacedRegionLabel) => BASELINE[d.placement],
    getPixelOffset: (d: PlacedRegionLabel) => OFFSET[d.placement](d.offset),
    updateTriggers: {getText: `${lang}|${key}`, getColor: colors.label.join(), getTextAnchor: key, getAlignmentBaseline: key, getPixelOffset: key},
  };
  return [
    new ScreenTextLayer<PlacedRegionLabel>({
      ...base,
      id: 'labels-regions',
      data: labels.filter((l) => !l.city),
      getSize: LABEL_STYLE.region.size,
      fontWeight: LABEL_STYLE.region.weight,
    }),
    new ScreenTextLayer<PlacedRegionLabel>({
      ...base,
      id: 'labels-cities',
      data: labels.filter((l) => l.city),
      getSize: LABEL_STYLE.city.size,
      fontWeight: LABEL_STYLE.city.weight,
    }),
  ];
}
