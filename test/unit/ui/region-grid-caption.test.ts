// @vitest-environment happy-dom
// The Regions × industries grid's caption names the indicator and its time as the Table tab's does
// (viewCaption's rule): a name that carries its year is not followed by it again.
import {afterEach, beforeAll, describe, expect, it} from 'vitest';
import type {Lang} from '../../../src/i18n/i18n';
import type {AtlasData} from '../../../src/state/app-state';
import '../../../src/ui/kg-region-grid';
import {shippedTables} from '../model/shipped-data';
import {cleanUp, componentStore, mount} from './component-store';

let atlas: AtlasData;
beforeAll(() => {
  atlas = {tables: shippedTables(), boundaries: {regions: {type: 'FeatureCollection', features: []}} as unknown as AtlasData['boundaries']};
});
afterEach(cleanUp);

async function title(lang: Lang, ind: 'lq2018' | 'integral'): Promise<string> {
  const store = componentStore(atlas, {lang, ind, sector: 'C'});
  const grid = await mount('kg-region-grid', store);
  return (grid.shadowRoot!.querySelector('caption .title')?.textContent ?? '').trim();
}

describe('the Regions × industries grid’s caption', () => {
  it('does not repeat the year a name carries, in every language', async () => {
    for (const lang of ['en', 'ru', 'ky'] as const) {
      const text = await title(lang, 'lq2018');
      expect(text).toMatch(/2018$/);
      expect(text).not.toMatch(/2018.*2018/);
    }
    expect(await title('en', 'lq2018')).toBe('Employment location quotient, 2018');
  });

  it('names the time after a name without it', async () => {
    expect(await title('en', 'integral')).toMatch(/ — 2015–2019$/);
  });
});

describe('the years the grid can be laid across', () => {
  it('are the slider’s: none without a slider or over more than 40 years', async () => {
    const {gridYears} = await import('../../../src/ui/kg-region-grid');
    const years = (view: Parameters<typeof componentStore>[1]) => gridYears(componentStore(atlas, view).state);
    expect(years({ind: 'mfg-lq'})).toEqual(Array.from({length: 15}, (_, i) => 2010 + i));
    expect(years({ind: 'integral'})).toEqual([]);
    expect(years({ind: 'lq2018', sector: 'C'})).toEqual([]);
    // The composite index's years are its data's, once the engine has said; before, the widest (1990–2100): none.
    const store = componentStore(atlas, {ind: 'potential', sector: 'C'});
    expect(gridYears(store.state)).toEqual([]);
    store.update({indicator: {key: 'k', status: 'ready', error: null, result: {ind: 'potential', sector: 'C', year: 2024, period: null, values: [], decimals: 2, sources: [], domain: {sectors: ['C'], years: [2011, 2012, 2013]}} as never}});
    expect(gridYears(store.state)).toEqual([2011, 2012, 2013]);
  });
});
