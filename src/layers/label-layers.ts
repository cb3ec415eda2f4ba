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

interface Label {
  text: string;
  position: [number, number];
  city: boolean;
}

const common = {
  fontFamily: LABEL_FONT,
  characterSet: 'auto' as const,
  outlineWidth: 3,
  fontSettings: {sdf: true, buffer: 4},
  billboard: true,
};

export function contextLabelLayers(boundaries: Boundaries, colors: MapColors, lang: Lang): Layer[] {
  const lakes = boundaries.lakes.features
    .filter((f) => f.properties.name && f.properties.label)
    .map((f) => ({text: t(lang, `lake.${f.properties.name}` as 'lake.issyk-kul'), position: f.properties.label!}));
  const water = [...lakes, {text: t(lang, SON_KUL.key), position: [SON_KUL.position[0], SON_KUL.position[1] - 0.09] as [number, number]}];
  const countries = CONTEXT_LABELS.filter((l) => l.kind === 'country').map((l) => ({
    text: t(lang, l.key).toUpperCase(),
    position: l.position,
  }));
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

export function regionLabelLayers(regions: RegionFeature[], names: RegionNames, colors: MapColors, lang: Lang): Layer[] {
  const labels: Label[] = regions.map((f) => {
    const name = shortRegionName(names(f.properties.code, lang), lang);
    return {text: isCity(f) ? name : name.toUpperCase(), position: f.properties.label, city: isCity(f)};
  });
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
