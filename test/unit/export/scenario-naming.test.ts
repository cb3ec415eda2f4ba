// @vitest-environment happy-dom
// Downloads say what they hold: a scenario's values are named "_scenario" even when the scenario is
// too large for a link (then the link has no s=), and a baseline is not named or captioned a scenario
// because the editor was opened.
import {afterEach, beforeAll, describe, expect, it} from 'vitest';
import {makeCsv, pngContent} from '../../../src/export/exporters';
import {emptyScenario} from '../../../src/model/scenario';
import type {AtlasData} from '../../../src/state/app-state';
import {choroplethOf} from '../../../src/state/choropleth';
import {newSession} from '../../../src/state/scenario-state';
import {shippedTables} from '../model/shipped-data';
import {computedResult} from '../model/helpers';
import Papa from 'papaparse';
import {updateView} from '../../../src/state/app-state';
import {sentence, sharedSourcesText} from '../../../src/ui/scenario-caption';
import {sourcesText} from '../../../src/ui/explorer-text';
import {cleanUp, componentStore} from '../ui/component-store';

let tables: AtlasData['tables'];
beforeAll(() => {
  tables = shippedTables();
});
afterEach(() => cleanUp());

describe('a download of a view with a scenario', () => {
  it('is named and captioned by what it holds, not by the link', () => {
    const boundaries = {regions: {type: 'FeatureCollection', features: []}} as unknown as AtlasData['boundaries'];
    const store = componentStore({boundaries, tables}, {lang: 'en', ind: 'integral', sector: 'mining'});
    // The editor opened and closed: a session with an empty scenario, the baseline shown.
    store.update({scenario: newSession()});
    expect(makeCsv(store.state).fileName).toBe('kg-cluster-atlas_integral_mining_2015-2019_en.csv');
    expect(pngContent(store.state, choroplethOf(store.state)!).subtitle).not.toContain('scenario');
    // A scenario too large for a link: view.s stays null, the values are the scenario's.
    store.update({scenario: {...newSession({...emptyScenario('Big plan'), edits: [{kind: 'growth-remove', id: 'GP01'}]}), tooLong: 7787}});
    expect(store.state.view.s).toBeNull();
    expect(makeCsv(store.state).fileName).toBe('kg-cluster-atlas_integral_mining_2015-2019_scenario_en.csv');
    expect(pngContent(store.state, choroplethOf(store.state)!).subtitle).toContain('Scenario “Big plan”');
  });
});

describe('the source of a scenario’s values in a download', () => {
  it('names the scenario as a planner’s assumptions, not as one "open in this browser", in all three languages', async () => {
    const boundaries = {regions: {type: 'FeatureCollection', features: []}} as unknown as AtlasData['boundaries'];
    const store = componentStore({boundaries, tables}, {lang: 'en', ind: 'mfg-lq', sector: 'C', year: 2024});
    const result = computedResult([1, 1, 1, 1, 1, 1, 1, 1, 1], {sources: ['scenario', 'sdg-9.2.2']});
    const show = (lang: 'en' | 'ru' | 'ky') => {
      updateView(store, {lang});
      store.update({scenario: newSession({...emptyScenario('Plan A'), edits: [{kind: 'growth-remove', id: 'GP01'}]}), indicator: {key: 'k', status: 'ready', result, error: null}});
    };
    const csv = async () => Papa.parse<Record<string, string>>((await makeCsv(store.state).blob.text()).replace(/^\uFEFF/, ''), {header: true}).data[0]!.source!;
    for (const lang of ['en', 'ru', 'ky'] as const) {
      show(lang);
      const png = pngContent(store.state, choroplethOf(store.state)!).source;
      for (const text of [png, await csv(), sharedSourcesText(lang, store.state, result)]) {
        expect(text).toContain('Plan A');
        expect(text).toContain('9.2.2');
        expect(text).not.toMatch(/browser|браузер/);
      }
    }
    show('en');
    expect(await csv()).toMatch(/^values computed under the scenario “Plan A” \(a planner’s assumptions; not published\) from: National Statistical Committee/);
    // The page itself still speaks to the one who has it open.
    expect(sourcesText('en', ['scenario', 'sdg-9.2.2'])).toContain('open in this browser');
  });
});

describe('the source of a value the atlas computed, in a download', () => {
  // The NSC publishes employment shares, not the LQ the atlas computes from them: a picture or a CSV
  // that cited the NSC alone would credit it with a figure it never published (a journalist's finding).
  it('says the atlas computed it from the data named, in all three languages; a published value keeps its plain citation', async () => {
    const boundaries = {regions: {type: 'FeatureCollection', features: []}} as unknown as AtlasData['boundaries'];
    const store = componentStore({boundaries, tables}, {lang: 'en', ind: 'mfg-lq', sector: 'C', year: 2024});
    const result = computedResult([1, 1, 1, 1, 1, 1, 1, 1, 1], {sources: ['sdg-9.2.2']});
    const csv = async () => Papa.parse<Record<string, string>>((await makeCsv(store.state).blob.text()).replace(/^\uFEFF/, ''), {header: true}).data[0]!.source!;
    const expected = {
      en: 'computed by the atlas from: National Statistical Committee, national SDG platform, indicator 9.2.2',
      ru: 'рассчитано атласом по данным: Нацстатком КР, национальная платформа ЦУР, индикатор 9.2.2',
      ky: 'атлас эсептеген, маалымат булактары: ',
    };
    for (const lang of ['en', 'ru', 'ky'] as const) {
      updateView(store, {lang});
      store.update({indicator: {key: 'k', status: 'ready', result, error: null}});
      for (const text of [pngContent(store.state, choroplethOf(store.state)!).source, await csv(), sharedSourcesText(lang, store.state, result)]) {
        expect(text).toContain(expected[lang]);
        expect(text).toContain('9.2.2');
      }
      // Published as it is shown (source 002's table): cited as the source says it, no "computed".
      const published = {...result, ind: 'integral' as const, origin: 'published' as const, sources: ['seed002-t3.1']};
      expect(sharedSourcesText(lang, store.state, published)).toBe(sourcesText(lang, ['seed002-t3.1']));
      // Nothing to compute from is said as such, not as computed from nothing.
      expect(sharedSourcesText(lang, store.state, {...result, sources: []})).toBe(sourcesText(lang, []));
      // A scenario's values keep their own words (they say computed, under the scenario).
      expect(sharedSourcesText(lang, store.state, {...result, sources: ['scenario', 'sdg-9.2.2']})).not.toContain(expected[lang].split(':')[0]!);
    }
  });
});

describe('a text ended as a sentence', () => {
  it('gets a full stop unless it has one', () => {
    expect(sentence('Source: NSC')).toBe('Source: NSC.');
    expect(sentence('Источник: расчёт автора за 2015–2019\u00a0гг.')).toBe('Источник: расчёт автора за 2015–2019\u00a0гг.');
    expect(sentence('Булак: 2019-ж.')).toBe('Булак: 2019-ж.');
  });
});
