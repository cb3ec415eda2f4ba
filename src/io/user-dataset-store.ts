// The imported dataset, kept in this browser (IndexedDB via idb-keyval) so it survives a reload. Its
// description and its columns are stored under two keys and written in one transaction.
import {createStore, delMany, get, setMany, type UseStore} from 'idb-keyval';
import type {DatasetColumns} from '../model/dataset';
import type {DatasetSummary} from '../model/dataset-summary';
import {USER_DATASET_DB} from './user-dataset-db';

export interface UserDatasetInfo {
  /** The file's name, as the user chose it (shown as text). */
  name: string;
  /** Bytes. */
  size: number;
  /** ISO 8601. */
  importedAt: string;
  rows: number;
  summary: DatasetSummary;
  /**
   * Why the browser did not let the atlas keep it (storage refused: cookies blocked, a full disk): it is
   * shown for this visit only. Never stored (a kept dataset has none).
   */
  notKept?: string;
  /**
   * With `notKept`: the name of the dataset the browser still keeps from before (a reload shows that one,
   * and so does removing this one). Never stored.
   */
  keptBefore?: string;
}

const INFO = 'user-dataset-info';
const COLUMNS = 'user-dataset-columns';
let store: UseStore | null = null;
// Our own database, so other features' keys (e.g. scenarios) never collide with the dataset's.
const db = () => (store ??= createStore(USER_DATASET_DB, 'datasets'));

export async function saveUserDataset(info: UserDatasetInfo, columns: DatasetColumns): Promise<void> {
  await setMany(
    [
      [COLUMNS, columns],
      [INFO, info],
    ],
    db(),
  );
}

/**
 * The kept dataset's description; null when none is kept, 'damaged' when the one kept cannot be read
 * (another version's: its shape is checked, user-dataset-check.ts).
 */
export async function loadUserDatasetInfo(): Promise<UserDatasetInfo | null | 'damaged'> {
  const r = await get(INFO, db());
  return r == null ? null : (await import('./user-dataset-check')).validInfo(r) ? r : 'damaged';
}

/** The kept columns as stored (checked by the engine's client, which reads them: user-dataset-check.ts). */
export async function loadUserColumns(): Promise<DatasetColumns | null> {
  return (await get<DatasetColumns>(COLUMNS, db())) ?? null;
}

export async function removeUserDataset(): Promise<void> {
  await delMany([INFO, COLUMNS], db());
}
