// Layer families the default view does not draw are code-split: each module loads the first time a
// view needs it, and the layers are built again once it has. Until then the family draws nothing.
// - The "no data" dot pattern (no-data-layers.ts), the first time a view has an unknown value: its
//   geometry (turf's point-in-polygon and its exact predicates) would be a large part of the first
//   view's own code.
// - The cluster links (cluster-links-layers.ts, with their geometry), the first time they are shown.
// - The renewable-energy hubs and spokes, the green clusters and where the symbols go (energy-layers.ts,
//   one module: buildLayers draws its families at their places in the layer order, the names avoid
//   the symbols, and its energyFocusLayers rings a focused one), the first time the energy layer is
//   shown.
// How a module is loaded once and who is told: src/lazy-module.ts.
import type {Layer} from '@deck.gl/core';
import {lazyModule, type LazyLoadHandlers} from '../lazy-module';
import type {LinkLayersProps} from './cluster-links-layers';
import type {NoDataLayersProps} from './no-data-layers';

export type {LazyLoadHandlers};

export interface LazyLayers<P> {
  /** The family's layers; none while its module loads, and `redraw` is called once it has. */
  layersOrLoad(p: P, handlers: LazyLoadHandlers): Layer[];
  /** Whether the family has been asked for and is not there yet (the map is not complete). */
  pending(): boolean;
}

/** A family drawn by one function of a code-split module. */
export function lazyLayers<P>(load: () => Promise<(p: P) => Layer[]>): LazyLayers<P> {
  const draw = lazyModule(load);
  return {layersOrLoad: (p, handlers) => draw.moduleOrLoad(handlers)?.(p) ?? [], pending: draw.pending};
}

export const lazyNoData = lazyLayers<NoDataLayersProps>(() => import('./no-data-layers').then((m) => m.noDataLayers));
export const lazyLinks = lazyLayers<LinkLayersProps>(() => import('./cluster-links-layers').then((m) => m.linkLayers));
export const lazyEnergy = lazyModule(() => import('./energy-layers'));

/** Whether a family a view needs is still loading (the map is not complete). */
export const lazyLayersPending = (): boolean => [lazyNoData, lazyLinks, lazyEnergy].some((family) => family.pending());
