// What embed=1 adds to the page (loaded only then): the embedded view's header and footer, and, inside
// a frame, the height reports to the host page.
import '../ui/kg-embed-footer';
import '../ui/kg-embed-header';
import {reportHeight} from './height-reporter';

export function startEmbedMode(): void {
  if (window.parent !== window) reportHeight(window.parent);
}
