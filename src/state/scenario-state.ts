// The scenario part of the application state: what the planner edits, what was saved, the undo
// history and the comparison. Types and pure transitions only (tested without a page); the side
// effects (worker, URL, IndexedDB, places on the map) live in scenario-session.ts.
import type {IndicatorResult} from '../model/indicator-result';
import type {RegionCode} from '../model/region';
import {
  computeKey,
  emptyScenario,
  normaliseSettings,
  scenarioCompute,
  type Scenario,
  type ScenarioCompute,
  type ScenarioEdit,
  type ScenarioSettings,
} from '../model/scenario';
import type {EditProblem} from '../model/scenario-apply';

import type {CompareMode} from './view-state';

/** What the current scenario is compared with: the baseline or a saved scenario. */
export type CompareAgainst = {kind: 'baseline'} | {kind: 'saved'; id: string; name: string; scenario: Scenario};

export interface CompareState {
  mode: CompareMode;
  against: CompareAgainst;
  /** The other side's indicator (computed on its own worker channel); key = what it answers. */
  other: {key: string; status: 'pending' | 'ready' | 'error'; result: IndicatorResult | null} | null;
}

/** Where the next map click goes, while the editor waits for one. */
export type MapPick = 'site' | 'growth' | 'move' | null;

export interface ScenarioSession {
  scenario: Scenario;
  /** What the worker computes with (scenarioCompute), null = the baseline's; and its key ('' = baseline). */
  compute: ScenarioCompute | null;
  computeKey: string;
  /** The saved scenario it was loaded from or saved as (IndexedDB id), if any. */
  savedId: string | null;
  /** Edits made on this page that are not saved (the page warns before it is left). */
  dirty: boolean;
  /** Earlier versions, latest last (Undo). */
  undo: Scenario[];
  /** Edits that could not be applied (unknown ids, input edits that match no record). */
  problems: EditProblem[];
  /** The scenario's link code is this long, too long for a link; null = it fits (or is empty). */
  tooLong: number | null;
  compare: CompareState | null;
  /** The editor panel is open. */
  panel: boolean;
  pick: MapPick;
  /** The last map point picked, [lon, lat]. */
  picked: [number, number] | null;
}

/** How the difference map paints the regions: a colour per region (RGBA), and a key that changes with them. */
export interface RegionPaintOverride {
  key: string;
  fills: Partial<Record<RegionCode, [number, number, number, number]>>;
  unknown: RegionCode[];
}

export const MAX_UNDO = 100;

export function newSession(scenario: Scenario = emptyScenario()): ScenarioSession {
  return {...computed(scenario), savedId: null, dirty: false, undo: [], problems: [], tooLong: null, compare: null, panel: false, pick: null, picked: null};
}

/** A new version of the scenario, with the previous one on the undo stack. */
export function withScenario(s: ScenarioSession, next: Scenario): ScenarioSession {
  if (sameScenario(s.scenario, next)) return s;
  return {...s, ...computed(next), undo: [...s.undo, s.scenario].slice(-MAX_UNDO), dirty: true};
}

export function addEdit(s: ScenarioSession, edit: ScenarioEdit): ScenarioSession {
  return withScenario(s, {...s.scenario, edits: [...s.scenario.edits, edit]});
}

export function removeEdit(s: ScenarioSession, index: number): ScenarioSession {
  return withScenario(s, {...s.scenario, edits: s.scenario.edits.filter((_, i) => i !== index)});
}

export function setSettings(s: ScenarioSession, settings: ScenarioSettings): ScenarioSession {
  return withScenario(s, {...s.scenario, settings: normaliseSettings(settings)});
}

export function undo(s: ScenarioSession): ScenarioSession {
  const previous = s.undo.at(-1);
  return previous ? {...s, ...computed(previous), undo: s.undo.slice(0, -1), dirty: true} : s;
}

/**
 * A change while a slider is dragged: shown at once, without an undo step of its own; `endDrag`
 * then adds one step for the whole drag.
 */
export function liveSettings(s: ScenarioSession, settings: ScenarioSettings): ScenarioSession {
  return {...s, ...computed({...s.scenario, settings: normaliseSettings(settings)}), dirty: true};
}

export function endDrag(s: ScenarioSession, before: Scenario): ScenarioSession {
  return sameScenario(before, s.scenario) ? s : {...s, undo: [...s.undo, before].slice(-MAX_UNDO)};
}

/** Replaces the scenario without an undo step (opening a saved or imported one, or after saving). */
export function replaceScenario(s: ScenarioSession, scenario: Scenario, savedId: string | null): ScenarioSession {
  const undo = sameScenario(s.scenario, scenario) ? s.undo : [...s.undo, s.scenario].slice(-MAX_UNDO);
  return {...s, ...computed(scenario), savedId, dirty: false, undo};
}

/**
 * What "Save scenario" does with the saved record the session was opened from or last saved as.
 * A planner must never lose a saved scenario without knowing, and a rename is the moment that could
 * happen silently: "Plan A" opened, renamed "Plan B", saved — overwriting would leave no "Plan A".
 * So the name decides, as a "Save as" would: the same name updates the record (saving again is the
 * everyday case, and asking each time would only teach people to click through); a different name
 * keeps the old record untouched and saves a new one beside it (nothing is lost, and a copy no
 * longer wanted is one Delete away, with Undo). The editor says before saving which will happen, and
 * after saving which did. A record that is no longer there (deleted, perhaps in another tab) is
 * saved anew. An empty name keeps the saved record's name (clearing the field is not a rename).
 * - `new`: no saved record: a new one.
 * - `update`: the record `id`, same name.
 * - `copy`: a new record; the one named `kept` stays as it was.
 */
export type SavePlan = {kind: 'new'; name: string} | {kind: 'update'; id: string; name: string} | {kind: 'copy'; name: string; kept: string};

export function savePlan(typedName: string, saved: {id: string; name: string} | null, defaultName: string, taken: readonly string[] = []): SavePlan {
  const typed = typedName.trim();
  if (!saved) return {kind: 'new', name: freeName(typed || defaultName, taken)};
  const name = typed || saved.name;
  return name === saved.name ? {kind: 'update', id: saved.id, name} : {kind: 'copy', name: freeName(name, [...taken, saved.name]), kept: saved.name};
}

/**
 * A new record's name, numbered when another saved scenario has it ("Plan B (2)"): the saved list,
 * the comparison's picker and an Undo name scenarios by name alone, and two of one name could not
 * be told apart. The status after saving says the name it got.
 */
export function freeName(name: string, taken: readonly string[]): string {
  const names = new Set(taken.map((n) => n.trim()));
  if (!names.has(name)) return name;
  let n = 2;
  while (names.has(`${name} (${n})`)) n++;
  return `${name} (${n})`;
}

function computed(scenario: Scenario): Pick<ScenarioSession, 'scenario' | 'compute' | 'computeKey'> {
  const compute = scenarioCompute(scenario);
  return {scenario, compute, computeKey: computeKey(compute)};
}

/** Equal content (name, settings, edits), whatever the key order. */
export function sameScenario(a: Scenario, b: Scenario): boolean {
  return canonical(a) === canonical(b);
}

export function canonical(s: Scenario): string {
  const sort = (v: unknown): unknown =>
    Array.isArray(v) ? v.map(sort) : v && typeof v === 'object' ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, sort((v as Record<string, unknown>)[k])])) : v;
  return JSON.stringify(sort({format: s.format, version: s.version, name: s.name, settings: normaliseSettings(s.settings), edits: s.edits}));
}
