// The saved scenarios' news between the tabs and windows of this browser (a BroadcastChannel), apart
// from the store (IndexedDB) so that the scenario session can follow a rename without loading it.
// The other tabs and windows of this browser are told of every change (a BroadcastChannel does not
// deliver to itself: this tab's own lists are refreshed by what changed them).
let channel: BroadcastChannel | null | undefined;
const tabs = () => (channel !== undefined ? channel : (channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel('kg-atlas-scenarios') : null));
export const tell = (message: 'changed' | Renamed = 'changed') => tabs()?.postMessage(message);

/**
 * A saved scenario renamed: `from` → `to`, its date `previousSavedAt` → `savedAt`. Told to the other
 * tabs as such (not just "changed"), so that one with it open can follow (its name, and the date its
 * Save checks: scenario-state's afterRename) rather than take the rename for another tab's save.
 */
export interface Renamed {
  kind: 'renamed';
  id: string;
  from: string;
  to: string;
  previousSavedAt: string;
  savedAt: string;
}

/**
 * Calls `listener` when another tab or window saves, deletes, restores or renames a scenario (with the
 * rename, if it is one); returns the way to stop.
 */
export function onSavedElsewhere(listener: (renamed: Renamed | null) => void): () => void {
  const c = tabs();
  const heard = (e: MessageEvent) => {
    const data = e.data as Partial<Renamed> | string | null;
    listener(typeof data === 'object' && data?.kind === 'renamed' ? (data as Renamed) : null);
  };
  c?.addEventListener('message', heard);
  return () => c?.removeEventListener('message', heard);
}
