// The two families of cluster links the map can draw, and which clusters.csv rows belong to each.
// Apart from the links' geometry (cluster-links.ts), which only the map's links layer needs: the
// layer toggles and the URL need just the families, on the first view.
import type {ClusterRow} from '../io/schemas';

export const LINK_FAMILIES = ['interregional', 'concept'] as const;
export type LinkFamily = (typeof LINK_FAMILIES)[number];

/** The `family` column of data/clusters.csv for each link family. */
export const FAMILY_OF_ROW: Record<LinkFamily, string> = {
  interregional: 'inter-regional industrial (proposed)',
  concept: 'Regional Policy Concept 2018-2022 prerequisites',
};

export function linkFamily(row: Pick<ClusterRow, 'family'>): LinkFamily | null {
  return LINK_FAMILIES.find((f) => FAMILY_OF_ROW[f] === row.family) ?? null;
}
