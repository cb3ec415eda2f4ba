// The store and mounting the component tests share: a store wired as main.ts wires the page's (the
// atlas in, published indicators loaded, view events applied), and a component mounted on it. What a
// test sets up is undone by `cleanUp()` in its afterEach.
import {createAppStore, updateView, type AppStore, type AtlasData} from '../../../src/state/app-state';
import {loadIndicators} from '../../../src/state/indicator-loader';
import {defaultViewState, type ViewState} from '../../../src/state/view-state';
import {VIEW_EVENT} from '../../../src/ui/view-event';

const cleanups: (() => void)[] = [];

export function componentStore(atlas: AtlasData, view: Partial<ViewState>): AppStore {
  const store = createAppStore({...defaultViewState('en'), ...view}, [], 'light');
  store.update({atlas, phase: 'ready'});
  loadIndicators(store, async () => {
    throw new Error('not used');
  });
  const apply = (e: CustomEvent<Partial<ViewState>>) => updateView(store, e.detail);
  document.addEventListener(VIEW_EVENT, apply);
  cleanups.push(() => document.removeEventListener(VIEW_EVENT, apply));
  return store;
}

export async function mount<T extends HTMLElement & {store: AppStore | undefined; updateComplete: Promise<boolean>}>(
  tag: string,
  store: AppStore,
  parent: HTMLElement = document.body,
): Promise<T> {
  const el = document.createElement(tag) as T;
  el.store = store;
  parent.append(el);
  await el.updateComplete;
  return el;
}

/** Empties the page and removes the listeners the tests added. */
export function cleanUp(): void {
  document.body.innerHTML = '';
  for (const f of cleanups.splice(0)) f();
}
