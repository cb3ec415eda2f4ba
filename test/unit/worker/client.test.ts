import {describe, expect, it} from 'vitest';
import {DatasetColumnsBuilder} from '../../../src/model/dataset';
import {shippedDatasetColumns} from '../../../src/model/shipped-dataset';
import {EngineClient, EngineRequestError, isSuperseded, type WorkerLike} from '../../../src/worker/client';
import {createEngine, EngineError} from '../../../src/worker/handlers';
import {importInWorker} from '../../../src/worker/import-client';
import type {ComputeRequest, ComputeRequestMessage, ResponseMessage} from '../../../src/worker/protocol';
import {shippedTables} from '../model/shipped-data';

/** A Worker stand-in running the real handlers; answers when `flush` is called (or at once). */
class FakeWorker implements WorkerLike {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  onmessageerror: ((event: MessageEvent) => void) | null = null;
  readonly engine = createEngine();
  readonly inbox: ComputeRequestMessage[] = [];
  readonly transfers: Transferable[][] = [];
  terminated = false;
  constructor(readonly manual: boolean) {}
  postMessage(message: unknown, transfer: Transferable[] = []): void {
    this.inbox.push(message as ComputeRequestMessage);
    this.transfers.push(transfer);
    if (!this.manual) queueMicrotask(() => this.flush());
  }
  /** Answers every message received so far, in order. */
  flush(): void {
    for (const {id, kind, payload} of this.inbox.splice(0)) {
      let reply: ResponseMessage;
      try {
        reply = {id, type: 'result', result: this.engine.handle(kind, payload as never).result};
      } catch (error) {
        reply = {id, type: 'error', error: {code: error instanceof EngineError ? error.code : 'internal', message: String(error)}};
      }
      this.onmessage?.({data: reply} as MessageEvent);
    }
  }
  crash(message: string): void {
    this.onerror?.({message, preventDefault() {}} as ErrorEvent);
  }
  terminate(): void {
    this.terminated = true;
  }
}

function setup({manual = false, user = null as ReturnType<DatasetColumnsBuilder['build']> | null} = {}) {
  const workers: FakeWorker[] = [];
  let userLoads = 0;
  const client = new EngineClient({
    createWorker: () => {
      const w = new FakeWorker(manual);
      workers.push(w);
      return w;
    },
    loadShippedColumns: async () => shippedDatasetColumns(shippedTables()),
    loadUserColumns: async () => {
      userLoads++;
      return user;
    },
  });
  return {client, workers, userLoads: () => userLoads};
}

const request = (r: Partial<ComputeRequest> = {}): ComputeRequest => ({ind: 'mfg-lq', sector: 'C', year: 2018, basis: 'employment', data: 'shipped', ...r});
const tick = () => new Promise((r) => setTimeout(r, 0));
const settle = async <T>(p: Promise<T>) => p.then((value) => ({value}), (error: unknown) => ({error}));

describe('engine client', () => {
  it('sends the shipped data first, then answers', async () => {
    const {client, workers} = setup();
    const result = await client.compute(request());
    expect(result.values.find((v) => v.code === 'KG-GB')!.value).toBeCloseTo(16.4 / 12, 12);
    expect(workers).toHaveLength(1);
  });

  it('lets the latest request on a channel win; superseded ones reject at once and never queue', async () => {
    const {client, workers} = setup({manual: true});
    const results = [2014, 2015, 2016, 2017, 2018].map((year) => settle(client.compute(request({year}))));
    await tick();
    const w = workers[0]!;
    expect(w.inbox.map((m) => m.kind)).toEqual(['setShipped']);
    w.flush();
    await tick();
    // The first request runs; the next three were replaced while waiting; only the latest waits.
    expect(w.inbox.map((m) => (m.kind === 'compute' ? m.payload.year : m.kind))).toEqual([2014]);
    w.flush(); // its answer is dropped: it was superseded
    await tick();
    expect(w.inbox.map((m) => (m.kind === 'compute' ? m.payload.year : m.kind))).toEqual([2018]);
    w.flush();
    await tick();
    const settled = await Promise.all(results);
    expect(settled.slice(0, 4).every((s) => 'error' in s && isSuperseded(s.error))).toBe(true);
    const last = settled[4]!;
    expect('value' in last && last.value.year).toBe(2018);
    const computes = w.transfers.length - 1; // minus setShipped
    expect(computes).toBe(2);
  });

  it('keeps separate channels independent', async () => {
    const {client} = setup();
    const [a, b] = await Promise.all([client.compute(request({year: 2017})), client.compute(request({year: 2018, channel: 'table'}))]);
    expect([a.year, b.year]).toEqual([2017, 2018]);
  });

  it('reports errors with their code', async () => {
    const {client} = setup();
    await expect(client.compute(request({ind: 'integral'}))).rejects.toMatchObject({name: 'EngineRequestError', code: 'published-indicator'});
    await expect(client.compute(request({data: 'user'}))).rejects.toMatchObject({code: 'no-user-data'});
  });

  it('loads the kept dataset for data=user, transferring its buffers', async () => {
    const b = new DatasetColumnsBuilder();
    b.add('KG-B', 'C', 'employment_share', 2020, 24, '%', 'mine');
    b.add('KG', 'C', 'employment_share', 2020, 12, '%', 'mine');
    const {client, workers, userLoads} = setup({user: b.build()});
    const r = await client.compute(request({ind: 'lq', data: 'user', year: 2020}));
    expect(r.values[0]!.value).toBeCloseTo(2, 12);
    await client.compute(request({ind: 'lq', data: 'user', year: 2020}));
    expect(userLoads()).toBe(1);
    expect(workers[0]!.transfers[1]!.length).toBe(7);
  });

  it('restarts the worker after a crash, reports it, and answers the next request', async () => {
    const {client, workers} = setup({manual: true});
    const errors: string[] = [];
    client.onError((e) => errors.push(`${e.code}: ${e.message}`));
    const first = settle(client.compute(request()));
    await tick();
    workers[0]!.crash('out of memory');
    const r = await first;
    expect('error' in r && r.error instanceof EngineRequestError && r.error.code).toBe('crashed');
    expect(errors).toEqual(['crashed: out of memory']);
    expect(workers[0]!.terminated).toBe(true);
    const second = client.compute(request());
    await tick();
    workers[1]!.flush();
    await tick();
    workers[1]!.flush();
    expect((await second).year).toBe(2018);
    expect(client.starts).toBe(2);
  });
});

describe('import client', () => {
  class FakeImportWorker implements WorkerLike {
    onmessage: ((event: MessageEvent) => void) | null = null;
    onerror: ((event: ErrorEvent) => void) | null = null;
    onmessageerror: ((event: MessageEvent) => void) | null = null;
    terminated = false;
    postMessage(): void {
      queueMicrotask(() => {
        this.onmessage?.({data: {id: 1, type: 'progress', done: 5, total: 10}} as MessageEvent);
      });
    }
    terminate(): void {
      this.terminated = true;
    }
  }

  it('reports progress and cancels by terminating the worker', async () => {
    const worker = new FakeImportWorker();
    const controller = new AbortController();
    const progress: number[] = [];
    const p = importInWorker('x', {createWorker: () => worker, signal: controller.signal, onProgress: (f) => progress.push(f)});
    await tick();
    expect(progress).toEqual([0.5]);
    controller.abort();
    await expect(p).rejects.toMatchObject({name: 'AbortError'});
    expect(worker.terminated).toBe(true);
  });
});
