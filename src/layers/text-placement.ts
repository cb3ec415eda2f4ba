// How a TextLayer writes a name at a placement chosen by src/model/label-placement.ts: the text's
// anchor, baseline and pixel offset from its point (`o` = the gap from the point).
import type {Placement} from '../model/label-placement';

export const ANCHOR: Record<Placement, 'start' | 'end' | 'middle'> = {right: 'start', left: 'end', top: 'middle', bottom: 'middle', center: 'middle'};
export const BASELINE: Record<Placement, 'center' | 'bottom' | 'top'> = {right: 'center', left: 'center', top: 'bottom', bottom: 'top', center: 'center'};
export const OFFSET: Record<Placement, (o: number) => [number, number]> = {
  center: () => [0, 0],
  right: (o) => [o, 0],
  left: (o) => [-o, 0],
  top: (o) => [0, -o],
  bottom: (o) => [0, o],
};
