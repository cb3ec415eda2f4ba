// The application's state: the view (what the permalink encodes) plus what the running page knows.
import type {Boundaries} from '../io/boundaries';
import type {UserDatasetInfo} from '../io/user-dataset-store';
import type {ShippedData} from '../io/shipped-tables';
import type {HubOverrides} from '../model/hub-assignment';
import type {IndicatorResult} from '../model/indicator-result';
import type {RegionCode} from '../model/region';
import type {EngineErrorCode, EngineErrorInfo} from '../worker/protocol';
import {Store} from './store';
import type {RegionPaintOverride, ScenarioSession} from './scenario-state';
import type {Notice} from './url-state';
import type {ViewState} from './view-state';

export interface AtlasData {
  boundaries: Boundaries;
  tables: ShippedData;
  /** A scenario's spoke → hub choices (src/model/hub-assignment.ts); absent = nearest hub. */
  hubOverrides?: HubOverrides;
}

/** What the pointer is over. Layers other than regions name their object by layer id and object id. */
export type HoverTarget = {kind: 'region'; code: RegionCode} | {kind: 'object'; layer: string; id: string};

export interface HoverState {
  target: HoverTarget;
  /** Pointer position in CSS pixels relative to the map. */
  x: number;
  y: number;
}

/** The indicator the map shows: published ones are ready at once, computed ones come from the worker. */
export interface IndicatorState {
  /** The request this state answers (see indicatorRequestKey); a late answer to an older one is dropped. */
  key: string;
  status: 'pending' | 'ready' | 'error';
  result: IndicatorResult | null;
  /** The failure's technical detail (English, never shown as the message). */
  error: string | null;
  /** What the page says of a failure (engine-errors.ts): the engine's error code, if it gave one. */
  errorCode?: EngineErrorCode;
}

/** Computed coefficient series for the region profile (every year of mfg-lq and grp-pc). */
export interface SeriesState {
  key: string;
  status: 'pending' | 'ready' | 'error';
  results: Partial<Record<'mfg-lq' | 'grp-pc', IndicatorResult[]>>;
}

/** The legend entry chosen as a filter, for the classification it was chosen in. */
export interface LegendFilter {
  /** The choropleth key it belongs to: a new classification makes it void. */
  choropleth: string;
  entry: string;
}

export interface AppState {
  view: ViewState;
  /** Polite messages about what the page could not use (e.g. invalid link parameters). */
  notices: Notice[];
  phase: 'loading' | 'ready' | 'error';
  /** What could not be loaded at start, and the technical detail (English, folded away when shown). */
  error: {of: 'data' | 'boundaries'; detail: string} | null;
  atlas: AtlasData | null;
  hover: HoverState | null;
  /** What the keyboard has reached on the map (drawn with a focus ring and announced); null = nothing. */
  mapFocus: HoverTarget | null;
  /** The theme in effect: the view's theme, or the system's when the view has none. */
  theme: 'light' | 'dark';
  indicator: IndicatorState | null;
  series: SeriesState | null;
  legendFilter: LegendFilter | null;
  /**
   * The growth point last clicked or tapped on the map (a new object each time, also for the same
   * point), whose entry the profile opens and scrolls to; not in the link (it pins the region).
   */
  point?: {id: string};
  /**
   * The green-clusters (energy) panel: null = closed; `focus` = an energy site to show. `beside`: opened
   * with its layer's checkbox, the keyboard's focus stays on it (a screen reader hears "checked").
   */
  energyPanel: {focus: string | null; beside?: true} | null;
  /** The imported dataset kept in this browser (its description), or null. */
  userDataset: UserDatasetInfo | null;
  /**
   * The last failure of the calculation engine, shown until dismissed, or until the engine has answered
   * an indicator asked for after it (indicator-loader.ts): then it no longer describes the engine.
   */
  engineError: EngineErrorInfo | null;
  /** A part of the site loaded on demand (code-split) could not be loaded, e.g. with the network down. */
  loadFailed: boolean;
  /**
   * The planner's scenario, its edits and comparison (src/state/scenario-session.ts); null = none
   * opened. While a scenario edits places, `atlas` holds the baseline with those edits applied.
   */
  scenario: ScenarioSession | null;
  /**
   * The indicator in the year the map's is compared with (`view.from`; src/ui/kg-year-compare.ts),
   * `key` = what it answers; absent or null = none. Not initialised: the first view has no use for it.
   */
  yearOther?: {key: string; status: 'pending' | 'ready' | 'error'; result: IndicatorResult | null} | null;
  /** How a comparison (the difference map) paints the regions instead of the choropleth; null = not. */
  regionPaint: RegionPaintOverride | null;
  /** Why the map is not drawn (the table and legend still are): no WebGL, or its context was lost. */
  mapProblem: 'no-webgl' | 'context-lost' | null;
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
    mapFocus: null,
    theme: view.theme ?? systemTheme,
    indicator: null,
    series: null,
    legendFilter: null,
    energyPanel: null,
    userDataset: null,
    engineError: null,
    loadFailed: false,
    scenario: null,
    regionPaint: null,
    mapProblem: null,
  });
}

/** Applies a change to the view. */
export function updateView(store: AppStore, patch: Partial<ViewState>): void {
  store.update((s) => ({view: {...s.view, ...patch}}));
}
