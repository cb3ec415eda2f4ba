// Class colours, from d3-scale-chromatic's colour-blind-safe schemes (copied in color-schemes.ts):
// - diverging (centred on 1.0): ColorBrewer BrBG, brown below the national level, blue-green above;
//   with an odd class count the middle class ("about the national level") is a pale sand instead of
//   BrBG's near-white, which on this basemap looked like the neighbouring countries' fill;
// - sequential (quantile, natural breaks, equal intervals, custom): viridis, light (yellow) for low
//   values to dark (blue-violet) for high ones, so that "darker = more" on the light map; reversed on
//   the dark map, where "brighter = more" reads the same way. The extreme dark end is left out so
//   region labels stay legible.
import {interpolateViridis, SCHEME_BRBG as schemeBrBG} from './color-schemes';
import type {Classification} from './classify';

export type Rgba = [number, number, number, number];

export function parseHexColor(hex: string): Rgba {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  const n = parseInt(m[1]!, 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255, 255];
}

export function rgbaToHex([r, g, b]: Rgba): string {
  return `#${[r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}

export function classColors(c: Classification, theme: 'light' | 'dark' = 'light'): Rgba[] {
  const k = c.intervals.length;
  if (k === 0) return [];
  if (c.method === 'diverging') return divergingColors(k);
  const colors = sequentialColors(k);
  return theme === 'dark' ? colors.reverse() : colors;
}

/** The middle of an odd diverging scheme: a neutral sand, distinct from the basemap's greys. */
export const DIVERGING_MIDDLE = '#ded6c4';

export function divergingColors(k: number): Rgba[] {
  if (k === 1) return [parseHexColor(DIVERGING_MIDDLE)];
  if (k === 2) return [schemeBrBG[4]![0]!, schemeBrBG[4]![3]!].map(parseHexColor);
  const colors = schemeBrBG[Math.min(k, 11)]!.map(parseHexColor);
  if (k % 2 === 1) colors[(k - 1) / 2] = parseHexColor(DIVERGING_MIDDLE);
  return colors;
}

export function sequentialColors(k: number): Rgba[] {
  const from = 0.93;
  const to = 0.12;
  if (k === 1) return [parseHexColor(interpolateViridis((from + to) / 2))];
  return Array.from({length: k}, (_, i) => parseHexColor(interpolateViridis(from - ((from - to) * i) / (k - 1))));
}
