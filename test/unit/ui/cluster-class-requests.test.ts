// @vitest-environment happy-dom
// The profile's classification asks the engine for the latest view only: a request for a view already
// left, sent after the latest (the client's module arriving out of order), replaced it on the worker's
// channel and the profile said "Computing…" for good (an e2e test of the import caught it 1 time in 2).
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import type {Topology} from 'topojson-specification';
import {afterEach, describe, expect, it, vi} from 'vitest';
import type {ClassificationResult} from '../../../src/model/compute-indicator';
import {DEFAULT_ENRIGHT_THRESHOLDS} from '../../../src/model/cluster-classification';
import {decodeBoundaries} from '../../../src/io/boundaries';
import {shippedTables} from '../model/shipped-data';
import {cleanUp, componentStore, mount} from './component-store';

const asked: {year: number}[] = [];
let release = () => {};
const arrived = new Promise<void>((resolve) => (release = resolve));
vi.mock('../../../src/worker/lazy-engine', () => ({
  // The client's module arrives only when the test says: both views' requests wait for it.
  loadEngine: async () => {
    await arrived;
    return {
      engine: {
        classify: async (request: {year: number}): Promise<ClassificationResult> => {
          asked.push(request);
          return {sector: 'C', year: request.year, thresholds: DEFAULT_ENRIGHT_THRESHOLDS, regions: [{code: 'KG-B', strong: false, type: 'potential'}], sources: []};
        },
      },
    };
  },
}));
await import('../../../src/ui/kg-cluster-class');

afterEach(cleanUp);

describe('the profile’s classification requests', () => {
  it('sends only the latest view’s, whatever order the engine’s module arrives in, and shows its answer', async () => {
    const topo = JSON.parse(readFileSync(join(import.meta.dirname, '../../../geo/kg.topo.json'), 'utf8')) as Topology;
    const store = componentStore({tables: shippedTables(), boundaries: decodeBoundaries(topo)}, {ind: 'mfg-lq', sector: 'C', year: 2020, region: 'KG-B'});
    const el = await mount<HTMLElement & {store: typeof store | undefined; updateComplete: Promise<boolean>; code: string | null}>('kg-cluster-class', store);
    el.code = 'KG-B';
    await el.updateComplete;
    // The year moves on before the engine's module has come.
    store.update((s) => ({view: {...s.view, year: 2021}}));
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).toContain('Computing');
    release();
    await vi.waitFor(() => expect(el.shadowRoot!.querySelector('dd[data-class=type]')?.textContent).toBe('potential'));
    expect(asked.map((r) => r.year)).toEqual([2021]);
    expect(el.shadowRoot!.textContent).toContain('2021');
  });
});
