// Opens a dialog component that is not in the first view's bundle: loads its module on first use
// (a separate chunk), puts one instance in the page, hands it the store and opens it.
import type {AppStore} from '../state/app-state';
import type {StoreElement} from './store-element';

export interface OpenableDialog extends StoreElement {
  open(): void;
}

export async function openLazyDialog<T extends OpenableDialog>(tag: string, load: () => Promise<unknown>, store: AppStore): Promise<T> {
  await load();
  let el = document.querySelector(tag) as T | null;
  if (!el) {
    el = document.createElement(tag) as T;
    el.store = store;
    document.body.append(el);
    await el.updateComplete;
  }
  el.open();
  return el;
}
