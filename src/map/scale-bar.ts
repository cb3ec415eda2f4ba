// The map's scale bar (its lower left, styles.css .kg-scale): the longest round distance up to 100 px
// (a quarter of a narrow map), at the map's middle latitude, in the page's language — the bar the
// pictures and prints carry (png-layout.ts). Kept with every move; a text of its own, not maplibre's
// ScaleControl, whose words stay those of the language the map started with.
import type {Map as MapLibreMap} from 'maplibre-gl';
import {metresPerPixel, scaleBar} from './scale';

/** Shows the bar in `element` and keeps it; returns the update, to call when the page's language changes. */
export function installScaleBar(map: MapLibreMap, element: HTMLElement, distance: (km: number) => string): () => void {
  const update = () => {
    const bar = scaleBar(metresPerPixel(map.getCenter().lat, map.getZoom()), Math.min(100, map.getContainer().clientWidth / 4));
    element.hidden = !bar;
    if (!bar) return;
    element.style.width = `${Math.round(bar.px)}px`;
    element.textContent = distance(bar.km);
  };
  map.on('move', update);
  map.on('resize', update);
  update();
  return update;
}
