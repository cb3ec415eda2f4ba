// The default palettes stay readable with the common colour-vision deficiencies: after simulating
// protanopia, deuteranopia and tritanopia (Machado, Oliveira & Fernandes 2009, full severity), each
// class still differs visibly from its neighbours (CIE ΔE*ab), in both the diverging and the
// sequential scheme and at every class count the legend offers.
import {describe, expect, it} from 'vitest';
import {divergingColors, sequentialColors, type Rgba} from '../../../src/model/palette';

type RGB = [number, number, number];

const MACHADO: Record<string, number[][]> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

const toLinear = (c: number) => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const toSrgb = (c: number) => 255 * (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055);

function simulate([r, g, b]: Rgba | RGB, m: number[][]): RGB {
  const lin = [toLinear(r), toLinear(g), toLinear(b)];
  return m.map((row) => toSrgb(Math.min(1, Math.max(0, row[0]! * lin[0]! + row[1]! * lin[1]! + row[2]! * lin[2]!)))) as RGB;
}

function lab([r, g, b]: RGB): RGB {
  const [R, G, B] = [toLinear(r), toLinear(g), toLinear(b)];
  const x = (0.4124 * R + 0.3576 * G + 0.1805 * B) / 0.95047;
  const y = 0.2126 * R + 0.7152 * G + 0.0722 * B;
  const z = (0.0193 * R + 0.1192 * G + 0.9505 * B) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 * t + 16) / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

const deltaE = (a: RGB, b: RGB) => {
  const [p, q] = [lab(a), lab(b)];
  return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
};

/** The smallest difference between neighbouring classes, seen with a deficiency (or normal vision). */
function minStep(colors: Rgba[], m: number[][] | null): number {
  const seen = colors.map((c) => (m ? simulate(c, m) : (c.slice(0, 3) as RGB)));
  return Math.min(...seen.slice(1).map((c, i) => deltaE(c, seen[i]!)));
}

describe('default palettes under colour-vision deficiencies', () => {
  for (const [name, scheme] of [
    ['diverging (BrBG)', divergingColors],
    ['sequential (viridis)', sequentialColors],
  ] as const)
    it(`${name}: neighbouring classes stay apart for 2–9 classes`, () => {
      const report: Record<string, number> = {};
      for (let k = 2; k <= 9; k++)
        for (const [vision, m] of [['normal', null], ...Object.entries(MACHADO)] as const) {
          const step = minStep(scheme(k), m);
          report[`${k} ${vision}`] = Math.round(step * 10) / 10;
        }
      if (process.env.DUMP) console.log(name, report);
      for (const [key, step] of Object.entries(report)) expect(step, key).toBeGreaterThanOrEqual(5);
    });
});
