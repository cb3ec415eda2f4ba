// What embed=1 adds to the page (loaded only then): the embedded view's header and footer, inside a
// frame the height reports to the host page, and the frame's own camera (frame-fit.ts).
import '../ui/kg-embed-footer';
import '../ui/kg-embed-header';
import {frameCamera} from './frame-camera';
import {reportHeight} from './height-reporter';

export {fitFrame} from './frame-fit';

/** `cameraChosen`: the embedding page's address sets the camera (`view`), which the frame then keeps. */
export function startEmbedMode(cameraChosen: boolean): void {
  // Known here, before the map (loaded beside the page) exists: the header's link to the full atlas
  // keeps a chosen camera, and it may have been drawn before this module came.
  frameCamera.explicit = cameraChosen;
  document.querySelector('kg-embed-header')?.requestUpdate();
  if (window.parent !== window) reportHeight(window.parent);
}
