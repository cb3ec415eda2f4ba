// The bridge between the map (created in main.ts) and the exporters (loaded later): main.ts registers
// how to capture the map, the picture exporter asks for it. Kept tiny: it is in the first bundle.

export interface MapShot {
  /** The map (basemap and every data layer) at `scale` device pixels per CSS pixel. */
  canvas: HTMLCanvasElement;
  /** The map's size in the picture, CSS pixels (on screen, or the frame asked for). */
  width: number;
  height: number;
  /** Metres on the ground per CSS pixel at the picture's middle (its scale bar). */
  metresPerPixel: number;
}

export interface CaptureOptions {
  /** Device pixels per CSS pixel. */
  scale: number;
  /** The map's CSS size in the picture when it is not the map's on screen (the article's picture): the
   * map is drawn at this size with the country fitted into it. */
  frame?: {width: number; height: number};
  /** The camera is the page's own (no `view` in the link): the picture fits the country (png-layout.ts pictureFrame). */
  fitCountry?: boolean;
}

export type MapCapture = (options: CaptureOptions) => Promise<MapShot>;

let capture: MapCapture | null = null;

export function provideMapCapture(fn: MapCapture | null): void {
  capture = fn;
}

export function mapCapture(): MapCapture | null {
  return capture;
}
