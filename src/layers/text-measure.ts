// Width of a label in CSS pixels, measured with the same font stack the TextLayer draws with, so label
// placement knows how much room a name takes. Without a DOM (unit tests) it estimates from the length.
import {LABEL_FONT} from './label-layers';

let context: CanvasRenderingContext2D | null | undefined;
const cache = new Map<string, number>();

export function measureText(text: string, size: number, weight: number | string): number {
  const key = `${weight}|${size}|${text}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  if (context === undefined) context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  let width: number;
  if (context) {
    context.font = `${weight} ${size}px ${LABEL_FONT}`;
    width = context.measureText(text).width;
  } else width = text.length * size * 0.6;
  cache.set(key, width);
  return width;
}
