// The imported dataset, kept in this browser (IndexedDB via idb-keyval) so it survives a reload. Its
// description and its columns are stored under two keys and written in one transaction.
import {createStore, delMany, get, setMany, type UseStore} from 'idb-keyval';
import type {DatasetColumns} from '../model/dataset';
import type {DatasetSummary} from '../model/dataset-summary';

export interface UserDatasetInfo {
  /** The file's name, as the user chose it (shown as text). */
  name: string;
  /** Bytes. */
  size: number;
  /** ISO 8601. */
  importedAt: string;
  rows: number;
  summary: DatasetSummary;
}

const INFO = 'user-dataset-info';
const COLUMNS = 'user-dataset-columns';
let store: UseStore | null = null;
// Our own database, so other features' keys (e.g. scenarios) never collide with the dataset's.
const db = () => (store ??= createStore('kg-atlas-data', 'datasets'));

export async function saveUserDataset(info: UserDatasetInfo, columns: DatasetColumns): Promise<void> {
  await setMany(
    [
      [COLUMNS, columns],
      [INFO, info],
    ],
    db(),
  );
}

/** The summary's lists the page reads (the import dialog, the picker). */
const LISTS = ['regions', 'missingRegions', 'sectors', 'years', 'indicators', 'computable', 'sources'] as const;

/**
 * Whether a kept description has the shape this version reads. A record written by another version
 * of the atlas (or damaged) is not used: read as it was, it broke every computed indicator and the
 * import dialog, the one place to remove it.
 */
export const validInfo = (r: Partial<UserDatasetInfo> | null | undefined): r is UserDatasetInfo =>
  typeof r?.name == 'string' &&
  typeof r.importedAt == 'string' &&
  r.rows! >= 0 &&
  LISTS.every((k) => Array.isArray(r.summary?.[k])) &&
  r.summary!.computable.every((c) => Array.isArray(c?.years) && Array.isArray(c.sectors));

/** The kept dataset's description; null when none is kept, 'damaged' when one is kept that cannot be read. */
export async function loadUserDatasetInfo(): Promise<UserDatasetInfo | null | 'damaged'> {
  const r = await get<UserDatasetInfo>(INFO, db());
  return r == null ? null : validInfo(r) ? r : 'damaged';
}

/** The kept columns; null when there are none or they cannot be read (the engine then says there is no dataset). */
export async function loadUserColumns(): Promise<DatasetColumns | null> {
  const c = await get<DatasetColumns>(COLUMNS, db());
  const ok =
    typeof c?.length == 'number' &&
    [c.regionCodes, c.sectors, c.units, c.sources].every(Array.isArray) &&
    [c.region, c.sector, c.indicator, c.year, c.value, c.unit, c.source].every((a) => ArrayBuffer.isView(a) && (a as Uint8Array).length === c.length);
  return ok ? c : null;
}

export async function removeUserDataset(): Promise<void> {
  await delMany([INFO, COLUMNS], db());
}
