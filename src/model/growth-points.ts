// What the atlas makes of a row of data/places/growth-points.csv: a population size class for the
// symbol, the kind of population figure, and the special status of Bishkek and Osh. Pure; no DOM.
import type {GrowthPointRow} from '../io/schemas';

/**
 * Population classes, largest first. Stepped rather than proportional because the figures mix years
 * (2009–2023) and scopes (with or without subordinate villages): only the order of magnitude compares.
 */
export const POPULATION_CLASSES = [
  {min: 500_000, radius: 8},
  {min: 100_000, radius: 6.5},
  {min: 25_000, radius: 5},
  {min: 0, radius: 3.5},
] as const;

/** Radius when the population is unknown (none today; the smallest class, drawn hollow by the layer). */
export const UNKNOWN_POPULATION_RADIUS = 3.5;

/** Index into POPULATION_CLASSES, or null when the population is unknown. */
export function populationClass(population: number | null): number | null {
  if (population === null) return null;
  return POPULATION_CLASSES.findIndex((c) => population >= c.min);
}

export function markerRadius(population: number | null): number {
  const i = populationClass(population);
  return i === null ? UNKNOWN_POPULATION_RADIUS : POPULATION_CLASSES[i]!.radius;
}

export type PopulationKind = 'census' | 'estimate' | 'other';

/**
 * What kind of figure `population_scope` describes: a census count, an NSC estimate, or another
 * published figure. Only the first clause describes the figure shown; later ones mention alternatives.
 */
export function populationKind(scope: string): PopulationKind {
  const first = scope.split(';')[0]!;
  if (/census/i.test(first)) return 'census';
  if (/estimate|\bNSC\b/i.test(first)) return 'estimate';
  return 'other';
}

/**
 * Whether the figure includes villages or territories subordinate to the town. A note in brackets is
 * about another figure ("census 2022 (130,899 incl. subordinate villages, 2024)"), not this one.
 */
export function includesSubordinate(scope: string): boolean {
  return /\bincl(\.|uding)?\s+(subordinate|villages)/i.test(scope.replace(/\([^)]*\)/g, ''));
}

/**
 * Bishkek and Osh: "given their strategic importance and more diversified economies, the cities of
 * Bishkek and Osh will be developed under separate programmes" (seed 003, on the Concept 2018–2022).
 */
export function hasSeparateProgramme(row: Pick<GrowthPointRow, 'oblast_iso'>): boolean {
  return row.oblast_iso === 'KG-GB' || row.oblast_iso === 'KG-GO';
}

export function isOblastCentre(row: Pick<GrowthPointRow, 'oblast_centre_of'>): boolean {
  return row.oblast_centre_of.trim() !== '';
}

/** The short form for the map: without the parenthesis ("Razzakov (formerly Isfana)" → "Razzakov"). */
export function mapLabel(name: string): string {
  return name.replace(/\s*\(.*\)\s*$/, '').trim();
}
