import {describe, expect, it} from 'vitest';
import {perObject} from '../../../src/layers/per-object';

describe('perObject', () => {
  it('turns each constant into an accessor returning it, triggered by its value', () => {
    const props = perObject({getLineWidth: 1.5, getLineColor: [1, 2, 3, 255]}, {getPosition: 'a,b'});
    expect(props.getLineWidth()).toBe(1.5);
    expect(props.getLineColor()).toEqual([1, 2, 3, 255]);
    expect(props.updateTriggers).toEqual({getLineWidth: '1.5', getLineColor: '[1,2,3,255]', getPosition: 'a,b'});
  });

  it('gives a new trigger when a constant changes (deck.gl then asks the accessor again)', () => {
    expect(perObject({getFillColor: [0, 0, 0, 255]}).updateTriggers).not.toEqual(perObject({getFillColor: [255, 255, 255, 255]}).updateTriggers);
  });
});
