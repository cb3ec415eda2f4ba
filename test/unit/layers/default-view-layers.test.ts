// The default view's layers, as few as draw the same picture: with software WebGL every draw call costs
// the GPU ~2 ms in every frame (a year step, a hover), so names and markers that can share a layer do.
import type {Layer} from '@deck.gl/core';
import {describe, expect, it} from 'vitest';
import {buildLayers} from '../../../src/layers/build-layers';
import type {DrawnName} from '../../../src/layers/label-layers';
import {isOblastCentre} from '../../../src/model/growth-points';
import type {GrowthPointRow} from '../../../src/io/schemas';
import {createAppStore} from '../../../src/state/app-state';
import {defaultViewState} from '../../../src/state/view-state';
import {shippedBoundaries, shippedTables} from '../model/shipped-data';
import {NO_HANDLERS} from './no-handlers';

function defaultLayers(hovered: string | null = null): Layer[] {
  const store = createAppStore(defaultViewState('en'), [], 'light');
  const hover = hovered ? {target: {kind: 'object' as const, layer: 'growth', id: hovered}} : null;
  const state = {...store.state, hover, atlas: {boundaries: shippedBoundaries(), tables: shippedTables()}};
  return buildLayers(state as never, state.atlas, {fill: () => [0, 0, 0, 255], key: '', emphasised: null}, 5.9, NO_HANDLERS);
}

const texts = (layer: Layer | undefined) => (layer?.props.data as DrawnName[]).map((n) => n.text);

describe('the default view’s layers', () => {
  it('write the growth points’ semi-bold names in the layer of the other semi-bold names, before the markers', () => {
    const layers = defaultLayers();
    const ids = layers.map((l) => l.id);
    // Two text layers (each drawn twice: halo, then letters), not three.
    expect(ids.filter((id) => id.includes('labels'))).toEqual(['labels-600', 'growth-labels-700']);
    expect(ids.indexOf('labels-600')).toBeLessThan(ids.indexOf('growth-points'));
    expect(ids.indexOf('growth-labels-700')).toBeGreaterThan(ids.indexOf('growth-points'));
    const semiBold = texts(layers.find((l) => l.id === 'labels-600'));
    expect(semiBold).toEqual(expect.arrayContaining(['KAZAKHSTAN', 'NARYN', 'Tokmok', 'Kara-Balta']));
    // Oblast centres' names and the cities' (always written, over what is there) after the markers.
    expect(texts(layers.find((l) => l.id === 'growth-labels-700'))).toEqual(expect.arrayContaining(['Bishkek', 'Osh', 'Talas', 'Naryn']));
  });

  it('draw the oblast centres’ rings and every dot as one layer, rings first, the hovered dot highlighted', () => {
    const layers = defaultLayers();
    expect(layers.map((l) => l.id).filter((id) => id.startsWith('growth-') && !id.includes('labels'))).toEqual(['growth-city-rings', 'growth-points']);
    const points = layers.find((l) => l.id === 'growth-points')!;
    const data = points.props.data as GrowthPointRow[];
    // Each oblast centre twice: its ring, among the first, then its dot.
    const ringCount = data.length - new Set(data.map((r) => r.id)).size;
    expect(ringCount).toBeGreaterThan(0);
    expect(data.slice(0, ringCount).every(isOblastCentre)).toBe(true);
    expect(data.slice(ringCount).map((r) => r.id)).toEqual(expect.arrayContaining(data.slice(0, ringCount).map((r) => r.id)));
    const accessor = <T>(name: string) => points.props[name as keyof typeof points.props] as unknown as (r: GrowthPointRow, o: {index: number}) => T;
    const radius = (i: number) => accessor<number>('getRadius')(data[i]!, {index: i});
    // A ring is an outline around a transparent disc larger than its dot.
    expect(accessor<number[]>('getFillColor')(data[0]!, {index: 0})[3]).toBe(0);
    expect(radius(0)).toBeGreaterThan(radius(ringCount));
    expect(accessor<number[]>('getFillColor')(data[ringCount]!, {index: ringCount})[3]).toBe(255);
    // Hovering an oblast centre highlights its dot, not its ring.
    const hovered = defaultLayers(data[0]!.id).find((l) => l.id === 'growth-points')!;
    const index = hovered.props.highlightedObjectIndex as number;
    expect(index).toBeGreaterThanOrEqual(ringCount);
    expect(data[index]!.id).toBe(data[0]!.id);
  });
});
