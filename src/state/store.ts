// A tiny observable store: the single place where application state lives. Components read it through
// StoreController and change it only with `update`, so every change is seen by every subscriber.

export type Listener<T> = (state: T, previous: T) => void;

export class Store<T extends object> {
  #state: T;
  readonly #listeners = new Set<Listener<T>>();

  constructor(initial: T) {
    this.#state = initial;
  }

  get state(): T {
    return this.#state;
  }

  /** Replaces the fields in `patch` (shallowly) and notifies subscribers if anything changed. */
  update(patch: Partial<T> | ((state: T) => Partial<T>)): void {
    const changes = typeof patch === 'function' ? patch(this.#state) : patch;
    const keys = Object.keys(changes) as (keyof T)[];
    if (keys.every((k) => Object.is(this.#state[k], changes[k]))) return;
    const previous = this.#state;
    this.#state = {...previous, ...changes};
    // As with DOM events: a listener that throws is reported, and the others still hear the change
    // (one failing side effect, e.g. a browser refusing history.replaceState, must not leave the
    // map, the legend and the URL out of step with the state).
    for (const listener of this.#listeners) {
      try {
        listener(this.#state, previous);
      } catch (error) {
        reportListenerError(error);
      }
    }
  }

  subscribe(listener: Listener<T>): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}

/** Reports like an uncaught error (the page's error handlers and the e2e suite see it), without stopping. */
function reportListenerError(error: unknown): void {
  if (typeof globalThis.reportError === 'function') globalThis.reportError(error);
  else
    queueMicrotask(() => {
      throw error;
    });
}
