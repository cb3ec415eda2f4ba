// The map's scale in Web Mercator: how many metres a CSS pixel covers, and the round distance a scale
// bar shows. One place for the screen's bar (scale-bar.ts), the pictures' and prints' (png-layout.ts)
// and the city rings' size (growth-points-layers.ts).

/** The equator's length in metres (WGS 84), as Web Mercator's world is wide. */
const EARTH_CIRCUMFERENCE_M = 40_075_016.686;

/**
 * Metres on the ground per CSS pixel at `latitude` (degrees) and maplibre's `zoom` (512-pixel tiles).
 * Web Mercator's scale changes with the latitude: over Kyrgyzstan (39–43° N) by ±3 % from its middle.
 */
export const metresPerPixel = (latitude: number, zoom: number): number => (EARTH_CIRCUMFERENCE_M * Math.cos((latitude * Math.PI) / 180)) / (512 * 2 ** zoom);

/**
 * The scale bar's length: the longest round distance (1, 2 or 5 × 10ⁿ km, from 100 m) that is at most
 * `maxPx` CSS pixels long at `metresPerPixel`; null when not even 100 m fits.
 */
export function scaleBar(metresPerPixel: number, maxPx: number): {km: number; px: number} | null {
  if (!(metresPerPixel > 0) || !(maxPx > 0)) return null;
  const maxKm = (maxPx * metresPerPixel) / 1000;
  let best: number | null = null;
  for (let power = -1; 10 ** power <= maxKm; power++)
    for (const step of [1, 2, 5]) {
      // Rounded, so 0.1 × 2 is 0.2 and not 0.2000000000000000x.
      const km = Number((step * 10 ** power).toPrecision(1));
      if (km <= maxKm) best = km;
    }
  return best === null ? null : {km: best, px: (best * 1000) / metresPerPixel};
}
