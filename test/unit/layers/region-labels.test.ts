import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import type {Topology} from 'topojson-specification';
import {describe, expect, it} from 'vitest';
import {regionNamer} from '../../../src/i18n/region-names';
import {decodeBoundaries, type RegionFeature} from '../../../src/io/boundaries';
import {symbolOf} from '../../../src/layers/growth-points-layers';
import {contextLabels, contextNames, nameLayers, placeContextLabels, placeRegionLabels, regionLabels, regionNames, type DrawnName} from '../../../src/layers/label-layers';
import {MAP_COLORS} from '../../../src/map/map-colors';
import {isCity} from '../../../src/io/boundaries';
import {boxesOverlap, markerBox, worldPixels} from '../../../src/model/label-placement';
import {shippedTables} from '../model/shipped-data';

const topo = JSON.parse(readFileSync(join(import.meta.dirname, '../../../geo/kg.topo.json'), 'utf8')) as Topology;
const boundaries = decodeBoundaries(topo);
const regions = boundaries.regions.features as RegionFeature[];
const tables = shippedTables();

describe('region names placed clear of symbols', () => {
  it('stay on their point when nothing is there, and move off a symbol that is', () => {
    const [label] = regionLabels(regions.filter((f) => f.properties.code === 'KG-N'), regionNamer(tables.regions), 'en');
    const [x, y] = worldPixels(label!.position[0], label!.position[1], 6);
    expect(placeRegionLabels([label!], 6, [], null)[0]!.placement).toBe('center');
    const moved = placeRegionLabels([label!], 6, [markerBox(x, y, 6)], null)[0]!;
    expect(moved.placement).not.toBe('center');
    expect(boxesOverlap(moved.box, markerBox(x, y, 6))).toBe(false);
  });

  it('at country zoom, in every language, cover no growth point', () => {
    for (const lang of ['ky', 'ru', 'en'] as const)
      for (const zoom of [5.6, 6]) {
        const labels = regionLabels(regions.filter((f) => !isCity(f)), regionNamer(tables.regions), lang);
        const markers = tables.growthPoints.map((row) => {
          const s = symbolOf(row, {zoom, cityRings: new Map()});
          return markerBox(...worldPixels(...s.position, zoom), s.radius);
        });
        const placed = placeRegionLabels(labels, zoom, markers, null);
        expect(placed).toHaveLength(7);
        const covered = placed.flatMap((l) => (markers.some((m) => boxesOverlap(l.box, m)) ? [`${lang} z${zoom} ${l.text}`] : []));
        expect(covered).toEqual([]);
      }
  });

  it('are always written, even where nothing fits', () => {
    const labels = regionLabels(regions, regionNamer(tables.regions), 'ky');
    const everywhere = [{x0: -1e9, y0: -1e9, x1: 1e9, y1: 1e9}];
    expect(placeRegionLabels(labels, 6, everywhere, null).map((l) => l.text).sort()).toEqual(labels.map((l) => l.text).sort());
  });
});

describe('names of the neighbouring countries', () => {
  const uzbekistan = (lang: 'ky' | 'en') => contextLabels(boundaries, lang).countries.find((c) => /^(UZBEKISTAN|ӨЗБЕКСТАН)$/.test(c.text))!;

  it('are centred on their points in the default desktop view, in every language', () => {
    // A 1280 × 800 window: the map 960 × 744 px at zoom 5.9, on Kyrgyzstan; the growth points drawn.
    const zoom = 5.9;
    const [cx, cy] = worldPixels(74.775, 41.24, zoom);
    const viewport = {x0: cx - 480, y0: cy - 372, x1: cx + 480, y1: cy + 372};
    const symbols = tables.growthPoints.map((row) => {
      const s = symbolOf(row, {zoom, cityRings: new Map()});
      return markerBox(...worldPixels(...s.position, zoom), s.radius);
    });
    for (const lang of ['ky', 'ru', 'en'] as const) {
      const placed = placeContextLabels('countries', boundaries, lang, zoom, symbols, viewport);
      expect(placed.map((p) => p.placement)).toEqual(['center', 'center', 'center', 'center']);
    }
  });

  it("move away from Kyrgyzstan off a symbol (Osh's marker at a phone's zoom), else are left out", () => {
    const zoom = 4.6;
    const {text} = uzbekistan('ky');
    const osh = regions.find((f) => f.properties.code === 'KG-GO')!.properties.label;
    const marker = markerBox(...worldPixels(osh[0], osh[1], zoom), 17);
    const [moved] = placeContextLabels('countries', boundaries, 'ky', zoom, [marker], null).filter((p) => p.text === text);
    expect(moved!.placement).toBe('left');
    expect(boxesOverlap(moved!.box, marker)).toBe(false);
    const everywhere = [{x0: -1e9, y0: -1e9, x1: 1e9, y1: 1e9}];
    expect(placeContextLabels('countries', boundaries, 'ky', zoom, everywhere, null)).toEqual([]);
    // And are drawn where they were placed.
    const drawn = contextNames({countries: [moved!], water: []}, MAP_COLORS.light);
    expect(drawn).toEqual([expect.objectContaining({text, placement: 'left'})]);
  });
});

describe('the names as text layers', () => {
  it('are one layer per font weight, each name with its own colour, size and placement', () => {
    const colors = MAP_COLORS.light;
    const boundaries = decodeBoundaries(topo);
    const placed = placeRegionLabels(regionLabels(regions, regionNamer(tables.regions), 'en'), 6, [], null);
    const context = (kind: 'countries' | 'water') => placeContextLabels(kind, boundaries, 'en', 6, [], null);
    const names = [...contextNames({countries: context('countries'), water: context('water')}, colors), ...regionNames(placed, colors)];
    const layers = nameLayers(names, colors);
    // Countries, water and regions are semi-bold; the two cities bold.
    expect(layers.map((l) => l.id)).toEqual(['labels-600', 'labels-700']);
    const [semiBold, bold] = layers.map((l) => l.props.data as DrawnName[]);
    expect(semiBold!.map((n) => n.text)).toEqual(expect.arrayContaining(['KAZAKHSTAN', 'Issyk-Kul', 'NARYN']));
    expect(bold!.map((n) => n.text).sort()).toEqual(['Bishkek', 'Osh']);
    const country = semiBold!.find((n) => n.text === 'KAZAKHSTAN')!;
    expect(country).toMatchObject({placement: 'center', offset: 0, color: colors.contextLabel});
    expect(semiBold!.find((n) => n.text === 'Issyk-Kul')!.color).toEqual(colors.waterLabel);
    expect(semiBold!.find((n) => n.text === 'NARYN')!.color).toEqual(colors.label);
    // Every accessor a function of the name (one vertex layout for every text layer, per-object.ts).
    for (const accessor of ['getSize', 'getColor', 'getPixelOffset', 'getTextAnchor', 'getAlignmentBaseline'] as const)
      expect(typeof (layers[0]!.props as unknown as Record<string, unknown>)[accessor]).toBe('function');
  });

  it("wear a halo wide enough to read as names, not outlined letters: in the dark theme at least 1 px round the smallest (11 px), uncut", () => {
    const name: DrawnName = {text: 'Узген', position: [73.3, 40.77], placement: 'right', offset: 0, color: MAP_COLORS.dark.label, style: {size: 11, weight: 600}};
    for (const [theme, minPx] of [['light', 0.3], ['dark', 1]] as const) {
      const props = nameLayers([name], MAP_COLORS[theme])[0]!.props as unknown as {outlineWidth: number; fontSettings: {fontSize: number; buffer: number}};
      // deck.gl draws ¾ of outlineWidth round the letter in its fontSize-px field (see map-colors.ts).
      const haloPx = props.outlineWidth * 0.75;
      expect(haloPx * (11 / props.fontSettings.fontSize), theme).toBeGreaterThanOrEqual(minPx);
      expect(props.fontSettings.buffer, `${theme}: the letter's padding holds its halo`).toBeGreaterThanOrEqual(haloPx);
    }
  });

  it('are the same data when placed anew at the same places (deck.gl keeps the letters), not when one moves', () => {
    const colors = MAP_COLORS.light;
    const place = () => regionNames(placeRegionLabels(regionLabels(regions, regionNamer(tables.regions), 'en'), 6, [], null), colors);
    const [first] = nameLayers(place(), colors);
    const [again] = nameLayers(place(), colors);
    const same = again!.props.dataComparator!;
    expect(again!.props.data).not.toBe(first!.props.data);
    expect(same(again!.props.data, first!.props.data)).toBe(true);
    const moved = (again!.props.data as DrawnName[]).map((n, i) => (i === 0 ? {...n, position: [n.position[0] + 0.01, n.position[1]] as [number, number]} : n));
    expect(same(moved, first!.props.data)).toBe(false);
    const recoloured = (again!.props.data as DrawnName[]).map((n, i) => (i === 0 ? {...n, color: colors.waterLabel} : n));
    expect(same(recoloured, first!.props.data)).toBe(false);
    expect(same(again!.props.data)).toBe(false);
  });
});
