// The imported dataset's life: restored from IndexedDB at start (this module, loaded then when a dataset
// may be kept or the link asks for one: main.ts, user-dataset-db.ts), replaced
// by a new import (only when the file is valid and kept), removed on request (user-data-import.ts, with the
// import dialog); `data=user` in the view selects it.
import {loadUserDatasetInfo, type UserDatasetInfo} from '../io/user-dataset-store';
import {updateView, type AppStore} from './app-state';

/** Reads what is kept; a link asking for data=user without a kept dataset falls back, with a notice. */
export async function restoreUserData(store: AppStore): Promise<void> {
  let info: UserDatasetInfo | null | 'damaged' = null;
  try {
    info = await loadUserDatasetInfo();
  } catch {
    info = null; // IndexedDB unavailable (e.g. private mode): there is no kept dataset
  }
  // One that cannot be read (another version's, or damaged) counts as none, and is said, with a way
  // to remove it (notice-list.ts).
  const damaged = info === 'damaged';
  if (damaged) info = null;
  store.update({userDataset: info as UserDatasetInfo | null});
  if (damaged || (!info && store.state.view.data === 'user')) {
    store.update((s) => ({notices: [...s.notices, {param: 'data', value: 'user', reason: damaged ? 'damaged-user-data' : 'no-user-data'}]}));
    updateView(store, {data: 'shipped'});
  }
}
