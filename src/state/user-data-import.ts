// Importing, showing and removing a dataset (see user-data.ts): code-split with the import dialog.
import {loadUserDatasetInfo, removeUserDataset, saveUserDataset, type UserDatasetInfo} from '../io/user-dataset-store';
import {userDataView} from '../model/user-data-view';
import type {ImportOptions} from '../worker/import-client';
import type {ImportResult} from '../worker/protocol';
import {updateView, type AppStore} from './app-state';


export interface UserFileOptions extends Omit<ImportOptions, 'createWorker'> {
  /** Called when the valid file starts replacing what is kept (it can no longer be cancelled). */
  onKeeping?: () => void;
}

/**
 * Parses and validates `file` off the main thread; when valid, keeps it in this browser, gives it to
 * the engine and shows it (data=user). When invalid nothing changes. A valid file the browser does not
 * let the atlas keep (storage refused, as with cookies blocked, or full) is shown all the same, for this
 * visit only (`notKept` on its description says why): refusing a valid file for where it is stored lost
 * the planner's work for a reason that is not theirs. A dataset kept before is left as it was.
 */
export async function importUserFile(store: AppStore, file: File, options: UserFileOptions = {}): Promise<ImportResult> {
  // Loaded here, not at start: the first view needs neither the engine nor the import worker.
  const [{importInWorker}, {engine}] = await Promise.all([import('../worker/import-client'), import('../worker/client')]);
  const result = await importInWorker(file, options);
  if (!result.ok) return result;
  // Cancelled while the worker's result was on its way: nothing may change. From here on the import
  // replaces what is kept, which cannot be half done; the dialog stops offering to cancel.
  options.signal?.throwIfAborted();
  options.onKeeping?.();
  let info: UserDatasetInfo = {name: file.name, size: file.size, importedAt: new Date().toISOString(), rows: result.rows, summary: result.summary};
  try {
    await saveUserDataset(info, result.columns);
  } catch (error) {
    // What the browser still keeps from before is named: a reload shows that one, not this file.
    const before = store.state.userDataset;
    const keptBefore = before ? (before.notKept === undefined ? before.name : before.keptBefore) : undefined;
    info = {...info, notKept: error instanceof Error ? error.message : String(error), ...(keptBefore === undefined ? null : {keptBefore})};
  }
  await engine.setUserDataset(result.columns);
  store.update({userDataset: info});
  showUserData(store);
  return result;
}

/**
 * Shows the kept dataset (data=user): the view's indicator where the file gives it, else the first one it
 * gives (userDataView), where the file has values; a published indicator would show the atlas's figures.
 */
export function showUserData(store: AppStore): void {
  const info = store.state.userDataset;
  updateView(store, {data: 'user', ...(info ? userDataView(info.summary, store.state.view) : null)});
}

export async function removeUserData(store: AppStore): Promise<void> {
  const {engine} = await import('../worker/client');
  const visitOnly = store.state.userDataset?.notKept !== undefined;
  // One shown for this visit only was never kept: what is kept (nothing, or a dataset kept before) stays,
  // and is the current dataset again (the engine reads its columns when it is next shown).
  if (!visitOnly) await removeUserDataset();
  await engine.setUserDataset(null, {thenKept: visitOnly}).catch(() => null);
  const kept = visitOnly ? await loadUserDatasetInfo().catch(() => null) : null;
  // (A kept one this version cannot read is 'damaged', checked as it is read: none to show.)
  store.update({userDataset: kept === 'damaged' ? null : kept});
  if (store.state.view.data === 'user') updateView(store, {data: 'shipped'});
}
