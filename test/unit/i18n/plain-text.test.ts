import {describe, expect, it} from 'vitest';
import {plainText} from '../../../src/i18n/plain-text';

describe('plainText', () => {
  it('drops every bidi control: marks, embeddings, overrides, isolates', () => {
    const controls = ['\u200E', '\u200F', '\u061C', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069'];
    for (const c of controls) expect(plainText(`data${c}vsc.exe`)).toBe('datavsc.exe');
    expect(plainText(controls.join(''))).toBe('');
  });

  it('keeps every other character, right-to-left letters and joiners too', () => {
    const text = 'Бишкек — Ош, Ысык-Көл «план» 2030 שלום مرحبا a\u200Db\u00A0c 😀';
    expect(plainText(text)).toBe(text);
  });
});
