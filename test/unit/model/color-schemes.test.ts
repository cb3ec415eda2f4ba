// The copied schemes are exactly d3-scale-chromatic's (the library stays a dev dependency for this).
import {interpolateViridis as d3Viridis, schemeBrBG} from 'd3-scale-chromatic';
import {describe, expect, it} from 'vitest';
import {interpolateViridis, SCHEME_BRBG} from '../../../src/model/color-schemes';

describe('colour schemes copied from d3-scale-chromatic', () => {
  it('BrBG has the same colours for every class count', () => {
    for (let k = 3; k <= 11; k++) expect(SCHEME_BRBG[k]).toEqual(schemeBrBG[k]);
    expect(SCHEME_BRBG.length).toBe(schemeBrBG.length);
  });

  it('viridis gives the same colour at every step and at the ends', () => {
    for (let i = -2; i <= 514; i++) expect(interpolateViridis(i / 512)).toBe(d3Viridis(i / 512));
  });
});
