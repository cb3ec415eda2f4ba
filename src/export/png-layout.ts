// Where everything goes in the exported picture: title and subtitle above the map, the legend, notes,
// source, attribution and credit below it. Pure: text is measured by the function passed in (the
// canvas's measureText in the page, a fake in tests), and the result is a list of drawing operations
// in CSS pixels that the composer (png-composer.ts) runs at the chosen scale. The picture is as wide
// as the map on screen, so at scale s it is exactly s × that width.

export interface PngLegendItem {
  label: string;
  /** CSS colour of the swatch. */
  color: string;
  /** Unknown values: drawn with the map's dot pattern. */
  unknown: boolean;
}

/** The key of a point or link layer drawn over the choropleth (ui/layer-keys.ts), under its name. */
export interface PngLayerKey extends LayerKey {
  title: string;
  /** "Sources: {sources}" in the picture's language. */
  sourcesLine: string;
}

export interface PngContent {
  title: string;
  subtitle: string;
  legend: PngLegendItem[];
  /** Short lines under the legend (e.g. what 1.0 means). */
  notes: string[];
  /** What the symbols of the other layers shown mean: growth points, energy sites, cluster links. */
  keys: PngLayerKey[];
  source: string;
  attribution: string;
  credit: string;
  /** A distance in kilometres as the picture's scale bar writes it ("100 km"); none: no scale bar. */
  distance?: (km: number) => string;
}

export interface PngColors {
  background: string;
  text: string;
  muted: string;
  border: string;
}

import {scaleBar} from '../map/scale';
import type {KeyEntry, KeySection, LayerKey} from '../ui/layer-keys';

export type Measure = (text: string, font: string) => number;

export type DrawOp =
  | {kind: 'fill'; x: number; y: number; w: number; h: number; color: string}
  | {kind: 'text'; x: number; y: number; text: string; font: string; color: string}
  | {kind: 'map'; x: number; y: number; w: number; h: number}
  /** A key's symbol: an SVG image (ui/layer-keys.ts). */
  | {kind: 'image'; x: number; y: number; w: number; h: number; svg: string}
  | {kind: 'swatch'; x: number; y: number; w: number; h: number; color: string; unknown: boolean; border: string};

export interface PngLayout {
  width: number;
  height: number;
  ops: DrawOp[];
  /** Where the map goes (also in `ops`). */
  map: {x: number; y: number; w: number; h: number};
  /** The legend's swatches, for tests and for anyone checking the picture. */
  swatches: {x: number; y: number; w: number; h: number; color: string}[];
}

const PAD = 16;
const SWATCH = {w: 22, h: 14};

/**
 * On a phone, the part of the map the picture shows, and the camera's padding that fits Kyrgyzstan into
 * it (capture-map.ts). The phone's map is tall and its camera is the page's, offset for the bottom
 * sheet (AtlasMap.setRoomBelow, ui/map-view.ts bringIntoView): captured as it was, the picture cut
 * Batken at the left and left its bottom third empty. The picture frames the country as the desktop's
 * does instead: a band across the middle of the map, at most 3/4 as tall as it is wide, with the
 * country fitted into it (24 px inside, as the map's own fit). The band is in the middle so that the
 * camera stays at the country's centre, inside the bounds the camera may take (atlas-map.ts MAX_BOUNDS).
 */
export function phonePictureFrame(map: {width: number; height: number}): {top: number; height: number; padding: {top: number; bottom: number; left: number; right: number}} {
  const height = Math.min(map.height, Math.round((map.width * 3) / 4));
  const top = Math.floor((map.height - height) / 2);
  return {top, height, padding: {top: top + 24, bottom: map.height - top - height + 24, left: 24, right: 24}};
}

/**
 * The part of the map the picture shows: on a phone a band (phonePictureFrame), else all of it. Where
 * the camera is the page's own (`fitCountry`: the link has no `view`), the country is fitted into it as
 * the untouched map fits it (24 px inside): the page moves its camera to bring a pinned region out
 * beside its profile, and at 1280 × 800 the picture, which has no profile, cut Batken at the left and
 * left the right third empty. A camera the reader chose is kept.
 */
export function pictureFrame(
  map: {width: number; height: number},
  phone: boolean,
  fitCountry = false,
): {top: number; height: number; padding: {top: number; bottom: number; left: number; right: number} | null} {
  if (phone) return phonePictureFrame(map);
  return {top: 0, height: map.height, padding: fitCountry ? {top: 24, bottom: 24, left: 24, right: 24} : null};
}

/**
 * The picture for an article's column (the Download dialog's third PNG): laid out 640 CSS px wide, the
 * width of a news site's text column, and saved at 2 device px per CSS px (1280 px), so that shown in
 * the column it is sharp and its text is as large as it is laid out: title 20 px, legend and keys 12–13
 * px, source and credits 11–12 px, as Datawrapper's exports. The screen-size picture is as wide as the
 * map on screen (960 px on a laptop): squeezed into a 640 px column, its keys and sources were 7–8 px (a
 * journalist's audit). The map is drawn at this size, not shrunk (capture-map.ts resizes the map for the
 * capture), with the country fitted into it; 640 × 400 holds the country (about 2 : 1 in the map's
 * projection) 24 px inside with its neighbours' names above and below. The same layout as the other
 * pictures, at this width: the keys keep every entry and flow into as many rows as the width needs
 * (keyRows), because a key without its meanings would leave the symbols on the map unexplained.
 */
export const ARTICLE_PICTURE = {width: 640, mapHeight: 400, scale: 2} as const;

/**
 * A page's printable area in CSS px (96 per inch): the paper less the browser's default margins, about
 * 10 mm on each side in Chrome's and Firefox's print dialogs. A4 portrait: 718 × 1047 px.
 */
export function printablePage(paper: {widthMm: number; heightMm: number} = {widthMm: 210, heightMm: 297}, marginMm = 10): {width: number; height: number} {
  const px = (mm: number) => Math.floor((mm * 96) / 25.4);
  return {width: px(paper.widthMm - 2 * marginMm), height: px(paper.heightMm - 2 * marginMm)};
}

/**
 * The picture for print (the Download dialog's Print / PDF): laid out for the page's printable width,
 * rounded down to 20 px with 10 px to spare (a browser whose margins are a little wider would otherwise
 * shrink it, and its text with it): 700 px on A4. The map as the article's (5 : 8, the country fitted
 * 24 px inside), and 3 device px per CSS px, ~290 dpi on paper, as sharp as print needs.
 */
export function printPicture(page: {width: number; height: number}): {width: number; mapHeight: number; scale: number} {
  const width = Math.floor((page.width - 10) / 20) * 20;
  return {width, mapHeight: Math.round((width * 5) / 8), scale: 3};
}

/** The picture printed on A4 portrait: 700 CSS px wide, 2100 px in the image. */
export const PRINT_PICTURE = printPicture(printablePage());

/**
 * How wide the picture is printed: as laid out, unless it is taller than the page (every layer's keys,
 * in Kyrgyz): then narrower, so that it fits on one page whole rather than cut through a line of text.
 */
export function printedWidth(picture: {width: number; height: number}, page: {height: number} = printablePage()): number {
  return Math.min(picture.width, Math.floor((picture.width * page.height) / picture.height));
}

/** Fonts: `family` is a CSS font-family list. */
export function pngFonts(family: string) {
  return {
    title: `700 20px ${family}`,
    subtitle: `400 14px ${family}`,
    legend: `400 13px ${family}`,
    keyTitle: `600 13px ${family}`,
    note: `400 12px ${family}`,
    small: `400 11px ${family}`,
  };
}

/** Breaks text into lines no wider than `max`; a word longer than a line is cut by characters. */
export function wrapText(text: string, font: string, max: number, measure: Measure): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (measure(candidate, font) <= max) {
      line = candidate;
      continue;
    }
    if (line !== '') lines.push(line);
    line = '';
    // A single word wider than the line (a long URL): cut it where it no longer fits.
    let rest = word;
    while (measure(rest, font) > max && rest.length > 1) {
      let cut = rest.length - 1;
      while (cut > 1 && measure(rest.slice(0, cut), font) > max) cut--;
      lines.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    line = rest;
  }
  if (line !== '') lines.push(line);
  return lines;
}

const KEY_LINE = 16;

/**
 * A section's keys in rows, side by side while they fit the width (the picture is wider than the
 * sidebar, whose block keys it sets in a row too); a meaning too long for the line wraps beside its symbol.
 */
function keyRows(section: KeySection, inner: number, font: string, measure: Measure) {
  const rows: {entry: KeyEntry; lines: string[]; width: number; height: number}[][] = [];
  let used = Infinity;
  for (const entry of section.entries) {
    const lines = wrapText(entry.label, font, inner - entry.width - 6, measure);
    const width = entry.width + 6 + Math.max(0, ...lines.map((l) => measure(l, font)));
    const item = {entry, lines, width, height: Math.max(entry.height, lines.length * KEY_LINE) + 6};
    if (used + 18 + width <= inner) {
      rows[rows.length - 1]!.push(item);
      used += 18 + width;
    } else {
      rows.push([item]);
      used = width;
    }
  }
  return rows;
}

/**
 * The scale bar in the map's lower left (a box of the picture's background, a bar with end ticks, its
 * distance beside it): at most a quarter of the map's width, 120 px. Web Mercator's scale changes with
 * the latitude; the bar holds at the picture's middle (capture-map.ts), within ±3 % over Kyrgyzstan.
 */
function scaleBarOps(map: {x: number; y: number; w: number; h: number}, metresPerPixel: number, distance: (km: number) => string, colors: PngColors, font: string, measure: Measure): DrawOp[] {
  const bar = scaleBar(metresPerPixel, Math.min(120, map.w / 4));
  if (!bar) return [];
  const label = distance(bar.km);
  const px = Math.round(bar.px);
  const box = {x: map.x + 8, y: map.y + map.h - 30, w: 8 + px + 6 + Math.ceil(measure(label, font)) + 8, h: 22};
  const left = box.x + 8;
  const base = box.y + 15;
  return [
    {kind: 'fill', ...box, color: colors.background},
    {kind: 'fill', x: left, y: base - 1, w: px, h: 2, color: colors.text},
    {kind: 'fill', x: left, y: base - 7, w: 2, h: 8, color: colors.text},
    {kind: 'fill', x: left + px - 2, y: base - 7, w: 2, h: 8, color: colors.text},
    {kind: 'text', x: left + px + 6, y: base + 1, text: label, font, color: colors.text},
  ];
}

export function layoutPng(
  content: PngContent,
  size: {width: number; mapHeight: number; metresPerPixel?: number},
  colors: PngColors,
  measure: Measure,
  fontFamily: string,
): PngLayout {
  const fonts = pngFonts(fontFamily);
  const width = Math.round(size.width);
  const inner = width - 2 * PAD;
  const ops: DrawOp[] = [];
  const swatches: PngLayout['swatches'] = [];
  let y = PAD;

  const paragraph = (text: string, font: string, color: string, lineHeight: number, ascent: number) => {
    for (const line of wrapText(text, font, inner, measure)) {
      ops.push({kind: 'text', x: PAD, y: y + ascent, text: line, font, color});
      y += lineHeight;
    }
  };

  paragraph(content.title, fonts.title, colors.text, 26, 20);
  y += 2;
  paragraph(content.subtitle, fonts.subtitle, colors.muted, 20, 15);
  y += 10;

  const map = {x: 0, y, w: width, h: Math.round(size.mapHeight)};
  ops.push({kind: 'map', ...map});
  if (size.metresPerPixel && content.distance) ops.push(...scaleBarOps(map, size.metresPerPixel, content.distance, colors, fonts.small, measure));
  y += map.h;
  ops.push({kind: 'fill', x: 0, y, w: width, h: 1, color: colors.border});
  y += 12;

  // The legend: swatch and label pairs, in rows that wrap.
  const rowHeight = 22;
  let x = PAD;
  for (const item of content.legend) {
    const labelWidth = measure(item.label, fonts.legend);
    const itemWidth = SWATCH.w + 6 + labelWidth;
    if (x > PAD && x + itemWidth > width - PAD) {
      x = PAD;
      y += rowHeight;
    }
    const swatch = {x, y: y + (rowHeight - SWATCH.h) / 2 - 2, ...SWATCH};
    ops.push({kind: 'swatch', ...swatch, color: item.color, unknown: item.unknown, border: colors.border});
    swatches.push({...swatch, color: item.color});
    ops.push({kind: 'text', x: x + SWATCH.w + 6, y: y + 14, text: item.label, font: fonts.legend, color: colors.text});
    x += itemWidth + 18;
  }
  if (content.legend.length > 0) y += rowHeight + 4;

  for (const note of content.notes) paragraph(note, fonts.note, colors.muted, 17, 12);

  // The other layers' keys: each layer's name, its symbols with what they mean, its notes and sources.
  for (const key of content.keys) {
    y += 8;
    paragraph(key.title, fonts.keyTitle, colors.text, 19, 13);
    for (const section of key.sections) {
      if (section.heading) paragraph(section.heading, fonts.note, colors.muted, 17, 12);
      for (const row of keyRows(section, inner, fonts.legend, measure)) {
        const rowHeight = Math.max(...row.map((item) => item.height));
        let x = PAD;
        for (const {entry, lines, width: itemWidth} of row) {
          ops.push({kind: 'image', x, y: y + (rowHeight - entry.height) / 2, w: entry.width, h: entry.height, svg: entry.svg});
          const textTop = y + (rowHeight - lines.length * KEY_LINE) / 2;
          lines.forEach((line, i) => ops.push({kind: 'text', x: x + entry.width + 6, y: textTop + i * KEY_LINE + 12, text: line, font: fonts.legend, color: colors.text}));
          x += itemWidth + 18;
        }
        y += rowHeight;
      }
      if (section.note) paragraph(section.note, fonts.note, colors.muted, 17, 12);
    }
    for (const note of key.notes) paragraph(note, fonts.note, colors.muted, 17, 12);
    paragraph(key.sourcesLine, fonts.note, colors.muted, 17, 12);
  }
  y += 4;
  paragraph(content.source, fonts.note, colors.text, 17, 12);
  paragraph(content.attribution, fonts.small, colors.muted, 15, 11);
  paragraph(content.credit, fonts.small, colors.muted, 15, 11);
  const height = Math.ceil(y + PAD);
  return {width, height, ops: [{kind: 'fill', x: 0, y: 0, w: width, h: height, color: colors.background}, ...ops], map, swatches};
}
