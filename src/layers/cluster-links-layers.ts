// Links between the member regions of multi-region clusters (src/model/cluster-links.ts), drawn as
// gentle arcs between region label points, coloured by cluster over a halo. The proposed
// inter-regional clusters (seed 002) are drawn wider than the Concept 2018–2022 clusters.
import type {Layer, PickingInfo} from '@deck.gl/core';
import {clusterColor, hexToRgba, type LayerColors} from '../map/layer-colors';
import type {RegionFeature} from '../io/boundaries';
import type {ClusterRow} from '../io/schemas';
import {arcPath, clusterLinks, linkBends, type ClusterLink} from '../model/cluster-links';
import type {LinkFamily} from '../model/link-families';
import type {RegionCode} from '../model/region';
import {LINK_WIDTH} from './layer-ids';
import {GroundPathLayer, GroundScatterplotLayer} from './ground-layers';

export interface DrawnLink extends ClusterLink {
  path: [number, number][];
}

/** The links with their arcs (parallel links between the same regions bow apart). */
export function drawnLinks(links: readonly ClusterLink[], position: (code: RegionCode) => [number, number]): DrawnLink[] {
  const bends = linkBends(links);
  return links.map((l) => ({...l, path: arcPath(position(l.from), position(l.to), bends.get(l.id) ?? 0)}));
}

/** What the links layers need from a view (lazy-layers.ts loads them the first time links are shown). */
export interface LinkLayersProps {
  clusters: readonly ClusterRow[];
  families: readonly LinkFamily[];
  /** The regions; a region's links start and end at its label point. */
  regions: readonly RegionFeature[];
  colors: LayerColors;
  onHover: (id: string | null, info: PickingInfo) => void;
  hovered?: string | null;
}

let last: {clusters: readonly ClusterRow[]; regions: readonly RegionFeature[]; families: string; links: DrawnLink[]} | null = null;

/**
 * The links of the clusters of the chosen families, drawn. The layers are built on every hover: the
 * links (spanning trees and arcs) are kept while their inputs stay the same, and so is their data
 * array, which deck.gl would otherwise lay out again.
 */
export function linkLayers({clusters, families, regions, ...style}: LinkLayersProps): Layer[] {
  const key = families.join();
  if (last?.clusters !== clusters || last.regions !== regions || last.families !== key) {
    const labels = new Map(regions.map((f) => [f.properties.code, f.properties.label]));
    const position = (code: RegionCode) => labels.get(code)!;
    last = {clusters, regions, families: key, links: drawnLinks(clusterLinks(clusters, families, position), position)};
  }
  return clusterLinkLayers({links: last.links, ...style});
}

interface LinkEnd {
  clusterId: string;
  position: [number, number];
}

function clusterLinkLayers(p: {
  links: readonly DrawnLink[];
  colors: LayerColors;
  onHover: (id: string | null, info: PickingInfo) => void;
  /** The link under the pointer (its id), highlighted by the store (see regions-layers). */
  hovered?: string | null;
}): Layer[] {
  const width = (d: DrawnLink) => LINK_WIDTH[d.family];
  // One dot per cluster and member region, at the link ends.
  const ends = [
    ...new Map(
      p.links.flatMap((l): [string, LinkEnd][] => [
        [`${l.clusterId}|${l.from}`, {clusterId: l.clusterId, position: l.path[0]!}],
        [`${l.clusterId}|${l.to}`, {clusterId: l.clusterId, position: l.path[l.path.length - 1]!}],
      ]),
    ).values(),
  ];
  const key = p.links.map((l) => l.id).join(',');
  return [
    new GroundPathLayer<DrawnLink>({
      id: 'links-halo',
      data: p.links,
      getPath: (d) => d.path,
      getWidth: (d) => width(d) + 3,
      widthUnits: 'pixels',
      getColor: p.colors.linkHalo,
      capRounded: true,
      jointRounded: true,
      updateTriggers: {getColor: p.colors.linkHalo.join(), getPath: key},
    }),
    new GroundPathLayer<DrawnLink>({
      id: 'links-paths',
      data: p.links,
      getPath: (d) => d.path,
      getWidth: width,
      widthUnits: 'pixels',
      getColor: (d) => hexToRgba(clusterColor(d.clusterId)),
      capRounded: true,
      jointRounded: true,
      updateTriggers: {getPath: key, getColor: key},
      pickable: true,
      highlightedObjectIndex: p.hovered ? p.links.findIndex((l) => l.id === p.hovered) : -1,
      highlightColor: [255, 255, 255, 110],
      onHover: (info: PickingInfo) => p.onHover((info.object as DrawnLink | undefined)?.id ?? null, info),
    }),
    new GroundScatterplotLayer<LinkEnd>({
      id: 'links-ends',
      data: ends,
      getPosition: (d) => d.position,
      getRadius: 3.5,
      radiusUnits: 'pixels',
      getFillColor: (d) => hexToRgba(clusterColor(d.clusterId)),
      stroked: true,
      getLineColor: p.colors.linkHalo,
      lineWidthUnits: 'pixels',
      getLineWidth: 1.5,
      updateTriggers: {getFillColor: key, getPosition: key},
    }),
  ];
}
