import {describe, expect, it} from 'vitest';
import {stackOffsets} from '../../../src/layers/stack-offsets';

describe('stackOffsets', () => {
  it('leaves a lone marker where it is', () => {
    const {offsets, centres} = stackOffsets([{id: 'a', position: [74, 42], radius: 6}]);
    expect(offsets.get('a')).toEqual([0, 0]);
    expect(centres).toEqual([]);
  });

  it('spreads markers at one point so that none covers another, and marks the point', () => {
    const {offsets, centres} = stackOffsets([
      {id: 'big', position: [76.4244, 42.4936], radius: 19},
      {id: 'small', position: [76.4244, 42.4936], radius: 8},
    ]);
    const [a, b] = [offsets.get('big')!, offsets.get('small')!];
    expect(Math.hypot(a[0] - b[0], a[1] - b[1])).toBeGreaterThanOrEqual(19 * 2);
    expect(centres).toEqual([[76.4244, 42.4936]]);
  });

  it('rings a reserved marker (a growth point at the same settlement)', () => {
    const {offsets} = stackOffsets([{id: 'proxy', position: [75.7566, 42.2155], radius: 6}], [{position: [75.7566, 42.2155], radius: 5}]);
    const [dx, dy] = offsets.get('proxy')!;
    expect(Math.hypot(dx, dy)).toBeGreaterThanOrEqual(6 + 5);
  });
});
