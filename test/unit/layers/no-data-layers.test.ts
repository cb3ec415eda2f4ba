import {describe, expect, it, vi} from 'vitest';
import type {RegionFeature} from '../../../src/io/boundaries';
import {stippleDots} from '../../../src/layers/no-data-layers';
import {lazyLayers, lazyLayersPending, lazyNoData} from '../../../src/layers/lazy-layers';

// A 1° square and a triangle (its upper-left half), as two regions.
const square = {type: 'Feature', properties: {code: 'KG-T'}, geometry: {type: 'Polygon', coordinates: [[[72, 42], [73, 42], [73, 43], [72, 43], [72, 42]]]}} as unknown as RegionFeature;
const triangle = {type: 'Feature', properties: {code: 'KG-N'}, geometry: {type: 'Polygon', coordinates: [[[75, 41], [76, 42], [75, 42], [75, 41]]]}} as unknown as RegionFeature;

describe('the no-data dot pattern', () => {
  it('puts its dots inside each region, on a staggered grid, and only there', () => {
    const dots = stippleDots([square, triangle]);
    const inSquare = dots.filter((d) => d.code === 'KG-T');
    const inTriangle = dots.filter((d) => d.code === 'KG-N');
    // 0.12° apart: about 8 × 8 in the square, about half that in the triangle.
    expect(inSquare.length).toBeGreaterThan(60);
    expect(inSquare.length).toBeLessThan(80);
    expect(inTriangle.length).toBeGreaterThan(inSquare.length / 3);
    expect(inTriangle.length).toBeLessThan((inSquare.length * 2) / 3);
    for (const {position: [lon, lat]} of inSquare) expect(lon >= 72 && lon <= 73 && lat >= 42 && lat <= 43).toBe(true);
    for (const {position: [lon, lat]} of inTriangle) expect(lat - 41 >= lon - 75 - 1e-9).toBe(true);
    // Rows alternate by half a step, so the pattern reads as dots, not as lines.
    const rows = new Map<number, number[]>();
    for (const {position: [lon, lat]} of inSquare) rows.set(lat, [...(rows.get(lat) ?? []), lon]);
    const firsts = [...rows.entries()].sort((a, b) => a[0] - b[0]).map(([, lons]) => Math.min(...lons));
    expect(Math.abs(firsts[1]! - firsts[0]!)).toBeCloseTo(0.06, 6);
  });

  it('is loaded the first time it is needed: nothing until then, then a redraw with the layer', async () => {
    const props = {regions: [square], unknown: new Set(['KG-T'] as const), emphasised: null, theme: 'light' as const};
    const redraw = vi.fn();
    const onLoadError = vi.fn();
    expect(lazyNoData.layersOrLoad(props, {redraw, onLoadError})).toEqual([]);
    expect(lazyLayersPending()).toBe(true);
    await vi.waitFor(() => expect(redraw).toHaveBeenCalled());
    expect(lazyLayersPending()).toBe(false);
    const [layer] = lazyNoData.layersOrLoad(props, {redraw, onLoadError});
    expect(layer?.id).toBe('regions-no-data-pattern');
    expect((layer?.props.data as unknown[]).length).toBe(stippleDots([square]).length);
  });

  it('reports a module that cannot be loaded once, and is then no longer waited for', async () => {
    const family = lazyLayers<number>(() => Promise.reject(new Error('offline')));
    const handlers = {redraw: vi.fn(), onLoadError: vi.fn()};
    expect(family.layersOrLoad(1, handlers)).toEqual([]);
    expect(family.pending()).toBe(true);
    await vi.waitFor(() => expect(handlers.onLoadError).toHaveBeenCalledWith(new Error('offline')));
    expect(family.pending()).toBe(false);
    expect(family.layersOrLoad(2, handlers)).toEqual([]);
    expect(handlers.onLoadError).toHaveBeenCalledTimes(1);
    expect(handlers.redraw).not.toHaveBeenCalled();
  });
});
