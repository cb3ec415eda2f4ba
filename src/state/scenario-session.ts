// Side effects of the planner's scenario (code-split: loaded with the editor, or when a link carries
// `s=`). Keeps in step with AppState.scenario:
// - the places on the map: `atlas` = the baseline with the scenario's place edits applied;
// - the permalink: `view.s` = the scenario's link code (or nothing when it is too long);
// - the comparison: the other side's indicator (worker channel "compare") and, for the difference
//   map, the regions' paint;
// - a warning before the page is left with unsaved edits;
// - what the tab keeps across a reload (tabMemory): which saved scenario it is, and whether saved;
// - a saved scenario renamed in another tab (afterRename).
// The computed indicator itself follows AppState.scenario.computeKey (indicator-loader.ts).
import {addMessages, t, type MessageKey} from '../i18n/i18n';
import {scenarios} from '../i18n/messages/scenarios';
import {onSavedElsewhere} from '../io/scenario-channel';
import {decodeScenario, encodeScenario} from '../io/scenario-codec';
import {validateScenario, type ScenarioProblem} from '../io/scenario-format';
import {DEFAULT_ENRIGHT_THRESHOLDS} from '../model/cluster-classification';
import {DEFAULT_POTENTIAL_SETTINGS} from '../model/cluster-potential';
import {comparison} from '../model/difference';
import {growthOutsideRegion} from '../model/growth-region';
import {isPublishedIndicator} from '../model/published-indicators';
import {computeKey, isEmptyScenario, scenarioCompute, type Scenario, type ScenarioEdit} from '../model/scenario';
import {applyScenario, editsPlaces, type EditProblem, type ScenarioBaseline} from '../model/scenario-apply';
import {computeIndicator, isSuperseded} from '../worker/client';
import {updateView, type AppState, type AppStore, type AtlasData} from './app-state';
import {normaliseResult} from './indicator-loader';
import {afterRename, linkSession, paintDifferences, newSession, tabMemory, type CompareState, type RegionPaintOverride, type ScenarioSession, type TabMemory} from './scenario-state';
import type {Notice} from './url-state';
import type {CompareMode} from './view-state';

// A scenario's values cite it ('source.scenario'), whether or not the editor, which words the rest, is open.
addMessages(scenarios);

let installed: AppStore | null = null;
let baseline: AtlasData | null = null;

/** The atlas as published (before any scenario edits its places). */
export function baselineAtlas(): AtlasData | null {
  return baseline;
}

export function scenarioBaseline(atlas: AtlasData): ScenarioBaseline {
  return {
    potential: DEFAULT_POTENTIAL_SETTINGS,
    thresholds: DEFAULT_ENRIGHT_THRESHOLDS,
    energySites: atlas.tables.energySites,
    growthPoints: atlas.tables.growthPoints,
    clusters: atlas.tables.clusters,
    columns: null,
    hubOverrides: {},
  };
}

/** The atlas with a scenario's places (the baseline itself when it edits none). */
export function atlasWith(base: AtlasData, scenario: Scenario | null): {atlas: AtlasData; problems: EditProblem[]} {
  if (!scenario || !editsPlaces(scenario)) return {atlas: base, problems: []};
  const applied = applyScenario(scenarioBaseline(base), scenario);
  return {
    atlas: {
      ...base,
      tables: {...base.tables, energySites: [...applied.energySites], growthPoints: [...applied.growthPoints], clusters: [...applied.clusters]},
      hubOverrides: applied.hubOverrides,
    },
    problems: applied.problems,
  };
}

/** Updates the session (creating it if needed). */
export function updateSession(store: AppStore, change: (s: ScenarioSession) => ScenarioSession): void {
  store.update((state) => ({scenario: change(state.scenario ?? newSession())}));
}

/** This tab's sessionStorage key for its TabMemory (sessionStorage is per tab and survives a reload). */
const MEMORY_KEY = 'kg-atlas-scenario';

function readMemory(): TabMemory | null {
  try {
    return JSON.parse(sessionStorage.getItem(MEMORY_KEY) ?? 'null') as TabMemory | null;
  } catch {
    return null; // storage refused (a sandboxed frame) or damaged: the link's scenario as from elsewhere
  }
}

let memoryFailed = false;

/** Whether this tab could not keep its scenario for a reload (storage refused or full): the editor says what a reload loses. */
export function memoryRefused(): boolean {
  return memoryFailed;
}

function writeMemory(session: ScenarioSession): void {
  try {
    sessionStorage.setItem(MEMORY_KEY, JSON.stringify(tabMemory(session)));
    memoryFailed = false;
  } catch {
    // Storage refused or full: a reload then forgets what was saved, and a scenario too long for the
    // link with it (said under the editor's "too large for a link").
    memoryFailed = true;
  }
  // A scenario too long for the link, kept: marked in this tab's history entry (which a reload keeps and
  // url-sync.ts passes on), where main.ts looks before it loads this module.
  const long = !memoryFailed && session.tooLong !== null;
  try {
    if (Boolean(history.state?.kgLong) !== long) history.replaceState({...history.state, kgLong: long}, '', location.href);
  } catch {
    // refused (too many writes at once): the next write marks it
  }
}

/** Problems shown at once in a link's notice; the rest are left to a file import of the scenario. */
const NOTICE_PROBLEMS = 3;

/**
 * A scenario link's notice: what is wrong with its scenario, as the file import says it (JSON path and
 * problem, in the page's language), and "newer-version" for a scenario of a newer schema.
 */
export function scenarioNotice(code: string, problems: readonly ScenarioProblem[]): Notice {
  return {
    param: 's',
    value: code.length > 80 ? `${code.slice(0, 79)}…` : code,
    reason: problems[0]?.code === 'versionNewer' ? 'newer-version' : 'malformed',
    detail: (lang) =>
      [
        ...problems.slice(0, NOTICE_PROBLEMS).map((p) => `${p.path}: ${t(lang, `scenario.file.${p.code}` as MessageKey, p.params)}`),
        ...(problems.length > NOTICE_PROBLEMS ? ['…'] : []),
      ].join('; '),
  };
}

/**
 * Reads `s=` of the link. A scenario that cannot be used leaves the baseline and a polite notice that
 * says why (scenarioNotice); nothing else changes.
 */
export function restoreFromUrl(store: AppStore): void {
  const code = store.state.view.s;
  if (!code) {
    // A scenario too long for the link: this tab kept it for a reload (writeMemory), as the link would have.
    const memory = readMemory();
    try {
      const kept = memory?.long ? validateScenario(JSON.parse(memory.content)) : null;
      if (kept?.ok) store.update({scenario: linkSession(kept.scenario, memory)});
    } catch {
      // damaged: nothing kept
    }
    return;
  }
  const parsed = decodeScenario(code);
  if (!parsed.ok) {
    const vs = store.state.view.vs;
    // A comparison asked for goes with the scenario, and is said to, as when `s` is too long to read.
    const lost = vs ? [{param: 'vs', value: vs, reason: 'needs-scenario' as const}] : [];
    store.update((s) => ({notices: [...s.notices, scenarioNotice(code, parsed.problems), ...lost]}));
    updateView(store, {s: null, vs: null});
    return;
  }
  // `vs`: the link shows the scenario against the baseline (a saved scenario never travels in a link).
  const mode = isEmptyScenario(parsed.scenario) ? null : store.state.view.vs;
  // After a reload of this tab, the saved record and unsaved edits it was, and its comparison with a
  // saved scenario (linkSession); the link's own comparison (`vs=`) comes first.
  const session = linkSession(parsed.scenario, readMemory());
  store.update({scenario: {...session, compare: mode ? {mode, against: {kind: 'baseline'}, other: null} : isEmptyScenario(parsed.scenario) ? null : session.compare}});
}

/** The comparison as the link can carry it: its mode when it is against the baseline. */
function linkedComparison(session: ScenarioSession): CompareMode | null {
  const compare = session.compare;
  return compare?.against.kind === 'baseline' ? compare.mode : null;
}

/** Starts keeping the page in step with the scenario (once; later calls do nothing). */
export function installScenarioSession(store: AppStore): void {
  if (installed === store) return;
  installed = store;
  if (typeof window !== 'undefined' && window.__atlas) window.__atlas.scenario = () => store.state.scenario?.scenario ?? null;
  // The places on the map depend on the scenario's edits alone (atlasWith): a weight dragged makes a
  // new scenario with the same edits, and neither the atlas nor the map's layers are made again for it.
  let placesOf: readonly ScenarioEdit[] | null = null;
  let linkPending = false;
  let memoryPending = false;
  const sync = (state: AppState, prev: AppState | null) => {
    if (state.atlas && !baseline) baseline = state.atlas;
    const session = state.scenario;
    // Places on the map follow the scenario's edits.
    const edits = session?.scenario.edits ?? null;
    if (baseline && edits !== placesOf) {
      placesOf = edits;
      const {atlas, problems} = atlasWith(baseline, session?.scenario ?? null);
      if (atlas !== state.atlas) store.update({atlas});
      mergeProblems(store, [...problems, ...(edits ? growthOutsideRegion(edits, baseline.boundaries.regions) : [])], 'places');
    }
    // The link follows the scenario: written after the current task, so that a dragged slider's
    // compute request leaves first (history.replaceState is slow), and once per burst of changes.
    const linkChanged = session && (session.scenario !== prev?.scenario?.scenario || linkedComparison(session) !== (prev?.scenario ? linkedComparison(prev.scenario) : null));
    if (linkChanged && !linkPending) {
      linkPending = true;
      setTimeout(() => {
        linkPending = false;
        if (store.state.scenario) writeLink(store, store.state.scenario);
      });
    }
    // What a reload of this tab should bring back with the link's scenario; once per burst of changes.
    const was = prev?.scenario;
    const memoryChanged =
      session &&
      (session.scenario !== was?.scenario ||
        session.savedId !== was.savedId ||
        session.savedAt !== was.savedAt ||
        session.dirty !== was.dirty ||
        session.tooLong !== was.tooLong ||
        session.compare?.mode !== was.compare?.mode ||
        session.compare?.against !== was.compare?.against);
    if (memoryChanged && !memoryPending) {
      memoryPending = true;
      setTimeout(() => {
        memoryPending = false;
        if (store.state.scenario) writeMemory(store.state.scenario);
      });
    }
    // Input edits that matched nothing are reported by the worker with the result.
    if (state.indicator !== prev?.indicator) {
      const matched = state.indicator?.result?.inputEditsMatched;
      const have = state.indicator?.result?.inputEditsHave;
      if (session && matched) {
        const inputIndexes = session.scenario.edits.flatMap((e, i) => (e.kind === 'input' ? [i] : []));
        mergeProblems(
          store,
          inputIndexes.flatMap((index, k) => (matched[k] === 0 ? [{index, reason: 'matches-nothing' as const, ...(have?.[k] ? {have: have[k]} : {})}] : [])),
          'inputs',
        );
      }
    }
    syncComparison(store, store.state);
  };
  sync(store.state, null);
  store.subscribe((state, prev) => sync(state, prev));
  // A reload right after a change, before the memory's timer: written as the page goes.
  window.addEventListener('pagehide', () => store.state.scenario && writeMemory(store.state.scenario));
  // A saved scenario renamed in another tab: the open one, its undo steps and the comparison follow
  // (and so the link and this tab's memory), as in the tab that renamed it.
  onSavedElsewhere((renamed) => {
    const session = store.state.scenario;
    if (renamed && session) store.update({scenario: afterRename(session, renamed)});
  });
  window.addEventListener('beforeunload', (event) => {
    if (!store.state.scenario?.dirty) return;
    // Browsers show their own wording; the call and returnValue are what asks them to.
    event.preventDefault();
    event.returnValue = '';
  });
}

function mergeProblems(store: AppStore, problems: EditProblem[], from: 'places' | 'inputs'): void {
  const session = store.state.scenario;
  if (!session) return;
  const isInput = (p: EditProblem) => p.reason === 'matches-nothing';
  const kept = session.problems.filter((p) => (from === 'inputs' ? !isInput(p) : isInput(p)));
  const next = [...kept, ...problems].sort((a, b) => a.index - b.index);
  if (JSON.stringify(next) !== JSON.stringify(session.problems)) store.update({scenario: {...session, problems: next}});
}

function writeLink(store: AppStore, session: ScenarioSession): void {
  if (isEmptyScenario(session.scenario)) {
    if (session.tooLong !== null) store.update({scenario: {...session, tooLong: null}});
    if (store.state.view.s !== null || store.state.view.vs !== null) updateView(store, {s: null, vs: null});
    return;
  }
  const code = encodeScenario(session.scenario);
  const tooLong = code.ok ? null : code.length;
  if (tooLong !== session.tooLong) store.update({scenario: {...store.state.scenario!, tooLong}});
  const s = code.ok ? code.code : null;
  const vs = s ? linkedComparison(session) : null;
  if (store.state.view.s !== s || store.state.view.vs !== vs) updateView(store, {s, vs});
}

/** The other side of a comparison: what it is, and the key of the indicator it needs. */
function otherKey(state: AppState, compare: CompareState): string {
  const {ind, sector, year, data, basis} = state.view;
  const against = compare.against.kind === 'baseline' ? '' : computeKey(scenarioCompute(compare.against.scenario));
  return [ind, sector, year ?? '', data, basis, compare.against.kind, compare.against.kind === 'saved' ? compare.against.id : '', against].join('|');
}

function syncComparison(store: AppStore, state: AppState): void {
  const compare = state.scenario?.compare ?? null;
  if (!compare) {
    // Only its own: a year comparison's (kg-year-compare.ts) is not the scenario's to clear.
    if (state.regionPaint?.of === 'scenario') store.update({regionPaint: null});
    return;
  }
  const key = otherKey(state, compare);
  if (compare.other?.key !== key) {
    requestOther(store, state, compare, key);
    return;
  }
  const paint = compare.mode === 'difference' ? differencePaint(state, compare) : null;
  if ((paint?.key ?? null) !== (state.regionPaint?.key ?? null)) store.update({regionPaint: paint});
}

function setOther(store: AppStore, other: CompareState['other']): void {
  const session = store.state.scenario;
  if (!session?.compare) return;
  store.update({scenario: {...session, compare: {...session.compare, other}}});
}

function requestOther(store: AppStore, state: AppState, compare: CompareState, key: string): void {
  const {ind, sector, year, data, basis} = state.view;
  if (isPublishedIndicator(ind)) {
    // Published figures are as printed: no scenario changes them, so both sides are the same, once
    // the page has its own (a link with `vs=` starts the comparison before the first indicator).
    const own = state.indicator;
    if (!own?.result || own.status === 'pending') {
      const waiting = `${key}|waiting`;
      if (compare.other?.key !== waiting) setOther(store, {key: waiting, status: 'pending', result: null});
      return;
    }
    setOther(store, {key, status: 'ready', result: own.result});
    return;
  }
  const keep = compare.other?.result && compare.other.result.ind === ind && compare.other.result.sector === sector ? compare.other.result : null;
  setOther(store, {key, status: 'pending', result: keep});
  const scenario = compare.against.kind === 'baseline' ? null : scenarioCompute(compare.against.scenario);
  const request = {ind, sector, year, basis, data, channel: 'compare', ...(scenario ? {scenario} : {})};
  computeIndicator(request).then(
    (result) => {
      if (store.state.scenario?.compare?.other?.key === key) setOther(store, {key, status: 'ready', result: normaliseResult(result, request, store.state.userDataset?.name)});
    },
    (error: unknown) => {
      if (isSuperseded(error)) return;
      if (store.state.scenario?.compare?.other?.key === key) setOther(store, {key, status: 'error', result: null});
    },
  );
}

function differencePaint(state: AppState, compare: CompareState): RegionPaintOverride | null {
  const result = state.indicator?.result;
  const other = compare.other?.result;
  if (!result || !other || state.indicator?.status === 'pending') return state.regionPaint;
  const {rows, classOf} = comparison(result, other, state.theme);
  return paintDifferences('scenario', rows, classOf, state.theme);
}
