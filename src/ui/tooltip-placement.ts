// Where the hover tooltip goes (kg-tooltip.ts): pure geometry, in CSS px relative to the map's area.

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Space kept between the tooltip and a box it avoids. */
const GAP = 6;

const overlaps = (a: Rect, b: Rect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * The tooltip's top-left corner: beside the pointer (below and to its right), flipped to its left near
 * the free area's right edge and above it near the bottom; the free area is the part of the map no
 * panel covers (map-view.ts, freeMapBox). Where that box would cover one of `avoid` (the map's key help,
 * shown at its bottom left while the map has the keyboard focus), it goes to the other side of the
 * pointer, or else just above or below that box, whichever is nearer, as long as it stays inside the
 * free area; if nothing fits, where it was first put.
 */
export function placeTooltip(
  pointer: {x: number; y: number},
  size: {width: number; height: number},
  free: Rect,
  avoid: readonly Rect[] = [],
): {left: number; top: number} {
  const {x, y} = pointer;
  const {width, height} = size;
  const left = x > free.right - 300 ? Math.max(free.left, x - 292) : x + 14;
  const below = y + 14;
  const above = Math.max(free.top, y - 10 - height);
  const first = below + height > free.bottom ? above : below;
  const hits = (top: number) => avoid.some((a) => overlaps({left, top, right: left + width, bottom: top + height}, a));
  if (!hits(first)) return {left, top: first};
  const fits = (top: number) => top >= free.top && top + height <= free.bottom && !hits(top);
  const beside = avoid.flatMap((a) => [a.top - GAP - height, a.bottom + GAP]).sort((a, b) => Math.abs(a - first) - Math.abs(b - first));
  const top = [first === below ? above : below, ...beside].find(fits) ?? first;
  return {left, top};
}
