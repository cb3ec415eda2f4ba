import {describe, expect, it} from 'vitest';
import {metresPerPixel, scaleBar} from '../../../src/map/scale';

describe('metresPerPixel', () => {
  it('is Web Mercator’s ground resolution for 512-pixel tiles', () => {
    expect(metresPerPixel(0, 0)).toBeCloseTo(78_271.517, 2); // the equator's 40,075 km over 512 px
    expect(metresPerPixel(60, 0)).toBeCloseTo(78_271.517 / 2, 2);
    expect(metresPerPixel(0, 3)).toBeCloseTo(78_271.517 / 8, 2);
    // A 1280 px map's country zoom (5.9) at 41° N: ~990 m a pixel; ±3 % over 39–43° N.
    expect(metresPerPixel(41, 5.9)).toBeCloseTo(989, 0);
    expect(metresPerPixel(39, 5.9) / metresPerPixel(41, 5.9)).toBeCloseTo(1.03, 2);
  });
});

describe('scaleBar', () => {
  it('is the longest round distance (1, 2 or 5 × 10ⁿ km) that fits', () => {
    const mpp = metresPerPixel(41, 5.9);
    expect(scaleBar(mpp, 120)).toEqual({km: 100, px: 100_000 / mpp});
    expect(scaleBar(mpp, 60)!.km).toBe(50);
    expect(scaleBar(mpp, 30)!.km).toBe(20);
    expect(scaleBar(10, 120)).toEqual({km: 1, px: 100}); // the map's closest zoom is about 15 m a pixel
    expect(scaleBar(1, 150)!.km).toBe(0.1);
    expect(scaleBar(1, 50)).toBeNull(); // not even 100 m
    expect(scaleBar(NaN, 120)).toBeNull();
  });
});
