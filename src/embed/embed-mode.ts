// What embed=1 adds to the page (loaded only then): the embedded view's header and footer, inside a
// frame the height reports to the host page, and the frame's own camera (frame-fit.ts).
import '../ui/kg-embed-footer';
import '../ui/kg-embed-header';
import {reportHeight} from './height-reporter';

export {fitFrame} from './frame-fit';

export function startEmbedMode(): void {
  if (window.parent !== window) reportHeight(window.parent);
}
