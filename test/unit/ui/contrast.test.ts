// WCAG contrast of the page's colour tokens (src/styles.css) and of the map's names against their halos,
// in both themes: 4.5:1 for text (AA), 3:1 for focus rings and other non-text marks (1.4.11).
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {MAP_COLORS, type RGBA} from '../../../src/map/map-colors';

type RGB = [number, number, number];

function hex(h: string): RGB {
  const n = parseInt(h.replace('#', ''), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function luminance([r, g, b]: RGB): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

export function contrast(a: RGB, b: RGB): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** A translucent colour over a background. */
function over([r, g, b, a]: RGBA, bg: RGB): RGB {
  const k = a / 255;
  return [r * k + bg[0] * (1 - k), g * k + bg[1] * (1 - k), b * k + bg[2] * (1 - k)];
}

/** The custom properties of a CSS block (`:root {…}` or `:root[data-theme='dark'] {…}`). */
function tokens(css: string, selector: string): Record<string, RGB> {
  const start = css.indexOf(`${selector} {`);
  const block = css.slice(start, css.indexOf('}', start));
  return Object.fromEntries([...block.matchAll(/--kg-([\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1]!, hex(m[2]!)]));
}

const css = readFileSync(join(import.meta.dirname, '../../../src/styles.css'), 'utf8');
const light = tokens(css, ':root');
const THEMES = {light, dark: {...light, ...tokens(css, ":root[data-theme='dark']")}};

describe('page colours (both themes)', () => {
  for (const [theme, c] of Object.entries(THEMES)) {
    it(`${theme}: text and muted text on every surface, buttons, notices, errors`, () => {
      const text: [string, string, number][] = [
        ['text', 'bg', 4.5],
        ['text', 'surface', 4.5],
        ['text', 'surface-2', 4.5],
        ['text-muted', 'bg', 4.5],
        ['text-muted', 'surface', 4.5],
        ['text-muted', 'surface-2', 4.5],
        ['accent-text', 'accent', 4.5],
        ['accent', 'surface', 4.5],
        ['warning-text', 'warning-bg', 4.5],
        ['error-text', 'error-bg', 4.5],
        ['error-text', 'surface', 4.5],
        ['focus', 'surface', 3],
        ['focus', 'bg', 3],
        ['swatch-border', 'surface', 3],
        ['swatch-border', 'surface-2', 3],
        ['swatch-border', 'bg', 3],
      ];
      for (const [fg, bg, min] of text) expect(contrast(c[fg]!, c[bg]!), `${theme} ${fg} on ${bg}`).toBeGreaterThanOrEqual(min);
    });
  }

  it('outlines every colour key with the swatch border (a pale class on white was 1.45:1 with no outline to speak of)', () => {
    for (const file of ['explorer-styles.ts', 'kg-scenario-compare.ts', 'kg-sheet-handle.ts']) {
      const source = readFileSync(join(import.meta.dirname, '../../../src/ui', file), 'utf8');
      expect(source, file).toMatch(/border: 1px solid var\(--kg-swatch-border\)/);
      expect(source, file).not.toMatch(/border: 1px solid rgb\(0 0 0 \/ 0\.25\)/);
    }
  });

  it('badges (published, computed) on the surface', () => {
    expect(contrast(hex('#1d6b3a'), light.surface!)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(hex('#7a4a00'), light.surface!)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(hex('#8fd6a5'), THEMES.dark.surface!)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(hex('#f0c47a'), THEMES.dark.surface!)).toBeGreaterThanOrEqual(4.5);
  });
});

describe('map names and marks (both themes)', () => {
  // The halo is what a name is read against; it is slightly translucent, so check it over the lightest
  // and the darkest thing it can lie on.
  const grounds: RGB[] = [
    [255, 255, 255],
    [0, 0, 0],
  ];
  for (const [theme, m] of Object.entries(MAP_COLORS)) {
    it(`${theme}: region, context and water names against their halo`, () => {
      for (const ground of grounds) {
        const halo = over(m.labelHalo, ground);
        for (const name of ['label', 'contextLabel', 'waterLabel'] as const)
          expect(contrast(m[name].slice(0, 3) as RGB, halo), `${theme} ${name} on halo over ${ground}`).toBeGreaterThanOrEqual(4.5);
      }
    });

    it(`${theme}: the keyboard focus ring against its halo`, () => {
      expect(contrast(m.focus.slice(0, 3) as RGB, m.focusHalo.slice(0, 3) as RGB)).toBeGreaterThanOrEqual(3);
    });
  }
});
