import {describe, expect, it} from 'vitest';
import {LANGS, preferredLang, t} from '../../../src/i18n/i18n';
import {duplicateKeys, messagesOf} from '../../../src/i18n/tables';
import {shortRegionName} from '../../../src/i18n/region-names';
import {LAZY_TABLES} from './all-messages';

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
    expect(t('en', 'engine.import.badge', {name: 'mine.csv'})).toBe('Your data: mine.csv');
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

describe('code-split tables', () => {
  it.each(Object.entries(LAZY_TABLES))('%s: every key in every language, the same placeholders, no key of another table', (name, table) => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const en = table.en as Record<string, string>;
    const keys = Object.keys(en).sort();
    expect(keys.length).toBeGreaterThan(0);
    for (const lang of LANGS) {
      const texts = table[lang] as Record<string, string>;
      expect(Object.keys(texts).sort(), lang).toEqual(keys);
      for (const key of keys) {
        expect(texts[key].trim(), `${lang} ${key}`).not.toBe('');
        expect(placeholders(texts[key]), `${lang} ${key}`).toEqual(placeholders(en[key]));
      }
    }
    expect(keys.filter((k) => k in MESSAGES.en)).toEqual([]);
    const others = Object.entries(LAZY_TABLES).filter(([n]) => n !== name);
    expect(keys.filter((k) => others.some(([, o]) => k in o.en))).toEqual([]);
  });

  it('are used once their feature adds them', async () => {
    const {addMessages} = await import('../../../src/i18n/i18n');
    // Before its feature loads, a lazy key shows as itself; afterwards as its text.
    expect(t('en', 'scenario.save')).toBe('scenario.save');
    addMessages(LAZY_TABLES.scenarios);
    expect(t('ru', 'scenario.save')).toBe('Сохранить сценарий');
  });
});
