// The ids of the pickable layer families (HoverTarget's `layer`), the link widths the legend draws
// too, and the zoom where city markers give way: kept apart from the deck.gl layers so that the first
// view's code, which only names them, does not need deck.gl before the basemap is drawn (deck.gl loads
// after the map starts), and so that code-split layers share them without a chunk of their own.
export const GROWTH_LAYER = 'growth';
export const ENERGY_LAYER = 'energy';
export const GREEN_LAYER = 'green';
export const LINKS_LAYER = 'links';
/** Line width of a cluster link by family, px: the proposed inter-regional clusters wider. */
export const LINK_WIDTH = {interregional: 4, concept: 2.5} as const;
/** From this zoom on the city polygons are big enough to be seen; the markers give way. */
export const CITY_MARKER_MAX_ZOOM = 9;
/** Radius of the green-cluster ring around a city marker, px (its line is 3.5 px wide). */
export const GREEN_CITY_RING_RADIUS = 17;
/**
 * deck.gl draws in plain Web Mercator below this zoom (`Viewport.projectionMode`), the only projection
 * the layers' shaders keep (web-mercator-shaders.ts); the map's closest zoom stays below it.
 */
export const DECK_OFFSET_PROJECTION_ZOOM = 12;
/**
 * The keyboard focus ring round a point, px: its width and its halo's (a city marker's ring too), centred
 * on a circle `gap` px outside the symbol of a growth point or an energy site (focus-layers.ts,
 * energy-layers.ts).
 */
export const FOCUS_CIRCLE = {width: 3, halo: 6, gap: 4} as const;
