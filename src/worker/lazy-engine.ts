// The engine as the page's first view sees it: nothing until the first computation. The default view
// shows published figures only, so it loads neither the engine's client nor its worker; the first
// computed indicator loads the client (a small chunk), which starts the worker.
import type {IndicatorResult} from '../model/indicator-result';
import type {EngineErrorListener} from './client';
import type {ComputeRequest} from './protocol';

type Client = typeof import('./client');

let client: Promise<Client> | null = null;
const errorListeners = new Set<EngineErrorListener>();

/** The engine's client, loaded on first use. */
export function loadEngine(): Promise<Client> {
  client ??= import('./client').then((m) => {
    m.engine.onError((error) => errorListeners.forEach((listener) => listener(error)));
    return m;
  });
  return client;
}

/** computeIndicator of client.ts, loading the client first. */
export function computeIndicatorLazily(request: ComputeRequest): Promise<IndicatorResult> {
  return loadEngine().then((m) => m.computeIndicator(request));
}

/** engine.onError of client.ts, for errors once the client is loaded. */
export function onEngineError(listener: EngineErrorListener): void {
  errorListeners.add(listener);
}
