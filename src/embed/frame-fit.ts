// The embedded view's camera (embed=1, code-split with the embed mode): unless the embedding page's
// address sets one (`view`), the frame fits Kyrgyzstan into the part of the map it shows, and fits it
// again whenever that part changes (the frame resized, the header grown with its legend), until the
// reader moves the map. The map is made before the embedded page has its final layout (the embed
// class, the header and its legend come later), so a fit made once, at the map's start, was made for
// another size: at 400 × 300 the country was ~180 px wide, with ~100 px of map in the frame.
import {KG_BOUNDS, type AtlasMap} from '../map/atlas-map';
import {PAGE_MOVE} from '../map/page-move';
import {sameMapView} from '../ui/map-view';
import {frameCamera, framePadding} from './frame-camera';

/** Fits the country into the frame unless its camera was chosen (startEmbedMode, which runs first). */
export function fitFrame(atlas: AtlasMap): void {
  if (frameCamera.explicit) return;
  const map = atlas.map;
  let queued = false;
  const fit = () => {
    queued = false;
    const fitted = frameCamera.fitted;
    // The reader has moved the map: the camera is theirs from now on.
    if (fitted && !sameMapView(fitted, atlas.view())) return stop();
    map.resize(); // maplibre learns a new size of its container on its own, maybe after this
    const box = map.getContainer().getBoundingClientRect();
    map.fitBounds(KG_BOUNDS, {padding: framePadding(box, innerHeight), duration: 0}, PAGE_MOVE);
    frameCamera.fitted = atlas.view();
  };
  const later = () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(fit);
  };
  // Anything that changes the page's size (the header's legend arriving, the frame resized by the
  // host's script) can change the part of the map the frame shows.
  const observer = new ResizeObserver(later);
  observer.observe(document.body);
  observer.observe(map.getContainer());
  addEventListener('resize', later);
  const stop = () => {
    observer.disconnect();
    removeEventListener('resize', later);
  };
  fit();
}
