// Layer families the default view does not draw are code-split: each module loads the first time a
// view needs it, and the layers are built again once it has. Until then the family draws nothing.
// - The "no data" dot pattern (no-data-layers.ts), the first time a view has an unknown value: its
//   geometry (turf's point-in-polygon and its exact predicates) would be a large part of the first
//   view's own code.
// - The cluster links (cluster-links-layers.ts, with their geometry), the first time they are shown.
// - The keyboard focus ring (focus-layers.ts), the first time the map has the keyboard focus.
// - The renewable-energy hubs and spokes and the green clusters (energy-layers.ts), the first time the
//   energy layer is shown. Where their symbols go (energy-markers.ts) comes with them: the names avoid
//   the symbols and the keyboard focus rings them once they are drawn (energyMarkersIfLoaded).
import type {Layer} from '@deck.gl/core';
import type {LinkLayersProps} from './cluster-links-layers';
import type {EnergyLayersProps, GreenClusterLayersProps} from './energy-layers';
import type {energyMarkers} from './energy-markers';
import type {FocusLayersProps} from './focus-layers';
import type {NoDataLayersProps} from './no-data-layers';

/** What a family's module needs from the page once it has loaded, or could not be loaded. */
export interface LazyLoadHandlers {
  /** Build the layers again: the family is there. */
  redraw: () => void;
  /** Its module could not be loaded (the page reports it; the family stays undrawn). */
  onLoadError: (error: unknown) => void;
}

export interface LazyLayers<P> {
  /** The family's layers; none while its module loads, and `redraw` is called once it has. */
  layersOrLoad(p: P, handlers: LazyLoadHandlers): Layer[];
  /** Whether the family has been asked for and is not there yet (the map is not complete). */
  pending(): boolean;
}

export function lazyLayers<P>(load: () => Promise<(p: P) => Layer[]>): LazyLayers<P> {
  let draw: ((p: P) => Layer[]) | null = null;
  let state: 'idle' | 'loading' | 'loaded' | 'failed' = 'idle';
  return {
    layersOrLoad(p, handlers) {
      if (draw) return draw(p);
      // One load and one redraw, however many renders happen meanwhile.
      if (state === 'idle') {
        state = 'loading';
        load().then(
          (d) => {
            draw = d;
            state = 'loaded';
            handlers.redraw();
          },
          (error: unknown) => {
            state = 'failed';
            handlers.onLoadError(error);
          },
        );
      }
      return [];
    },
    pending: () => state === 'loading',
  };
}

export const lazyNoData = lazyLayers<NoDataLayersProps>(() => import('./no-data-layers').then((m) => m.noDataLayers));
export const lazyLinks = lazyLayers<LinkLayersProps>(() => import('./cluster-links-layers').then((m) => m.linkLayers));
export const lazyFocus = lazyLayers<FocusLayersProps>(() => import('./focus-layers').then((m) => m.focusLayers));
let loadedEnergyMarkers: typeof energyMarkers | null = null;
const loadEnergy = () =>
  import('./energy-layers').then((m) => {
    loadedEnergyMarkers = m.energyMarkers;
    return m;
  });
export const lazyEnergy = lazyLayers<EnergyLayersProps>(() => loadEnergy().then((m) => m.energyLayers));
export const lazyGreenClusters = lazyLayers<GreenClusterLayersProps>(() => loadEnergy().then((m) => m.greenClusterLayers));

/** energyMarkers once the energy layers' module has loaded; null before (no energy symbol is drawn). */
export const energyMarkersIfLoaded = (): typeof energyMarkers | null => loadedEnergyMarkers;

/** Whether a family a view needs is still loading (the map is not complete). */
export const lazyLayersPending = (): boolean =>
  [lazyNoData, lazyLinks, lazyFocus, lazyEnergy, lazyGreenClusters].some((family) => family.pending());
