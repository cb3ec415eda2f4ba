// Moving between things on the map with the keyboard, geographically. Left and Right walk every item
// from west to east (so one key visits all nine regions, and the walk reads like the map); Up and Down
// go to the nearest item to the north or south; Home and End go to the westernmost and easternmost.
// The same rules serve regions (their label points), growth points and energy sites. Pure; no DOM.

export interface NavItem {
  id: string;
  lon: number;
  lat: number;
}

export type NavKey = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown' | 'Home' | 'End';

export const NAV_KEYS: readonly NavKey[] = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'];

export function isNavKey(key: string): key is NavKey {
  return (NAV_KEYS as readonly string[]).includes(key);
}

/** West to east; at the same longitude north first, then by id, so the order never depends on input order. */
export function navigationOrder(items: readonly NavItem[]): string[] {
  return [...items].sort((a, b) => a.lon - b.lon || b.lat - a.lat || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map((i) => i.id);
}

/**
 * The nearest item in a direction (north: +1, south: -1) among those lying that way: the least
 * distance, penalised by how far the item is off the direction (straight ahead ×1, at 45° ×2, almost
 * sideways ×3), so that "down" from Issyk-Kul is Naryn next door rather than Osh far to the south-west.
 * Distances on a local equirectangular projection; ties go to the smaller id.
 */
function nearestVertical(items: readonly NavItem[], from: NavItem, sign: 1 | -1): string | null {
  const k = Math.cos((from.lat * Math.PI) / 180);
  let best: {id: string; score: number} | null = null;
  for (const item of items) {
    const along = (item.lat - from.lat) * sign;
    if (item.id === from.id || along <= 1e-9) continue;
    const side = Math.abs(item.lon - from.lon) * k;
    const score = Math.hypot(along, side) * (1 + (4 / Math.PI) * Math.atan2(side, along));
    if (!best || score < best.score - 1e-12 || (Math.abs(score - best.score) <= 1e-12 && item.id < best.id)) best = {id: item.id, score};
  }
  return best?.id ?? null;
}

/**
 * Where a key press moves from `current` (null: nothing focused yet). Returns the new item's id, or
 * null when there is nothing that way (the focus stays; the caller says so).
 * With nothing focused, every key starts at the westernmost item, except Left and End (easternmost).
 */
export function nextItem(items: readonly NavItem[], current: string | null, key: NavKey): string | null {
  const order = navigationOrder(items);
  if (order.length === 0) return null;
  const first = order[0]!;
  const last = order[order.length - 1]!;
  const at = current === null ? -1 : order.indexOf(current);
  if (at < 0) return key === 'ArrowLeft' || key === 'End' ? last : first;
  switch (key) {
    case 'Home':
      return at === 0 ? null : first;
    case 'End':
      return at === order.length - 1 ? null : last;
    case 'ArrowRight':
      return order[at + 1] ?? null;
    case 'ArrowLeft':
      return at === 0 ? null : order[at - 1]!;
    case 'ArrowUp':
    case 'ArrowDown': {
      const from = items.find((i) => i.id === current)!;
      return nearestVertical(items, from, key === 'ArrowUp' ? 1 : -1);
    }
  }
}

/** 1-based position of an item in the west-to-east walk, with the total ("3 of 9"). */
export function positionInOrder(items: readonly NavItem[], id: string): {index: number; total: number} | null {
  const order = navigationOrder(items);
  const i = order.indexOf(id);
  return i < 0 ? null : {index: i + 1, total: order.length};
}
