import {describe, expect, it} from 'vitest';
import {USER_DATASET_DB, userDatasetMayBeKept} from '../../../src/io/user-dataset-db';

const browserWith = (names: string[]) => ({databases: async () => names.map((name) => ({name, version: 1}))});

describe('userDatasetMayBeKept', () => {
  it('is false only when the browser lists its databases without the dataset’s', async () => {
    expect(await userDatasetMayBeKept(browserWith([]))).toBe(false);
    expect(await userDatasetMayBeKept(browserWith(['kg-atlas-scenarios']))).toBe(false);
    expect(await userDatasetMayBeKept(browserWith(['kg-atlas-scenarios', USER_DATASET_DB]))).toBe(true);
  });

  it('is true when the browser cannot say (no databases(), IndexedDB refused or missing)', async () => {
    expect(await userDatasetMayBeKept({} as Pick<IDBFactory, 'databases'>)).toBe(true);
    expect(await userDatasetMayBeKept({databases: () => Promise.reject(new DOMException('refused', 'SecurityError'))})).toBe(true);
    expect(await userDatasetMayBeKept(undefined)).toBe(true);
    // Site data blocked: reading `indexedDB` throws.
    Object.defineProperty(globalThis, 'indexedDB', {
      get: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
      configurable: true,
    });
    try {
      expect(await userDatasetMayBeKept()).toBe(true);
    } finally {
      delete (globalThis as {indexedDB?: unknown}).indexedDB;
    }
  });
});
