import {afterEach, describe, expect, it, vi} from 'vitest';
import {DatasetColumnsBuilder} from '../../../src/model/dataset';
import {shippedDatasetColumns} from '../../../src/model/shipped-dataset';
import {EngineClient, EngineRequestError, isSuperseded, readResponse, type WorkerLike} from '../../../src/worker/client';
import {createEngine, EngineError} from '../../../src/worker/handlers';
import {importInWorker} from '../../../src/worker/import-client';
import {MAX_IMPORT_FILE_MB} from '../../../src/io/import-size';
import {importProblemText} from '../../../src/ui/import-problem-text';
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

function setup({manual = false, user = null as ReturnType<DatasetColumnsBuilder['build']> | null, silenceMs = undefined as number | undefined} = {}) {
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
    silenceMs,
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

  it('restarts the worker after a crash, reports it, and asks the request again of the new worker', async () => {
    const {client, workers} = setup({manual: true});
    const errors: string[] = [];
    client.onError((e) => errors.push(`${e.code}: ${e.message}`));
    const first = settle(client.compute(request()));
    await tick();
    workers[0]!.crash('out of memory');
    await tick();
    expect(errors).toEqual(['crashed: out of memory']);
    expect(workers[0]!.terminated).toBe(true);
    workers[1]!.flush(); // the shipped data, sent again
    await tick();
    workers[1]!.flush();
    const r = await first;
    expect('value' in r && r.value.year).toBe(2018);
    // A crash while nothing is owed: reported; the next request starts a new worker.
    workers[1]!.crash('later');
    const second = client.compute(request({year: 2017}));
    await tick();
    workers[2]!.flush();
    await tick();
    workers[2]!.flush();
    expect((await second).year).toBe(2017);
    expect(client.starts).toBe(3);
    expect(errors).toEqual(['crashed: out of memory', 'crashed: later']);
  });

  it('rejects a request the worker crashed under twice, as crashed', async () => {
    const {client, workers} = setup({manual: true});
    const first = settle(client.compute(request()));
    await tick();
    workers[0]!.crash('once');
    await tick();
    workers[1]!.crash('twice');
    const r = await first;
    expect('error' in r && r.error instanceof EngineRequestError && r.error.code).toBe('crashed');
  });
});

describe('engine client: a worker that fails without a word', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  /** Lets the client's promises and the fake timers run, `ms` of fake time. */
  const run = (ms = 0) => vi.advanceTimersByTimeAsync(ms);

  it('takes a worker that owes an answer and stays silent for crashed: reports it and asks a new worker', async () => {
    vi.useFakeTimers({toFake: ['setTimeout', 'clearTimeout']});
    const {client, workers} = setup({manual: true, silenceMs: 1000});
    const errors: string[] = [];
    client.onError((e) => errors.push(`${e.code}: ${e.message}`));
    const answer = settle(client.compute(request()));
    await run();
    workers[0]!.flush(); // the shipped data; then the worker goes quiet (closed, or killed by the browser)
    await run(999);
    expect(errors).toEqual([]);
    await run(1);
    expect(errors).toEqual(['crashed: the worker did not answer for 1 s']);
    expect(workers[0]!.terminated).toBe(true);
    // The request is asked again of a new worker, which is sent the shipped data first.
    expect(workers).toHaveLength(2);
    workers[1]!.flush();
    await run();
    workers[1]!.flush();
    await run();
    const r = await answer;
    expect('value' in r && r.value.year).toBe(2018);
  });

  it('asks again once only: a request whose new worker fails too is rejected as crashed', async () => {
    vi.useFakeTimers({toFake: ['setTimeout', 'clearTimeout']});
    const {client, workers} = setup({manual: true, silenceMs: 1000});
    const answer = settle(client.compute(request()));
    await run(1000);
    await run(1000);
    const r = await answer;
    expect(workers).toHaveLength(2);
    expect('error' in r && r.error instanceof EngineRequestError && r.error.code).toBe('crashed');
  });

  it('does not time a worker that owes nothing, nor one that keeps answering', async () => {
    vi.useFakeTimers({toFake: ['setTimeout', 'clearTimeout']});
    const {client, workers} = setup({manual: true, silenceMs: 1000});
    const errors: unknown[] = [];
    client.onError((e) => errors.push(e));
    const first = client.compute(request({year: 2017, channel: 'a'}));
    const second = client.compute(request({year: 2018, channel: 'b'}));
    await run(600);
    workers[0]!.flush(); // the shipped data
    await run(600);
    workers[0]!.flush(); // both answers, 1.2 s after the first request was sent
    await run();
    expect([(await first).year, (await second).year]).toEqual([2017, 2018]);
    await run(60_000);
    expect(errors).toEqual([]);
    expect(workers).toHaveLength(1);
  });

  it('takes a message it cannot read for a crash, without throwing', async () => {
    const {client, workers} = setup({manual: true});
    const errors: string[] = [];
    client.onError((e) => errors.push(e.code));
    const answer = settle(client.compute(request()));
    await tick();
    for (const data of [null, 42, 'x', {}, {id: 'a', type: 'result'}, {id: 1, type: 'error'}, {id: 1, type: 'error', error: null}, {id: 1, type: 'other'}]) {
      const w = workers.at(-1)!;
      expect(() => w.onmessage!({data} as MessageEvent)).not.toThrow();
      expect(w.terminated).toBe(true);
      await tick();
    }
    expect(errors.length).toBeGreaterThanOrEqual(2);
    expect(errors.every((code) => code === 'crashed')).toBe(true);
    expect('error' in (await answer)).toBe(true);
  });

  it('reads only messages of the protocol', () => {
    expect(readResponse({id: 3, type: 'result', result: 1})).toEqual({id: 3, type: 'result', result: 1});
    expect(readResponse({id: 3, type: 'progress', done: 1, total: 2})).not.toBeNull();
    expect(readResponse({id: 3, type: 'error', error: {code: 'internal', message: 'x'}})).not.toBeNull();
    for (const data of [null, undefined, 0, 'a', [], {type: 'result'}, {id: '3', type: 'result'}, {id: 3}, {id: 3, type: 'error', error: 'x'}, {id: 3, type: 'error', error: {code: 'internal'}}])
      expect(readResponse(data)).toBeNull();
  });

  it('pays no heed to a worker it has replaced', async () => {
    const {client, workers} = setup({manual: true});
    const errors: string[] = [];
    client.onError((e) => errors.push(e.message));
    void settle(client.compute(request()));
    await tick();
    workers[0]!.crash('first');
    await tick();
    expect(workers).toHaveLength(2);
    workers[0]!.crash('late echo of the first');
    workers[0]!.onmessage!({data: null} as MessageEvent);
    expect(errors).toEqual(['first']);
    expect(workers[1]!.terminated).toBe(false);
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

  // Chromium's File.text() gave "" for a 600 MB file (over the longest text a browser holds), and the
  // import said "The file is empty".
  it('refuses a file over MAX_IMPORT_FILE_MB before a worker reads it, saying its size; a 50 MB file goes to the worker', async () => {
    const sized = (bytes: number) => Object.defineProperty(new Blob(['x']), 'size', {value: bytes});
    const result = await importInWorker(sized(600_000_000), {createWorker: () => {
      throw new Error('no worker for a file too large');
    }});
    expect(result).toMatchObject({ok: false, problemCount: 1, problems: [{line: 0, column: null, code: 'file-too-large', params: {size: 600, max: MAX_IMPORT_FILE_MB}}]});
    if (result.ok) return;
    expect(importProblemText(result.problems[0]!, 'en')).toMatch(/^The file is too large \(600 MB\): the import reads files up to 200 MB/);
    expect(importProblemText(result.problems[0]!, 'ru')).toMatch(/^Файл слишком большой \(600\sМБ\)/);
    expect(importProblemText(result.problems[0]!, 'ky')).toMatch(/^Файл өтө чоң \(600\sМБ\)/);
    let created = 0;
    void importInWorker(sized(50_000_000), {createWorker: () => (created++, new FakeImportWorker())});
    expect(created).toBe(1);
  });
});
