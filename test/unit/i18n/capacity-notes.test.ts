// The data's notes on an energy site's capacity are recorded in English; a Russian or Kyrgyz reader
// gets the atlas's translation (src/i18n/capacity-notes.ts). The audit found them shown in English, with
// "1,440 MW", which reads as 1.44 to a reader whose decimal mark is the comma. Every shipped note must
// have both translations, with the same figures, written as formatNumber writes them.
import {describe, expect, it} from 'vitest';
import {capacityNote} from '../../../src/i18n/capacity-notes';
import {formatNumber} from '../../../src/i18n/format';
import {capacityNotes} from '../../../src/i18n/messages/capacity-notes';
import {shippedTables} from '../model/shipped-data';

const notes = () => shippedTables().energySites.filter((s) => s.capacity_note.trim() !== '');

/**
 * The figures of a text, as numbers with their decimals: English groups thousands with a comma and
 * marks decimals with a point; Russian and Kyrgyz group with a no-break space (U+00A0, or the narrow
 * U+202F) and mark decimals with a comma. A plain space does not group ("Нарын-1 149" is 1 and 149).
 */
export function figures(lang: 'en' | 'ru' | 'ky', text: string): {value: number; decimals: number; grouped: boolean}[] {
  const pattern = lang === 'en' ? /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g : /\d{1,3}(?:[\u00a0\u202f]\d{3})+(?:,\d+)?|\d+(?:,\d+)?/g;
  return (text.match(pattern) ?? []).map((m) => {
    const plain = lang === 'en' ? m.replace(/,/g, '') : m.replace(/[\u00a0\u202f]/g, '').replace(',', '.');
    return {value: Number(plain), decimals: plain.split('.')[1]?.length ?? 0, grouped: plain.length < m.length && /\d[,\u00a0\u202f]\d{3}/.test(m)};
  });
}

const sorted = (list: {value: number}[]) => list.map((f) => f.value).sort((a, b) => a - b);

describe('capacity notes', () => {
  it('there are notes to check', () => {
    expect(notes().length).toBeGreaterThan(15);
  });

  it.each(['ru', 'ky'] as const)('%s: every note in the shipped data has its translation', (lang) => {
    const missing = notes().filter((s) => capacityNote(lang, s.id, s.capacity_note).inEnglish).map((s) => `${s.id}: ${s.capacity_note}`);
    expect(missing).toEqual([]);
  });

  it('every translation is of a note the data have, in those very words', () => {
    const data = new Map(shippedTables().energySites.map((s) => [s.id, s.capacity_note]));
    const table = capacityNotes.en as Record<string, string>;
    const stale = Object.keys(table)
      .filter((key) => /^capacityNote\.EN\d+$/.test(key))
      .filter((key) => data.get(key.slice('capacityNote.'.length)) !== table[key]);
    expect(stale).toEqual([]);
  });

  it.each(['ru', 'ky'] as const)('%s: each translation has the English note’s figures, written as formatNumber writes them', (lang) => {
    const wrong: string[] = [];
    for (const s of notes()) {
      const english = figures('en', s.capacity_note);
      const text = capacityNote(lang, s.id, s.capacity_note).text;
      if (JSON.stringify(sorted(figures(lang, text))) !== JSON.stringify(sorted(english))) wrong.push(`${s.id}: ${JSON.stringify(sorted(english))} ≠ «${text}»`);
      // Thousands grouped and the decimal comma as everywhere else on the page (not a plain space);
      // years and other figures the English writes ungrouped stay so.
      for (const f of english) {
        if (!f.grouped && f.decimals === 0) continue;
        const written = formatNumber(lang, f.value, {minDecimals: f.decimals});
        if (!text.includes(written)) wrong.push(`${s.id}: no «${written}» in «${text}»`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('the check of figures finds what it should', () => {
    expect(sorted(figures('en', '1,294.2 Gcal/h; Kara-Bulung-1 149 MW; ~4.5–5.4 km³ (2023)'))).toEqual([1, 4.5, 5.4, 149, 1294.2, 2023]);
    expect(sorted(figures('ru', '1\u00a0294,2 Гкал/ч; Кара-Булун-1 149 МВт; ~4,5–5,4 км³ (2023)'))).toEqual([1, 4.5, 5.4, 149, 1294.2, 2023]);
    // "1 440" with a plain space is two figures, not 1440; "1,440" in Russian is 1.44.
    expect(sorted(figures('ky', '1 440 МВт'))).toEqual([1, 440]);
    expect(sorted(figures('ru', '1,440 МВт'))).toEqual([1.44]);
  });

  it('a note without a translation is shown as recorded, marked English; English is the note itself', () => {
    expect(capacityNote('ru', 'EN01', '1,500 MW (new figure)')).toEqual({text: '1,500 MW (new figure)', inEnglish: true});
    expect(capacityNote('ky', 'scn-site-1', 'x')).toEqual({text: 'x', inEnglish: true});
    const toktogul = notes().find((s) => s.id === 'EN01')!;
    expect(capacityNote('en', 'EN01', toktogul.capacity_note)).toEqual({text: toktogul.capacity_note, inEnglish: false});
    expect(capacityNote('ky', 'EN01', toktogul.capacity_note).text).toContain(`${formatNumber('ky', 1440)}\u00a0МВт`);
  });
});
