// idb-keyval kept in memory, for the scenario editor's tests: vi.mock('idb-keyval', () => import('./memory-idb')).
// Every value is copied in and out, as IndexedDB does.

/** The stored records by key. */
export const db = new Map<string, unknown>();

/** Run once right after the next read of every record: another tab's save between a read and a write. */
export const afterNextRead = {run: null as null | (() => void)};

export const createStore = () => 'store';
export const get = async (key: string) => structuredClone(db.get(key));
export const set = async (key: string, value: unknown) => void db.set(key, structuredClone(value));
export const update = async (key: string, updater: (old: unknown) => unknown) => void db.set(key, structuredClone(updater(structuredClone(db.get(key)))));
export const del = async (key: string) => void db.delete(key);
export const values = async () => {
  const all = [...db.values()].map((v) => structuredClone(v));
  afterNextRead.run?.();
  afterNextRead.run = null;
  return all;
};
