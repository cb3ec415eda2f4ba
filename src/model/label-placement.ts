// Greedy label placement in screen space. Labels are placed in priority order (higher first); each
// tries a few positions around its point and takes the first that overlaps neither a label placed
// before it nor an obstacle (other markers, labels drawn by other layers); if none fits it is left out
// (the tooltip and the panels still name the place), unless it is required (the two cities), which
// then takes the position where it covers least. Web-Mercator pixel offsets between points depend
// only on the zoom; optional `bounds` (the visible area) keeps names from running off the map's edge.
// Pure; no DOM.

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface LabelCandidate {
  id: string;
  /** The labelled point in pixels (see worldPixels). */
  x: number;
  y: number;
  /** Size of the text's box, px. */
  width: number;
  height: number;
  /** Distance from the point to the nearest edge of the text, px (the marker's radius plus a gap). */
  offset: number;
  /** Farther distances to try, in order, once no placement fits at `offset` (names of areas). */
  fartherOffsets?: readonly number[];
  /** Higher is placed first. */
  priority: number;
  /** Must be written even where nothing fits (the capital): then it takes the least-covered position. */
  required?: boolean;
  /** The placements this name may take, in order (else those given to placeLabels). */
  placements?: readonly Placement[];
}

export const PLACEMENTS = ['right', 'left', 'top', 'bottom'] as const;
/** Names of areas: on their point first, then just above, below, right or left of it. */
export const AREA_PLACEMENTS = ['center', 'top', 'bottom', 'right', 'left'] as const;
export type Placement = (typeof PLACEMENTS)[number] | 'center';

export interface PlacedLabel {
  id: string;
  placement: Placement;
  box: Box;
  /** The distance used (the candidate's `offset`, or one of its `fartherOffsets`). */
  offset: number;
}

/** Pixel position of a longitude/latitude in the Web-Mercator world at `zoom` (512-px tiles, as maplibre and deck.gl). */
export function worldPixels(lon: number, lat: number, zoom: number): [number, number] {
  const size = 512 * 2 ** zoom;
  const sin = Math.sin((lat * Math.PI) / 180);
  const x = ((lon + 180) / 360) * size;
  const y = (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * size;
  return [x, y];
}

export function labelBox(c: LabelCandidate, placement: Placement): Box {
  const {x, y, width: w, height: h, offset: o} = c;
  switch (placement) {
    case 'center':
      return {x0: x - w / 2, y0: y - h / 2, x1: x + w / 2, y1: y + h / 2};
    case 'right':
      return {x0: x + o, y0: y - h / 2, x1: x + o + w, y1: y + h / 2};
    case 'left':
      return {x0: x - o - w, y0: y - h / 2, x1: x - o, y1: y + h / 2};
    case 'top':
      return {x0: x - w / 2, y0: y - o - h, x1: x + w / 2, y1: y - o};
    case 'bottom':
      return {x0: x - w / 2, y0: y + o, x1: x + w / 2, y1: y + o + h};
  }
}

function overlapArea(a: Box, b: Box): number {
  return Math.max(0, Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0)) * Math.max(0, Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0));
}

export function boxesOverlap(a: Box, b: Box, margin = 0): boolean {
  return a.x0 < b.x1 + margin && b.x0 < a.x1 + margin && a.y0 < b.y1 + margin && b.y0 < a.y1 + margin;
}

/** A square obstacle around a round marker. */
export function markerBox(x: number, y: number, radius: number): Box {
  return {x0: x - radius, y0: y - radius, x1: x + radius, y1: y + radius};
}

export function placeLabels(
  candidates: readonly LabelCandidate[],
  obstacles: readonly Box[] = [],
  options: {placements?: readonly Placement[]; margin?: number; bounds?: Box | null} = {},
): PlacedLabel[] {
  const margin = options.margin ?? 2;
  const bounds = options.bounds ?? null;
  const inside = (b: Box) => !bounds || (b.x0 >= bounds.x0 && b.y0 >= bounds.y0 && b.x1 <= bounds.x1 && b.y1 <= bounds.y1);
  const order = [...candidates].sort((a, b) => b.priority - a.priority || a.id.localeCompare(b.id));
  const taken: Box[] = [];
  const placed: PlacedLabel[] = [];
  for (const c of order) {
    const placements = c.placements ?? options.placements ?? PLACEMENTS;
    // Every (distance, placement) to try, nearest first; a name centred on its point has no distance.
    const tries = [c.offset, ...(c.fartherOffsets ?? [])].flatMap((offset, i) =>
      placements.filter((p) => p !== 'center' || i === 0).map((placement) => ({offset, placement, box: labelBox({...c, offset}, placement)})),
    );
    const fit = tries.find(({box}) => inside(box) && !obstacles.some((o) => boxesOverlap(box, o, margin)) && !taken.some((t) => boxesOverlap(box, t, margin)));
    if (fit) {
      taken.push(fit.box);
      placed.push({id: c.id, placement: fit.placement, box: fit.box, offset: fit.offset});
      continue;
    }
    if (!c.required) continue;
    // A required name where nothing fits: the position it covers least of, other names weighing double,
    // at the nearest distance (a name moved far off its point would seem to name something else).
    const cost = (box: Box) =>
      obstacles.reduce((sum, o) => sum + overlapArea(box, o), 0) + taken.reduce((sum, t) => sum + 2 * overlapArea(box, t), 0) + (inside(box) ? 0 : 1e6);
    const best = tries.filter((x) => x.offset === c.offset).sort((a, b) => cost(a.box) - cost(b.box))[0]!;
    taken.push(best.box);
    placed.push({id: c.id, placement: best.placement, box: best.box, offset: best.offset});
  }
  return placed;
}
