import {describe, expect, it} from 'vitest';
import {formulaText} from '../../../src/model/formula';
import {ALL_FORMULAS} from '../../../src/model/methodology';
import {latinTokens, latinWords} from '../i18n/latin-words';

/** Names and titles the sources give as published (and the classification's own name, quoted). */
const NAMES = [
  'Isard',
  'Methods of Regional Analysis',
  'U.S. Cluster Mapping Project',
  'U.S. Cluster Mapping',
  'clustermapping.us',
  '«strong cluster»',
  'EDA',
  'OECD/JRC Handbook on Constructing Composite Indicators',
  'Enright, M. J.',
  'Regional Clusters: What We Know and What We Should Know',
];

/**
 * The symbols of the formulas: every Latin token of a formula written in symbols only, and of a rule
 * in words those its three languages share (strong_ij, LQ_ij in Enright's).
 */
const SYMBOLS = new Set(
  ALL_FORMULAS.flatMap((f) => {
    const texts = [f.formula, f.example?.given ?? ''];
    return texts.flatMap((t) => {
      if (typeof t === 'string') return latinTokens(t);
      const [en, ru, ky] = [t.en, t.ru, t.ky].map((s) => new Set(latinTokens(s)));
      return [...en!].filter((w) => ru!.has(w) && ky!.has(w));
    });
  }),
);

describe('formula descriptors (what the methodology panel shows)', () => {
  it('have unique ids and text in the three languages', () => {
    const ids = ALL_FORMULAS.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const f of ALL_FORMULAS) {
      for (const lang of ['en', 'ru', 'ky'] as const) {
        expect(formulaText(f.formula, lang).trim(), `${f.id} ${lang}`).not.toBe('');
        if (f.example) expect(formulaText(f.example.given, lang).trim(), `${f.id} ${lang}`).not.toBe('');
      }
      for (const part of [f.title, f.meaning, f.source])
        for (const lang of ['en', 'ru', 'ky'] as const) expect(part[lang].trim(), `${f.id} ${lang}`).not.toBe('');
    }
  });

  it('keep Kyrgyz and Russian text in Cyrillic (no English left behind)', () => {
    for (const f of ALL_FORMULAS)
      for (const lang of ['ru', 'ky'] as const) expect(/[а-яөүң]/i.test(f.meaning[lang]), `${f.id} ${lang}`).toBe(true);
  });

  it('leave no English word in Russian or Kyrgyz: only symbols, names and titles as published', () => {
    expect(SYMBOLS).toContain('LQ');
    expect(SYMBOLS).toContain('strong');
    expect(SYMBOLS).not.toContain('working');
    const left: string[] = [];
    for (const f of ALL_FORMULAS)
      for (const lang of ['ru', 'ky'] as const) {
        const texts = {
          title: f.title[lang],
          formula: formulaText(f.formula, lang),
          meaning: f.meaning[lang],
          source: f.source[lang],
          example: f.example ? formulaText(f.example.given, lang) : '',
        };
        for (const [part, text] of Object.entries(texts)) {
          const words = latinWords(text, NAMES).filter((w) => !SYMBOLS.has(w));
          if (words.length > 0) left.push(`${f.id} ${lang} ${part}: ${words.join(' ')}`);
        }
      }
    expect(left).toEqual([]);
  });

  it('write the numbers of a Russian or Kyrgyz example with a decimal comma, as the result is', () => {
    for (const f of ALL_FORMULAS)
      for (const lang of ['ru', 'ky'] as const) if (f.example) expect(formulaText(f.example.given, lang), `${f.id} ${lang}`).not.toMatch(/\d\.\d/);
  });

  it('show a rule in words (Enright’s types) in the reader’s language, with the region profile’s names of the types', () => {
    const enright = ALL_FORMULAS.find((f) => f.id === 'enright')!;
    expect(formulaText(enright.formula, 'ru')).toContain('работающий: критическая масса ∧ взаимодействие');
    expect(formulaText(enright.formula, 'ky')).toContain('«кыялдагы»: ¬критикалык масса');
    expect(formulaText(enright.formula, 'en')).toContain('wishful thinking: ¬critical mass');
  });
});
