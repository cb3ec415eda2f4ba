import {beforeEach, describe, expect, it, vi} from 'vitest';
import {validColumns} from '../../../src/io/user-dataset-check';
import {loadUserColumns, loadUserDatasetInfo} from '../../../src/io/user-dataset-store';
import {restoreUserData} from '../../../src/state/user-data';
import {createAppStore} from '../../../src/state/app-state';
import {defaultViewState} from '../../../src/state/view-state';

// IndexedDB stands in: what is tested is what a kept record written by another version (or damaged) gives.
const kept = new Map<string, unknown>();
vi.mock('idb-keyval', () => ({
  createStore: () => ({}),
  get: async (key: string) => kept.get(key),
  setMany: async () => undefined,
  delMany: async () => undefined,
}));

const summary = {records: 3, regions: ['KG-C'], missingRegions: [], national: false, sectors: ['C'], years: [2022], indicators: ['employment'], computable: [{ind: 'lq', basis: 'employment', years: [2022], sectors: ['C'], values: 1}], sources: []};
const info = {name: 'old.csv', size: 10, importedAt: '2026-01-01T00:00:00Z', rows: 3, summary};
const columns = {length: 1, regionCodes: ['KG-C'], sectors: ['C'], units: [''], sources: [''], region: new Uint32Array(1), sector: new Uint32Array(1), indicator: new Uint8Array(1), year: new Uint16Array(1), value: new Float64Array(1), unit: new Uint32Array(1), source: new Uint32Array(1)};

describe('the dataset kept in this browser', () => {
  beforeEach(() => kept.clear());

  it('is read when it has the shape this version writes', async () => {
    kept.set('user-dataset-info', info);
    kept.set('user-dataset-columns', columns);
    expect(await loadUserDatasetInfo()).toEqual(info);
    expect(await loadUserColumns()).toBe(columns);
    expect(validColumns(columns)).toBe(columns);
  });

  it('is none when nothing is kept', async () => {
    expect(await loadUserDatasetInfo()).toBeNull();
    expect(await loadUserColumns()).toBeNull();
  });

  it('is damaged when its description lacks what the page reads (no summary, a summary of another shape)', async () => {
    for (const bad of [{...info, summary: undefined}, {...info, summary: {bogus: true}}, {...info, summary: {...summary, computable: [{ind: 'lq'}]}}, {...info, name: 3}, 'x']) {
      kept.set('user-dataset-info', bad);
      expect(await loadUserDatasetInfo()).toBe('damaged');
    }
  });

  it('gives the engine no columns when they are not the arrays it reads (the engine’s client checks them)', async () => {
    for (const bad of [{nonsense: 1}, {...columns, value: [0]}, {...columns, length: 2}, {...columns, sectors: 'C'}]) {
      expect(validColumns(bad as never)).toBeNull();
    }
  });

  it('damaged, is not used: the published data is shown, with a notice that offers to remove it', async () => {
    kept.set('user-dataset-info', {...info, summary: undefined});
    const store = createAppStore({...defaultViewState('en'), data: 'user'}, [], 'light');
    await restoreUserData(store);
    expect(store.state.userDataset).toBeNull();
    expect(store.state.view.data).toBe('shipped');
    expect(store.state.notices.map((n) => n.reason)).toEqual(['damaged-user-data']);
  });
});
