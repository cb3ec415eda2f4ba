// @vitest-environment happy-dom
// The picture for an article's column (png-layout.ts ARTICLE_PICTURE) with every layer's key, in
// Kyrgyz (the longest words): shown 640 px wide, its text is as large as Datawrapper's exports (title
// ≥ 18 px, legend and keys ≥ 12 px, source and credits ≥ 11 px), nothing runs past its width, and the
// long keys flow into rows and wrap beside their symbols. The screen-size picture of a laptop's map
// (960 px), squeezed into the same column, is what a journalist's audit found unreadable.
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import type {Topology} from 'topojson-specification';
import {afterEach, beforeAll, describe, expect, it} from 'vitest';
import {pngContent} from '../../../src/export/exporters';
import {pngSize} from '../../../src/export/png-composer';
import {ARTICLE_PICTURE, layoutPng, type DrawOp, type PngContent, type PngLayout} from '../../../src/export/png-layout';
import {decodeBoundaries} from '../../../src/io/boundaries';
import type {AtlasData} from '../../../src/state/app-state';
import {choroplethOf} from '../../../src/state/choropleth';
import {computedResult} from '../model/helpers';
import {shippedTables} from '../model/shipped-data';
import {cleanUp, componentStore} from '../ui/component-store';

/** Wider than a sans-serif's average letter (Cyrillic included): 0.6 of the font's size per character. */
const px = (font: string) => Number(/(\d+(?:\.\d+)?)px/.exec(font)![1]);
const measure = (text: string, font: string) => text.length * px(font) * 0.6;
const colors = {background: '#fff', text: '#111', muted: '#555', border: '#ccc'};
const PAD = 16;

let content: PngContent;
beforeAll(() => {
  const topo = JSON.parse(readFileSync(join(import.meta.dirname, '../../../geo/kg.topo.json'), 'utf8')) as Topology;
  const atlas: AtlasData = {tables: shippedTables(), boundaries: decodeBoundaries(topo)};
  const store = componentStore(atlas, {lang: 'ky', ind: 'mfg-lq', sector: 'C', year: 2024, layers: ['regions', 'growth', 'energy', 'links']});
  store.update({indicator: {key: 'k', status: 'ready', result: computedResult([1, 0.5, 0.8, 1.2, 0.4, 0.9, 1.1, 0.7, 0.6]), error: null}});
  content = pngContent(store.state, choroplethOf(store.state)!);
  cleanUp();
});
afterEach(cleanUp);

const texts = (l: PngLayout) => l.ops.filter((o): o is Extract<DrawOp, {kind: 'text'}> => o.kind === 'text');
const images = (l: PngLayout) => l.ops.filter((o): o is Extract<DrawOp, {kind: 'image'}> => o.kind === 'image');
/** The height of a text's font as the reader sees it, the picture shown `column` px wide. */
const shown = (l: PngLayout, op: Extract<DrawOp, {kind: 'text'}>, column: number) => (px(op.font) * column) / l.width;

describe('the picture for an article’s column', () => {
  const article = () => layoutPng(content, ARTICLE_PICTURE, colors, measure, 'sans-serif');

  it('has every layer’s key to lay out (the case the audit found unreadable)', () => {
    expect(content.keys).toHaveLength(3);
    expect(content.keys.flatMap((k) => k.sections.flatMap((s) => s.entries)).length).toBeGreaterThan(20);
  });

  it('is 640 CSS px wide with a 640 × 400 map, saved at 2× as a 1280 px file', () => {
    const layout = article();
    expect(layout.width).toBe(640);
    expect(layout.map).toEqual({x: 0, y: layout.map.y, w: 640, h: 400});
    expect(pngSize(layout, ARTICLE_PICTURE.scale)).toEqual({width: 1280, height: 2 * layout.height});
  });

  it('shown 640 px wide, has a title ≥ 18 px, legend and keys ≥ 12 px, source and credits ≥ 11 px', () => {
    const layout = article();
    const ops = texts(layout);
    const title = ops.find((o) => content.title.startsWith(o.text))!;
    expect(shown(layout, title, 640)).toBeGreaterThanOrEqual(18);
    const small = new Set([content.attribution, content.credit].flatMap((t) => ops.filter((o) => t.includes(o.text)).map((o) => o)));
    for (const op of ops) expect(shown(layout, op, 640), op.text).toBeGreaterThanOrEqual(small.has(op) ? 11 : 12);
    // The legend's labels and every key's meanings are among them, at 13 px.
    const legend = ops.filter((o) => content.legend.some((l) => l.label === o.text));
    expect(legend).toHaveLength(content.legend.length);
    for (const op of legend) expect(shown(layout, op, 640)).toBe(13);
    // The screen-size picture of a laptop's map, in the same column: 11–12 px text shrinks to 7–8 px.
    const screen = layoutPng(content, {width: 960, mapHeight: 744}, colors, measure, 'sans-serif');
    expect(Math.min(...texts(screen).map((o) => shown(screen, o, 640)))).toBeLessThan(7.5);
  });

  it('keeps every text, swatch and symbol inside its width', () => {
    const layout = article();
    for (const op of texts(layout)) expect(op.x + measure(op.text, op.font), op.text).toBeLessThanOrEqual(640 - PAD);
    for (const op of [...images(layout), ...layout.swatches]) expect(op.x + op.w).toBeLessThanOrEqual(640 - PAD);
    for (const op of texts(layout)) expect(op.x).toBeGreaterThanOrEqual(PAD);
  });

  it('flows the keys into more rows than at screen size, and wraps long meanings beside their symbols', () => {
    const layout = article();
    const screen = layoutPng(content, {width: 960, mapHeight: 744}, colors, measure, 'sans-serif');
    const rows = (l: PngLayout) => new Set(images(l).map((i) => Math.round(i.y + i.h / 2))).size;
    expect(rows(layout)).toBeGreaterThan(rows(screen));
    // Every symbol is drawn, none dropped for the narrower width.
    expect(images(layout).map((i) => i.svg)).toEqual(images(screen).map((i) => i.svg));
    // Still side by side where they fit: some row has more than one symbol.
    const byRow = new Map<number, number>();
    for (const i of images(layout)) byRow.set(Math.round(i.y + i.h / 2), (byRow.get(Math.round(i.y + i.h / 2)) ?? 0) + 1);
    expect(Math.max(...byRow.values())).toBeGreaterThan(1);
    // A meaning too long for the line (Bishkek's and Osh's ring) wraps into lines beside its symbol.
    const beside = (l: PngLayout) =>
      Math.max(...images(l).map((i) => texts(l).filter((o) => o.x === i.x + i.w + 6 && o.y > i.y - 40 && o.y < i.y + i.h + 40).length));
    expect(beside(layout)).toBeGreaterThan(beside(screen));
  });
});
