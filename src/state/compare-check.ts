// Whether a comparison with a saved scenario still stands. The comparison keeps its own copy of the
// other scenario, so nothing else would notice when that scenario becomes the one open (the
// comparison would be the scenario minus itself, every change 0) or is deleted (a comparison with a
// scenario the picker no longer offers).
import type {SavedScenario} from '../io/scenario-store';
import {sameScenario, type CompareAgainst, type ScenarioSession} from './scenario-state';

/** Why a comparison can no longer stand: 'self' = the other scenario is the one open; 'deleted'. */
export type StaleComparison = 'self' | 'deleted';

/**
 * `openId`: the saved scenario open in the editor, if it has no unsaved edits (with edits, its saved
 * version is another scenario, which may well be compared with). `listedBefore`/`listed`: the saved scenarios'
 * ids as the editor listed them before and now; one listed before and not now was deleted (a
 * scenario never listed yet, as while the list loads, is not taken for deleted).
 */
export function staleComparison(against: CompareAgainst | undefined, openId: string | null, listedBefore: readonly string[], listed: readonly string[]): StaleComparison | null {
  if (against?.kind !== 'saved') return null;
  if (against.id === openId) return 'self';
  return listedBefore.includes(against.id) && !listed.includes(against.id) ? 'deleted' : null;
}

/**
 * The saved scenarios the comparison's picker offers. Not the open scenario's own record, unless it has
 * unsaved edits ("my edits against what I saved"); nor any of the same content as the open scenario: a
 * link's scenario opened in the browser that saved it is no record there (a draft), yet compared with
 * that record it is compared with itself ("«План Б» минус «План Б»", every change 0).
 */
export function compareChoices(saved: readonly SavedScenario[], session: Pick<ScenarioSession, 'scenario' | 'savedId' | 'dirty'>): SavedScenario[] {
  return saved.filter((r) => (r.id !== session.savedId || session.dirty) && !sameScenario(r.scenario, session.scenario));
}
