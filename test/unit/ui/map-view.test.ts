// @vitest-environment happy-dom
// Bringing a point into view: not only out from under the panels, but out from under the zoom buttons.
import {afterEach, describe, expect, it, vi} from 'vitest';
import type {AtlasMap} from '../../../src/map/atlas-map';
import {bringIntoView} from '../../../src/ui/map-view';

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
