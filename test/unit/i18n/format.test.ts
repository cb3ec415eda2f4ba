import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {formatDateTime, formatNumber, intlSupports, numberFormatter} from '../../../src/i18n/format';

// Node ships full ICU data, so here Intl knows Kyrgyz: the rule used where a browser does not
// (numberFormatter(…, false)) must give exactly what ICU gives.
describe('Kyrgyz number fallback', () => {
  it('runs where Intl has Kyrgyz data (else this file would compare the rule with itself)', () => {
    expect(intlSupports('ky')).toBe(true);
    expect(new Intl.NumberFormat('ky-KG').format(1234.5)).toBe('1\u00a0234,5');
  });

  it('writes a no-break space between thousands and a decimal comma', () => {
    expect(numberFormatter('ky', {minDecimals: 1}, false)(1234567.5)).toBe('1\u00a0234\u00a0567,5');
    expect(numberFormatter('ky', {minDecimals: 3}, false)(0.5)).toBe('0,500');
    expect(numberFormatter('ky', {}, false)(-1234)).toBe('-1\u00a0234');
  });

  it('matches ICU Kyrgyz for any number and precision', () => {
    fc.assert(
      fc.property(fc.double({min: -1e12, max: 1e12, noNaN: true}), fc.integer({min: 0, max: 4}), fc.integer({min: 0, max: 3}), (value, min, extra) => {
        const options = {minDecimals: min, maxDecimals: min + extra};
        expect(numberFormatter('ky', options, false)(value)).toBe(numberFormatter('ky', options, true)(value));
      }),
      {numRuns: 500},
    );
  });

  it('is what formatNumber uses in a browser without Kyrgyz data, and Intl elsewhere', () => {
    // Same text either way in Node; the choice itself is intlSupports, checked above.
    expect(formatNumber('ky', 2.075, {minDecimals: 3})).toBe('2,075');
    expect(formatNumber('ru', 1234.5, {minDecimals: 1})).toBe('1\u00a0234,5');
    expect(formatNumber('en', 1234.5, {minDecimals: 1})).toBe('1,234.5');
  });

  it('defaults to at most three decimals, and never fewer than asked', () => {
    expect(formatNumber('en', 1.23456)).toBe('1.235');
    expect(formatNumber('en', 2, {minDecimals: 2})).toBe('2.00');
    expect(formatNumber('en', 2.5, {maxDecimals: 0})).toBe('3');
  });
});

describe('Kyrgyz date fallback', () => {
  it('matches ICU Kyrgyz for every month and any time of day', () => {
    fc.assert(
      fc.property(fc.date({min: new Date(2000, 0, 1), max: new Date(2099, 11, 31), noInvalidDate: true}), (date) => {
        expect(formatDateTime('ky', date, false)).toBe(formatDateTime('ky', date, true));
      }),
      {numRuns: 300},
    );
    expect(formatDateTime('ky', new Date(2024, 2, 5, 14, 30), false)).toBe('2024-ж., 5-мар. 14:30');
  });

  it('uses Intl for Russian and English', () => {
    expect(formatDateTime('ru', new Date(2024, 2, 5, 14, 30))).toBe('5 мар. 2024 г., 14:30');
    expect(formatDateTime('en', new Date(2024, 2, 5, 14, 30))).toBe('5 Mar 2024, 14:30');
  });
});
