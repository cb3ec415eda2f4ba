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
    for (const listener of this.#listeners) listener(this.#state, previous);
  }

  subscribe(listener: Listener<T>): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}
