import {describe, expect, it} from 'vitest';
import {layoutPng, phonePictureFrame, pictureFrame, wrapText, type PngContent} from '../../../src/export/png-layout';
import {pngSize} from '../../../src/export/png-composer';

/** Every character 7 px wide, whatever the font. */
const measure = (text: string) => text.length * 7;
const colors = {background: '#fff', text: '#111', muted: '#555', border: '#ccc'};
const content: PngContent = {
  title: 'Integral coefficient of cluster-formation potential',
  subtitle: 'Mining — 2015–2019',
  legend: [
    {label: '< 0.50', color: 'rgb(166, 97, 26)', unknown: false},
    {label: '≥ 2.00', color: 'rgb(1, 133, 113)', unknown: false},
    {label: 'No production', color: 'rgb(190, 190, 190)', unknown: true},
  ],
  notes: ['1.0 = the national level'],
  keys: [],
  source: 'Source: seed 002, Table 3.1',
  attribution: 'Natural Earth · GeoNames (CC BY 4.0)',
  credit: 'Kyrgyz Cluster Atlas · https://example.org/atlas/',
};

describe('wrapText', () => {
  it('fills lines up to the width and cuts a word longer than a line', () => {
    expect(wrapText('aa bb cc dd', 'f', 35, measure)).toEqual(['aa bb', 'cc dd']);
    expect(wrapText('https://example.org/very/long', 'f', 70, measure)).toEqual(['https://ex', 'ample.org/', 'very/long']);
    expect(wrapText('', 'f', 70, measure)).toEqual([]);
  });
});

describe('layoutPng', () => {
  const layout = layoutPng(content, {width: 960, mapHeight: 744}, colors, measure, 'sans-serif');

  it('is as wide as the map, with the map under the title and the legend under the map', () => {
    expect(layout.width).toBe(960);
    expect(layout.map).toMatchObject({x: 0, w: 960, h: 744});
    expect(layout.map.y).toBeGreaterThan(40);
    for (const s of layout.swatches) expect(s.y).toBeGreaterThan(layout.map.y + layout.map.h);
    expect(layout.swatches.map((s) => s.color)).toEqual(content.legend.map((l) => l.color));
    const texts = layout.ops.filter((o) => o.kind === 'text').map((o) => (o as {text: string}).text);
    for (const part of [content.title, content.subtitle, '< 0.50', 'No production', content.source, content.attribution, content.credit]) expect(texts).toContain(part);
    expect(Number.isInteger(layout.height)).toBe(true);
    expect(layout.height).toBeGreaterThan(layout.map.y + layout.map.h + 60);
  });

  it('paints the background first and keeps every text inside the picture', () => {
    expect(layout.ops[0]).toEqual({kind: 'fill', x: 0, y: 0, w: 960, h: layout.height, color: '#fff'});
    for (const op of layout.ops) if (op.kind === 'text') expect(op.x + measure(op.text)).toBeLessThanOrEqual(960 - 16);
  });

  it('wraps the legend on a narrow map and scales exactly', () => {
    const narrow = layoutPng(content, {width: 200, mapHeight: 150}, colors, measure, 'sans-serif');
    expect(new Set(narrow.swatches.map((s) => s.y)).size).toBeGreaterThan(1);
    expect(pngSize(narrow, 2)).toEqual({width: 400, height: narrow.height * 2});
    expect(pngSize(layout, 1)).toEqual({width: 960, height: layout.height});
  });
});

describe('the scale bar', () => {
  it('is drawn in the map’s lower left with its distance, when the picture knows its scale', () => {
    const distance = (km: number) => `${km} km`;
    const withBar = layoutPng({...content, distance}, {width: 960, mapHeight: 744, metresPerPixel: 1615}, colors, measure, 'sans-serif');
    const label = withBar.ops.find((o) => o.kind === 'text' && o.text === '100 km') as {x: number; y: number} | undefined;
    expect(label).toBeDefined();
    const {map} = withBar;
    expect(label!.y).toBeGreaterThan(map.y + map.h - 30);
    expect(label!.y).toBeLessThan(map.y + map.h);
    expect(label!.x).toBeLessThan(map.x + 200);
    // The bar: 100 km long at that scale.
    const bars = withBar.ops.filter((o) => o.kind === 'fill' && o.h === 2 && o.color === colors.text) as {w: number}[];
    expect(bars.map((b) => b.w)).toEqual([Math.round(100_000 / 1615)]);
    // Drawn after the map (over it).
    const index = (kind: string) => withBar.ops.findIndex((o) => o.kind === kind);
    expect(withBar.ops.indexOf(label as never)).toBeGreaterThan(index('map'));
    // Without a scale or a way to write a distance, none.
    for (const without of [layoutPng({...content, distance}, {width: 960, mapHeight: 744}, colors, measure, 'sans-serif'), layout()])
      expect(without.ops.some((o) => o.kind === 'text' && o.text.endsWith(' km'))).toBe(false);
  });
  const layout = () => layoutPng(content, {width: 960, mapHeight: 744, metresPerPixel: 1615}, colors, measure, 'sans-serif');
});

describe('layoutPng: the other layers’ keys', () => {
  const entry = (label: string, size = 12) => ({label, svg: `<svg id="${label}"/>`, width: size, height: size});
  const keyed: PngContent = {
    ...content,
    keys: [
      {
        title: 'Growth points',
        sections: [
          {heading: 'Population', inline: true, entries: [entry('500 000 and more', 20), entry('under 25 000', 11)]},
          {inline: false, entries: [entry('Oblast centre', 16), entry('Bishkek and Osh (ring around the city): developed under separate programmes, the Concept 2018–2022 says.', 30)]},
        ],
        notes: ['Figures mix years and scopes.'],
        sources: 'seeds 000, 003',
        sourcesLine: 'Sources: seeds 000, 003',
      },
    ],
  };
  const texts = (l: ReturnType<typeof layoutPng>) => l.ops.filter((o) => o.kind === 'text').map((o) => (o as {text: string}).text);
  const images = (l: ReturnType<typeof layoutPng>) => l.ops.filter((o): o is Extract<typeof o, {kind: 'image'}> => o.kind === 'image');

  it('draws each symbol with its meaning under the legend, with the layer’s name, notes and sources', () => {
    const plain = layoutPng(content, {width: 960, mapHeight: 744}, colors, measure, 'sans-serif');
    const layout = layoutPng(keyed, {width: 960, mapHeight: 744}, colors, measure, 'sans-serif');
    expect(images(layout).map((i) => i.svg)).toEqual(keyed.keys[0]!.sections.flatMap((s) => s.entries.map((e) => e.svg)));
    for (const part of ['Growth points', 'Population', '500 000 and more', 'Oblast centre', 'Figures mix years and scopes.', 'Sources: seeds 000, 003']) expect(texts(layout)).toContain(part);
    const legendBottom = Math.max(...layout.swatches.map((s) => s.y + s.h));
    for (const image of images(layout)) expect(image.y).toBeGreaterThan(legendBottom);
    expect(layout.height).toBeGreaterThan(plain.height + 5 * 16);
    // The layer's own source comes before the choropleth's.
    const at = (text: string) => (layout.ops.find((o) => o.kind === 'text' && o.text === text) as {y: number}).y;
    expect(at('Sources: seeds 000, 003')).toBeLessThan(at(content.source));
  });

  it('puts keys side by side, centred on a row, while they fit the width', () => {
    const layout = layoutPng(keyed, {width: 960, mapHeight: 744}, colors, measure, 'sans-serif');
    const [big, small, centre, ring] = images(layout);
    expect(big!.y + big!.h / 2).toBe(small!.y + small!.h / 2);
    expect(small!.x).toBeGreaterThan(big!.x + big!.w);
    // A new section starts a row.
    expect(centre!.x).toBe(16);
    expect(centre!.y).toBeGreaterThan(big!.y + big!.h);
    expect(ring!.x).toBeGreaterThan(centre!.x + centre!.w);
    const narrowKeys = layoutPng(keyed, {width: 200, mapHeight: 150}, colors, measure, 'sans-serif');
    const [narrowBig, narrowSmall] = images(narrowKeys);
    expect(narrowSmall!.x).toBe(16);
    expect(narrowSmall!.y).toBeGreaterThan(narrowBig!.y);
  });

  it('wraps a long meaning beside its symbol on a narrow map, inside the picture', () => {
    const layout = layoutPng(keyed, {width: 320, mapHeight: 240}, colors, measure, 'sans-serif');
    const ring = images(layout)[3]!;
    const beside = layout.ops.filter((o) => o.kind === 'text' && o.x === ring.x + ring.w + 6);
    expect(beside.length).toBeGreaterThan(2);
    for (const op of layout.ops) if (op.kind === 'text') expect(op.x + measure(op.text)).toBeLessThanOrEqual(320 - 16);
    // Every symbol stays inside the picture too.
    for (const image of images(layout)) expect(image.x + image.w).toBeLessThanOrEqual(320 - 16);
  });
});

describe('phonePictureFrame', () => {
  it('takes a band across the middle of a phone’s tall map, with the country fitted 24 px inside it', () => {
    const f = phonePictureFrame({width: 390, height: 669});
    expect(f.height).toBe(293);
    expect(f.top).toBe(188);
    expect(f.padding).toEqual({top: 188 + 24, bottom: 669 - 188 - 293 + 24, left: 24, right: 24});
    // What the camera's fit leaves for the country: the band less its padding.
    expect(669 - f.padding.top - f.padding.bottom).toBe(293 - 48);
  });

  it('keeps the whole map when it is no taller than the band', () => {
    expect(phonePictureFrame({width: 600, height: 300})).toEqual({top: 0, height: 300, padding: {top: 24, bottom: 24, left: 24, right: 24}});
  });
});

describe('pictureFrame', () => {
  it('fits the country into the whole map on a larger screen while the camera is the page’s own, and keeps a camera the reader chose', () => {
    // The page's camera moved beside a pinned profile: the picture (without the profile) fits the country 24 px inside, as the untouched map.
    expect(pictureFrame({width: 960, height: 728}, false, true)).toEqual({top: 0, height: 728, padding: {top: 24, bottom: 24, left: 24, right: 24}});
    // The reader's camera (a `view` in the link): the map as it is.
    expect(pictureFrame({width: 960, height: 728}, false, false)).toEqual({top: 0, height: 728, padding: null});
    // A phone's band whichever it is.
    expect(pictureFrame({width: 390, height: 669}, true, false)).toEqual(phonePictureFrame({width: 390, height: 669}));
  });
});
