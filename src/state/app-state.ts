// The application's state: the view (what the permalink encodes) plus what the running page knows.
import type {Boundaries} from '../io/boundaries';
import type {UserDatasetInfo} from '../io/user-dataset-store';
import type {ShippedData} from '../io/shipped-tables';
import type {RegionCode} from '../model/region';
import type {EngineErrorInfo} from '../worker/protocol';
import {Store} from './store';
import type {Notice} from './url-state';
import type {ViewState} from './view-state';

export interface AtlasData {
  boundaries: Boundaries;
  tables: ShippedData;
}

/** What the pointer is over. Layers other than regions name their object by layer id and object id. */
export type HoverTarget = {kind: 'region'; code: RegionCode} | {kind: 'object'; layer: string; id: string};

export interface HoverState {
  target: HoverTarget;
  /** Pointer position in CSS pixels relative to the map. */
  x: number;
  y: number;
}

export interface AppState {
  view: ViewState;
  /** Polite messages about what the page could not use (e.g. invalid link parameters). */
  notices: Notice[];
  phase: 'loading' | 'ready' | 'error';
  error: string | null;
  atlas: AtlasData | null;
  hover: HoverState | null;
  /** The theme in effect: the view's theme, or the system's when the view has none. */
  theme: 'light' | 'dark';
  /** The imported dataset kept in this browser (its description), or null. */
  userDataset: UserDatasetInfo | null;
  /** The last failure of the calculation engine, shown until dismissed. */
  engineError: EngineErrorInfo | null;
}

export type AppStore = Store<AppState>;

export function createAppStore(view: ViewState, notices: Notice[], systemTheme: 'light' | 'dark'): AppStore {
  return new Store<AppState>({
    view,
    notices,
    phase: 'loading',
    error: null,
    atlas: null,
    hover: null,
    theme: view.theme ?? systemTheme,
    userDataset: null,
    engineError: null,
  });
}

/** Applies a change to the view. */
export function updateView(store: AppStore, patch: Partial<ViewState>): void {
  store.update((s) => ({view: {...s.view, ...patch}}));
}
