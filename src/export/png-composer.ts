// Draws the exported picture on a canvas: the map as captured at the chosen scale (basemap and
// deck.gl layers, see AtlasMap.capture), then title, legend, notes, source and attribution as Canvas
// 2D text. Not html2canvas: the parts are few and known, Canvas text is exact at any scale, and no
// library has to re-interpret the page's CSS (or its shadow DOM).
import {svgDataUrl} from '../layers/energy-symbols';
import type {MapCapture} from './map-capture';
import {layoutPng, type DrawOp, type PngColors, type PngContent, type PngLayout} from './png-layout';

export interface PngResult {
  blob: Blob;
  /** Pixel size of the PNG. */
  width: number;
  height: number;
  layout: PngLayout;
}

/** The picture's size at `scale` for a map of the given CSS size (what the dialog announces). */
export function pngSize(layout: Pick<PngLayout, 'width' | 'height'>, scale: number): {width: number; height: number} {
  return {width: Math.round(layout.width * scale), height: Math.round(layout.height * scale)};
}

export function measureWithCanvas(): (text: string, font: string) => number {
  const ctx = document.createElement('canvas').getContext('2d')!;
  return (text, font) => {
    ctx.font = font;
    return ctx.measureText(text).width;
  };
}

function drawSwatch(ctx: CanvasRenderingContext2D, op: Extract<DrawOp, {kind: 'swatch'}>, dark: boolean): void {
  ctx.fillStyle = op.color;
  ctx.fillRect(op.x, op.y, op.w, op.h);
  if (op.unknown) {
    // The map's no-data stipple (src/layers/no-data-layers.ts), as in the on-screen legend.
    ctx.fillStyle = dark ? 'rgb(190 190 190)' : 'rgb(80 80 80)';
    for (let y = op.y + 2.5; y < op.y + op.h; y += 5)
      for (let x = op.x + 2.5; x < op.x + op.w; x += 5) {
        ctx.beginPath();
        ctx.arc(x, y, 1.1, 0, 2 * Math.PI);
        ctx.fill();
      }
  }
  ctx.strokeStyle = op.border;
  ctx.lineWidth = 1;
  ctx.strokeRect(op.x + 0.5, op.y + 0.5, op.w - 1, op.h - 1);
}

/** The keys' symbols as decoded images, each SVG once (a layer's keys repeat a few shapes). */
async function keyImages(ops: readonly DrawOp[]): Promise<Map<string, HTMLImageElement>> {
  const images = new Map<string, HTMLImageElement>();
  for (const op of ops)
    if (op.kind === 'image' && !images.has(op.svg)) {
      const image = new Image();
      image.src = svgDataUrl(op.svg);
      images.set(op.svg, image);
    }
  await Promise.all([...images.values()].map((image) => image.decode()));
  return images;
}

export async function composePng(options: {
  capture: MapCapture;
  content: PngContent;
  scale: number;
  /** The map's CSS size in the picture when not the map's on screen (the article's, ARTICLE_PICTURE). */
  frame?: {width: number; height: number};
  /** The camera is the page's own: the picture fits the country (CaptureOptions). */
  fitCountry?: boolean;
  colors: PngColors;
  fontFamily: string;
  dark: boolean;
}): Promise<PngResult> {
  const {scale} = options;
  const shot = await options.capture({scale, fitCountry: options.fitCountry ?? false, ...(options.frame && {frame: options.frame})});
  const layout = layoutPng(options.content, {width: shot.width, mapHeight: shot.height, metresPerPixel: shot.metresPerPixel}, options.colors, measureWithCanvas(), options.fontFamily);
  const size = pngSize(layout, scale);
  const images = await keyImages(layout.ops);
  const canvas = document.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  const ctx = canvas.getContext('2d')!;
  ctx.scale(scale, scale);
  ctx.textBaseline = 'alphabetic';
  for (const op of layout.ops) {
    if (op.kind === 'fill') {
      ctx.fillStyle = op.color;
      ctx.fillRect(op.x, op.y, op.w, op.h);
    } else if (op.kind === 'map') ctx.drawImage(shot.canvas, op.x, op.y, op.w, op.h);
    else if (op.kind === 'swatch') drawSwatch(ctx, op, options.dark);
    else if (op.kind === 'image') ctx.drawImage(images.get(op.svg)!, op.x, op.y, op.w, op.h);
    else {
      ctx.font = op.font;
      ctx.fillStyle = op.color;
      ctx.fillText(op.text, op.x, op.y);
    }
  }
  const blob = await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the browser could not encode the PNG'))), 'image/png'),
  );
  return {blob, ...size, layout};
}
