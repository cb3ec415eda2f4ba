// Points well inside each oblast, far from labels, rivers and lakes (the foundation test checks that
// they lie in their regions), and the centres of the two city markers.
export const INSIDE: Record<string, [number, number]> = {
  'KG-N': [74.8, 41.0],
  'KG-T': [72.5, 42.35],
  'KG-B': [70.5, 39.75],
  'KG-Y': [79.0, 41.9],
  'KG-J': [72.0, 41.6],
  'KG-C': [75.6, 42.65],
  'KG-O': [73.6, 39.6],
};

export const CITY_MARKERS: Record<'KG-GB' | 'KG-GO', [number, number]> = {
  'KG-GB': [74.6, 42.8614],
  'KG-GO': [72.7985, 40.5283],
};

/** "rgb(r, g, b)" → [r, g, b]. */
export function parseCssRgb(css: string): [number, number, number] {
  const m = /rgb\((\d+), (\d+), (\d+)\)/.exec(css);
  if (!m) throw new Error(`not an rgb() colour: ${css}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}
