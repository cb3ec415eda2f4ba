// The imported dataset's life: restored from IndexedDB at start, replaced by a new import (only when
// the file is valid and kept), removed on request; `data=user` in the view selects it.
import {loadUserDatasetInfo, removeUserDataset, saveUserDataset, type UserDatasetInfo} from '../io/user-dataset-store';
import type {ImportOptions} from '../worker/import-client';
import type {ImportResult} from '../worker/protocol';
import {datasetStart} from '../model/dataset-start';
import {INDICATORS} from '../model/indicators';
import {updateView, type AppStore} from './app-state';

/** Reads what is kept; a link asking for data=user without a kept dataset falls back, with a notice. */
export async function restoreUserData(store: AppStore): Promise<void> {
  let info: UserDatasetInfo | null = null;
  try {
    info = await loadUserDatasetInfo();
  } catch {
    info = null; // IndexedDB unavailable (e.g. private mode): there is no kept dataset
  }
  store.update({userDataset: info});
  if (!info && store.state.view.data === 'user') {
    store.update((s) => ({notices: [...s.notices, {param: 'data', value: 'user', reason: 'no-user-data'}]}));
    updateView(store, {data: 'shipped'});
  }
}

export type ImportFlowResult = ImportResult | {ok: 'save-failed'; reason: string};

export interface UserFileOptions extends Omit<ImportOptions, 'createWorker'> {
  /** Called when the valid file starts replacing what is kept (it can no longer be cancelled). */
  onKeeping?: () => void;
}

/**
 * Parses and validates `file` off the main thread; when valid, keeps it in this browser, gives it to
 * the engine and shows it (data=user). When invalid nothing changes.
 */
export async function importUserFile(store: AppStore, file: File, options: UserFileOptions = {}): Promise<ImportFlowResult> {
  // Loaded here, not at start: the first view needs neither the engine nor the import worker.
  const [{importInWorker}, {engine}] = await Promise.all([import('../worker/import-client'), import('../worker/client')]);
  const result = await importInWorker(file, options);
  if (!result.ok) return result;
  // Cancelled while the worker's result was on its way: nothing may change. From here on the import
  // replaces what is kept, which cannot be half done; the dialog stops offering to cancel.
  options.signal?.throwIfAborted();
  options.onKeeping?.();
  const info: UserDatasetInfo = {name: file.name, size: file.size, importedAt: new Date().toISOString(), rows: result.rows, summary: result.summary};
  try {
    await saveUserDataset(info, result.columns);
  } catch (error) {
    return {ok: 'save-failed', reason: error instanceof Error ? error.message : String(error)};
  }
  await engine.setUserDataset(result.columns);
  store.update({userDataset: info});
  showUserData(store);
  return result;
}

/** Shows the kept dataset (data=user); an indicator computed from it opens where the file has values. */
export function showUserData(store: AppStore): void {
  const info = store.state.userDataset;
  const {ind, basis, sector, year} = store.state.view;
  updateView(store, {data: 'user', ...(info && INDICATORS[ind].sectors === 'dataset' ? datasetStart(info.summary, ind, basis, {sector, year}) : {})});
}

export async function removeUserData(store: AppStore): Promise<void> {
  const {engine} = await import('../worker/client');
  await removeUserDataset();
  await engine.setUserDataset(null).catch(() => null);
  store.update({userDataset: null});
  if (store.state.view.data === 'user') updateView(store, {data: 'shipped'});
}
