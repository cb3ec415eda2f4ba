// No English left in the Russian and Kyrgyz messages: every Latin word of a Russian or Kyrgyz message,
// in every table (the first view's and the code-split ones), must be a name, a file format, a key of
// the keyboard, a symbol or a code, or a literal of a file format in the messages that explain that
// format. A word outside these lists is one someone forgot to translate (or a name to add here).
import {describe, expect, it} from 'vitest';
import type {MessageKey} from '../../../src/i18n/i18n';
import {IMPORT_COLUMNS} from '../../../src/io/import-format';
import {DATA_INDICATORS} from '../../../src/model/dataset';
import {REGION_CODES} from '../../../src/model/region';
import {INDUSTRIES} from '../../../src/model/sectors';
import {allMessages} from './all-messages';
import {CAPACITY_NOTE_NAMES, latinWords} from './latin-words';

/** What may stay Latin in any message. */
const ANYWHERE = [
  // Names of data sources, licences, programmes and classifications.
  'Natural Earth',
  'GeoNames',
  'CC BY',
  'WRI Global Power Plant Database',
  'U.S. Cluster Mapping',
  'ISIC',
  // File formats and programs.
  'CSV',
  'JSON',
  'GeoJSON',
  'HTML',
  'PNG',
  'PDF',
  'A4',
  'UTF-8',
  'UTF-16',
  'Windows-1251',
  'Excel',
  'WebGL',
  // Keys as printed on the keyboard.
  'Enter',
  'Escape',
  'Esc',
  'Shift',
  'Ctrl',
  // Symbols and codes: the location quotient, the region codes, GKED section letters (A–S).
  'LQ',
  ...REGION_CODES,
  'KG',
  'A',
  'S',
];

/** Messages that explain a file format, with the literals they may quote. */
const LITERALS: [RegExp, string[]][] = [
  // The import format: its columns, indicators, an example industry id, a sector letter in an example
  // row, the total's code, and a saved scenario's file extension (.json).
  // An English region name is one a file may hold (region_code reads names in three languages).
  [/^engine\.import\./, [...IMPORT_COLUMNS, ...DATA_INDICATORS, ...INDUSTRIES, 'C', 'TOTAL', 'json', 'Chuy Region']],
  // The scenario format: an input edit's operations, the total's code.
  [/^scenario\.(file|sector)\./, ['scale', 'set', 'TOTAL']],
  // The link's parameter, as it is written in the address.
  [/^notice\.reason\.needs-scenario$/, ['s=']],
  [/^notice\.reason\.needs-breaks$/, ['breaks=']],
  [/^year\.compare\.dropped$/, ['vs=']],
  // Citations of the data (src/i18n/citations.ts): the package registry, and titles as published.
  [/^citation\./, ['npm', '«Processing Industry»', '«according to stat»']],
  // The data's notes on a capacity (messages/capacity-notes.ts): the sources and companies they name.
  [/^capacityNote\./, CAPACITY_NOTE_NAMES],
  // The HTML attribute a text description is for.
  [/^embedDialog\.summary$/, ['alt-']],
];

describe('Russian and Kyrgyz messages', () => {
  it.each(['ru', 'ky'] as const)('%s: no English word left, only names, formats, keys, symbols and codes', (lang) => {
    const messages = allMessages(lang);
    const left: string[] = [];
    for (const key of Object.keys(messages) as MessageKey[]) {
      const allowed = [...ANYWHERE, ...LITERALS.filter(([pattern]) => pattern.test(key)).flatMap(([, words]) => words)];
      const words = latinWords(messages[key], allowed);
      if (words.length > 0) left.push(`${key}: ${words.join(' ')} («${messages[key]}»)`);
    }
    expect(left).toEqual([]);
  });

  it('the check finds what it should', () => {
    expect(latinWords('Пример: y_i = 300 (thousand som per person)', ANYWHERE)).toEqual(['thousand', 'som', 'per', 'person']);
    expect(latinWords('ожидается значение типа array', ANYWHERE)).toEqual(['array']);
    expect(latinWords('Скачать данные (CSV), Esc — закрыть, KG-GB', ANYWHERE)).toEqual([]);
  });
});
