import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {placeGrowthLabels} from '../../../src/layers/growth-points-layers';
import {boxesOverlap, labelBox, placeLabels, worldPixels, type LabelCandidate} from '../../../src/model/label-placement';
import {shippedTables} from './shipped-data';

const label = (id: string, x: number, y: number, priority = 0, width = 40): LabelCandidate => ({id, x, y, width, height: 12, offset: 5, priority});

describe('placeLabels', () => {
  it('puts a lone label to the right of its point', () => {
    expect(placeLabels([label('a', 100, 100)])).toEqual([{id: 'a', placement: 'right', box: {x0: 105, y0: 94, x1: 145, y1: 106}, offset: 5}]);
  });

  it('moves a label to another side when its right and left are taken', () => {
    const placed = placeLabels([label('a', 100, 100, 2), label('b', 140, 104, 1)]);
    const b = placed.find((p) => p.id === 'b')!;
    expect(['top', 'bottom']).toContain(b.placement);
    expect(boxesOverlap(b.box, placed.find((p) => p.id === 'a')!.box)).toBe(false);
  });

  it('gives way to higher priority and drops what fits nowhere', () => {
    // Four names for one point: not all fit around it; the least important is the one left out.
    const placed = placeLabels([label('p1', 100, 100, 1), label('p9', 100, 100, 9), label('p5', 100, 100, 5), label('p3', 100, 100, 3)]);
    const ids = placed.map((p) => p.id);
    expect(ids[0]).toBe('p9');
    expect(ids).not.toContain('p1');
    expect(ids.length).toBeLessThan(4);
  });

  it('writes a required name even where nothing fits, where it covers least', () => {
    const right = labelBox(label('x', 100, 100), 'right');
    const others = (['left', 'top', 'bottom'] as const).map((p) => labelBox(label('x', 100, 100, 0, 20), p));
    // Right is fully covered; left, top and bottom only partly (their obstacles are narrower).
    const placed = placeLabels([{...label('capital', 100, 100), required: true}], [right, ...others]);
    expect(placed).toHaveLength(1);
    expect(placed[0]!.placement).not.toBe('right');
    expect(placeLabels([label('optional', 100, 100)], [right, ...others])).toEqual([]);
  });

  it('avoids obstacles such as other names and markers', () => {
    const obstacle = labelBox(label('x', 100, 100), 'right');
    expect(placeLabels([label('a', 100, 100)], [obstacle])[0]!.placement).toBe('left');
  });

  it("tries a name's own placements, in its order, instead of the call's", () => {
    const own = {...label('a', 100, 100), placements: ['center', 'bottom'] as const};
    // A marker on the centred name's end.
    const marker = {x0: 112, y0: 92, x1: 120, y1: 99};
    expect(placeLabels([own])[0]!.placement).toBe('center');
    expect(placeLabels([own], [marker])[0]!.placement).toBe('bottom');
    // Neither fits: left out, although one of the call's placements (left) would have fitted.
    expect(placeLabels([own], [marker, labelBox(own, 'bottom')])).toEqual([]);
  });

  it('keeps names inside the visible area', () => {
    const placed = placeLabels([label('edge', 10, 100)], [], {bounds: {x0: 0, y0: 0, x1: 200, y1: 200}});
    expect(placed[0]!.placement).toBe('right');
    const left = placeLabels([label('edge', 190, 100)], [], {bounds: {x0: 0, y0: 0, x1: 200, y1: 200}});
    expect(left[0]!.placement).toBe('left');
  });

  it('never lets two placed names overlap (property)', () => {
    const candidate = fc.record({
      x: fc.integer({min: 0, max: 300}),
      y: fc.integer({min: 0, max: 300}),
      w: fc.integer({min: 10, max: 90}),
      p: fc.integer({min: 0, max: 5}),
    });
    fc.assert(
      fc.property(fc.array(candidate, {maxLength: 30}), (cs) => {
        const placed = placeLabels(cs.map((c, i) => label(`l${i}`, c.x, c.y, c.p, c.w)));
        for (let i = 0; i < placed.length; i++)
          for (let j = i + 1; j < placed.length; j++) expect(boxesOverlap(placed[i]!.box, placed[j]!.box)).toBe(false);
      }),
    );
  });
});

describe('worldPixels', () => {
  it('puts 0,0 in the middle of the world and doubles with each zoom level', () => {
    expect(worldPixels(0, 0, 0)).toEqual([256, 256]);
    const [x6] = worldPixels(75, 41, 6);
    const [x7] = worldPixels(75, 41, 7);
    expect(x7 / x6).toBeCloseTo(2, 10);
  });
});

describe('growth-point names at country zoom', () => {
  const data = shippedTables();
  const base = {rows: data.growthPoints, lang: 'en' as const, obstacles: [], cityRings: new Map(), viewport: null};

  it('places oblast centres first and never overlaps names (zoom of a 1280×800 window)', () => {
    const placed = placeGrowthLabels({...base, zoom: 6.1});
    const ids = placed.map((p) => p.id);
    for (const centre of ['GP01', 'GP02', 'GP03', 'GP05', 'GP09', 'GP11', 'GP18']) expect(ids).toContain(centre);
    for (let i = 0; i < placed.length; i++)
      for (let j = i + 1; j < placed.length; j++) expect(boxesOverlap(placed[i]!.box, placed[j]!.box)).toBe(false);
  });

  it('always names Bishkek and Osh when they are drawn as city rings', () => {
    const cityRings = new Map([
      ['GP01', {position: [74.6, 42.86] as [number, number], radiusMeters: 6000, surroundPx: 19}],
      ['GP02', {position: [72.8, 40.53] as [number, number], radiusMeters: 6000, surroundPx: 0}],
    ]);
    for (const zoom of [4.6, 6.1, 8]) {
      const ids = placeGrowthLabels({...base, zoom, cityRings}).map((p) => p.id);
      expect(ids, `zoom ${zoom}`).toEqual(expect.arrayContaining(['GP01', 'GP02']));
    }
  });

  it('drops names rather than overlapping them on a 360 px phone (zoom ~4.9)', () => {
    const wide = placeGrowthLabels({...base, zoom: 6.1}).length;
    const narrow = placeGrowthLabels({...base, zoom: 4.9});
    expect(narrow.length).toBeLessThan(wide);
    expect(narrow.map((p) => p.id)).toContain('GP01');
    for (let i = 0; i < narrow.length; i++)
      for (let j = i + 1; j < narrow.length; j++) expect(boxesOverlap(narrow[i]!.box, narrow[j]!.box)).toBe(false);
  });
});
