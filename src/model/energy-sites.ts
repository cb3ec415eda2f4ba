// What the atlas makes of a row of data/places/energy-sites.csv: its role in seed 004's hub-and-spoke
// renewable-energy cluster, its status class and how exactly it is located. Pure; no DOM.
import type {EnergySiteRow} from '../io/schemas';

export type EnergyCategory = EnergySiteRow['category'];
export type CoordPrecision = EnergySiteRow['coord_precision'];

/**
 * Seed 004: "large projects to build cascades of HPPs (e.g. Kambar-Ata HPP-1 or the cascade on the
 * Sary-Jaz) can act as hubs that provide basic, regulating generation"; it also names the Naryn and
 * Suusamyr-Kokomeren cascades. The atlas therefore makes every large hydropower site a hub, existing
 * (the regulating Naryn cascade, Toktogul first) or planned.
 */
export const HUB_CATEGORIES: readonly EnergyCategory[] = ['large_hydro', 'large_hydro_planned'];
/** Seed 004's spokes that our data has sites for: solar and wind parks and small HPPs. */
export const SPOKE_CATEGORIES: readonly EnergyCategory[] = ['solar', 'wind', 'small_hydro'];

/** hub / spoke of the renewable cluster, or other (thermal: not renewable, not part of the cluster). */
export type EnergyRole = 'hub' | 'spoke' | 'other';

export function energyRole(category: EnergyCategory): EnergyRole {
  if (HUB_CATEGORIES.includes(category)) return 'hub';
  if (SPOKE_CATEGORIES.includes(category)) return 'spoke';
  return 'other';
}

export type StatusClass = 'operating' | 'construction' | 'planned';

/** The status column as recorded ("operating (partial)", "under construction / stalled", …) → class. */
export function statusClass(status: string): StatusClass {
  const s = status.trim().toLowerCase();
  if (s.startsWith('operating')) return 'operating';
  if (s.startsWith('under construction')) return 'construction';
  return 'planned';
}

/** How the drawn point relates to the plant, coarsest last. */
export type PrecisionClass = 'site' | 'approx' | 'proxy' | 'none';

export function precisionClass(p: CoordPrecision): PrecisionClass {
  if (p === 'site') return 'site';
  if (p === 'approx' || p === 'approx_derived') return 'approx';
  if (p === 'settlement_proxy') return 'proxy';
  return 'none';
}

export function sitePosition(row: Pick<EnergySiteRow, 'lon' | 'lat'>): [number, number] | null {
  return row.lon !== null && row.lat !== null ? [row.lon, row.lat] : null;
}
