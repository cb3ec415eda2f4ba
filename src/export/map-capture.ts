// The bridge between the map (created in main.ts) and the exporters (loaded later): main.ts registers
// how to capture the map, the picture exporter asks for it. Kept tiny: it is in the first bundle.

export interface MapShot {
  /** The map (basemap and every data layer) at `scale` device pixels per CSS pixel. */
  canvas: HTMLCanvasElement;
  /** The map's size on screen, CSS pixels. */
  width: number;
  height: number;
}

export type MapCapture = (scale: number) => Promise<MapShot>;

let capture: MapCapture | null = null;

export function provideMapCapture(fn: MapCapture | null): void {
  capture = fn;
}

export function mapCapture(): MapCapture | null {
  return capture;
}
