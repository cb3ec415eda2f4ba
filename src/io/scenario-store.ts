// Named scenarios kept in this browser (IndexedDB via idb-keyval), in their own database so that
// they never collide with the imported dataset's (kg-atlas-data). A stored scenario is validated
// again when read: a record written by another version of the atlas is migrated or skipped.
import {createStore, del, get, set, update, values, type UseStore} from 'idb-keyval';
import type {Scenario} from '../model/scenario';
import {tell, type Renamed} from './scenario-channel';
import {validateScenario} from './scenario-format';
import {freeName} from '../state/scenario-state';

export {onSavedElsewhere, type Renamed} from './scenario-channel';

export interface SavedScenario {
  id: string;
  /** ISO 8601. */
  savedAt: string;
  scenario: Scenario;
}

let store: UseStore | null = null;
const db = () => (store ??= createStore('kg-atlas-scenarios', 'scenarios'));

const valid = (record: unknown): SavedScenario | null => {
  const r = record as Partial<SavedScenario> | undefined;
  if (!r || typeof r.id !== 'string' || typeof r.savedAt !== 'string') return null;
  const parsed = validateScenario(r.scenario);
  if (parsed.ok) return {id: r.id, savedAt: r.savedAt, scenario: parsed.scenario};
  // Index weights all 0 were accepted until 5 December 2026 (they define no index: every region had no
  // value). Such a saved scenario keeps its edits and its place in the list, with the default weights,
  // rather than vanishing from it.
  if (parsed.problems.every((p) => p.code === 'weightsZero')) {
    const repaired = validateScenario(withoutWeights(r.scenario));
    if (repaired.ok) return {id: r.id, savedAt: r.savedAt, scenario: repaired.scenario};
  }
  return null;
};

function withoutWeights(scenario: unknown): unknown {
  const s = scenario as {settings?: {potential?: Record<string, unknown>}};
  if (!s?.settings?.potential) return scenario;
  const {weights: _dropped, ...potential} = s.settings.potential;
  return {...s, settings: {...s.settings, potential}};
}

/** Every saved scenario, newest first. */
export async function listScenarios(): Promise<SavedScenario[]> {
  const all = (await values(db())).map(valid).filter((r): r is SavedScenario => r !== null);
  return all.sort((a, b) => (a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : 0));
}

/** The saved scenario `id`, or null when there is none (deleted, perhaps in another tab). */
export async function getScenario(id: string): Promise<SavedScenario | null> {
  return valid(await get(id, db()));
}

/** The record to update was saved meanwhile (another tab or window): its date is not the one expected. */
export class SavedMeanwhileError extends Error {
  override name = 'SavedMeanwhileError';
}

/**
 * Saves under `id` (a new id when null); returns the record. `expectedSavedAt`: update `id` only if it is
 * still the version of that date, else throw SavedMeanwhileError. Checked and written in one
 * transaction, so no other tab's save can come between the check and the write.
 */
export async function saveScenario(scenario: Scenario, id: string | null, expectedSavedAt?: string | null): Promise<SavedScenario> {
  const record: SavedScenario = {id: id ?? `s-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`, savedAt: new Date().toISOString(), scenario};
  if (id !== null && expectedSavedAt !== undefined)
    await update(
      id,
      (old: Partial<SavedScenario> | undefined) => {
        if (old?.savedAt !== expectedSavedAt) throw new SavedMeanwhileError();
        return record;
      },
      db(),
    );
  else await set(record.id, record, db());
  tell();
  return record;
}

/** The saved scenario to rename is no longer there (deleted, perhaps in another tab). */
export class ScenarioGoneError extends Error {
  override name = 'ScenarioGoneError';
}

/**
 * Renames the saved scenario `id` to `name` (its content as stored, its date now: a rename is a
 * write, which Save in another tab must not undo unseen); checked and written in one transaction.
 * Throws ScenarioGoneError if it is no longer there.
 */
export async function renameScenario(id: string, name: string): Promise<Renamed> {
  const savedAt = new Date().toISOString();
  let renamed: Renamed | null = null;
  await update(
    id,
    (old: unknown) => {
      const record = valid(old);
      if (!record) throw new ScenarioGoneError();
      renamed = {kind: 'renamed', id, from: record.scenario.name, to: name, previousSavedAt: record.savedAt, savedAt};
      return {...(old as SavedScenario), savedAt, scenario: {...(old as SavedScenario).scenario, name}};
    },
    db(),
  );
  tell(renamed!);
  return renamed!;
}

export async function deleteScenario(id: string): Promise<void> {
  await del(id, db());
  tell();
}

/**
 * Puts a deleted record back as it was (same id and date, so in the same place in the list): Undo.
 * Its name is numbered if another record took it meanwhile (a save in another tab: the list, the
 * picker and Undo tell scenarios apart by name, freeName); returns the record as restored.
 */
export async function restoreScenario(record: SavedScenario): Promise<SavedScenario> {
  const taken = (await listScenarios()).filter((r) => r.id !== record.id).map((r) => r.scenario.name);
  const name = freeName(record.scenario.name, taken);
  const restored = name === record.scenario.name ? record : {...record, scenario: {...record.scenario, name}};
  await set(record.id, restored, db());
  tell();
  return restored;
}
