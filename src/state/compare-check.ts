// Whether a comparison with a saved scenario still stands. The comparison keeps its own copy of the
// other scenario, so nothing else would notice when that scenario becomes the one open (the
// comparison would be the scenario minus itself, every change 0) or is deleted (a comparison with a
// scenario the picker no longer offers).
import type {CompareAgainst} from './scenario-state';

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
