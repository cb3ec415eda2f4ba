// What the symbols of the point and link layers mean, as data: each key a label and its picture (an SVG
// string), grouped as the legends group them. The sidebar's energy and links legends (layer-legends.ts)
// and the exported picture's key (export/png-layer-keys.ts) are both drawn from these, so a PNG says
// what the page says. Pure: no DOM, no Lit.
import {addMessages, t, type Lang} from '../i18n/i18n';
import {placeDetails} from '../i18n/messages/place-details';
import {clusterName, kyNamer} from '../i18n/place-names';
import {regionNamer} from '../i18n/region-names';
import type {ShippedData} from '../io/shipped-tables';
import {siteSymbol, symbolSize, symbolSvg, type SymbolSpec} from '../layers/energy-symbols';
import {LINK_WIDTH} from '../layers/layer-ids';
import {clusterColor, ENERGY_CATEGORY_COLORS, GREEN_CLUSTER_COLORS, greenRegionClusters, type LayerColors} from '../map/layer-colors';
import {sitePosition} from '../model/energy-sites';
import {linkFamily, type LinkFamily} from '../model/link-families';
import {POPULATION_CLASSES} from '../model/growth-points';
import {isEdited} from './edited-text';
import {formatUpTo, populationClassLabel} from './layer-text';

addMessages(placeDetails); // the energy categories', statuses' and positions' words

/** One key: the symbol as an SVG image of `width` × `height` CSS pixels, and what it means. */
export interface KeyEntry {
  label: string;
  svg: string;
  width: number;
  height: number;
}

/** Keys under one heading; `inline` keys are short and sit side by side. */
export interface KeySection {
  heading?: string;
  entries: KeyEntry[];
  inline: boolean;
  /** Said after the keys (e.g. the clusters that have no line). */
  note?: string;
}

export interface LayerKey {
  sections: KeySection[];
  notes: string[];
  /** Where the layer's figures come from (without the "Sources:" label). */
  sources: string;
}

const svgImage = (width: number, height: number, body: string, scale = 2) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${width * scale}" height="${height * scale}" viewBox="0 0 ${width} ${height}">${body}</svg>`;

/** A line sample of a colour and width, as the map draws links, spokes and outlines. */
export function lineKey(label: string, color: string, width: number): KeyEntry {
  return {label, svg: svgImage(26, 12, `<line x1="2" y1="6" x2="24" y2="6" stroke="${color}" stroke-width="${width}" stroke-linecap="round"/>`), width: 26, height: 12};
}

function symbolKey(label: string, spec: SymbolSpec): KeyEntry {
  const size = symbolSize(spec.radius);
  return {label, svg: symbolSvg(spec), width: size, height: size};
}

const rgb = (c: readonly number[]) => `rgb(${c[0]} ${c[1]} ${c[2]})`;

/**
 * The growth points' sizes and rings, as the sidebar's growth legend (kg-layer-toggles.ts, on the first
 * view, so drawn there with Lit's own SVG) shows them. `city` is how the map's city markers are painted
 * (the page's surface and border colours), for Bishkek's and Osh's ring.
 */
export function growthKey(lang: Lang, colors: LayerColors, city: {fill: string; line: string}): LayerKey {
  const dot = (label: string, r: number, ring = false): KeyEntry => {
    const size = 2 * (r + (ring ? 5 : 2));
    const c = size / 2;
    const around = ring ? `<circle cx="${c}" cy="${c}" r="${r + 3.25}" fill="none" stroke="${rgb(colors.growthFill)}" stroke-width="1.5"/>` : '';
    return {label, svg: svgImage(size, size, `${around}<circle cx="${c}" cy="${c}" r="${r}" fill="${rgb(colors.growthFill)}" stroke="${rgb(colors.growthLine)}" stroke-width="1.5"/>`), width: size, height: size};
  };
  const separate: KeyEntry = {
    label: t(lang, 'growth.legend.separate'),
    svg: svgImage(30, 30, `<circle cx="15" cy="15" r="9" fill="${city.fill}" stroke="${city.line}" stroke-width="1.5"/><circle cx="15" cy="15" r="12.5" fill="none" stroke="${rgb(colors.growthFill)}" stroke-width="3"/>`),
    width: 30,
    height: 30,
  };
  return {
    sections: [
      {heading: t(lang, 'growth.legend.population'), inline: true, entries: POPULATION_CLASSES.map((c, i) => dot(populationClassLabel(lang, i), c.radius))},
      {inline: false, entries: [dot(t(lang, 'growth.legend.centre'), POPULATION_CLASSES[2].radius, true), separate]},
    ],
    notes: [t(lang, 'growth.legend.caveat')],
    sources: t(lang, 'growth.source'),
  };
}

/**
 * The energy layer's symbols, lines and outlines (seed 004's hub-and-spoke model), with the sources.
 * `panel`: the energy panel, which lists the sites without a location, is beside the key (the page);
 * the PNG and the embedded view have none, so their note does not point to it.
 */
export function energyKey(tables: ShippedData | null, lang: Lang, colors: LayerColors, panel = true): LayerKey {
  const symbolColors = {outline: colors.energyOutline, hollow: colors.energyHollow};
  const base: SymbolSpec = {role: 'hub', color: ENERGY_CATEGORY_COLORS.large_hydro, status: 'operating', precision: 'site', radius: 7, ...symbolColors};
  const symbol = (label: string, spec: Partial<SymbolSpec>) => symbolKey(label, {...base, ...spec});
  const sizeKey = (mw: number) =>
    symbolKey(t(lang, 'energy.mw', {value: formatUpTo(lang, mw)}), siteSymbol({status: 'operating', coord_precision: 'site', capacity_mw: mw}, 'hub', ENERGY_CATEGORY_COLORS.large_hydro, symbolColors)!);
  const sections: KeySection[] = [
    {inline: false, entries: [symbol(t(lang, 'energy.legend.hub'), {}), symbol(t(lang, 'energy.legend.spoke'), {role: 'spoke', color: ENERGY_CATEGORY_COLORS.solar})]},
    {
      inline: true,
      entries: (['large_hydro', 'small_hydro', 'solar', 'wind'] as const).map((c) =>
        symbol(t(lang, `energy.category.${c}`), {role: c === 'large_hydro' ? 'hub' : 'spoke', color: ENERGY_CATEGORY_COLORS[c], radius: 6}),
      ),
    },
    {heading: t(lang, 'energy.legend.status'), inline: true, entries: (['operating', 'construction', 'planned'] as const).map((s) => symbol(t(lang, `energy.status.${s}`), {status: s}))},
    {heading: t(lang, 'energy.legend.location'), inline: false, entries: (['site', 'approx', 'proxy'] as const).map((p) => symbol(t(lang, `energy.precision.${p}`), {precision: p, radius: 8}))},
    {heading: t(lang, 'energy.legend.size'), inline: true, entries: [100, 500, 1500].map(sizeKey)},
    {
      inline: false,
      entries: [
        lineKey(t(lang, 'energy.legend.link'), ENERGY_CATEGORY_COLORS.solar, 2),
        {label: t(lang, 'energy.legend.stack'), svg: svgImage(26, 12, `<circle cx="13" cy="6" r="2" fill="${colors.energyOutline}"/>`), width: 26, height: 12},
      ],
    },
  ];
  const greens = tables ? greenRegionClusters(tables.clusters) : [];
  if (tables && greens.length > 0) {
    const region = regionNamer(tables.regions);
    const ky = kyNamer(tables.namesKy);
    sections.push({
      heading: t(lang, 'energy.legend.green'),
      inline: false,
      entries: greens.map((g) => lineKey(`${clusterName(g, lang, ky)} (${g.regions.map((c) => region(c, lang)).join(', ')})`, GREEN_CLUSTER_COLORS[g.id]!, 4)),
    });
  }
  const unlocated = tables ? tables.energySites.filter((s) => !sitePosition(s)).length : 0;
  return {sections, notes: unlocated > 0 ? [t(lang, panel ? 'energy.legend.unlocated' : 'energy.legend.unlocatedNotDrawn', {n: unlocated})] : [], sources: t(lang, 'energy.source')};
}

/** The cluster links of the families shown, each in its colour, with the sources. */
export function linksKey(tables: ShippedData, families: readonly LinkFamily[], lang: Lang): LayerKey {
  const ky = kyNamer(tables.namesKy);
  const region = regionNamer(tables.regions);
  // A cluster a planner's scenario proposed is drawn with its family, but is not the family's source's.
  const name = (c: ShippedData['clusters'][number]) => {
    const text = clusterName(c, lang, ky);
    return isEdited(c) ? t(lang, 'scenario.marked', {value: text}) : text;
  };
  const sections = families.map((family): KeySection => {
    const rows = tables.clusters.filter((c) => linkFamily(c) === family);
    const linked = rows.filter((c) => new Set(c.regions).size > 1);
    const single = rows.filter((c) => new Set(c.regions).size === 1);
    return {
      heading: t(lang, `links.family.${family}`),
      inline: false,
      entries: linked.map((c) => lineKey(name(c), clusterColor(c.id), LINK_WIDTH[family])),
      note: single.length > 0 ? t(lang, 'links.legend.single', {list: single.map((c) => `${name(c)} (${region(c.regions[0]!, lang)})`).join('; ')}) : undefined,
    };
  });
  return {sections, notes: [], sources: t(lang, 'links.source')};
}
