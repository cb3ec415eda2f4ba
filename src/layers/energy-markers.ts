// Where the renewable-energy sites' symbols go (energy-symbols.ts draws them): one marker per located
// hub and spoke, spread apart where they share a settlement. Besides the layers (energy-layers.ts),
// the names are placed clear of these markers and the keyboard focus rings them; all three load with
// the energy layers (code-split: the default view does not show them, src/layers/lazy-layers.ts).
import type {EnergySiteRow} from '../io/schemas';
import {ENERGY_CATEGORY_COLORS, type LayerColors} from '../map/layer-colors';
import {energyRole, sitePosition} from '../model/energy-sites';
import {siteSymbol, type SymbolSpec} from './energy-symbols';
import {stackOffsets} from './stack-offsets';

export interface EnergyMarker {
  id: string;
  position: [number, number];
  /** Screen offset from `position` when markers share a point, px. */
  offset: [number, number];
  spec: SymbolSpec;
  /** Half the drawn extent of the symbol on screen (after scaling), px. */
  radius: number;
}

/**
 * Symbols shrink below country zoom on a desktop (zoom 6), down to half their size at zoom 4.5 (a
 * phone's country view), so that the largest plants do not cover the country.
 */
export function energySymbolScale(zoom: number): number {
  return Math.min(1, Math.max(0.5, 0.5 + ((zoom - 4.5) / 1.5) * 0.5));
}

export interface MarkerInputs {
  sites: readonly EnergySiteRow[];
  /** The map's zoom (symbols shrink below country zoom: energySymbolScale). */
  zoom: number;
  colors: LayerColors;
  /** Markers of other layers at the same settlements (growth points): energy symbols ring them. */
  reserved: readonly {position: [number, number]; radius: number}[];
}

export type EnergyMarkers = {markers: EnergyMarker[]; centres: [number, number][]};

/** The last markers made: a render whose symbols stay put (a hover, a year) takes them as they are. */
let lastMarkers: {sites: MarkerInputs['sites']; colors: MarkerInputs['colors']; scale: number; reserved: string; out: EnergyMarkers} | null = null;

/** The drawn symbols: every located hub and spoke (thermal is not part of the renewable cluster). */
export function energyMarkers(p: MarkerInputs): EnergyMarkers {
  const reserved = JSON.stringify(p.reserved);
  const scale = energySymbolScale(p.zoom);
  const m = lastMarkers;
  if (m && m.sites === p.sites && m.colors === p.colors && m.scale === scale && m.reserved === reserved) return m.out;
  const out = makeEnergyMarkers(p, scale);
  lastMarkers = {sites: p.sites, colors: p.colors, scale, reserved, out};
  return out;
}

function makeEnergyMarkers(p: MarkerInputs, scale: number): EnergyMarkers {
  const base: Omit<EnergyMarker, 'offset'>[] = [];
  for (const site of p.sites) {
    const role = energyRole(site.category);
    const position = sitePosition(site);
    if (role === 'other' || !position) continue;
    const spec = siteSymbol(site, role, ENERGY_CATEGORY_COLORS[site.category], {outline: p.colors.energyOutline, hollow: p.colors.energyHollow});
    if (!spec) continue;
    base.push({id: site.id, position, spec, radius: (role === 'hub' ? spec.radius : spec.radius * 1.25) * scale});
  }
  const {offsets, centres} = stackOffsets(base, p.reserved);
  const markers = base
    .map((m) => ({...m, offset: offsets.get(m.id) ?? ([0, 0] as [number, number])}))
    // Big symbols first, so smaller ones sharing the area are drawn on top and stay hoverable.
    .sort((a, b) => b.radius - a.radius || a.id.localeCompare(b.id));
  return {markers, centres};
}
