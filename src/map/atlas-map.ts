// The map: maplibre for the camera and the offline basemap, deck.gl (MapLibreOverlay, overlaid mode)
// for every data layer. With maplibre 6, MapLibreOverlay from @deck.gl/maplibre is the overlay that
// works (MapboxOverlay from @deck.gl/mapbox crashes); overlaid rather than interleaved mode, because
// no deck layer needs to sit between basemap layers (see ../shared/docs/toolchain.md).
import type {Layer} from '@deck.gl/core';
import {MapLibreOverlay} from '@deck.gl/maplibre';
import {Map as MapLibreMap, setWorkerUrl, type StyleSpecification} from 'maplibre-gl';
import maplibreWorkerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type {MapView} from '../state/view-state';

/** Kyrgyzstan's extent, [west, south, east, north]. */
export const KG_BOUNDS: [number, number, number, number] = [69.25, 39.17, 80.3, 43.27];
/** How far the camera may wander: the basemap's context rectangle. */
const MAX_BOUNDS: [number, number, number, number] = [62, 34, 88, 48];

export interface AtlasMapOptions {
  container: HTMLElement;
  style: StyleSpecification;
  view: MapView | null;
  /** Embedded in another page: two-finger/ctrl-scroll to move, so the host page scrolls past it. */
  cooperativeGestures: boolean;
  onViewChange: (view: MapView) => void;
  onFirstRender: () => void;
  /** After every frame deck.gl draws. */
  onAfterRender?: () => void;
  onError: (error: Error) => void;
}

export class AtlasMap {
  readonly map: MapLibreMap;
  readonly overlay: MapLibreOverlay;
  #rendered = false;
  #layers: Layer[] = [];

  constructor(o: AtlasMapOptions) {
    setWorkerUrl(maplibreWorkerUrl);
    this.map = new MapLibreMap({
      container: o.container,
      style: o.style,
      bounds: o.view ? undefined : KG_BOUNDS,
      center: o.view ? [o.view.lon, o.view.lat] : undefined,
      zoom: o.view?.zoom,
      fitBoundsOptions: {padding: 24},
      maxBounds: MAX_BOUNDS,
      minZoom: 3,
      maxZoom: 12,
      attributionControl: false,
      dragRotate: false,
      pitchWithRotate: false,
      touchPitch: false,
      cooperativeGestures: o.cooperativeGestures,
      canvasContextAttributes: {preserveDrawingBuffer: true},
    });
    this.map.touchZoomRotate.disableRotation();
    this.map.keyboard.disableRotation();
    this.overlay = new MapLibreOverlay({
      interleaved: false,
      layers: [],
      // deck.gl keeps its drawing buffer by default, which PNG export and the pixel tests rely on.
      onAfterRender: () => {
        o.onAfterRender?.();
        if (this.#rendered || this.#layers.length === 0) return;
        if (this.#layers.every((l) => l.isLoaded)) {
          this.#rendered = true;
          o.onFirstRender();
        }
      },
      onError: (error: Error) => o.onError(error),
    });
    this.map.addControl(this.overlay);
    this.map.on('moveend', () => o.onViewChange(this.view()));
    this.map.on('error', (e) => o.onError(new Error(e.error?.message ?? 'map error')));
  }

  view(): MapView {
    const c = this.map.getCenter();
    return {lon: c.lng, lat: c.lat, zoom: this.map.getZoom()};
  }

  setLayers(layers: Layer[]): void {
    this.#layers = layers;
    this.overlay.setProps({layers});
  }

  /** Screen position (CSS pixels, relative to the map container) of a longitude/latitude. */
  project(lonLat: [number, number]): [number, number] {
    const p = this.map.project(lonLat);
    return [p.x, p.y];
  }

  fitKyrgyzstan(): void {
    this.map.fitBounds(KG_BOUNDS, {padding: 24, duration: 0});
  }
}
