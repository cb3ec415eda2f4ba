// What the keyboard can reach on the map: the kinds of things (regions, growth points, energy sites)
// whose layers are shown, and each thing's point for geographic navigation
// (src/model/keyboard-navigation.ts). Derived from the state; no DOM.
import {ENERGY_LAYER, GROWTH_LAYER} from '../layers/layer-ids';
import {energyRole, sitePosition} from '../model/energy-sites';
import type {NavItem} from '../model/keyboard-navigation';
import type {AtlasData, HoverTarget} from './app-state';
import type {LayerId} from './view-state';

export const FOCUS_KINDS = ['regions', 'growth', 'energy'] as const;
export type FocusKind = (typeof FOCUS_KINDS)[number];

/** The layer that must be shown for a kind to be reachable. */
const LAYER_OF: Record<FocusKind, LayerId> = {regions: 'regions', growth: 'growth', energy: 'energy'};

export function availableKinds(layers: readonly LayerId[]): FocusKind[] {
  return FOCUS_KINDS.filter((k) => layers.includes(LAYER_OF[k]));
}

export function isAvailable(kind: FocusKind, layers: readonly LayerId[]): boolean {
  return layers.includes(LAYER_OF[kind]);
}

export function kindOf(target: HoverTarget): FocusKind | null {
  if (target.kind === 'region') return 'regions';
  if (target.layer === GROWTH_LAYER) return 'growth';
  if (target.layer === ENERGY_LAYER) return 'energy';
  return null;
}

export function targetOf(kind: FocusKind, id: string): HoverTarget {
  if (kind === 'regions') return {kind: 'region', code: id as Extract<HoverTarget, {kind: 'region'}>['code']};
  return {kind: 'object', layer: kind === 'growth' ? GROWTH_LAYER : ENERGY_LAYER, id};
}

export function targetId(target: HoverTarget): string {
  return target.kind === 'region' ? target.code : target.id;
}

export function sameTarget(a: HoverTarget | null | undefined, b: HoverTarget | null | undefined): boolean {
  if (!a || !b) return !a && !b;
  if (a.kind === 'region' || b.kind === 'region') return a.kind === b.kind && targetId(a) === targetId(b);
  return a.layer === b.layer && a.id === b.id;
}

/** The things of a kind, at their points: regions at their label points, sites where they are drawn. */
export function navItems(kind: FocusKind, atlas: AtlasData): NavItem[] {
  if (kind === 'regions')
    return atlas.boundaries.regions.features.map((f) => ({id: f.properties.code, lon: f.properties.label[0], lat: f.properties.label[1]}));
  if (kind === 'growth')
    return atlas.tables.growthPoints.flatMap((r) => (r.lon !== null && r.lat !== null ? [{id: r.id, lon: r.lon, lat: r.lat}] : []));
  return atlas.tables.energySites.flatMap((s) => {
    const p = sitePosition(s);
    return p && energyRole(s.category) !== 'other' ? [{id: s.id, lon: p[0], lat: p[1]}] : [];
  });
}
