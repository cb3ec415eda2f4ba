// Layer handlers that do nothing, for tests that only look at the layers buildLayers makes.
import type {LayerHandlers} from '../../../src/layers/build-layers';

const noop = () => undefined;

export const NO_HANDLERS: LayerHandlers = {
  onRegionHover: noop,
  onRegionClick: noop,
  onObjectHover: noop,
  onObjectClick: noop,
  redraw: noop,
  onLoadError: noop,
} as never;
