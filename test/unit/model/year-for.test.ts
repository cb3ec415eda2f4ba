import {describe, expect, it} from 'vitest';
import {INDICATORS, yearFor} from '../../../src/model/indicators';

describe('yearFor', () => {
  it('keeps a year the indicator has, else opens at its default; a period indicator has none', () => {
    expect(yearFor(INDICATORS['mfg-lq'], 2018)).toBe(2018);
    expect(yearFor(INDICATORS['mfg-lq'], 2030)).toBe(INDICATORS['mfg-lq'].years!.default);
    expect(yearFor(INDICATORS['mfg-lq'], null)).toBe(INDICATORS['mfg-lq'].years!.default);
    expect(yearFor(INDICATORS.lq2018, 2024)).toBe(2018);
    expect(yearFor(INDICATORS.integral, 2018)).toBeNull();
  });
});
