import {describe, expect, it} from 'vitest';
import {arcPath, CLUSTER_EVIDENCE, clusterLinks, linkBends, minimumSpanningPairs} from '../../../src/model/cluster-links';
import {linkFamily} from '../../../src/model/link-families';
import type {RegionCode} from '../../../src/model/region';
import {shippedTables} from './shipped-data';

// Approximate label points of the regions (the real ones come from the boundaries).
const POINT: Record<RegionCode, [number, number]> = {
  'KG-B': [70.8, 39.9],
  'KG-J': [72.6, 41.5],
  'KG-Y': [78.3, 42.0],
  'KG-N': [75.5, 41.3],
  'KG-O': [73.3, 39.9],
  'KG-T': [72.3, 42.4],
  'KG-C': [74.5, 42.5],
  'KG-GB': [74.6, 42.87],
  'KG-GO': [72.8, 40.53],
};
const at = (c: RegionCode) => POINT[c];
const data = shippedTables();

describe('minimumSpanningPairs', () => {
  it('joins n members with n − 1 links and none for a single region', () => {
    expect(minimumSpanningPairs(['KG-O', 'KG-B'], at)).toEqual([['KG-O', 'KG-B']]);
    expect(minimumSpanningPairs(['KG-Y'], at)).toEqual([]);
    expect(minimumSpanningPairs(['KG-C', 'KG-C'], at)).toEqual([]);
    const seven: RegionCode[] = ['KG-B', 'KG-J', 'KG-Y', 'KG-N', 'KG-O', 'KG-T', 'KG-C'];
    const pairs = minimumSpanningPairs(seven, at);
    expect(pairs).toHaveLength(6);
    expect(new Set(pairs.flat())).toEqual(new Set(seven)); // connected: every member is reached
  });

  it('takes the shortest links: Chuy–Bishkek, not Bishkek–Osh oblast, in the textile cluster', () => {
    const pairs = minimumSpanningPairs(['KG-C', 'KG-GB', 'KG-O'], at).map((p) => [...p].sort().join('-'));
    expect(pairs).toContain('KG-C-KG-GB');
    expect(pairs).not.toContain('KG-GB-KG-O');
  });
});

describe('clusterLinks of the shipped clusters', () => {
  it('draws the four proposed inter-regional clusters of seed 002 with 6 links', () => {
    const links = clusterLinks(data.clusters, ['interregional'], at);
    expect([...new Set(links.map((l) => l.clusterId))].sort()).toEqual([
      'interreg-agro',
      'interreg-construction-materials',
      'interreg-fuel-energy',
      'interreg-textile',
    ]);
    expect(links).toHaveLength(6);
    expect(links.find((l) => l.clusterId === 'interreg-construction-materials')).toMatchObject({from: 'KG-O', to: 'KG-B'});
  });

  it('adds only the multi-region Concept clusters as the second family', () => {
    const ids = new Set(clusterLinks(data.clusters, ['concept'], at).map((l) => l.clusterId));
    expect([...ids].sort()).toEqual(['concept-agro', 'concept-construction', 'concept-education', 'concept-livestock', 'concept-transport']);
    expect(clusterLinks(data.clusters, [], at)).toEqual([]);
  });

  it('knows the family of every inter-regional and Concept row, and has evidence entries for them', () => {
    for (const row of data.clusters.filter((c) => c.id.startsWith('interreg-') || c.id.startsWith('concept-'))) {
      expect(linkFamily(row)).not.toBeNull();
      expect(CLUSTER_EVIDENCE[row.id]).toBeDefined();
    }
  });

  it('reads a cluster that makes a product by the section that makes it: building materials are manufacturing', () => {
    expect(CLUSTER_EVIDENCE['interreg-construction-materials']!.sections).toEqual(['C']);
    expect(CLUSTER_EVIDENCE['concept-construction']!.sections).toEqual(['F']);
  });
});

describe('linkBends and arcPath', () => {
  it('bows links between the same two regions to alternate sides, further out each pair', () => {
    const links = [
      {id: 'a', clusterId: 'a', family: 'interregional' as const, from: 'KG-C' as const, to: 'KG-O' as const},
      {id: 'b', clusterId: 'b', family: 'concept' as const, from: 'KG-O' as const, to: 'KG-C' as const},
      {id: 'c', clusterId: 'c', family: 'concept' as const, from: 'KG-C' as const, to: 'KG-O' as const},
    ];
    const bends = linkBends(links);
    const paths = links.map((l) => arcPath(at(l.from), at(l.to), bends.get(l.id)!));
    // Mid-points of the three arcs are all different.
    const mids = paths.map((p) => p[12]!.map((v) => v.toFixed(4)).join());
    expect(new Set(mids).size).toBe(3);
    expect(Math.abs(bends.get('c')!)).toBeGreaterThan(Math.abs(bends.get('a')!));
  });

  it('starts and ends at the two points', () => {
    const path = arcPath([70, 40], [75, 42], 0.12);
    expect(path[0]).toEqual([70, 40]);
    expect(path.at(-1)![0]).toBeCloseTo(75, 10);
    expect(path.at(-1)![1]).toBeCloseTo(42, 10);
  });
});
