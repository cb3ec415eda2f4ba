// The benchmark's baseline (`npm run bench`): the same nine regions and the same offline basemap drawn
// by maplibre alone, with nothing else on the page. The atlas's time to its first complete render is
// compared with this page's; never shipped to users (built by bench/vite.bare.config.ts).
import {Map as MapLibreMap, setWorkerUrl, type StyleSpecification} from 'maplibre-gl';
import maplibreWorkerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import {loadBoundaries} from '../../src/io/boundaries';
import {KG_BOUNDS} from '../../src/map/atlas-map';
import {basemapStyle} from '../../src/map/basemap-style';
import {MAP_COLORS} from '../../src/map/map-colors';

declare global {
  interface Window {
    __bare: {readyMs: number | null};
  }
}

window.__bare = {readyMs: null};

const boundaries = await loadBoundaries();
const colors = MAP_COLORS.light;
const base = basemapStyle(boundaries, colors);
const style: StyleSpecification = {
  ...base,
  sources: {...base.sources, regions: {type: 'geojson', data: boundaries.regions}},
  layers: [
    ...base.layers,
    {id: 'regions-fill', type: 'fill', source: 'regions', paint: {'fill-color': '#80cdc1'}},
    {id: 'regions-line', type: 'line', source: 'regions', paint: {'line-color': '#ffffff', 'line-width': 1}},
  ],
};
setWorkerUrl(maplibreWorkerUrl);
const map = new MapLibreMap({container: 'map', style, bounds: KG_BOUNDS, fitBoundsOptions: {padding: 24}, attributionControl: false});
map.once('idle', () => (window.__bare.readyMs = performance.now()));
