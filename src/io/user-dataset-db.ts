// Where the imported dataset is kept (IndexedDB), and whether one may be: read before the code that
// restores it (user-data.ts, idb-keyval) is loaded, so that a visitor who never imported a file — most
// of them — does not load it with the first view.

/** The dataset's own database (user-dataset-store.ts), apart from the scenarios' (scenario-store.ts). */
export const USER_DATASET_DB = 'kg-atlas-data';

/**
 * False only when the browser says it has no such database (`indexedDB.databases()`); true when it has
 * one (it may hold no dataset: the store then finds none) or cannot say (an older browser, IndexedDB
 * refused), so that a kept dataset is never overlooked.
 */
export async function userDatasetMayBeKept(idb?: Pick<IDBFactory, 'databases'>): Promise<boolean> {
  try {
    // Read inside the try: with site data blocked, reading `indexedDB` itself throws (Firefox, Chromium).
    return (await (idb ?? indexedDB).databases()).some((d) => d.name === USER_DATASET_DB);
  } catch {
    return true;
  }
}
