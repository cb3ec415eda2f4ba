// Layer families the default view does not draw are code-split: each module loads the first time a
// view needs it, and the layers are built again once it has. Until then the family draws nothing.
// - The "no data" dot pattern (no-data-layers.ts): the default view has no unknown value, and the
//   pattern's geometry (turf's point-in-polygon and its exact predicates) would be a large part of the
//   first view's own code.
// - The cluster links (cluster-links-layers.ts, with their geometry): not a default layer.
// - The keyboard focus ring (focus-layers.ts): drawn only once the map has the keyboard focus.
import type {Layer} from '@deck.gl/core';
import type {LinkLayersProps} from './cluster-links-layers';
import type {FocusRing} from './focus-layers';
import type {NoDataLayersProps} from './no-data-layers';
import type {RGBA} from '../map/map-colors';

export interface LazyLayers<P> {
  /** The family's layers; none while its module loads, and `redraw` is called once it has. */
  layersOrLoad(p: P, redraw: () => void): Layer[];
  /** Whether the family has been asked for and is not there yet (the map is not complete). */
  pending(): boolean;
}

function lazyLayers<P>(load: () => Promise<(p: P) => Layer[]>): LazyLayers<P> {
  let draw: ((p: P) => Layer[]) | null = null;
  let loading: Promise<void> | null = null;
  return {
    layersOrLoad(p, redraw) {
      if (draw) return draw(p);
      // One load and one redraw, however many renders happen meanwhile.
      loading ??= load().then((d) => {
        draw = d;
        redraw();
      });
      return [];
    },
    pending: () => loading !== null && draw === null,
  };
}

export const noDataLayers = lazyLayers<NoDataLayersProps>(() => import('./no-data-layers').then((m) => m.noDataLayers));

export const linkLayers = lazyLayers<LinkLayersProps>(() => import('./cluster-links-layers').then((m) => m.linkLayers));

export interface FocusLayersProps {
  ring: FocusRing;
  zoom: number;
  color: RGBA;
  halo: RGBA;
}

export const focusLayers = lazyLayers<FocusLayersProps>(() =>
  import('./focus-layers').then((m) => (p: FocusLayersProps) => m.focusLayers(p.ring, p.zoom, p.color, p.halo)),
);

/** Whether a family a view needs is still loading (the map is not complete). */
export const lazyLayersPending = (): boolean => noDataLayers.pending() || linkLayers.pending() || focusLayers.pending();
