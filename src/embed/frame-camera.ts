// The embedded view's camera, without the map's code (the header imports it): what frame-fit.ts knows
// of it, and where it fits the country (into the part of the map the frame shows).
import type {FrameCamera} from './embed-urls';

/** Set by frame-fit.ts; read by the header, whose link to the full atlas keeps only a chosen camera. */
export const frameCamera: FrameCamera = {explicit: false, fitted: null};

/** Space kept between the country and the edges of the map's shown part, px (as AtlasMap's own fit). */
const PAD = 24;
/** Less of the map shown than this (px): the frame is fitted to the whole map instead. */
const MIN_SHOWN = 120;

export interface Padding {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/**
 * The fit's padding for a map whose box is `map` (CSS px, relative to the frame's viewport) in a frame
 * `viewportHeight` tall: the country goes into the part of the map the frame shows, not under the
 * frame's lower edge (the map runs past it when the frame is shorter than the page) nor above its top.
 */
export function framePadding(map: {top: number; height: number}, viewportHeight: number): Padding {
  const above = Math.max(0, -map.top);
  const below = Math.max(0, map.top + map.height - viewportHeight);
  if (map.height - above - below < MIN_SHOWN) return {top: PAD, bottom: PAD, left: PAD, right: PAD};
  return {top: PAD + above, bottom: PAD + below, left: PAD, right: PAD};
}
