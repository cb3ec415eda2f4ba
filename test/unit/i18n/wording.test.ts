// Wording the three languages must agree on, beyond the glossary's terms (glossary.test.ts).
import {describe, expect, it} from 'vitest';
import type {MessageKey} from '../../../src/i18n/i18n';
import {allMessages} from './all-messages';

const MESSAGES = {ky: allMessages('ky'), ru: allMessages('ru'), en: allMessages('en')};
const KEYS = Object.keys(MESSAGES.en) as MessageKey[];

describe('wording', () => {
  it('says the reference value as 1.0 / 1,0 in every language where one does (Kyrgyz «1,0-дөн», not «1ден»)', () => {
    const count = (text: string, one: RegExp) => (text.match(one) ?? []).length;
    const differ = KEYS.filter((k) => {
      const en = count(MESSAGES.en[k], /\b1\.0\b/g);
      return count(MESSAGES.ru[k], /\b1,0\b/g) !== en || count(MESSAGES.ky[k], /\b1,0\b/g) !== en;
    }).map((k) => `${k}: «${MESSAGES.ru[k]}» / «${MESSAGES.ky[k]}»`);
    expect(differ).toEqual([]);
  });

  it('calls the way the index combines its components «способ агрегирования» in Russian, not «свёртка» (a convolution)', () => {
    expect(KEYS.filter((k) => /св[её]ртк/i.test(MESSAGES.ru[k]))).toEqual([]);
    expect(MESSAGES.ru['scenario.aggregation']).toBe('Способ агрегирования');
  });

  it('does not name the coefficients of imported data "your data": a link computes them from the shipped statistics too', () => {
    for (const lang of ['en', 'ru', 'ky'] as const)
      for (const ind of ['lq', 'pc', 'spec'])
        for (const part of ['name', 'about'])
          expect(MESSAGES[lang][`ind.${ind}.${part}` as MessageKey]).not.toMatch(/your data|you imported|ваши данные|загруженным вами|сиздин маалымат|сиз жүктөгөн/i);
  });

  it('writes a Kyrgyz case ending after a number in digits with a hyphen («100-дөн», «1-ге»), as after a year («2019-жылы»)', () => {
    expect(KEYS.filter((k) => /\d(дөн|ден|дан|дон|ге|го|ке|ка|га|гө)(?![а-яөүң])/.test(MESSAGES.ky[k]))).toEqual([]);
  });
});
