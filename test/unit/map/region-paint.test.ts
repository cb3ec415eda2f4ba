import {describe, expect, it} from 'vitest';
import {MAP_COLORS} from '../../../src/map/map-colors';
import {paintFor} from '../../../src/map/region-paint';
import {REGION_CODES} from '../../../src/model/region';
import {createAppStore, type AtlasData} from '../../../src/state/app-state';
import {loadIndicators} from '../../../src/state/indicator-loader';
import {defaultViewState} from '../../../src/state/view-state';
import {shippedTables} from '../model/shipped-data';

const colors = MAP_COLORS.light;
const atlas = {boundaries: {} as AtlasData['boundaries'], tables: shippedTables()} satisfies AtlasData;

function storeFor(compute: () => Promise<never>) {
  const store = createAppStore({...defaultViewState('ru'), ind: 'potential', sector: 'C', year: 2018}, [], 'light');
  store.update({atlas, phase: 'ready'});
  loadIndicators(store, compute);
  return store;
}

describe('how the regions are painted', () => {
  it('paints an indicator that could not be computed as unknown everywhere, not in the neutral fill of "near 1.0"', async () => {
    const store = storeFor(async () => {
      throw new Error('the worker stopped');
    });
    await new Promise((r) => setTimeout(r, 0));
    expect(store.state.indicator?.status).toBe('error');
    const paint = paintFor(store.state, colors);
    for (const code of REGION_CODES) expect(paint.fill(code)).toEqual(colors.noData);
    expect([...paint.unknown!].sort()).toEqual([...REGION_CODES].sort());
    expect(paint.key).not.toBe(paintFor({...store.state, indicator: {...store.state.indicator!, status: 'pending'}}, colors).key);
  });

  it('paints the neutral fill only while the first result is being computed', () => {
    const store = storeFor(() => new Promise<never>(() => undefined));
    expect(store.state.indicator?.status).toBe('pending');
    const paint = paintFor(store.state, colors);
    expect(paint.fill('KG-C')).toEqual(colors.neutral);
    expect(paint.unknown?.size ?? 0).toBe(0);
  });

  it('paints a published indicator by its classes, its unknown values dotted', () => {
    const store = createAppStore({...defaultViewState('en'), ind: 'integral', sector: 'mining'}, [], 'light');
    store.update({atlas, phase: 'ready'});
    loadIndicators(store, async () => {
      throw new Error('not used');
    });
    const paint = paintFor(store.state, colors);
    expect(paint.fill('KG-J')).not.toEqual(colors.neutral);
    expect(paint.fill('KG-J')).not.toEqual(colors.noData);
  });
});
