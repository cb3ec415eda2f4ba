import {beforeEach, describe, expect, it, vi} from 'vitest';
import {createAppStore} from '../../../src/state/app-state';
import {importUserFile, removeUserData} from '../../../src/state/user-data-import';
import {defaultViewState} from '../../../src/state/view-state';

// The worker, the engine and IndexedDB stand in: what is tested is the order of the steps.
const steps: string[] = [];
let onResult: () => void = () => undefined;
let storageRefused = false;
let kept: unknown = null;
const engineCalls: unknown[][] = [];
vi.mock('../../../src/worker/import-client', () => ({
  importInWorker: async () => {
    steps.push('parsed');
    onResult();
    return {ok: true, rows: 2, columns: {}, summary: {years: [2022], computable: [{ind: 'lq', basis: 'employment', years: [2022], sectors: ['C'], values: 9}]}};
  },
}));
vi.mock('../../../src/worker/client', () => ({engine: {setUserDataset: async (...args: unknown[]) => void (steps.push('engine'), engineCalls.push(args))}}));
vi.mock('../../../src/io/user-dataset-store', () => ({
  saveUserDataset: async () => {
    if (storageRefused) throw new DOMException('The operation is insecure.', 'SecurityError');
    steps.push('saved');
  },
  loadUserDatasetInfo: async () => kept,
  removeUserDataset: async () => {
    if (storageRefused) throw new DOMException('The operation is insecure.', 'SecurityError');
    steps.push('removed');
  },
}));

describe('importing a file into this browser', () => {
  beforeEach(() => {
    steps.length = 0;
    onResult = () => undefined;
    storageRefused = false;
    kept = null;
    engineCalls.length = 0;
  });

  it('shows a valid file the browser does not let it keep, for this visit only, saying why; removing it touches nothing kept', async () => {
    storageRefused = true;
    const store = createAppStore(defaultViewState('en'), [], 'light');
    await importUserFile(store, new File(['x'], 'mine.csv'));
    expect(steps).toEqual(['parsed', 'engine']);
    expect(store.state.userDataset).toMatchObject({name: 'mine.csv', notKept: 'The operation is insecure.'});
    expect(store.state.view.data).toBe('user');
    await removeUserData(store);
    expect(steps).toEqual(['parsed', 'engine', 'engine']);
    expect(store.state.userDataset).toBeNull();
    expect(store.state.view.data).toBe('shipped');
    // A kept one is removed from the browser too.
    storageRefused = false;
    await importUserFile(store, new File(['x'], 'kept.csv'));
    expect(store.state.userDataset?.notKept).toBeUndefined();
    await removeUserData(store);
    expect(steps.slice(-2)).toEqual(['removed', 'engine']);
  });

  it('names the dataset kept from before when a new one is shown for this visit only, and makes it current again when that one is removed', async () => {
    const summary = {regions: [], missingRegions: [], sectors: ['C'], years: [2021], indicators: [], computable: [], sources: []};
    kept = {name: 'old.csv', size: 10, importedAt: '2026-01-01T00:00:00Z', rows: 3, summary};
    const store = createAppStore(defaultViewState('en'), [], 'light');
    store.update({userDataset: kept as never});
    storageRefused = true;
    await importUserFile(store, new File(['x'], 'new.csv'));
    expect(store.state.userDataset).toMatchObject({name: 'new.csv', keptBefore: 'old.csv'});
    // A second file not kept either: the one kept is still the first.
    await importUserFile(store, new File(['x'], 'newer.csv'));
    expect(store.state.userDataset).toMatchObject({name: 'newer.csv', keptBefore: 'old.csv'});
    await removeUserData(store);
    expect(steps).not.toContain('removed');
    // The engine forgets the visit's columns and reads the kept ones when next asked for them.
    expect(engineCalls.at(-1)).toEqual([null, {thenKept: true}]);
    expect(store.state.userDataset).toEqual(kept);
    expect(store.state.view.data).toBe('shipped');
  });

  it('says when it starts keeping the file, then keeps it and shows it', async () => {
    const store = createAppStore(defaultViewState('en'), [], 'light');
    const file = new File(['x'], 'mine.csv');
    await importUserFile(store, file, {onKeeping: () => steps.push('keeping')});
    expect(steps).toEqual(['parsed', 'keeping', 'saved', 'engine']);
    expect(store.state.userDataset?.name).toBe('mine.csv');
    expect(store.state.view.data).toBe('user');
  });

  it('opens an indicator computed from the file on a year the file has', async () => {
    const store = createAppStore({...defaultViewState('en'), ind: 'lq', sector: 'C', year: 2018}, [], 'light');
    await importUserFile(store, new File(['x'], 'mine.csv'));
    expect(store.state.view).toMatchObject({data: 'user', ind: 'lq', sector: 'C', year: 2022});
  });

  it('shows the file from the default view (the published index): the first indicator the file gives', async () => {
    const store = createAppStore(defaultViewState('en'), [], 'light');
    expect(store.state.view.ind).toBe('integral');
    await importUserFile(store, new File(['x'], 'mine.csv'));
    expect(store.state.view).toMatchObject({data: 'user', ind: 'lq', basis: 'employment', sector: 'C', year: 2022});
  });

  it('changes nothing when cancelled while the worker’s result was on its way', async () => {
    const store = createAppStore(defaultViewState('en'), [], 'light');
    const abort = new AbortController();
    onResult = () => abort.abort();
    const file = new File(['x'], 'mine.csv');
    await expect(importUserFile(store, file, {signal: abort.signal, onKeeping: () => steps.push('keeping')})).rejects.toMatchObject({name: 'AbortError'});
    expect(steps).toEqual(['parsed']);
    expect(store.state.userDataset).toBeNull();
    expect(store.state.view.data).toBe('shipped');
  });
});
