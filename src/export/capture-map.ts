// The map as a picture for the PNG export (loaded with the export, not in the first view): basemap and
// deck.gl layers in one canvas, at `scale` device pixels per CSS pixel. For a scale other than the
// current one, both renderers draw once at that pixel ratio (maplibre's setPixelRatio, deck.gl's
// useDevicePixels) and are then put back; the map on screen keeps its CSS size throughout. Both keep
// their drawing buffers, so the canvases can be read after the frame. For a picture of another size
// than the map's (the article's, png-layout.ts ARTICLE_PICTURE) the map's element takes that size for
// the capture, so that the map's names and symbols are drawn at their size, not shrunk with the map.
import {KG_BOUNDS, type AtlasMap} from '../map/atlas-map';
import {PAGE_MOVE} from '../map/page-move';
import {metresPerPixel} from '../map/scale';
import {PHONE_MEDIA} from '../ui/breakpoints';
import type {CaptureOptions, MapShot} from './map-capture';
import {pictureFrame} from './png-layout';

const nextFrame = () => new Promise((r) => requestAnimationFrame(r));
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function captureMap(atlas: AtlasMap, {scale, frame, fitCountry}: CaptureOptions): Promise<MapShot> {
  const map = atlas.map;
  const overlay = atlas.overlay; // null before deck.gl has any layer: the basemap alone
  const container = map.getContainer();
  // The element is placed by `inset: 0` (styles.css): the frame's size replaces that for the capture.
  // Its own inline values are kept one by one and put back through the CSSOM: the page's CSP
  // (style-src 'self') refuses setAttribute('style'), which left the map at the frame's size on the
  // page after a second capture.
  const sizing = ['right', 'bottom', 'width', 'height'] as const;
  const before = sizing.map((p) => container.style[p]);
  if (frame) Object.assign(container.style, {right: 'auto', bottom: 'auto', width: `${frame.width}px`, height: `${frame.height}px`});
  const width = container.clientWidth;
  const mapHeight = container.clientHeight;
  const target = [Math.round(width * scale), Math.round(mapHeight * scale)];
  const original = map.getPixelRatio();
  const changed = scale !== original;
  // On a phone the picture is a band of the map with the country fitted into it (png-layout.ts), not
  // the page's camera, which is offset for the bottom sheet; on a larger screen the whole map, the
  // country fitted into it while the camera is the page's own (moved beside a pinned profile); the
  // camera is put back after.
  // A frame of its own: all of it, with the country fitted 24 px inside as the map's own fit.
  const band = frame ? {top: 0, height: mapHeight, padding: {top: 24, bottom: 24, left: 24, right: 24}} : pictureFrame({width, height: mapHeight}, matchMedia(PHONE_MEDIA).matches, fitCountry);
  const camera = band.padding ? atlas.view() : null;
  const height = band.height;
  // Within a pixel: the two renderers may round a fractional device size differently.
  const sized = (c: HTMLCanvasElement | null) => c !== null && Math.abs(c.width - target[0]!) <= 1 && Math.abs(c.height - target[1]!) <= 1;
  try {
    if (frame) map.resize();
    if (changed) {
      map.setPixelRatio(scale);
      overlay?.setProps({useDevicePixels: scale});
    }
    // The layers follow the camera (the view change places the names for the new zoom).
    if (band.padding) map.fitBounds(KG_BOUNDS, {padding: band.padding, duration: 0}, PAGE_MOVE);
    // Wait until both canvases have the new size (each resizes on its next frame)…
    const start = performance.now();
    while (!(sized(map.getCanvas()) && (!overlay || sized(overlay.getCanvas())))) {
      if (performance.now() - start > 10_000) throw new Error('the map did not redraw at the export size');
      map.triggerRepaint();
      await nextFrame();
    }
    // …then one more basemap frame (deck.gl draws in the frame that resizes it) and two frames more.
    const rendered = new Promise((r) => map.once('render', r));
    map.triggerRepaint();
    await Promise.race([rendered, wait(2000)]);
    await nextFrame();
    await nextFrame();
    const out = document.createElement('canvas');
    out.width = target[0]!;
    out.height = Math.round(height * scale);
    const ctx = out.getContext('2d')!;
    // Each canvas's own pixels for the band (its device size may differ from the target by a pixel).
    for (const canvas of [map.getCanvas(), overlay?.getCanvas()]) {
      if (!canvas) continue;
      const ky = canvas.height / mapHeight;
      ctx.drawImage(canvas, 0, band.top * ky, canvas.width, height * ky, 0, 0, out.width, out.height);
    }
    // Web Mercator's scale at the band's middle.
    const middle = map.unproject([width / 2, band.top + height / 2]);
    return {canvas: out, width, height, metresPerPixel: metresPerPixel(middle.lat, map.getZoom())};
  } finally {
    if (frame) {
      sizing.forEach((p, i) => (container.style[p] = before[i]!));
      map.resize();
    }
    if (camera) map.jumpTo({center: [camera.lon, camera.lat], zoom: camera.zoom}, PAGE_MOVE);
    if (changed) {
      map.setPixelRatio(original);
      overlay?.setProps({useDevicePixels: true});
    }
  }
}
