// Side effects only: keeps the address bar equal to the view (history.replaceState, so the back
// button is not flooded with every pan).
import type {AppStore} from './app-state';
import {formatUrlState} from './url-state';

export function syncUrlWithView(store: AppStore, history: History = window.history): () => void {
  let written = '';
  const write = () => {
    const query = formatUrlState(store.state.view);
    if (query === written) return;
    written = query;
    history.replaceState(history.state, '', `${location.pathname}?${query}${location.hash}`);
  };
  write();
  return store.subscribe((state, previous) => {
    if (state.view !== previous.view) write();
  });
}
