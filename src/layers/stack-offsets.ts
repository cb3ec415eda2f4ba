// Markers that share a point (sites located by the same settlement, two plants of one complex) are
// spread around it in screen space, so each stays visible and hoverable; the shared point itself is
// marked by the caller. A reserved point (e.g. a growth point drawn at the same settlement) keeps the
// centre and the markers ring it. Pure; no DOM.

export interface StackItem {
  id: string;
  position: [number, number];
  /** Marker radius, px. */
  radius: number;
}

export interface StackResult {
  /** Pixel offset per item id ([0, 0] when alone). */
  offsets: Map<string, [number, number]>;
  /** Points where markers were spread (the true location of each spread group). */
  centres: [number, number][];
}

const key = (p: [number, number]) => `${p[0].toFixed(4)},${p[1].toFixed(4)}`;

export function stackOffsets(items: readonly StackItem[], reserved: readonly {position: [number, number]; radius: number}[] = []): StackResult {
  const groups = new Map<string, StackItem[]>();
  for (const item of items) {
    const k = key(item.position);
    groups.set(k, [...(groups.get(k) ?? []), item]);
  }
  const reservedRadius = new Map(reserved.map((r) => [key(r.position), r.radius]));
  const offsets = new Map<string, [number, number]>();
  const centres: [number, number][] = [];
  for (const [k, group] of groups) {
    const centre = reservedRadius.get(k);
    const n = group.length;
    if (n === 1 && centre === undefined) {
      offsets.set(group[0]!.id, [0, 0]);
      continue;
    }
    centres.push(group[0]!.position);
    const rMax = Math.max(...group.map((g) => g.radius));
    // Around a reserved marker: just outside it. Otherwise: touching one another around the point.
    const distance = centre !== undefined ? rMax + centre + 1.5 : rMax + 1;
    const start = -Math.PI / 2 + Math.PI / n;
    [...group]
      .sort((a, b) => a.id.localeCompare(b.id))
      .forEach((item, i) => {
        const angle = start + (i * 2 * Math.PI) / n;
        offsets.set(item.id, [round(Math.cos(angle) * distance), round(Math.sin(angle) * distance)]);
      });
  }
  return {offsets, centres};
}

const round = (x: number) => Math.round(x * 10) / 10;
