// A finger is wider than the map's small symbols (growth points, energy sites, city markers: 4–10 px
// across): a tap on a region just beside one opened the region's profile. Here such a tap is the
// symbol's. Code-split (the first view's code has a byte budget): part of the layers' tooltips' chunk,
// which loads when a pointer (a finger too) first comes onto the map (main.ts), it wraps the page's
// region click (LayerHandlers.onRegionClick). A first tap quicker than that load is exact.
import type {Layer, PickingInfo} from '@deck.gl/core';
import {scenarioHost} from '../ui/scenario-host';

/** How far (CSS px) from a finger's tap on a region a symbol is taken to be what was meant. */
export const TAP_RADIUS = 10;

/**
 * A tap on a region's fill with a coarse pointer (a finger): the nearest symbol within TAP_RADIUS
 * handles it instead, if there is one (true). Not deck.gl's `pickingRadius`: that picks the nearest
 * pixel of anything pickable, which under a finger is always the region's own fill, and it would
 * change every hover of a mouse as well. Only the layers that handle a click are asked, in a second
 * picking pass over (2 × TAP_RADIUS × devicePixelRatio)² pixels, once per tap.
 */
export function symbolNearTap(info: PickingInfo, event: unknown): boolean {
  const deck = info.layer?.context.deck;
  if (!deck || info.layer!.id !== 'regions-fill' || !matchMedia('(pointer: coarse)').matches) return false;
  const layerIds = (deck.props.layers as unknown[])
    .flat(Infinity)
    .filter((l): l is Layer => l instanceof Object && 'props' in l && Boolean((l as Layer).props.onClick) && (l as Layer).id !== 'regions-fill')
    .map((l) => l.id);
  const near = layerIds.length > 0 ? deck.pickObject({x: info.x, y: info.y, radius: TAP_RADIUS, layerIds}) : null;
  if (!near?.object || !near.layer?.props.onClick) return false;
  near.layer.props.onClick(near, event as never);
  return true;
}

void scenarioHost().then(({handlers}) => {
  const exact = handlers.onRegionClick;
  handlers.onRegionClick = (code, info, event) => {
    if (!info || !symbolNearTap(info, event)) exact(code, info, event);
  };
});
