// The change over time: the map's year compared with another year of the same indicator (`from=`),
// drawn as the scenario comparison's difference map — this year minus that one, in its classes and
// colours (model/difference.ts `comparison`), described by the same sidebar parts (kg-difference-views:
// the Table tab's both years and the change, the text summary, the legend's note; the export's rows).
// Code-split twice: the picker loads its select (kg-year-compare.ts) with a year slider, the select
// loads this (the first view has neither).
//
// A scenario's comparison and this one are one difference map each, and the map shows one: while a
// scenario is compared, the year comparison is not offered (and a link's `from=` beside `vs=` is
// dropped, with a notice that says why). A scenario open without a comparison is compared across the
// years as the map shows it, under the scenario (its sources say so).
import {addMessages, t} from '../i18n/i18n';
import {scenarios} from '../i18n/messages/scenarios';
import {comparison} from '../model/difference';
import type {IndicatorResult} from '../model/indicator-result';
import {INDICATORS} from '../model/indicators';
import {isPublishedIndicator} from '../model/published-indicators';
import {isSuperseded} from '../worker/superseded';
import {computeIndicatorLazily} from '../worker/lazy-engine';
// The sidebar's table and words under a difference map, and its legend over the map.
import '../ui/kg-difference-views';
import '../ui/kg-scenario-compare';
import {updateView, type AppState, type AppStore} from './app-state';
import {computeRequest, normaliseResult, resultKey} from './indicator-loader';
import {paintDifferences} from './scenario-state';
import type {ViewState} from './view-state';

addMessages(scenarios);

/**
 * Whether the view's `from` can be shown: a year of the indicator other than the map's. A view moved
 * on (another indicator; the slider onto that year) leaves it behind: it is dropped, not kept unseen.
 */
export function fromFits(view: Pick<ViewState, 'ind' | 'year' | 'from'>): boolean {
  const years = INDICATORS[view.ind].years;
  return view.from !== null && years !== null && view.from >= years.min && view.from <= years.max && view.from !== view.year && !isPublishedIndicator(view.ind);
}

let installed: AppStore | null = null;

/** Keeps the other year's indicator and the map's paint in step with `from` (once per store). */
export function installYearCompare(store: AppStore): void {
  if (installed === store) return;
  installed = store;
  const sync = (state: AppState) => {
    const {view} = state;
    const ours = state.regionPaint?.of === 'year';
    if (view.from !== null && state.scenario?.compare) {
      // The scenario's comparison is shown. A link with both (the year's never asked for) is told why
      // its `from` was not used; a scenario comparison started over the year's replaces it, and the
      // select says why it cannot be chosen meanwhile.
      const value = String(view.from);
      if (!state.yearOther) store.update((s) => ({notices: [...s.notices, {param: 'from', value, reason: 'unknown-value', detail: (lang) => t(lang, 'year.compare.dropped')}]}));
      return updateView(store, {from: null});
    }
    if (view.from !== null && !fromFits(view)) return updateView(store, {from: null});
    if (view.from === null) {
      if (ours) store.update({regionPaint: null});
      if (state.yearOther) store.update({yearOther: null});
      return;
    }
    if (!state.atlas) return; // as the map's own indicator (indicator-loader.ts)
    const other = {...view, year: view.from};
    const key = resultKey(state, other);
    if (state.yearOther?.key !== key) return request(store, state, other, key);
    const result = state.indicator?.result;
    const from = state.yearOther.result;
    // While the map's own year is computed, the paint stays as it was (as the scenario's does).
    if (!result || !from || state.indicator?.status !== 'ready' || result.year !== view.year) return;
    const {rows, classOf} = comparison(result, from, state.theme);
    const paint = paintDifferences('year', rows, classOf, state.theme);
    if (paint.key !== state.regionPaint?.key) store.update({regionPaint: paint});
  };
  sync(store.state);
  store.subscribe((state) => sync(state));
  // The difference map's legend over the map, as a scenario comparison's (the embedded view has it in
  // its header: kg-embed-header.ts).
  if (!store.state.view.embed && !document.querySelector('kg-scenario-legend')) {
    const legend = document.createElement('kg-scenario-legend');
    legend.store = store;
    (document.querySelector('.kg-map-area') ?? document.body).append(legend);
  }
}

function request(store: AppStore, state: AppState, view: ViewState, key: string): void {
  // Its own worker channel: on the map's, or a series year's, it would cancel (or be cancelled by) theirs.
  const req = {...computeRequest(state, view), channel: 'from-year'};
  const settle = (status: 'ready' | 'error', result: IndicatorResult | null) => {
    if (store.state.yearOther?.key === key) store.update({yearOther: {key, status, result}});
  };
  store.update({yearOther: {key, status: 'pending', result: null}});
  computeIndicatorLazily(req).then(
    (result) => settle('ready', normaliseResult(result, req, store.state.userDataset?.name)),
    (error: unknown) => isSuperseded(error) || settle('error', null),
  );
}
