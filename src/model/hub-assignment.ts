// Which hub each spoke of the renewable-energy cluster belongs to (seed 004's hub-and-spoke model).
//
// Rule: a spoke belongs to the nearest located hub by great-circle distance between the drawn points
// (ties: the lower hub id). The seed names no assignment, and most spokes have no river in the data,
// so "same basin" cannot be applied; distance is the reproducible choice. A spoke without a location
// gets no hub. A scenario may override any spoke's hub (or detach it with null); an override naming
// something that is not a hub is ignored and reported.
import {distance} from '@turf/turf';
import type {EnergySiteRow} from '../io/schemas';
import {energyRole, sitePosition, type EnergyCategory} from './energy-sites';

export interface SiteForAssignment {
  id: string;
  category: EnergyCategory;
  /** [lon, lat], or null when the site is not located. */
  position: [number, number] | null;
}

export type AssignmentReason = 'nearest' | 'override' | 'not-located' | 'no-hub';

export interface HubAssignment {
  spokeId: string;
  hubId: string | null;
  /** Great-circle distance between the drawn points, km; null without both points. */
  distanceKm: number | null;
  reason: AssignmentReason;
}

export interface AssignmentResult {
  /** One per spoke, in input order. */
  assignments: HubAssignment[];
  /** Override keys that were not applied (not a spoke, or the target is not a hub). */
  ignoredOverrides: string[];
}

/** spoke id → hub id (or null: no hub). */
export type HubOverrides = Readonly<Record<string, string | null>>;

export function assignSpokesToHubs(sites: readonly SiteForAssignment[], overrides: HubOverrides = {}): AssignmentResult {
  const hubs = sites.filter((s) => energyRole(s.category) === 'hub');
  const located = hubs.filter((h) => h.position !== null).sort((a, b) => a.id.localeCompare(b.id));
  const spokes = sites.filter((s) => energyRole(s.category) === 'spoke');
  const hubIds = new Set(hubs.map((h) => h.id));
  const spokeIds = new Set(spokes.map((s) => s.id));
  const ignoredOverrides = Object.entries(overrides)
    .filter(([spoke, hub]) => !spokeIds.has(spoke) || (hub !== null && !hubIds.has(hub)))
    .map(([spoke]) => spoke);
  const km = (a: [number, number], b: [number, number]) => distance(a, b, {units: 'kilometers'});

  const assignments = spokes.map((spoke): HubAssignment => {
    const override = Object.hasOwn(overrides, spoke.id) && !ignoredOverrides.includes(spoke.id) ? overrides[spoke.id] : undefined;
    if (override !== undefined) {
      const hub = hubs.find((h) => h.id === override);
      const d = hub?.position && spoke.position ? km(spoke.position, hub.position) : null;
      return {spokeId: spoke.id, hubId: override, distanceKm: d, reason: 'override'};
    }
    if (!spoke.position) return {spokeId: spoke.id, hubId: null, distanceKm: null, reason: 'not-located'};
    let best: {id: string; d: number} | null = null;
    for (const hub of located) {
      const d = km(spoke.position, hub.position!);
      if (!best || d < best.d) best = {id: hub.id, d};
    }
    return best
      ? {spokeId: spoke.id, hubId: best.id, distanceKm: best.d, reason: 'nearest'}
      : {spokeId: spoke.id, hubId: null, distanceKm: null, reason: 'no-hub'};
  });
  return {assignments, ignoredOverrides};
}

const shippedCache = new WeakMap<readonly EnergySiteRow[], AssignmentResult>();

/** The assignment for rows of energy-sites.csv; without overrides it is computed once per table. */
export function assignSites(sites: readonly EnergySiteRow[], overrides?: HubOverrides): AssignmentResult {
  const cached = overrides ? undefined : shippedCache.get(sites);
  if (cached) return cached;
  const result = assignSpokesToHubs(
    sites.map((s) => ({id: s.id, category: s.category, position: sitePosition(s)})),
    overrides,
  );
  if (!overrides) shippedCache.set(sites, result);
  return result;
}
