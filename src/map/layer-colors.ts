// Colours of the point and link layers (growth points, energy sites, green clusters, cluster links),
// shared by the deck.gl layers and the legend so the two cannot drift apart. Categorical colours are
// from colour-blind-safe palettes: Okabe & Ito (2008) for energy categories, Paul Tol's "vibrant" and
// "muted" schemes (https://personal.sron.nl/~pault/) for the two families of cluster links.
import type {ClusterRow} from '../io/schemas';
import type {EnergyCategory} from '../model/energy-sites';
import type {RGBA} from './map-colors';
import {parseHexColor} from '../model/palette';

export interface LayerColors {
  growthFill: RGBA;
  growthLine: RGBA;
  /** Outline of energy symbols (the precision is drawn in this colour: solid, dashed, dotted). */
  energyOutline: string;
  /** Inside of planned / under-construction symbols. */
  energyHollow: string;
  /** Dot marking the true point of markers spread around it. */
  stackCentre: RGBA;
  /** Halo under link lines, for contrast on any choropleth colour. */
  linkHalo: RGBA;
}

export const LAYER_COLORS: Record<'light' | 'dark', LayerColors> = {
  light: {
    growthFill: [33, 33, 48, 255],
    growthLine: [255, 255, 255, 255],
    energyOutline: '#1b1b1f',
    energyHollow: '#ffffff',
    stackCentre: [27, 27, 31, 255],
    linkHalo: [255, 255, 255, 200],
  },
  dark: {
    growthFill: [245, 245, 250, 255],
    growthLine: [16, 19, 23, 255],
    energyOutline: '#f2f2f5',
    energyHollow: '#181c22',
    stackCentre: [242, 242, 245, 255],
    // Light, so that dark cluster colours (indigo, wine) still read on the dark map.
    linkHalo: [225, 228, 232, 170],
  },
};

/** Okabe–Ito: blue, sky blue, orange, bluish green; thermal is not drawn (not part of the cluster). */
export const ENERGY_CATEGORY_COLORS: Record<EnergyCategory, string> = {
  large_hydro: '#0072B2',
  large_hydro_planned: '#0072B2',
  small_hydro: '#56B4E9',
  solar: '#E69F00',
  wind: '#009E73',
  thermal: '#999999',
};

/** Region highlights of the two green clusters that are regions, not sites (seed 004). */
export const GREEN_CLUSTER_COLORS: Record<string, string> = {
  'green-organic-agro': '#117733',
  'green-circular': '#AA3377',
};

/** Tol "vibrant" for the four proposed inter-regional clusters (seed 002 Figure 1). */
const INTERREGIONAL: Record<string, string> = {
  'interreg-agro': '#009988',
  'interreg-construction-materials': '#EE7733',
  'interreg-fuel-energy': '#0077BB',
  'interreg-textile': '#EE3377',
};
/** Tol "muted" for the multi-region clusters of the Concept 2018–2022. */
const CONCEPT: Record<string, string> = {
  'concept-education': '#332288',
  'concept-construction': '#999933',
  'concept-agro': '#117733',
  'concept-livestock': '#882255',
  'concept-transport': '#44AA99',
  'concept-tourism': '#DDCC77',
  'concept-petrochemical': '#CC6677',
  'concept-pharma': '#AA4499',
};

export function clusterColor(id: string): string {
  return INTERREGIONAL[id] ?? CONCEPT[id] ?? '#777777';
}

export function hexToRgba(hex: string, alpha = 255): RGBA {
  const [r, g, b] = parseHexColor(hex);
  return [r, g, b, alpha];
}

/** Seed 004's green clusters that are regions (not sites), with the region codes they cover. */
export function greenRegionClusters(clusters: readonly ClusterRow[]): ClusterRow[] {
  return clusters.filter((c) => c.id in GREEN_CLUSTER_COLORS);
}
