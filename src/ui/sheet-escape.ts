// Which open panel one Escape closes: the profile, the green-clusters panel and the scenario editor
// each listen on the document and ask here for themselves, so that one Escape closes one thing. The
// one on top (sheet-order.ts); when two came at once and none is, the editor, then the green-clusters
// panel, then the profile.
import type {AppState} from '../state/app-state';
import {sheetKeys, type Sheet} from './sheet-order';

const PRECEDENCE: readonly Sheet[] = ['editor', 'energy', 'profile'];

/**
 * Whether `e` is an Escape that closes `sheet`: not one taken by something nearer to the key, nor
 * pressed in an open dialog (it closes itself), and `sheet` is the open one on top.
 */
export function closesOnEscape(e: KeyboardEvent, sheet: Sheet, s: AppState, top: string | undefined = document.body.dataset.topSheet): boolean {
  if (e.key !== 'Escape' || e.defaultPrevented) return false;
  if (e.composedPath().some((node) => node instanceof HTMLDialogElement && node.open)) return false;
  const open = sheetKeys(s);
  if (open[sheet] === null) return false;
  const onTop = top && open[top as Sheet] !== null ? (top as Sheet) : PRECEDENCE.find((k) => open[k] !== null);
  return onTop === sheet;
}
