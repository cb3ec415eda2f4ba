/**
 * Answers of an asynchronous computation by the key of what was asked, at most `limit` of them (the
 * least recently used go first). A request already on its way is shared rather than asked again; an
 * answer that fails is forgotten, so that the next request asks again.
 */
export class ResultCache<T> {
  readonly #entries = new Map<string, {value?: T; promise: Promise<T>}>();

  constructor(readonly limit: number) {}

  /** The answer for `key` if it has arrived, else undefined. */
  settled(key: string): T | undefined {
    const entry = this.#entries.get(key);
    if (entry && 'value' in entry) this.#touch(key, entry);
    return entry?.value;
  }

  /** The answer for `key`: kept, on its way, or asked now of `compute`. */
  get(key: string, compute: () => Promise<T>): Promise<T> {
    const kept = this.#entries.get(key);
    if (kept) {
      this.#touch(key, kept);
      return kept.promise;
    }
    const entry: {value?: T; promise: Promise<T>} = {
      promise: compute().then(
        (value) => {
          entry.value = value;
          return value;
        },
        (error: unknown) => {
          if (this.#entries.get(key) === entry) this.#entries.delete(key);
          throw error;
        },
      ),
    };
    this.#touch(key, entry);
    return entry.promise;
  }

  /** Moves an entry to the most recent end (a Map keeps insertion order) and evicts beyond the limit. */
  #touch(key: string, entry: {value?: T; promise: Promise<T>}): void {
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    for (const oldest of this.#entries.keys()) {
      if (this.#entries.size <= this.limit) break;
      this.#entries.delete(oldest);
    }
  }
}
