// Side effects only: keeps the address bar equal to the view (history.replaceState, so the back
// button is not flooded with every pan).
import type {AppStore} from './app-state';
import {formatUrlState} from './url-state';

/**
 * The least time between two writes of the address bar, ms. Browsers limit history.replaceState:
 * Safari throws after 100 calls in 30 seconds, Chrome ignores calls beyond 200 in 10 seconds, and a
 * dragged slider changes the view ~60 times a second. A change is written at once when the last
 * write is older than this, else when this much time has passed since it: a burst of changes ends
 * with the address bar showing its last view, at most this long after it.
 */
export const URL_WRITE_INTERVAL_MS = 500;

export function syncUrlWithView(store: AppStore, history: History = window.history, page: Pick<Window, 'addEventListener' | 'removeEventListener'> = window): () => void {
  let written = '';
  let lastWrite = Number.NEGATIVE_INFINITY;
  let pending: ReturnType<typeof setTimeout> | null = null;
  const write = () => {
    if (pending !== null) clearTimeout(pending);
    pending = null;
    const query = formatUrlState(store.state.view);
    if (query === written) return;
    lastWrite = performance.now();
    try {
      history.replaceState(history.state, '', `${location.pathname}?${query}${location.hash}`);
      written = query;
    } catch {
      // A browser's limit was reached after all: the address bar lags, the page goes on, and the
      // write is tried again an interval later. Permalinks are made from the view, not from it.
      schedule();
    }
  };
  const schedule = () => {
    if (pending !== null) return;
    const wait = lastWrite + URL_WRITE_INTERVAL_MS - performance.now();
    if (wait <= 0) write();
    else pending = setTimeout(write, wait);
  };
  write();
  // Leaving the page: its history entry gets the last view (a write that is not needed does nothing).
  page.addEventListener('pagehide', write);
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.view !== previous.view) schedule();
  });
  return () => {
    unsubscribe();
    page.removeEventListener('pagehide', write);
    if (pending !== null) clearTimeout(pending);
  };
}
