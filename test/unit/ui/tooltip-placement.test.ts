// Where the hover tooltip goes (src/ui/tooltip-placement.ts): beside the pointer, inside the part of the
// map no panel covers, and clear of the map's key help at its bottom left while that shows.
import {describe, expect, it} from 'vitest';
import {placeTooltip, type Rect} from '../../../src/ui/tooltip-placement';

/** A desktop map area (960 × 744) and its key help, two lines at the bottom left (styles.css: left 8, bottom 28). */
const FREE: Rect = {left: 0, top: 0, right: 960, bottom: 744};
const HINT: Rect = {left: 8, top: 672, right: 568, bottom: 716};
const TIP = {width: 280, height: 197};

const box = (p: {left: number; top: number}, size = TIP): Rect => ({left: p.left, top: p.top, right: p.left + size.width, bottom: p.top + size.height});
const overlaps = (a: Rect, b: Rect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const inside = (a: Rect, b: Rect) => a.left >= b.left && a.top >= b.top && a.right <= b.right && a.bottom <= b.bottom;

describe('placeTooltip', () => {
  it('puts the box below and right of the pointer, flipped left and up near the edges, with nothing to avoid', () => {
    expect(placeTooltip({x: 100, y: 100}, TIP, FREE)).toEqual({left: 114, top: 114});
    expect(placeTooltip({x: 900, y: 100}, TIP, FREE)).toEqual({left: 608, top: 114});
    expect(placeTooltip({x: 100, y: 600}, TIP, FREE)).toEqual({left: 114, top: 393});
    // The key help elsewhere changes nothing.
    expect(placeTooltip({x: 500, y: 100}, TIP, FREE, [HINT])).toEqual({left: 514, top: 114});
  });

  it('keeps the box off the key help: above the pointer when below it would cover the help (Batken, hovered or reached by the keyboard)', () => {
    const at = placeTooltip({x: 120, y: 530}, TIP, FREE, [HINT]);
    expect(at).toEqual({left: 134, top: 530 - 10 - TIP.height});
    expect(overlaps(box(at), HINT)).toBe(false);
  });

  it('keeps the box off the key help with the pointer over the help itself', () => {
    for (const y of [650, 675, 700, 715]) {
      const at = placeTooltip({x: 200, y}, TIP, FREE, [HINT]);
      expect(overlaps(box(at), HINT), `pointer at y ${y}`).toBe(false);
      expect(inside(box(at), FREE), `pointer at y ${y}`).toBe(true);
      // Above the pointer, or just above the help where the pointer is over it.
      expect(at.top + TIP.height).toBe(Math.min(y - 10, HINT.top - 6));
    }
  });

  it('goes below the key help when there is no room above it, and stays where it was put when nothing fits', () => {
    const low: Rect = {left: 8, top: 20, right: 568, bottom: 60};
    const at = placeTooltip({x: 100, y: 10}, TIP, FREE, [low]);
    expect(overlaps(box(at), low)).toBe(false);
    expect(at.top).toBe(66);
    // A map too short for the box anywhere off the help: the box is placed as without it.
    const short: Rect = {left: 0, top: 0, right: 960, bottom: 240};
    const wide: Rect = {left: 0, top: 100, right: 960, bottom: 140};
    expect(placeTooltip({x: 100, y: 120}, TIP, short, [wide])).toEqual(placeTooltip({x: 100, y: 120}, TIP, short));
  });
});
