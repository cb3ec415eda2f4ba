// The parts of maplibre the atlas uses, as the one module the page loads it through (loadMapLibre in
// atlas-map.ts). A dynamic import of 'maplibre-gl' itself keeps every export it has (the module's
// namespace is an object the bundler cannot prune: +11 KB gzip); re-exported by name, the rest is left out.
export {Map, getGlobalDispatcher, prewarm, setWorkerUrl} from 'maplibre-gl';
