// Names on the map, drawn by deck.gl's TextLayer from the system's fonts: maplibre symbol labels would
// need a glyph server, and the default map must work with no network at all.
import type {Layer} from '@deck.gl/core';
import {TextLayer} from '@deck.gl/layers';
import type {Lang} from '../i18n/i18n';
import {t} from '../i18n/i18n';
import {shortRegionName, type RegionNames} from '../i18n/region-names';
import type {Boundaries, RegionFeature} from '../io/boundaries';
import {CONTEXT_LABELS, SON_KUL} from '../map/context-labels';
import type {MapColors} from '../map/map-colors';
import {isCity} from './regions-layers';

export const LABEL_FONT = '"Noto Sans", "DejaVu Sans", "Segoe UI", Roboto, Arial, sans-serif';

export interface Label {
  text: string;
  position: [number, number];
  city: boolean;
}

/** Sizes and offsets of the labels below (keep in step with the layers), so other labels can avoid them. */
export const LABEL_STYLE = {
  context: {size: 12, weight: 600},
  water: {size: 12, weight: 400},
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

export function contextLabelLayers(boundaries: Boundaries, colors: MapColors, lang: Lang): Layer[] {
  const {countries, water} = contextLabels(boundaries, lang);
  return [
    new TextLayer({
      ...common,
      id: 'labels-countries',
      data: countries,
      getText: (d: {text: string}) => d.text,
      getPosition: (d: {position: [number, number]}) => d.position,
      getSize: 12,
      fontWeight: 600,
      getColor: colors.contextLabel,
      outlineColor: colors.labelHalo,
      updateTriggers: {getText: lang, getColor: colors.contextLabel.join()},
    }),
    new TextLayer({
      ...common,
      id: 'labels-water',
      data: water,
      getText: (d: {text: string}) => d.text,
      getPosition: (d: {position: [number, number]}) => d.position,
      getSize: 12,
      fontWeight: 'normal',
      getColor: colors.waterLabel,
      outlineColor: colors.labelHalo,
      updateTriggers: {getText: lang, getColor: colors.waterLabel.join()},
    }),
  ];
}

export function regionLabels(regions: RegionFeature[], names: RegionNames, lang: Lang): Label[] {
  return regions.map((f) => {
    const name = shortRegionName(names(f.properties.code, lang), lang);
    return {text: isCity(f) ? name : name.toUpperCase(), position: f.properties.label, city: isCity(f)};
  });
}

export function regionLabelLayers(regions: RegionFeature[], names: RegionNames, colors: MapColors, lang: Lang): Layer[] {
  const labels = regionLabels(regions, names, lang);
  const base = {
    ...common,
    getText: (d: Label) => d.text,
    getPosition: (d: Label) => d.position,
    getColor: colors.label,
    outlineColor: colors.labelHalo,
    updateTriggers: {getText: lang, getColor: colors.label.join()},
  };
  return [
    new TextLayer<Label>({
      ...base,
      id: 'labels-regions',
      data: labels.filter((l) => !l.city),
      getSize: 12,
      fontWeight: 600,
    }),
    new TextLayer<Label>({
      ...base,
      id: 'labels-cities',
      data: labels.filter((l) => l.city),
      getSize: 13,
      fontWeight: 700,
      getTextAnchor: 'start',
      getPixelOffset: [13, 0],
    }),
  ];
}
