import {describe, expect, it} from 'vitest';
import {ALL_FORMULAS} from '../../../src/model/methodology';

describe('formula descriptors (what the methodology panel shows)', () => {
  it('have unique ids and text in the three languages', () => {
    const ids = ALL_FORMULAS.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const f of ALL_FORMULAS) {
      expect(f.formula.trim(), f.id).not.toBe('');
      for (const part of [f.title, f.meaning, f.source])
        for (const lang of ['en', 'ru', 'ky'] as const) expect(part[lang].trim(), `${f.id} ${lang}`).not.toBe('');
    }
  });

  it('keep Kyrgyz and Russian text in Cyrillic (no English left behind)', () => {
    for (const f of ALL_FORMULAS)
      for (const lang of ['ru', 'ky'] as const) expect(/[а-яөүң]/i.test(f.meaning[lang]), `${f.id} ${lang}`).toBe(true);
  });
});
