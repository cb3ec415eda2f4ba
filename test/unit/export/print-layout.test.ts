// @vitest-environment happy-dom
// Print / PDF (A4) in the Download dialog (src/export/print-view.ts): the picture's size is chosen for
// an A4 page's printable width at 96 dpi (Chrome's and Firefox's default 10 mm margins), printed at the
// size it was laid out in and sharp enough for paper; the view's picture with its keys fits one page. And
// the one line Ctrl+P prints instead of the map (styles.css) says what the dialog's table says.
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import type {Topology} from 'topojson-specification';
import {afterEach, describe, expect, it} from 'vitest';
import {pngContent} from '../../../src/export/exporters';
import {pngSize} from '../../../src/export/png-composer';
import {layoutPng, PRINT_PICTURE, printablePage, printedWidth, printPicture} from '../../../src/export/png-layout';
import {t, type Lang} from '../../../src/i18n/i18n';
import {shareDialogs} from '../../../src/i18n/messages/share-dialogs';
import {decodeBoundaries} from '../../../src/io/boundaries';
import type {AtlasData} from '../../../src/state/app-state';
import {choroplethOf} from '../../../src/state/choropleth';
import {computedResult} from '../model/helpers';
import {shippedTables} from '../model/shipped-data';
import {cleanUp, componentStore} from '../ui/component-store';

const px = (font: string) => Number(/(\d+(?:\.\d+)?)px/.exec(font)![1]);
/** Wider than a sans-serif's average letter (Cyrillic included). */
const measure = (text: string, font: string) => text.length * px(font) * 0.6;
const colors = {background: '#fff', text: '#111', muted: '#555', border: '#ccc'};
afterEach(cleanUp);

describe('the printed picture’s size', () => {
  it('is chosen for A4 portrait’s printable area: 718 × 1046 CSS px inside 10 mm margins', () => {
    expect(printablePage()).toEqual({width: 718, height: 1046});
    // US Letter, for comparison: 8.5 in less 20 mm.
    expect(printablePage({widthMm: 215.9, heightMm: 279.4})).toEqual({width: 740, height: 980});
  });

  it('is 700 CSS px wide on A4 (a wider margin does not shrink it), its map 5 : 8 as the article’s, at 3× (2100 px)', () => {
    expect(PRINT_PICTURE).toEqual({width: 700, mapHeight: 438, scale: 3});
    expect(printPicture(printablePage())).toEqual(PRINT_PICTURE);
    // Margins up to ~11 mm still hold 700 px.
    expect(printPicture(printablePage(undefined, 11)).width).toBe(700);
    expect(printPicture(printablePage(undefined, 15)).width).toBe(660);
    for (const margin of [5, 10, 12.7, 20]) {
      const page = printablePage(undefined, margin);
      const picture = printPicture(page);
      expect(picture.width).toBeLessThanOrEqual(page.width - 10);
      expect(picture.width % 20).toBe(0);
    }
  });

  it('is printed as wide as laid out when it fits the page, else narrower so that it fits one page whole', () => {
    expect(printedWidth({width: 700, height: 800})).toBe(700);
    expect(printedWidth({width: 700, height: 1046})).toBe(700);
    expect(printedWidth({width: 700, height: 1400})).toBe(523);
    expect(printedWidth({width: 700, height: 2092}, {height: 1046})).toBe(350);
  });

  it.each([
    ['the default layers', ['regions', 'growth'], 700],
    ['every layer', ['regions', 'growth', 'energy', 'links'], 400],
  ] as const)('with %s and Kyrgyz words (the longest), printed on one A4 page, 2100 px wide', (_, layers, least) => {
    const topo = JSON.parse(readFileSync(join(import.meta.dirname, '../../../geo/kg.topo.json'), 'utf8')) as Topology;
    const atlas: AtlasData = {tables: shippedTables(), boundaries: decodeBoundaries(topo)};
    const store = componentStore(atlas, {lang: 'ky', ind: 'mfg-lq', sector: 'C', year: 2024, layers: [...layers]});
    store.update({indicator: {key: 'k', status: 'ready', result: computedResult([1, 0.5, 0.8, 1.2, 0.4, 0.9, 1.1, 0.7, 0.6]), error: null}});
    const layout = layoutPng(pngContent(store.state, choroplethOf(store.state)!), PRINT_PICTURE, colors, measure, 'sans-serif');
    expect(layout.width).toBe(700);
    expect(layout.map).toEqual({x: 0, y: layout.map.y, w: 700, h: 438});
    expect(pngSize(layout, PRINT_PICTURE.scale).width).toBe(2100);
    const width = printedWidth(layout);
    expect(width).toBeGreaterThanOrEqual(least);
    expect((layout.height * width) / layout.width).toBeLessThanOrEqual(printablePage().height);
  });
});

describe('the line Ctrl+P prints instead of the map', () => {
  it('says in each language what the Download dialog’s message says', () => {
    const css = readFileSync(join(import.meta.dirname, '../../../src/styles.css'), 'utf8');
    const print = css.slice(css.indexOf('@media print'));
    const contents = [...print.matchAll(/(?::root:lang\((\w+)\) )?\.kg-main::before \{[^}]*content: "([^"]+)"/g)].map((m) => [m[1] ?? 'ky', m[2]]);
    expect(contents.map(([lang]) => lang).sort()).toEqual(['en', 'ky', 'ru']);
    for (const [lang, text] of contents) expect(text).toBe(shareDialogs[lang as Lang]['exportDialog.printScreenNote']);
    expect(t).toBeTypeOf('function');
  });
});
