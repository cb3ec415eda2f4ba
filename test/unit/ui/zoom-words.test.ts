// What a zoom of the map says to a screen-reader user (the map's buttons and its + − keys), and the
// range of zooms it counts in.
import {describe, expect, it} from 'vitest';
import {MAX_BOUNDS, MAX_ZOOM, MIN_ZOOM} from '../../../src/map/atlas-map';
import {zoomRange} from '../../../src/map/zoom-range';
import {zoomWords} from '../../../src/ui/zoom-words';

describe('zoomWords', () => {
  it('says the step reached out of the map’s whole steps, from the farthest (1) to the closest', () => {
    expect(zoomWords('en', 'in', MIN_ZOOM + 1, MIN_ZOOM, MAX_ZOOM)).toBe('Zoomed in: level 2 of 10');
    expect(zoomWords('en', 'out', MIN_ZOOM, MIN_ZOOM, MAX_ZOOM)).toBe('Zoomed out: level 1 of 10');
    expect(zoomWords('en', 'closest', MAX_ZOOM, MIN_ZOOM, MAX_ZOOM)).toBe('Already at the closest zoom: level 10 of 10');
    expect(zoomWords('en', 'farthest', MIN_ZOOM, MIN_ZOOM, MAX_ZOOM)).toBe('Already at the farthest zoom: level 1 of 10');
  });

  it('rounds a fit’s zoom, between two steps, to the nearer', () => {
    expect(zoomWords('en', 'all', MIN_ZOOM + 2.7, MIN_ZOOM, MAX_ZOOM)).toBe('All of Kyrgyzstan shown: zoom level 4 of 10');
  });

  it('speaks the page’s language', () => {
    expect(zoomWords('ru', 'in', MIN_ZOOM + 4, MIN_ZOOM, MAX_ZOOM)).toBe('Приближено: уровень 5 из 10');
    expect(zoomWords('ky', 'out', MIN_ZOOM + 4, MIN_ZOOM, MAX_ZOOM)).toBe('Алыстатылды: масштабдын деңгээли 10 ичинен 5');
  });
});

describe('zoomRange', () => {
  /** Just what zoomRange asks of maplibre's map. */
  const map = (width: number, height: number, bounds: [number, number, number, number] | null) =>
    ({
      getMinZoom: () => MIN_ZOOM,
      getMaxZoom: () => MAX_ZOOM,
      getContainer: () => ({clientWidth: width, clientHeight: height}),
      getMaxBounds: () => bounds && {getWest: () => bounds[0], getSouth: () => bounds[1], getEast: () => bounds[2], getNorth: () => bounds[3]},
    }) as unknown as Parameters<typeof zoomRange>[0];

  it('is as far as the max bounds still cover the map’s box, not maplibre’s minZoom', () => {
    // 26° of longitude are 36.98 px wide at zoom 0: a box 920 px wide is covered from zoom log2(920 / 36.98).
    expect(zoomRange(map(920, 400, MAX_BOUNDS)).min).toBeCloseTo(Math.log2(920 / ((26 / 360) * 512)), 6);
    // A tall box: the latitudes limit it.
    expect(zoomRange(map(300, 900, MAX_BOUNDS)).min).toBeGreaterThan(zoomRange(map(300, 400, MAX_BOUNDS)).min);
    expect(zoomRange(map(920, 400, MAX_BOUNDS)).max).toBe(MAX_ZOOM);
  });

  it('is maplibre’s minZoom without bounds, or a box not laid out yet', () => {
    expect(zoomRange(map(920, 400, null)).min).toBe(MIN_ZOOM);
    expect(zoomRange(map(0, 0, MAX_BOUNDS)).min).toBe(MIN_ZOOM);
    expect(zoomRange(map(20, 20, MAX_BOUNDS)).min).toBe(MIN_ZOOM);
  });
});
