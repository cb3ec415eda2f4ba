// The promise API of the compute worker. One worker, started on first use and restarted after a crash;
// the shipped statistics (and the imported dataset, from IndexedDB) are sent to it before anything else.
//
// Supersession ("latest wins"): requests on the same channel replace each other. The one running in
// the worker is left to finish but its answer is dropped; at most one more waits; every replaced
// request's promise rejects at once with a SupersededError (isSuperseded(e) tells), so dragging a
// weight slider never queues work.
//
// A crash is an error event, a message that cannot be read, or a worker that owes an answer and says
// nothing for ENGINE_SILENCE_MS (watchdog.ts: a browser may end a worker without any event). The
// worker is then stopped, the crash reported (onError), and the requests it owed are asked once more
// of a new worker.
// The results cite the shipped statistics by where they were read ("https://invest.gov.kg/?p=797
// (National Investment Agency profile of Bishkek; industry table)"): their words come with the client.
import '../i18n/citations';
import {addMessages} from '../i18n/i18n';
import {engineErrors} from '../i18n/messages/engine-errors';
import {shippedTablesProvided} from '../io/shipped-data-registry';
import {validColumns} from '../io/user-dataset-check';
import {loadUserColumns} from '../io/user-dataset-store';
import {columnBuffers, type DatasetColumns} from '../model/dataset';
import type {ClassificationResult} from '../model/compute-indicator';
import type {IndicatorResult} from '../model/indicator-result';
import {shippedDatasetColumns} from '../model/shipped-dataset';
import type {DataSource} from '../state/view-state';
import {SupersededError} from './superseded';
import {ENGINE_SILENCE_MS, Watchdog} from './watchdog';
import type {CoefficientMatrices, ComputeKind, ComputeMessages, ComputeRequest, ComputeRequestMessage, EngineErrorCode, EngineErrorInfo, ResponseMessage} from './protocol';

export type {ComputeRequest} from './protocol';

// What the page says of the engine's failures comes with the engine (no failure can come before it).
addMessages(engineErrors);

export {isSuperseded, SupersededError} from './superseded';

/**
 * A request the engine could not answer; `code` selects the translated message, `message` is the
 * technical detail (English). `workerLost`: the worker crashed under it, so a new one may answer it.
 */
export class EngineRequestError extends Error {
  constructor(
    readonly code: EngineErrorCode,
    message: string,
    readonly workerLost = false,
  ) {
    super(message);
    this.name = 'EngineRequestError';
  }
}

/**
 * A message from the worker as the protocol has it, or null when it is not one (a broken or foreign
 * worker could send anything: null, a number, an object without an id).
 */
export function readResponse(data: unknown): ResponseMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const m = data as Record<string, unknown>;
  if (typeof m.id !== 'number') return null;
  if (m.type === 'result' || m.type === 'progress') return m as unknown as ResponseMessage;
  const error = m.error as Record<string, unknown> | null | undefined;
  if (m.type === 'error' && typeof error === 'object' && error !== null && typeof error.code === 'string' && typeof error.message === 'string') return m as unknown as ResponseMessage;
  return null;
}

/** What the client needs of a Worker (a fake in the tests). */
export interface WorkerLike {
  postMessage(message: unknown, transfer?: Transferable[]): void;
  terminate(): void;
  onmessage: ((event: MessageEvent) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  onmessageerror: ((event: MessageEvent) => void) | null;
}

export interface EngineClientOptions {
  createWorker: () => WorkerLike;
  loadShippedColumns: () => Promise<DatasetColumns>;
  /** The imported dataset kept in this browser, or null. */
  loadUserColumns: () => Promise<DatasetColumns | null>;
  /** How long a worker owing an answer may stay silent before it is taken for crashed (watchdog.ts). */
  silenceMs?: number;
}

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

interface Channel {
  /** Rejects the promise of the latest request (when a newer one arrives). */
  reject: ((error: unknown) => void) | null;
  busy: boolean;
  next: (() => void) | null;
}

export type EngineErrorListener = (error: EngineErrorInfo) => void;

export class EngineClient {
  readonly #options: EngineClientOptions;
  #worker: WorkerLike | null = null;
  #nextId = 1;
  readonly #pending = new Map<number, Pending>();
  readonly #channels = new Map<string, Channel>();
  #shipped: Promise<void> | null = null;
  #user: Promise<boolean> | null = null;
  readonly #listeners = new Set<EngineErrorListener>();
  readonly #watchdog: Watchdog;
  /** Workers started so far (1 + restarts). */
  starts = 0;

  constructor(options: EngineClientOptions) {
    this.#options = options;
    const ms = options.silenceMs ?? ENGINE_SILENCE_MS;
    this.#watchdog = new Watchdog(ms, () => this.#reset({code: 'crashed', message: `the worker did not answer for ${ms / 1000} s`}, true));
  }

  /** A computed indicator of the shipped or the imported data (see ComputeRequest.channel). */
  compute(request: ComputeRequest): Promise<IndicatorResult> {
    const {channel = 'indicator', ...payload} = request;
    return this.#latest(channel, async () => {
      await this.#ensure(payload.data);
      return this.#send('compute', payload);
    });
  }

  /** Every coefficient for all regions × sectors of one year (arrays arrive as transferables). */
  matrices(request: ComputeMessages['matrices']['request'], channel = 'matrices'): Promise<CoefficientMatrices> {
    return this.#latest(channel, async () => {
      await this.#ensure(request.data);
      return this.#send('matrices', request);
    });
  }

  /** The strong-cluster rule and Enright's type of one sector in every region. */
  classify(request: ComputeMessages['classify']['request'], channel = 'classify'): Promise<ClassificationResult> {
    return this.#latest(channel, async () => {
      await this.#ensure(request.data);
      return this.#send('classify', request);
    });
  }

  /**
   * Gives the worker a newly imported dataset (its buffers are transferred: `columns` is emptied), or
   * none; with `thenKept`, the one kept in this browser is read when next asked for (a dataset shown
   * for a visit only was removed, and one kept from before is the current one again).
   */
  async setUserDataset(columns: DatasetColumns | null, {thenKept = false} = {}): Promise<{records: number} | null> {
    const sent = this.#send('setUser', {columns}, columns ? columnBuffers(columns) : []);
    this.#user = thenKept
      ? null
      : sent.then(
          () => columns !== null,
          () => false,
        );
    return sent;
  }

  /** Called when the worker crashes (it is restarted on the next request) or fails unexpectedly. */
  onError(listener: EngineErrorListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Stops the worker; the next request starts a new one. */
  terminate(): void {
    this.#reset({code: 'crashed', message: 'terminated'}, false);
  }

  #latest<T>(name: string, run: () => Promise<T>): Promise<T> {
    let channel = this.#channels.get(name);
    if (!channel) this.#channels.set(name, (channel = {reject: null, busy: false, next: null}));
    const ch = channel;
    ch.reject?.(new SupersededError());
    return new Promise<T>((resolve, reject) => {
      ch.reject = reject;
      const start = async () => {
        ch.busy = true;
        try {
          const result = await run().catch((error: unknown) => {
            // The worker crashed under this request: a new worker answers it (unless a newer request
            // replaced it meanwhile). Once only, so that a request that itself brings the worker down
            // does not do so again and again.
            if (error instanceof EngineRequestError && error.workerLost && ch.reject === reject) return run();
            throw error;
          });
          if (ch.reject === reject) {
            ch.reject = null;
            resolve(result);
          }
        } catch (error) {
          if (ch.reject === reject) {
            ch.reject = null;
            reject(error);
          }
        } finally {
          ch.busy = false;
          const next = ch.next;
          ch.next = null;
          next?.();
        }
      };
      if (ch.busy) ch.next = start;
      else void start();
    });
  }

  async #ensure(data: DataSource): Promise<void> {
    this.#shipped ??= this.#options.loadShippedColumns().then(async (columns) => {
      await this.#send('setShipped', {columns});
    });
    const shipped = this.#shipped;
    await shipped.catch((error) => {
      if (this.#shipped === shipped) this.#shipped = null; // try again next time
      throw error;
    });
    if (data !== 'user') return;
    this.#user ??= this.#options.loadUserColumns().then(async (columns) => {
      if (!columns) return false;
      await this.#send('setUser', {columns}, columnBuffers(columns));
      return true;
    });
    const user = this.#user;
    const loaded = await user.catch((error) => {
      if (this.#user === user) this.#user = null;
      throw error;
    });
    if (!loaded) throw new EngineRequestError('no-user-data', 'no imported dataset is kept in this browser');
  }

  #send<K extends ComputeKind>(kind: K, payload: ComputeMessages[K]['request'], transfer: Transferable[] = []): Promise<ComputeMessages[K]['response']> {
    const worker = this.#getWorker();
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, {resolve: resolve as (v: unknown) => void, reject});
      worker.postMessage({id, kind, payload} as ComputeRequestMessage, transfer);
      this.#watchdog.sent();
    });
  }

  #getWorker(): WorkerLike {
    if (this.#worker) return this.#worker;
    const worker = this.#options.createWorker();
    this.starts++;
    // Events of a worker already replaced are old news: they must not stop its successor.
    const current = () => this.#worker === worker;
    const unreadable = () => this.#reset({code: 'crashed', message: 'a message could not be read'}, true);
    worker.onmessage = (event: MessageEvent<unknown>) => {
      if (!current()) return;
      const message = readResponse(event.data);
      // An answer that cannot be read leaves a request unanswered for good: as a messageerror.
      if (!message) return unreadable();
      const pending = this.#pending.get(message.id);
      if (pending && message.type !== 'progress') this.#pending.delete(message.id);
      this.#watchdog.heard(this.#pending.size > 0);
      if (!pending || message.type === 'progress') return;
      if (message.type === 'result') pending.resolve(message.result);
      else {
        if (message.error.code === 'internal') this.#notify(message.error);
        pending.reject(new EngineRequestError(message.error.code, message.error.message));
      }
    };
    worker.onerror = (event: ErrorEvent) => {
      event.preventDefault?.();
      if (current()) this.#reset({code: 'crashed', message: event.message || 'the worker stopped'}, true);
    };
    worker.onmessageerror = () => {
      if (current()) unreadable();
    };
    this.#worker = worker;
    return worker;
  }

  /** `crashed`: the worker failed (reported, and what it owed is asked again); else it was stopped. */
  #reset(error: EngineErrorInfo, crashed: boolean): void {
    this.#watchdog.stop();
    this.#worker?.terminate();
    this.#worker = null;
    this.#shipped = null;
    this.#user = null;
    const pending = [...this.#pending.values()];
    this.#pending.clear();
    // Report first, so that the report comes before the answers of the requests asked again.
    if (crashed) this.#notify(error);
    for (const p of pending) p.reject(new EngineRequestError(error.code, error.message, crashed));
  }

  #notify(error: EngineErrorInfo): void {
    for (const listener of this.#listeners) listener(error);
  }
}

/** The atlas's engine. */
export const engine = new EngineClient({
  createWorker: () => new Worker(new URL('./compute.worker.ts', import.meta.url), {type: 'module', name: 'kg-compute'}) as unknown as WorkerLike,
  loadShippedColumns: async () => shippedDatasetColumns(await shippedTablesProvided()),
  // A kept dataset of another shape (another version's, or damaged) is none.
  loadUserColumns: async () => validColumns(await loadUserColumns()),
});

/** A computed indicator, computed in the Web Worker (see EngineClient.compute). */
export function computeIndicator(request: ComputeRequest): Promise<IndicatorResult> {
  return engine.compute(request);
}
