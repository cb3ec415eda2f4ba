// @vitest-environment happy-dom
// The methodology first says what a cluster is, in plain words (a Kyrgyz visitor found only technical
// definitions): M. Porter's, as source 002 quotes it — in Kyrgyz its very words.
import {afterEach, describe, expect, it} from 'vitest';
import {LANGS} from '../../../src/i18n/i18n';
import type {AtlasData} from '../../../src/state/app-state';
import '../../../src/ui/kg-methodology';
import {shippedTables} from '../model/shipped-data';
import {cleanUp, componentStore, mount} from './component-store';

afterEach(() => cleanUp());
const words = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const boundaries = {regions: {type: 'FeatureCollection', features: []}} as unknown as AtlasData['boundaries'];

describe('the methodology’s definition of a cluster', () => {
  it.each(LANGS)('%s: comes first, cites source 002 and Porter’s pages', async (lang) => {
    const el = await mount('kg-methodology', componentStore({boundaries, tables: shippedTables()}, {lang}));
    const first = el.shadowRoot!.querySelector('.body h3');
    expect(words(first)).toBe({en: 'What a cluster is', ru: 'Что такое кластер', ky: 'Кластер деген эмне'}[lang]);
    const text = words(first!.nextElementSibling);
    expect(text).toContain({en: 'Source 002', ru: 'Источник 002', ky: '002-булак'}[lang]);
    expect(text).toMatch(/257–258/);
  });

  it('ky: quotes source 002’s words', async () => {
    const el = await mount('kg-methodology', componentStore({boundaries, tables: shippedTables()}, {lang: 'ky'}));
    // As printed in seed 002 (line breaks aside).
    expect(words(el.shadowRoot!.querySelector('.body h3')!.nextElementSibling)).toContain(
      'белгилүү бир чөйрөлөрдө атаандашып, бирок ошол эле учурда биргелешкен иштерди жүргүзүп жана бири-бирин толуктап турган, географиялык жактан чектеш өз ара байланышкан компаниялардын',
    );
  });
});

describe('the methodology’s tables', () => {
  it('are each named (the check’s by its heading, the published table by its caption)', async () => {
    const el = await mount('kg-methodology', componentStore({boundaries, tables: shippedTables()}, {lang: 'en'}));
    const check = el.shadowRoot!.querySelector('table.check')!;
    expect(words(el.shadowRoot!.getElementById(check.getAttribute('aria-labelledby')!))).toBe(words(el.shadowRoot!.querySelector('#check-title')));
    expect(words(el.shadowRoot!.querySelector('#check-title'))).not.toBe('');
    expect(words(el.shadowRoot!.querySelector('table.seed002 caption'))).not.toBe('');
  });
});
