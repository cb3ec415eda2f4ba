import {beforeAll, describe, expect, it} from 'vitest';
import {classify} from '../../../src/model/classify';
import type {IndicatorResult} from '../../../src/model/indicator-result';
import {buildLegend, emphasisedRegions, entryOf} from '../../../src/model/legend';
import {loadNaturalBreaks} from '../../../src/model/natural-breaks';
import {classColors, DIVERGING_MIDDLE, divergingColors, parseHexColor, rgbaToHex, sequentialColors, type Rgba} from '../../../src/model/palette';
import {rankRegions} from '../../../src/model/ranking';
import {REGION_CODES} from '../../../src/model/region';

const GREY: Rgba = [190, 190, 190, 255];

beforeAll(loadNaturalBreaks);

function result(values: (number | null | 'no_production' | 'not_published')[]): IndicatorResult {
  return {
    ind: 'integral',
    sector: 'mining',
    year: null,
    period: '2015–2019',
    origin: 'published',
    values: REGION_CODES.map((code, i) => {
      const v = values[i] ?? null;
      return typeof v === 'number' ? {code, value: v, status: 'ok'} : {code, value: null, status: v ?? 'no_data'};
    }),
    decimals: 3,
    sources: ['seed002-t3.1'],
    formula: null,
  };
}

// Seed 002 Table 3.1, mining: Osh city is a dash.
const MINING = result([2.553, 5.449, 0.027, 2.574, 2.977, 0.028, 0.044, 0.025, 'no_production']);

describe('buildLegend', () => {
  it('has one entry per class and one per unknown reason that occurs, covering every region once', () => {
    const c = classify(MINING.values.map((v) => v.value), {method: 'diverging', n: 5});
    const legend = buildLegend(MINING, c, classColors(c), GREY);
    expect(legend.map((e) => e.key)).toEqual(['class-0', 'class-1', 'class-2', 'class-3', 'class-4', 'status-no_production']);
    expect(legend.flatMap((e) => e.regions).sort()).toEqual([...REGION_CODES].sort());
    expect(legend[4]!.regions).toEqual(['KG-B', 'KG-J', 'KG-N', 'KG-O']);
    expect(legend[5]).toMatchObject({kind: 'status', status: 'no_production', regions: ['KG-GO'], color: GREY});
  });

  it('labels fixed intervals by their bounds (open at the ends) and data classes by their members', () => {
    const d = classify(MINING.values.map((v) => v.value), {method: 'diverging', n: 5});
    const diverging = buildLegend(MINING, d, classColors(d), GREY);
    expect(diverging[0]!.range).toEqual({from: null, to: 0.5});
    expect(diverging[2]!.range).toEqual({from: 0.8, to: 1.25});
    expect(diverging[4]!.range).toEqual({from: 2, to: null});
    const j = classify(MINING.values.map((v) => v.value), {method: 'jenks', n: 3});
    const jenks = buildLegend(MINING, j, classColors(j), GREY);
    expect(jenks.map((e) => e.range)).toEqual([
      {from: 0.025, to: 0.044},
      {from: 2.553, to: 2.977},
      {from: 5.449, to: 5.449},
      null,
    ]);
  });

  it('lists only unknown entries when nothing is known', () => {
    const none = result([]);
    const c = classify(none.values.map((v) => v.value), {method: 'quantile', n: 5});
    const legend = buildLegend(none, c, classColors(c), GREY);
    expect(legend).toHaveLength(1);
    expect(legend[0]).toMatchObject({key: 'status-no_data', regions: [...REGION_CODES]});
  });

  it('keeps the seed’s reasons apart from plain "no data"', () => {
    const mixed = result([1, 'not_published', 'no_production', null, 2]);
    const c = classify(mixed.values.map((v) => v.value), {method: 'quantile', n: 2});
    const keys = buildLegend(mixed, c, classColors(c), GREY).filter((e) => e.kind === 'status').map((e) => e.key);
    expect(keys).toEqual(['status-no_production', 'status-not_published', 'status-no_data']);
  });
});

describe('the legend as a filter', () => {
  const c = classify(MINING.values.map((v) => v.value), {method: 'diverging', n: 5});
  const legend = buildLegend(MINING, c, classColors(c), GREY);

  it('emphasises the regions of the chosen entry, and nothing is filtered without a choice', () => {
    expect(emphasisedRegions(legend, 'class-4')).toEqual(new Set(['KG-B', 'KG-J', 'KG-N', 'KG-O']));
    expect(emphasisedRegions(legend, 'status-no_production')).toEqual(new Set(['KG-GO']));
    expect(emphasisedRegions(legend, null)).toBeNull();
    expect(emphasisedRegions(legend, 'class-9')).toBeNull();
  });

  it('finds the entry (and so the colour) of a region', () => {
    expect(entryOf(legend, 'KG-J')!.key).toBe('class-4');
    expect(entryOf(legend, 'KG-T')!.color).toEqual(legend[0]!.color);
  });
});

describe('palettes', () => {
  it('give one distinct colour per class', () => {
    for (let k = 1; k <= 9; k++) {
      for (const colors of [divergingColors(k), sequentialColors(k)]) {
        expect(colors).toHaveLength(k);
        expect(new Set(colors.map(rgbaToHex)).size).toBe(k);
      }
    }
  });

  it('diverging: a neutral sand middle for odd counts, brown low and blue-green high', () => {
    const five = divergingColors(5);
    expect(rgbaToHex(five[2]!)).toBe(DIVERGING_MIDDLE);
    // Far enough from the neighbouring countries' fill (#eceef1) not to read as foreign land.
    const [r, g, b] = five[2]!;
    expect(Math.hypot(r - 0xec, g - 0xee, b - 0xf1)).toBeGreaterThan(40);
    expect(five[0]![0]).toBeGreaterThan(five[0]![2]); // brown: red over blue
    expect(five[4]![2]).toBeGreaterThan(five[4]![0]); // blue-green: blue over red
  });

  it('sequential: darker for higher classes', () => {
    const lum = ([r, g, b]: Rgba) => 0.2126 * r + 0.7152 * g + 0.0722 * b;
    const colors = sequentialColors(6);
    for (let i = 1; i < colors.length; i++) expect(lum(colors[i]!)).toBeLessThan(lum(colors[i - 1]!));
  });

  it('sequential: reversed on the dark map (brighter = more there)', () => {
    const c = classify([1, 2, 3, 4], {method: 'quantile', n: 4});
    expect(classColors(c, 'dark')).toEqual([...classColors(c, 'light')].reverse());
    const d = classify([1, 2, 3, 4], {method: 'diverging', n: 5});
    expect(classColors(d, 'dark')).toEqual(classColors(d, 'light'));
  });

  it('parses and prints hex colours', () => {
    expect(parseHexColor('#01857a')).toEqual([1, 133, 122, 255]);
    expect(rgbaToHex([1, 133, 122, 255])).toBe('#01857a');
    expect(() => parseHexColor('rgb(1,2,3)')).toThrow();
  });
});

describe('rankRegions', () => {
  it('ranks the highest value first, shares ranks on ties and leaves unknowns unranked', () => {
    const r = rankRegions(result([1, 3, 3, 'not_published', 0.5]).values);
    expect(r.ranked).toBe(4);
    expect(Object.fromEntries(r.rank)).toEqual({'KG-J': 1, 'KG-Y': 1, 'KG-B': 3, 'KG-O': 4});
  });

  it('puts Jalal-Abad first for mining', () => {
    const r = rankRegions(MINING.values);
    expect(r.rank.get('KG-J')).toBe(1);
    expect(r.rank.get('KG-GB')).toBe(8);
    expect(r.rank.has('KG-GO')).toBe(false);
  });
});
