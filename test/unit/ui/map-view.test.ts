// @vitest-environment happy-dom
// Bringing a point into view: not only out from under the panels, but out from under the zoom buttons.
import {afterEach, describe, expect, it, vi} from 'vitest';
import type {AtlasMap} from '../../../src/map/atlas-map';
import {bringIntoView, outlineBox, panToShow, uncoveredBox} from '../../../src/ui/map-view';

const rect = (x: number, y: number, width: number, height: number) => ({x, y, left: x, top: y, width, height, right: x + width, bottom: y + height, toJSON: () => ({})}) as DOMRect;

/** A 390 × 600 map at the page's top left, with the point projected at `at`; records its pans. */
function fakeMap(at: [number, number]) {
  const container = document.createElement('div');
  container.getBoundingClientRect = () => rect(0, 0, 390, 600);
  document.body.append(container);
  const panBy = vi.fn();
  const map = {map: {getContainer: () => container, panBy}, project: () => at} as unknown as AtlasMap;
  return {map, panBy};
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('bringIntoView', () => {
  it('leaves a point well inside the map where it is', () => {
    const {map, panBy} = fakeMap([200, 300]);
    expect(bringIntoView(map, [74, 41])).toBe(false);
    expect(panBy).not.toHaveBeenCalled();
  });

  it('moves a point from under the zoom buttons (a phone’s 44 px column), to the free area’s middle', () => {
    const buttons = document.createElement('div');
    buttons.className = 'kg-map-controls';
    buttons.getBoundingClientRect = () => rect(8, 8, 46, 134);
    document.body.append(buttons);
    // Inside the 40 px margin, but under the buttons.
    const {map, panBy} = fakeMap([48, 120]);
    expect(bringIntoView(map, [70, 42])).toBe(true);
    expect(panBy).toHaveBeenCalledWith([48 - 195, 120 - 300], {duration: 0}, expect.anything());
    // Right of them: left alone.
    const right = fakeMap([80, 120]);
    expect(bringIntoView(right.map, [70, 42])).toBe(false);
  });
});

// The tablet audit: a region pinned by a link at 1280 × 800 was brought out by its name's point alone,
// and two thirds of Naryn stayed under the profile.
describe('panToShow, with a region’s box', () => {
  const free = {left: 0, top: 0, right: 560, bottom: 700};

  it('brings the whole region in by the least pan where it fits', () => {
    // Its name's point is inside; its east end is under the profile (right of 560 − 40).
    expect(panToShow(free, [400, 300], [[300, 200], [700, 420]])).toEqual([700 - 520, 0]);
    expect(panToShow(free, [100, 600], [[20, 500], [200, 690]])).toEqual([20 - 40, 690 - 660]);
  });

  it('leaves a region already in view where it is', () => {
    expect(panToShow(free, [400, 300], [[300, 200], [500, 420]])).toBeNull();
  });

  it('brings the name’s point to the middle of a free area the region does not fit', () => {
    expect(panToShow(free, [700, 300], [[300, 200], [900, 420]])).toEqual([700 - 280, 300 - 350]);
    expect(panToShow(free, [400, 300], [[0, 200], [900, 420]])).toBeNull();
  });

  it('takes the box round the outer rings of a region’s polygons', () => {
    const geometry = {type: 'MultiPolygon', coordinates: [[[[74, 42], [76, 41], [75, 43], [74, 42]], [[74.5, 42], [74.6, 42.1], [74.5, 42]]], [[[78, 40], [79, 40.5], [78, 40]]]]} as const;
    expect(outlineBox(geometry as unknown as Parameters<typeof outlineBox>[0])).toEqual([74, 40, 79, 43]);
  });
});

describe('uncoveredBox', () => {
  // The map of a 1366 × 768 window, right of the 320 px sidebar, under a 56 px header.
  const map = rect(320, 56, 1046, 712);

  it('leaves the map left of the profile and the scenario editor side by side at its right (1366 px)', () => {
    const editor = rect(958, 64, 400, 696);
    const profile = rect(590, 64, 360, 500);
    expect(uncoveredBox(map, [editor, profile])).toEqual({left: 320, top: 56, right: 590, bottom: 768});
    // In either order.
    expect(uncoveredBox(map, [profile, editor])).toEqual({left: 320, top: 56, right: 590, bottom: 768});
  });

  it('moves in the side a lone panel is along, or is nearer by its centre; raises the bottom under a sheet', () => {
    expect(uncoveredBox(map, [rect(998, 64, 360, 500)])).toMatchObject({left: 320, right: 998});
    expect(uncoveredBox(map, [rect(328, 64, 360, 500)])).toMatchObject({left: 688, right: 1366});
    // Floating, right of the middle.
    expect(uncoveredBox(map, [rect(1000, 100, 200, 200)])).toMatchObject({left: 320, right: 1000});
    const phone = rect(0, 0, 390, 600);
    expect(uncoveredBox(phone, [rect(0, 380, 390, 220)])).toEqual({left: 0, top: 0, right: 390, bottom: 380});
    // A panel off the map (over the sidebar) covers nothing of it.
    expect(uncoveredBox(map, [rect(0, 64, 300, 500)])).toEqual({left: 320, top: 56, right: 1366, bottom: 768});
  });
});
