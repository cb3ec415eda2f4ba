// The scenario part of the application state: what the planner edits, what was saved, the undo
// history and the comparison. Types and pure transitions only (tested without a page); the side
// effects (worker, URL, IndexedDB, places on the map) live in scenario-session.ts.
import type {ShownRegionDifference} from '../model/difference';
import type {IndicatorResult} from '../model/indicator-result';
import type {RegionCode} from '../model/region';
import {
  computeKey,
  emptyScenario,
  isEmptyScenario,
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
  /**
   * That record's `savedAt` when this tab last opened or saved it: a record with another date was
   * saved since by another tab, and Save does not overwrite it (savePlan).
   */
  savedAt: string | null;
  /** Edits made on this page that are not saved (the page warns before it is left). */
  dirty: boolean;
  /** Earlier versions, latest last (Undo). */
  undo: ScenarioVersion[];
  /** Versions undone, the next one to redo last (Redo); a new change clears them. */
  redo: ScenarioVersion[];
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
  /** Whose comparison it paints: a scenario's (scenario-session.ts) or another year's (year-compare.ts). */
  of: 'scenario' | 'year';
  key: string;
  fills: Partial<Record<RegionCode, [number, number, number, number]>>;
  unknown: RegionCode[];
}

/**
 * The difference map's paint of a comparison's rows (a scenario's or another year's): each region in the
 * class of its change as printed (ShownRegionDifference), unknown on either side as no data.
 */
export function paintDifferences(of: RegionPaintOverride['of'], rows: readonly ShownRegionDifference[], classOf: (d: number) => {color: [number, number, number, number]}, theme: string): RegionPaintOverride {
  const fills: RegionPaintOverride['fills'] = {};
  const unknown: RegionCode[] = [];
  for (const r of rows) {
    if (r.shown === null) unknown.push(r.code);
    else fills[r.code] = classOf(r.shown).color;
  }
  return {of, key: `${of === 'year' ? 'year' : 'diff'}|${theme}|${rows.map((r) => `${r.code}:${r.diff}`).join(',')}`, fills, unknown};
}

/**
 * One step of the undo history: a version of the scenario together with the saved record it belonged
 * to and whether it was saved. The link goes with the content because Open, "Back to the baseline" and
 * Import change both at once: an Undo that brought back the edits but kept the link would make Save
 * write an old draft over the saved scenario opened since (or save as a copy the very scenario opened
 * before). A version's link and `dirty` stay true while this tab saves: Save relinks the versions of
 * the scenario it saves (`afterSave`). A record changed by another tab is caught by its date (savePlan).
 */
export type ScenarioVersion = Pick<ScenarioSession, 'scenario' | 'savedId' | 'savedAt' | 'dirty'>;

export const MAX_UNDO = 100;

export function newSession(scenario: Scenario = emptyScenario()): ScenarioSession {
  return {...computed(scenario), savedId: null, savedAt: null, dirty: false, undo: [], redo: [], problems: [], tooLong: null, compare: null, panel: false, pick: null, picked: null};
}

export function versionOf(s: ScenarioVersion): ScenarioVersion {
  return {scenario: s.scenario, savedId: s.savedId, savedAt: s.savedAt, dirty: s.dirty};
}

const pushed = (s: ScenarioSession): ScenarioVersion[] => [...s.undo, versionOf(s)].slice(-MAX_UNDO);

/**
 * Whether a changed scenario is unsaved edits: a saved scenario's changes are, but a draft of no saved
 * record with no edits is not (the baseline, perhaps named): there is nothing to lose, and the page
 * would otherwise say "Edits not saved yet" beside "No edits", and ask before it is left.
 */
const changed = (savedId: string | null, scenario: Scenario) => savedId !== null || !isEmptyScenario(scenario);

/** A new version of the scenario, with the previous one on the undo stack. */
export function withScenario(s: ScenarioSession, next: Scenario): ScenarioSession {
  if (sameScenario(s.scenario, next)) return s;
  return {...s, ...computed(next), undo: pushed(s), redo: [], dirty: changed(s.savedId, next)};
}

/** Whether the scenario differs from the baseline: an edit, or a setting that changes what is computed. */
export function offBaseline(s: ScenarioSession): boolean {
  return s.scenario.edits.length > 0 || s.computeKey !== '';
}

/**
 * "Back to the baseline": no edits and no name, no longer the saved scenario's (one Undo step); nothing
 * unsaved. Not the name kept: the next edits would be a new draft under the old scenario's name, and
 * its difference map, files and Save ("Plan A (2)") would call edits of another region "Plan A".
 */
export function toBaseline(s: ScenarioSession): ScenarioSession {
  const next = withScenario(s, emptyScenario());
  return next === s ? s : {...next, savedId: null, savedAt: null, dirty: false};
}

/**
 * Whether putting `next` in the scenario's place (Open, Import) would drop unsaved edits: the editor
 * asks first. Undo would bring them back, but only while the page is open, and nobody reads the Undo
 * button as "your draft is here".
 */
export function losesDraft(s: ScenarioSession, next: Scenario): boolean {
  return s.dirty && !sameScenario(s.scenario, next);
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

/** The previous version, with the saved record it belonged to and whether it was saved; the current one can be redone. */
export function undo(s: ScenarioSession): ScenarioSession {
  const previous = s.undo.at(-1);
  return previous ? {...s, ...restored(previous), undo: s.undo.slice(0, -1), redo: [...s.redo, versionOf(s)]} : s;
}

/**
 * The version last undone, again with its own record and saved state (as Undo: Save after Undo and
 * Redo updates or copies what that version was, never an old link); the current one goes back on the
 * undo stack.
 */
export function redo(s: ScenarioSession): ScenarioSession {
  const next = s.redo.at(-1);
  return next ? {...s, ...restored(next), undo: pushed(s), redo: s.redo.slice(0, -1)} : s;
}

const restored = (v: ScenarioVersion) => ({...computed(v.scenario), savedId: v.savedId, savedAt: v.savedAt, dirty: v.dirty});

/** What one Undo or Redo step changed, from the older version to the newer: said in the status line. */
export type StepChange =
  | {kind: 'edit-added' | 'edit-removed'; edit: ScenarioEdit; edits: readonly ScenarioEdit[]}
  | {kind: 'settings'}
  | {kind: 'name'; name: string}
  | {kind: 'baseline'}
  | {kind: 'replaced'; name: string};

export function stepChange(older: ScenarioVersion, newer: ScenarioVersion): StepChange {
  const a = older.scenario;
  const b = newer.scenario;
  const same = (x: unknown, y: unknown) => JSON.stringify(x) === JSON.stringify(y);
  // The index of the one edit `long` has more than `short`, or -1.
  const oneMore = (long: readonly ScenarioEdit[], short: readonly ScenarioEdit[]) =>
    long.length === short.length + 1 ? long.findIndex((_, i) => same([...long.slice(0, i), ...long.slice(i + 1)], short)) : -1;
  // Open, Import and "Back to the baseline" change the record, or more than one thing at once.
  if (older.savedId === newer.savedId) {
    const sameSettings = canonical({...a, name: '', edits: []}) === canonical({...b, name: '', edits: []});
    const sameEdits = same(a.edits, b.edits);
    if (a.name !== b.name) {
      if (sameEdits && sameSettings) return {kind: 'name', name: b.name};
    } else if (sameEdits && !sameSettings) return {kind: 'settings'};
    else if (sameSettings) {
      const added = oneMore(b.edits, a.edits);
      if (added >= 0) return {kind: 'edit-added', edit: b.edits[added]!, edits: b.edits};
      const removed = oneMore(a.edits, b.edits);
      if (removed >= 0) return {kind: 'edit-removed', edit: a.edits[removed]!, edits: a.edits};
    }
  }
  return isEmptyScenario(b) && !newer.savedId ? {kind: 'baseline'} : {kind: 'replaced', name: b.name};
}

/**
 * A change while a slider is dragged: shown at once, without an undo step of its own; `endDrag`
 * then adds one step for the whole drag.
 */
export function liveSettings(s: ScenarioSession, settings: ScenarioSettings): ScenarioSession {
  const scenario = {...s.scenario, settings: normaliseSettings(settings)};
  return {...s, ...computed(scenario), dirty: changed(s.savedId, scenario)};
}

/** `before`: the version when the drag started (versionOf). */
export function endDrag(s: ScenarioSession, before: ScenarioVersion): ScenarioSession {
  return sameScenario(before.scenario, s.scenario) ? s : {...s, undo: [...s.undo, versionOf(before)].slice(-MAX_UNDO), redo: []};
}

/**
 * Opens a saved scenario (`saved`, not dirty) or an imported one (null; the editor marks it unsaved),
 * as one undo step when the content or the record differs.
 */
export function replaceScenario(s: ScenarioSession, scenario: Scenario, saved: {id: string; savedAt: string} | null): ScenarioSession {
  const same = sameScenario(s.scenario, scenario) && s.savedId === (saved?.id ?? null);
  return {...s, ...computed(scenario), savedId: saved?.id ?? null, savedAt: saved?.savedAt ?? null, dirty: false, undo: same ? s.undo : pushed(s), redo: same ? s.redo : []};
}

/**
 * After Save wrote `scenario` (its name perhaps completed or numbered) as `record`. No undo step (the
 * name as typed is a step already). The versions that led to it are relinked: those of the record it
 * updated, or of the draft (back to the last other record's) or record it was, now belong to the
 * record written, saved if equal to it, unsaved if not; Undo then Save updates it, as a planner would
 * expect. A copy of a renamed scenario (`kept` the one opened) leaves the versions with the record
 * they were made in: Undo brings back "Plan A", and Save updates "Plan A".
 */
export function afterSave(s: ScenarioSession, scenario: Scenario, record: {id: string; savedAt: string}, relink: boolean): ScenarioSession {
  const from = s.savedId;
  // Undone versions (Redo) too: Undo, Save, Redo, Save updates the record as Undo, Save does.
  const relinked = (stack: readonly ScenarioVersion[]) => {
    const out = [...stack];
    // A draft's versions are the latest ones (nearest the current, at the end) without a record; a record's are all that name it.
    let tail = true;
    for (let i = out.length - 1; i >= 0; i--) {
      const v = out[i]!;
      tail &&= v.savedId === from;
      if (relink && v.savedId === from && (tail || from !== null)) out[i] = {scenario: v.scenario, savedId: record.id, savedAt: record.savedAt, dirty: !sameScenario(v.scenario, scenario)};
    }
    return out;
  };
  return {...s, ...computed(scenario), savedId: record.id, savedAt: record.savedAt, dirty: false, undo: relinked(s.undo), redo: relinked(s.redo)};
}

/** A saved scenario renamed (in this tab or another): `from` → `to`; its date was `previousSavedAt` and is now `savedAt`. */
export interface Renamed {
  id: string;
  from: string;
  to: string;
  previousSavedAt: string;
  savedAt: string;
}

/**
 * After a rename of the saved record `r.id`: the open scenario, its undo and redo versions and the
 * comparison follow, so that nothing reads the new name as an edit. A version of that record still
 * named as it was takes the new name (Save then updates the record, not "Save as" a copy under the
 * old name); one of the record as it was before the rename takes its new date (else Save would take
 * the rename for another tab's save and keep a copy). A version of an older date stays older: it was
 * saved over elsewhere, and Save keeps both, as before. Whether a version was saved does not change.
 */
export function afterRename(s: ScenarioSession, r: Renamed): ScenarioSession {
  const follow = <V extends ScenarioVersion>(v: V): V => {
    if (v.savedId !== r.id) return v;
    const scenario = v.scenario.name === r.from ? {...v.scenario, name: r.to} : v.scenario;
    return {...v, scenario, savedAt: v.savedAt === r.previousSavedAt ? r.savedAt : v.savedAt};
  };
  const current = follow(versionOf(s));
  const against = s.compare?.against;
  const compare =
    s.compare && against?.kind === 'saved' && against.id === r.id ? {...s.compare, against: {...against, name: r.to, scenario: {...against.scenario, name: r.to}}} : s.compare;
  return {
    ...s,
    ...(current.scenario === s.scenario ? {} : computed(current.scenario)),
    savedAt: current.savedAt,
    undo: s.undo.map(follow),
    redo: s.redo.map(follow),
    compare,
  };
}

/**
 * What a rename to `typed` (as typedName reads it) cannot be, with the same rules as Save: no empty
 * name, and never another saved scenario's (Save numbers a new record's, "Plan A (2)"; a rename is
 * asked for by name, so it is refused and the planner told why). null = fine.
 */
export function renameProblem(typed: string, id: string, saved: readonly {id: string; scenario: {name: string}}[]): 'empty' | 'taken' | null {
  if (!typed) return 'empty';
  return saved.some((r) => r.id !== id && r.scenario.name.trim() === typed) ? 'taken' : null;
}

/**
 * After the saved record `id` was deleted. The open scenario stays on screen, no longer any record's:
 * a draft, as a link's scenario from elsewhere is. Deleting was asked for, so what the record held is
 * no loss; only edits unsaved before stay unsaved (the page asks before it is left only for them).
 * Its versions still name the record: Undo of the deletion puts it back under the same id, and a
 * Save of a version whose record is gone makes a new one (savePlan).
 */
export function afterDelete(s: ScenarioSession, id: string): ScenarioSession {
  return s.savedId === id ? {...s, savedId: null, savedAt: null} : s;
}

/**
 * What this tab keeps of its session across a reload (sessionStorage, which is the tab's own and
 * survives a reload): which saved record the scenario is and whether its edits were saved, with the
 * content they describe. The link (`s=`) brings the scenario back; this brings back what it was.
 */
export interface TabMemory {
  content: string;
  savedId: string | null;
  savedAt: string | null;
  dirty: boolean;
  /**
   * The scenario is too long for the link (tooLong): this memory is then where a reload finds it
   * (scenario-session.ts restoreFromUrl; main.ts finds it marked in the history entry).
   */
  long?: boolean;
  /**
   * A comparison with a saved scenario (its copy of it, as compared): the link carries only one with
   * the baseline (`vs=`), as a saved scenario lives in one browser, so a reload lost it.
   */
  compare?: {mode: CompareMode; against: Extract<CompareAgainst, {kind: 'saved'}>};
}

export function tabMemory(s: ScenarioSession): TabMemory {
  const against = s.compare?.against;
  const compare = s.compare && against?.kind === 'saved' ? {compare: {mode: s.compare.mode, against}} : {};
  return {content: canonical(s.scenario), savedId: s.savedId, savedAt: s.savedAt, dirty: s.dirty, long: s.tooLong !== null, ...compare};
}

/**
 * The session for a link's scenario. After a reload of this tab (the memory is of the same content)
 * it is what it was: the saved record's, with its edits unsaved or not. Otherwise the link came from
 * elsewhere (another tab, a bookmark, someone else; or another link typed into this tab): a scenario
 * saved in no record here, and not unsaved edits either: `dirty` means that closing the tab would lose
 * edits made on this page, and this scenario lives on in the link it came from. Saving it makes a new
 * record; an edit makes it dirty. A comparison with a saved scenario comes back with it (TabMemory).
 */
export function linkSession(scenario: Scenario, memory: TabMemory | null): ScenarioSession {
  const session = newSession(scenario);
  if (memory?.content !== canonical(scenario)) return session;
  const compare = memory.compare ? {mode: memory.compare.mode, against: memory.compare.against, other: null} : null;
  return {...session, savedId: memory.savedId, savedAt: memory.savedAt, dirty: memory.dirty, compare};
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
 * A record saved since this tab opened or saved it (`changed`: its date differs, so another tab or
 * window saved it) is not updated either, whatever the name: the other tab's edits would be lost
 * without anyone seeing them. Both versions are kept, this one under a numbered name, and the status
 * says why; merging two sets of edits is for the planner to do, with the comparison.
 * - `new`: no saved record: a new one.
 * - `update`: the record `id`, same name.
 * - `copy`: a new record; the one named `kept` stays as it was.
 * - `conflict`: a new record; the one named `kept` was saved elsewhere since and stays as saved there.
 */
export type SavePlan =
  | {kind: 'new'; name: string}
  | {kind: 'update'; id: string; name: string}
  | {kind: 'copy' | 'conflict'; name: string; kept: string};

export function savePlan(typedName: string, saved: {id: string; name: string; changed?: boolean} | null, defaultName: string, taken: readonly string[] = []): SavePlan {
  const typed = typedName.trim();
  if (!saved) return {kind: 'new', name: freeName(typed || defaultName, taken)};
  const name = typed || saved.name;
  const kind = name !== saved.name ? 'copy' : saved.changed ? 'conflict' : 'update';
  return kind === 'update' ? {kind, id: saved.id, name} : {kind, name: freeName(name, [...taken, saved.name]), kept: saved.name};
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
