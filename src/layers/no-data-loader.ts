// The "no data" dot pattern (no-data-layers.ts) is code-split: the default view has no unknown value,
// and the pattern's geometry (turf's point-in-polygon and its exact predicates) would be a large part
// of the first view's own code. It loads the first time a view has an unknown value.
import type {Layer} from '@deck.gl/core';
import type {NoDataLayersProps} from './no-data-layers';

let draw: ((p: NoDataLayersProps) => Layer[]) | null = null;
let loading: Promise<void> | null = null;

/** The pattern's layers; none while its module loads, and `redraw` is called once it has. */
export function noDataLayersOrLoad(p: NoDataLayersProps, redraw: () => void): Layer[] {
  if (draw) return draw(p);
  // One load and one redraw, however many renders happen meanwhile.
  loading ??= import('./no-data-layers').then((m) => {
    draw = m.noDataLayers;
    redraw();
  });
  return [];
}

/** Whether the pattern has been asked for and is not there yet (the map is not complete). */
export function noDataLayersPending(): boolean {
  return loading !== null && draw === null;
}
