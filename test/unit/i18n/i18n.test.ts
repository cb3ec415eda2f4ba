import {describe, expect, it} from 'vitest';
import {LANGS, preferredLang, t} from '../../../src/i18n/i18n';
import {duplicateKeys, messagesOf} from '../../../src/i18n/tables';
import {shortRegionName} from '../../../src/i18n/region-names';

const MESSAGES = {ky: messagesOf('ky'), ru: messagesOf('ru'), en: messagesOf('en')};

describe('messages', () => {
  it('exist for every key in every language, non-empty', () => {
    const keys = Object.keys(MESSAGES.en).sort();
    for (const lang of LANGS) {
      expect(Object.keys(MESSAGES[lang]).sort(), lang).toEqual(keys);
      for (const key of keys) expect(MESSAGES[lang][key as keyof typeof MESSAGES.en].trim(), `${lang} ${key}`).not.toBe('');
    }
  });

  it('use the same placeholders in every language', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(MESSAGES.en) as (keyof typeof MESSAGES.en)[])
      for (const lang of LANGS) expect(placeholders(MESSAGES[lang][key]), `${lang} ${key}`).toEqual(placeholders(MESSAGES.en[key]));
  });

  it('are defined once across the feature tables', () => {
    expect(duplicateKeys()).toEqual([]);
  });

  it('fills placeholders', () => {
    expect(t('en', 'app.loadError', {reason: 'offline'})).toBe('The atlas could not load its data: offline');
  });
});

describe('preferredLang', () => {
  it('takes the first language the atlas speaks, else Kyrgyz', () => {
    expect(preferredLang(['de-DE', 'ru-RU', 'en'])).toBe('ru');
    expect(preferredLang(['en-US'])).toBe('en');
    expect(preferredLang(['ky-KG'])).toBe('ky');
    expect(preferredLang(['fr', 'de'])).toBe('ky');
    expect(preferredLang([])).toBe('ky');
  });
});

describe('shortRegionName', () => {
  it('drops the word for region, keeping city names', () => {
    expect(shortRegionName('Batken Region', 'en')).toBe('Batken');
    expect(shortRegionName('Osh (city)', 'en')).toBe('Osh');
    expect(shortRegionName('Баткенская область', 'ru')).toBe('Баткенская обл.');
    expect(shortRegionName('город Бишкек', 'ru')).toBe('Бишкек');
    expect(shortRegionName('Баткен облусу', 'ky')).toBe('Баткен');
    expect(shortRegionName('Ош шаары', 'ky')).toBe('Ош');
  });
});
