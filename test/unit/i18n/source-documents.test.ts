// Every source document a citation names by number ("source 004", «источник 002», «003-булак») is
// described in the methodology panel's list of the five, in every language.
import {describe, expect, it} from 'vitest';
import {methodology} from '../../../src/i18n/messages/methodology';
import {allMessages} from './all-messages';

describe('the source documents', () => {
  it('that any message cites by number are each described, in every language', () => {
    const cited = new Set<string>();
    for (const lang of ['en', 'ru', 'ky'] as const)
      for (const text of Object.values(allMessages(lang))) for (const m of text.matchAll(/(?:sources? |источники? |)(00[0-4])(?:-булак| and | и |,)/g)) cited.add(m[1]!);
    expect(cited.size).toBeGreaterThan(2);
    for (const lang of ['en', 'ru', 'ky'] as const)
      for (const n of cited) expect(methodology[lang][`engine.method.doc.${n}` as keyof (typeof methodology)['en']], `${lang} ${n}`).toBeTruthy();
  });
});
