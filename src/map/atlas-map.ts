// The map: maplibre for the camera and the offline basemap, deck.gl (MapLibreOverlay, overlaid mode)
// for every data layer. With maplibre 6, MapLibreOverlay from @deck.gl/maplibre is the overlay that
// works (MapboxOverlay from @deck.gl/mapbox crashes); overlaid rather than interleaved mode, because
// no deck layer needs to sit between basemap layers (see ../shared/docs/toolchain.md).
import type {Layer} from '@deck.gl/core';
import type {MapLibreOverlay} from '@deck.gl/maplibre';
import type {Map as MapLibreMap, StyleSpecification} from 'maplibre-gl';
import maplibreWorkerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import {DECK_OFFSET_PROJECTION_ZOOM} from '../layers/layer-ids';
import {isPageMove, PAGE_MOVE} from './page-move';
import {worldPixels, type Box} from '../model/label-placement';
import {VIEW_LIMITS, type MapView} from '../state/view-state';
import {SHEET_BELOW_MEDIA} from '../ui/breakpoints';

/** Kyrgyzstan's extent, [west, south, east, north]. */
export const KG_BOUNDS: [number, number, number, number] = [69.25, 39.17, 80.3, 43.27];
/**
 * How far the camera may wander: inside the basemap's data (58–92 E, 31–51 N, geo/build.mjs), a degree
 * short of its edges. maplibre zooms in until these bounds fill the map, so they must span more
 * latitude than a tall phone's map shows when the country fits its width: 34–48 N filled a 390 × 684
 * map only from zoom 4.69, at which the country is ~405 px wide, and Batken and Issyk-Kul were cut off.
 * 32–50 N lets a map up to ~2.2 times as tall as its width (less the fit's padding) fit the country.
 */
export const MAX_BOUNDS: [number, number, number, number] = [62, 32, 88, 50];
/**
 * On a phone the lower half of the map can be under a sheet (a pinned profile, the scenario editor),
 * and on a portrait tablet under the scenario editor (SHEET_BELOW_MEDIA):
 * while one is (main.ts tells, AtlasMap.setRoomBelow), the camera may go further south, so that the south of the country can be brought
 * above the sheet (ui/map-view.ts, AtlasMap.setRoomBelow). South of the context rectangle there is only
 * the background, which is under the sheet then, and never shown without one.
 */
export const PHONE_MAX_BOUNDS: [number, number, number, number] = [VIEW_LIMITS.west, VIEW_LIMITS.south, VIEW_LIMITS.east, VIEW_LIMITS.north];
/**
 * Closest zoom: a town fills the map. Kept below the zoom where deck.gl would switch to a projection
 * with a moving origin, which the layers' shaders leave out (src/layers/web-mercator-shaders.ts).
 */
export const MAX_ZOOM = DECK_OFFSET_PROJECTION_ZOOM - 0.01;
export const MIN_ZOOM = VIEW_LIMITS.minZoom;

/** maplibre, once loaded (loadMapLibre): an AtlasMap is made only after. */
let maplibre: typeof import('./maplibre-parts') | null = null;

/**
 * Loads maplibre (~285 KB gzip, the first view's largest part) beside the page rather than before it:
 * imported statically, nothing of the page ran until it had arrived (11–15 s of a blank page on a slow
 * mobile link), and a failed download left the page blank for good. Then starts maplibre's worker at
 * once, while the page still loads its data, rather than when the map is made: the worker's script
 * loads and starts in parallel with the data, and it is ready before the map sends it the basemap.
 *
 * `onWorkerError`: the worker's script could not be loaded. maplibre tells only a map that exists
 * when the worker fails, and a failed download fails before the map is made: its shared dispatcher,
 * listened to before the workers start, hears it in time.
 */
export async function loadMapLibre(onWorkerError: (error: Error) => void): Promise<void> {
  const m = await import('./maplibre-parts');
  m.setWorkerUrl(maplibreWorkerUrl);
  m.getGlobalDispatcher().on('error', (e) => onWorkerError(new Error(e.error.message)));
  m.prewarm();
  maplibre = m;
}

/**
 * Gives a canvas's WebGL context back (now, or once the browser has restored it) where deck.gl does
 * not: finalized, it only drops its references, and the context stays live. Chromium keeps 16 live
 * contexts per page and, for a new one, takes the oldest away, the page map's (AtlasMap.remove).
 */
function releaseContext(canvas: HTMLCanvasElement): void {
  // A lost context has no extensions: it is lost again when the browser restores it.
  const lose = () => canvas.getContext('webgl2')?.getExtension('WEBGL_lose_context')?.loseContext();
  canvas.addEventListener('webglcontextrestored', lose);
  lose();
}

export interface AtlasMapOptions {
  container: HTMLElement;
  style: StyleSpecification;
  view: MapView | null;
  /** Embedded in another page: two-finger/ctrl-scroll to move, so the host page scrolls past it. */
  cooperativeGestures: boolean;
  /** maplibre's UI strings in the page's language (see map-ui-strings.ts). */
  locale: Record<string, string>;
  /**
   * After every camera change: `byUser` when the user moved the map (a drag, the wheel, a touch, a
   * box zoom, the keys); not for a resize, or a fit or pan the page made itself (PAGE_MOVE).
   */
  onViewChange: (view: MapView, byUser: boolean) => void;
  onFirstRender: () => void;
  /** After every frame deck.gl draws. */
  onAfterRender?: () => void;
  onError: (error: Error) => void;
  /**
   * The map's drawing contexts: lost (true) when the browser took a WebGL context away (GPU reset,
   * too many contexts), back (false) once every one is restored and drawn again.
   */
  onContextLost?: (lost: boolean) => void;
}

export class AtlasMap {
  readonly map: MapLibreMap;
  /** deck.gl's overlay: on the map from the first layers on (see setLayers), null before. */
  #overlay: MapLibreOverlay | null = null;
  /** deck.gl's overlay class, loaded with the first layers (deck.gl is not needed for the basemap). */
  #Overlay: typeof MapLibreOverlay | null = null;
  #overlayLoading: Promise<void> | null = null;
  readonly #options: AtlasMapOptions;
  #rendered = false;
  #layers: Layer[] = [];
  /** Whether a sheet covers the map's lower part, so that the camera may go further south. */
  #roomBelow = false;
  #applyMaxBounds: () => void = () => {};
  /** Canvases whose WebGL context is lost. */
  readonly #lost = new Set<HTMLCanvasElement>();

  /** Only once loadMapLibre has resolved. */
  constructor(o: AtlasMapOptions) {
    this.#options = o;
    const sheetBelow = matchMedia(SHEET_BELOW_MEDIA);
    const maxBounds = () => (sheetBelow.matches && this.#roomBelow ? PHONE_MAX_BOUNDS : MAX_BOUNDS);
    this.map = new maplibre!.Map({
      container: o.container,
      style: o.style,
      bounds: o.view ? undefined : KG_BOUNDS,
      center: o.view ? [o.view.lon, o.view.lat] : undefined,
      zoom: o.view?.zoom,
      fitBoundsOptions: {padding: 24},
      maxBounds: maxBounds(),
      minZoom: MIN_ZOOM,
      maxZoom: MAX_ZOOM,
      attributionControl: false,
      dragRotate: false,
      pitchWithRotate: false,
      touchPitch: false,
      cooperativeGestures: o.cooperativeGestures,
      locale: o.locale,
      canvasContextAttributes: {preserveDrawingBuffer: true},
    });
    this.map.touchZoomRotate.disableRotation();
    this.map.keyboard.disableRotation();
    // A finger's tap is followed by the mouse's compatibility events, whose mousemove had deck.gl pick
    // the tapped point a second time, for a hover tooltip a touch screen never shows: one more wait for
    // the GPU per tap (~100 ms on a low-end phone); so had their mouseout on the next tap elsewhere. They
    // stop here, on their way to maplibre; a real mouse's move comes after a pointermove of its own.
    let finger = false;
    for (const type of ['pointerdown', 'pointermove', 'mousemove', 'mouseout'])
      o.container.addEventListener(type, (e) => (e instanceof PointerEvent ? (finger = e.pointerType == 'touch') : finger && e.stopPropagation()), true);
    const bounds = () => this.map.setMaxBounds(maxBounds());
    this.#applyMaxBounds = bounds;
    sheetBelow.addEventListener('change', bounds);
    this.map.once('remove', () => sheetBelow.removeEventListener('change', bounds));
    // Every move is the user's but a resize (the layout settling; maplibre ends it with a moveend when
    // no other move is under way) and those the page makes, marked with PAGE_MOVE. The user's are not
    // marked so: maplibre gives an isolated turn of the wheel no original event.
    let resized = false;
    this.map.on('resize', () => (resized = !this.map.isMoving()));
    this.map.on('moveend', (e) => {
      o.onViewChange(this.view(), !resized && !isPageMove(e));
      resized = false;
    });
    this.map.on('error', (e) => o.onError(new Error(e.error?.message ?? 'map error')));
    // WebGL context events do not bubble, but capturing listeners on the container see those of both
    // canvases (maplibre's and deck.gl's). maplibre restores its own context and style; deck.gl does
    // not, so its overlay is made anew on a restored context.
    o.container.addEventListener('webglcontextlost', (e) => this.#contextLost(e), true);
    o.container.addEventListener('webglcontextrestored', (e) => this.#contextRestored(e), true);
  }

  /** deck.gl's overlay once it is on the map (renewed after a lost WebGL context); null before. */
  get overlay(): MapLibreOverlay | null {
    return this.#overlay;
  }

  #createOverlay(Overlay: typeof MapLibreOverlay): MapLibreOverlay {
    const o = this.#options;
    let quiet = false; // deck.gl's canvas is taken out of the tab order once, after its first frame
    return new Overlay({
      interleaved: false,
      // Not multisampled: every layer smooths its own edges in its shaders (deck.gl's circles, paths
      // and text; the mesh lines' own shader; region fills are edged by their borders, lakes by a
      // line of their colour). 4× multisampling took a third of each frame's GPU time with software
      // WebGL (a year-slider key press: 53 → 36–41 ms to the frame drawn), and costs more on a
      // phone's dense screen.
      deviceProps: {webgl: {antialias: false}},
      layers: this.#layers,
      // deck.gl keeps its drawing buffer by default, which PNG export and the pixel tests rely on.
      onAfterRender: () => {
        quiet ||= this.#quietDeckCanvas();
        o.onAfterRender?.();
        if (this.#rendered || this.#layers.length === 0) return;
        if (this.#layers.every((l) => l.isLoaded)) {
          this.#rendered = true;
          o.onFirstRender();
        }
      },
      onError: (error: Error) => {
        // A lost context is reported as such (onContextLost), not as an error.
        if (this.#lost.size === 0) o.onError(error);
      },
    });
  }

  // WebGL context events are fired at canvases only (the target is one).
  #contextLost(e: Event): void {
    e.preventDefault(); // without it the browser never restores the context
    this.#lost.add(e.target as HTMLCanvasElement);
    if (this.#lost.size === 1) this.#options.onContextLost?.(true);
  }

  #contextRestored(e: Event): void {
    const canvas = e.target as HTMLCanvasElement;
    if (!this.#lost.delete(canvas)) return;
    // deck.gl does not rebuild its resources on a restored context: a new overlay (with a new canvas
    // and context) replaces one whose context was lost, as soon as any context comes back.
    const mapCanvas = this.map.getCanvas();
    if (this.#overlay && this.#Overlay && [canvas, ...this.#lost].some((c) => c !== mapCanvas)) {
      // The old overlay's canvas (lost, or restored now) is no longer watched, and its context is
      // given back: deck.gl would leave it live once restored, taking a place among the page's few.
      // (The lost event is queued: it fires once removeControl has taken the canvas out of ours.)
      for (const c of this.#deckCanvases()) this.#lost.delete(c), releaseContext(c);
      this.map.removeControl(this.#overlay);
      // The layers too are new: each holds its buffers and programs on the context it was drawn with.
      this.#layers = this.#layers.map((l) => l.clone({}));
      this.#addOverlay(this.#Overlay);
    }
    if (this.#lost.size > 0) return;
    this.map.triggerRepaint();
    this.#options.onContextLost?.(false);
  }

  /** New UI strings (the language changed): the cooperative-gesture hint is rebuilt with them. */
  setLocale(locale: Record<string, string>): void {
    Object.assign(this.map._locale, locale);
    const gestures = this.map.cooperativeGestures;
    if (gestures.isEnabled()) {
      gestures.disable();
      gestures.enable();
    }
  }

  /**
   * deck.gl's own canvas (over maplibre's) is made focusable by its event manager, which would put a
   * second, unnamed stop for the map in the tab order. The map's keyboard lives on maplibre's canvas
   * (src/ui/map-keyboard.ts), so deck's is taken out of the tab order and of the accessibility tree.
   */
  #quietDeckCanvas(): boolean {
    const canvases = this.#deckCanvases();
    for (const canvas of canvases) {
      canvas.tabIndex = -1;
      canvas.setAttribute('aria-hidden', 'true');
    }
    return canvases.length > 0;
  }

  /** deck.gl's canvas (the map container's other canvas), once the overlay is on the map. */
  /**
   * Removes the map and gives its WebGL contexts back: maplibre loses its own on remove, deck.gl's
   * stays live (releaseContext). With one left behind by every second map of a comparison, the 14th
   * one opened left the page map blank for good (compare-map.ts).
   */
  remove(): void {
    const deck = this.#deckCanvases(); // before remove(), which takes them out of the container
    this.map.remove();
    deck.forEach(releaseContext);
  }

  #deckCanvases(): HTMLCanvasElement[] {
    return [...this.map.getContainer().querySelectorAll('canvas')].filter((c) => c !== this.map.getCanvas());
  }

  /** Makes deck.gl's overlay (with its own canvas and WebGL context) and puts it on the map. */
  #addOverlay(Overlay: typeof MapLibreOverlay): void {
    this.#overlay = this.#createOverlay(Overlay);
    this.map.addControl(this.#overlay);
    // deck.gl's canvas starts at the browser's default 300 × 150 pixels and learns its size from a
    // ResizeObserver only after its first frame. That frame was drawn blurred and stretched, and the
    // resize after it waited for the GPU to finish it: ~0.9 s of a frozen page with software WebGL.
    // Sized now, before deck.gl's WebGL context reads the size, the first frame is the final one. The
    // size is luma.gl's: the CSS size (the overlay fills the map's container) × devicePixelRatio,
    // rounded down.
    const {clientWidth, clientHeight} = this.map.getContainer();
    if (clientWidth === 0 || clientHeight === 0) return; // not laid out yet: luma.gl sizes it later
    for (const canvas of this.#deckCanvases()) {
      canvas.width = Math.floor(clientWidth * devicePixelRatio);
      canvas.height = Math.floor(clientHeight * devicePixelRatio);
    }
  }

  /**
   * Whether something covers the map's lower part (on a phone: the pinned profile's sheet). Turned off,
   * the camera comes back inside the context rectangle at once, so that the background beyond it is
   * never left showing where the sheet was.
   */
  setRoomBelow(on: boolean): void {
    if (on === this.#roomBelow) return;
    this.#roomBelow = on;
    this.#applyMaxBounds();
    // The camera moved by the bounds fires no moveend: the view is reported here (the link follows it
    // when the user has moved the map before).
    this.#options.onViewChange(this.view(), false);
  }

  /** Whether the camera may go further south now (setRoomBelow): a second map follows (compare-map.ts). */
  get roomBelow(): boolean {
    return this.#roomBelow;
  }

  view(): MapView {
    const c = this.map.getCenter();
    return {lon: c.lng, lat: c.lat, zoom: this.map.getZoom()};
  }

  /**
   * deck.gl's overlay, with its own WebGL context, joins the map with the first layers (its module
   * is loaded then, if it is not yet). Made with the map, its context would be set up while maplibre
   * sets up its own and loads the basemap: with software WebGL both wait on the same GPU thread, and
   * the first complete render came ~60 ms later.
   */
  setLayers(layers: Layer[]): void {
    this.#layers = layers;
    if (this.#overlay) return this.#overlay.setProps({layers});
    this.#overlayLoading ??= import('@deck.gl/maplibre').then(({MapLibreOverlay}) => {
      this.#Overlay = MapLibreOverlay;
      this.#addOverlay(MapLibreOverlay); // with the latest layers
    }, this.#options.onError);
  }

  /** The visible area in world pixels at the current zoom (names are placed inside it). */
  visibleWorldBox(): Box {
    const zoom = this.map.getZoom();
    const b = this.map.getBounds();
    const [x0, y0] = worldPixels(b.getWest(), b.getNorth(), zoom);
    const [x1, y1] = worldPixels(b.getEast(), b.getSouth(), zoom);
    return {x0, y0, x1, y1};
  }

  /** Screen position (CSS pixels, relative to the map container) of a longitude/latitude. */
  project(lonLat: [number, number]): [number, number] {
    const p = this.map.project(lonLat);
    return [p.x, p.y];
  }

  /**
   * Room (px) the fit keeps clear on the map's left beyond its margin: the zoom buttons over the upper
   * half of a stacked side by side (compare-map.ts), which covered Talas there.
   */
  fitClearLeft = 0;

  fitKyrgyzstan(): void {
    this.map.fitBounds(KG_BOUNDS, {padding: {top: 24, right: 24, bottom: 24, left: 24 + this.fitClearLeft}, duration: 0}, PAGE_MOVE);
  }
}
