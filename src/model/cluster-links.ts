// Links between the member regions of a multi-region cluster (seed 002 Figure 1; the Concept of
// Regional Policy 2018–2022 via seeds 000/003). The seeds name members, not how they connect, so the
// atlas joins them by their shortest network: the minimum spanning tree of the members' label points
// by great-circle distance (n members → n−1 links; with 2 members, one link). Pure; no DOM.
import {distance} from '@turf/turf';
import type {ClusterRow} from '../io/schemas';
import type {RegionCode} from './region';
import type {GkedSection, Industry} from './sectors';
import {linkFamily, type LinkFamily} from './link-families';

/**
 * Which published coefficients speak for a cluster: the seed 002 Table 3.1 industry (integral
 * coefficient, 2015–2019) and the seed 003 Table 3 GKED section (employment LQ, 2018) that the
 * cluster's name refers to. This is the atlas's reading of the names; an empty list means neither
 * table has a matching industry.
 */
export const CLUSTER_EVIDENCE: Record<string, {industries: Industry[]; sections: GkedSection[]}> = {
  'interreg-agro': {industries: ['food_processing'], sections: ['A']},
  // Making building materials is manufacturing (GKED C, division 23), not construction (F).
  'interreg-construction-materials': {industries: ['construction_materials'], sections: ['C']},
  'interreg-fuel-energy': {industries: ['coke_refined_petroleum', 'electricity'], sections: ['D']},
  'interreg-textile': {industries: ['light_industry'], sections: ['C']},
  'concept-education': {industries: [], sections: ['P']},
  'concept-construction': {industries: ['construction_materials'], sections: ['F']},
  'concept-tourism': {industries: [], sections: ['I']},
  'concept-petrochemical': {industries: ['coke_refined_petroleum'], sections: []},
  'concept-agro': {industries: ['food_processing'], sections: ['A']},
  'concept-livestock': {industries: [], sections: ['A']},
  'concept-transport': {industries: [], sections: ['H']},
  'concept-pharma': {industries: [], sections: ['Q']},
};

export interface ClusterLink {
  /** `${clusterId}:${from}-${to}` */
  id: string;
  clusterId: string;
  family: LinkFamily;
  from: RegionCode;
  to: RegionCode;
}

type Position = [number, number];

/** Prim's algorithm over the members; ties broken by the order of `members`. */
export function minimumSpanningPairs(members: readonly RegionCode[], position: (code: RegionCode) => Position): [RegionCode, RegionCode][] {
  const unique = [...new Set(members)];
  if (unique.length < 2) return [];
  const inTree = [unique[0]!];
  const rest = unique.slice(1);
  const pairs: [RegionCode, RegionCode][] = [];
  while (rest.length > 0) {
    let best: {from: RegionCode; index: number; d: number} | null = null;
    for (const from of inTree)
      rest.forEach((to, index) => {
        const d = distance(position(from), position(to), {units: 'kilometers'});
        if (!best || d < best.d) best = {from, index, d};
      });
    const {from, index} = best!;
    const [to] = rest.splice(index, 1);
    pairs.push([from, to!]);
    inTree.push(to!);
  }
  return pairs;
}

/** The links of every multi-region cluster of the given families (single-region clusters have none). */
export function clusterLinks(
  clusters: readonly ClusterRow[],
  families: readonly LinkFamily[],
  position: (code: RegionCode) => Position,
): ClusterLink[] {
  const links: ClusterLink[] = [];
  for (const row of clusters) {
    const family = linkFamily(row);
    if (!family || !families.includes(family)) continue;
    for (const [from, to] of minimumSpanningPairs(row.regions, position))
      links.push({id: `${row.id}:${from}-${to}`, clusterId: row.id, family, from, to});
  }
  return links;
}

/**
 * How much each link bows sideways (a signed fraction of its length), so that links joining the same
 * two regions stay apart: ±base for the first two, ±(base + step) for the next two, and so on.
 */
export function linkBends(links: readonly ClusterLink[], base = 0.12, step = 0.1): Map<string, number> {
  const seen = new Map<string, number>();
  const bends = new Map<string, number>();
  for (const link of links) {
    const [a, b] = [link.from, link.to].sort();
    const key = `${a}|${b}`;
    const i = seen.get(key) ?? 0;
    seen.set(key, i + 1);
    // The side is fixed relative to the pair's sorted order, so it does not depend on from/to.
    const canonical = link.from === a ? 1 : -1;
    const side = i % 2 === 0 ? 1 : -1;
    bends.set(link.id, canonical * side * (base + step * Math.floor(i / 2)));
  }
  return bends;
}

/**
 * A gentle arc from `a` to `b` (a quadratic Bézier in lon/lat, fine at this country's scale) whose
 * middle is pushed `bend` × the chord's length to the left of the direction a→b.
 */
export function arcPath(a: Position, b: Position, bend: number, segments = 24): Position[] {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  // Control point: twice the desired mid-point offset (a quadratic's mid-point is half-way to it).
  const c: Position = [(a[0] + b[0]) / 2 - dy * bend * 2, (a[1] + b[1]) / 2 + dx * bend * 2];
  const path: Position[] = [];
  for (let i = 0; i <= segments; i++) {
    const t = i / segments;
    const u = 1 - t;
    path.push([u * u * a[0] + 2 * u * t * c[0] + t * t * b[0], u * u * a[1] + 2 * u * t * c[1] + t * t * b[1]]);
  }
  return path;
}
