// @vitest-environment happy-dom
import {afterEach, beforeAll, describe, expect, it} from 'vitest';
import type {AtlasData} from '../../../src/state/app-state';
import {emptyScenario, type ScenarioEdit} from '../../../src/model/scenario';
import {updateView} from '../../../src/state/app-state';
import {newSession} from '../../../src/state/scenario-state';
import '../../../src/ui/kg-embed-dialog';
import {shippedTables} from '../model/shipped-data';
import {cleanUp, componentStore, mount} from './component-store';

const growthRemove: ScenarioEdit = {kind: 'growth-remove', id: 'gp-1'};
let tables: AtlasData['tables'];
beforeAll(() => {
  tables = shippedTables();
});
afterEach(() => cleanUp());

describe('<kg-embed-dialog>', () => {
  it('says that a comparison with a saved scenario cannot travel in the code, and not otherwise', async () => {
    const boundaries = {regions: {type: 'FeatureCollection', features: []}} as unknown as AtlasData['boundaries'];
    const store = componentStore({boundaries, tables}, {lang: 'en'});
    const el = await mount('kg-embed-dialog', store);
    const note = () => el.shadowRoot!.querySelector('[data-kind="saved-comparison"]')?.textContent ?? null;
    expect(note()).toBeNull();
    const session = newSession(emptyScenario('Plan'));
    store.update({scenario: {...session, compare: {mode: 'swipe', against: {kind: 'baseline'}, other: null}}});
    await el.updateComplete;
    expect(note()).toBeNull();
    store.update({scenario: {...session, compare: {mode: 'swipe', against: {kind: 'saved', id: 'x', name: 'Old plan', scenario: emptyScenario('Old plan')}, other: null}}});
    await el.updateComplete;
    expect(note()).toBe('This view compares the scenario with “Old plan”, saved in this browser only: the code below shows the scenario alone. To embed a comparison, compare with the baseline.');
  });

  it('names the open scenario in the frame’s title, escaped for the attribute', async () => {
    const boundaries = {regions: {type: 'FeatureCollection', features: []}} as unknown as AtlasData['boundaries'];
    const store = componentStore({boundaries, tables}, {lang: 'en', ind: 'integral', sector: 'mining'});
    const el = await mount('kg-embed-dialog', store);
    const code = () => el.shadowRoot!.querySelector<HTMLTextAreaElement>('#code')!.value;
    expect(code()).toContain('title="Integral coefficient of cluster-formation potential — Mining — 2015–2019 — Kyrgyz Cluster Atlas"');
    store.update({scenario: newSession({...emptyScenario('Plan "A" <1>'), edits: [growthRemove]})});
    updateView(store, {s: 'code'}); // as scenario-session.ts writes it
    await el.updateComplete;
    expect(code()).toContain('title="Integral coefficient of cluster-formation potential — Mining — 2015–2019 · Scenario “Plan &quot;A&quot; &lt;1&gt;” — Kyrgyz Cluster Atlas"');
  });

  it('ends the text description with its source, a scenario’s named for the article’s reader', async () => {
    const boundaries = {regions: {type: 'FeatureCollection', features: []}} as unknown as AtlasData['boundaries'];
    const store = componentStore({boundaries, tables}, {lang: 'en', ind: 'integral', sector: 'mining'});
    const el = await mount('kg-embed-dialog', store);
    const summary = () => el.shadowRoot!.querySelector<HTMLTextAreaElement>('#summary')!.value;
    expect(summary()).toMatch(/^Integral coefficient .* Source: .*source 002.*$/);
    expect(summary()).not.toContain('browser');
  });

  it('ends the text description with one full stop, and credits a computed value to the atlas, in all three languages', async () => {
    const boundaries = {regions: {type: 'FeatureCollection', features: []}} as unknown as AtlasData['boundaries'];
    const store = componentStore({boundaries, tables}, {lang: 'ru', ind: 'integral', sector: 'light_industry'});
    const el = await mount('kg-embed-dialog', store);
    const summary = () => el.shadowRoot!.querySelector<HTMLTextAreaElement>('#summary')!.value;
    // Source 002's citation ends "…2015–2019 гг.": no second full stop after it (a journalist's finding).
    expect(summary()).toMatch(/2015–2019\u00a0гг\.$/);
    for (const lang of ['en', 'ru', 'ky'] as const) {
      updateView(store, {lang, ind: 'integral', sector: 'light_industry'});
      await el.updateComplete;
      expect(summary()).not.toMatch(/\.\.$/);
      expect(summary()).toMatch(/[^.]\.$/);
      expect(summary()).not.toMatch(/computed by the atlas|рассчитано атласом|атлас эсептеген/);
    }
    const computed = {...store.state.indicator!.result!, ind: 'mfg-lq' as const, sector: 'C', year: 2015, period: null, origin: 'computed' as const, sources: ['sdg-9.2.2']};
    for (const [lang, words] of [['en', 'Source: computed by the atlas from: National Statistical Committee'], ['ru', 'Источник: рассчитано атласом по данным: Нацстатком КР'], ['ky', 'атлас эсептеген, маалымат булактары: ']] as const) {
      updateView(store, {lang, ind: 'mfg-lq', sector: 'C', year: 2015});
      store.update({indicator: {key: 'k', status: 'ready', result: computed, error: null}});
      await el.updateComplete;
      expect(summary()).toContain(words);
      expect(summary()).toMatch(/[^.]\.$/);
    }
  });

  it('names no scenario when the one open changes nothing (the editor opened and closed)', async () => {
    const boundaries = {regions: {type: 'FeatureCollection', features: []}} as unknown as AtlasData['boundaries'];
    const store = componentStore({boundaries, tables}, {lang: 'en', ind: 'integral', sector: 'mining'});
    store.update({scenario: newSession()});
    const el = await mount('kg-embed-dialog', store);
    const code = el.shadowRoot!.querySelector<HTMLTextAreaElement>('#code')!.value;
    expect(code).toContain('title="Integral coefficient of cluster-formation potential — Mining — 2015–2019 — Kyrgyz Cluster Atlas"');
    expect(code).not.toContain('scenario');
  });

  it('says that a scenario too large for a link cannot be embedded, and names and describes what the frame shows', async () => {
    const boundaries = {regions: {type: 'FeatureCollection', features: []}} as unknown as AtlasData['boundaries'];
    const store = componentStore({boundaries, tables}, {lang: 'ru', ind: 'integral', sector: 'mining'});
    const el = await mount('kg-embed-dialog', store);
    const summaryBefore = el.shadowRoot!.querySelector<HTMLTextAreaElement>('#summary')!.value;
    // Too large for a link: the page's link, and so the embed's, has no s= (scenario-session.ts).
    store.update({scenario: {...newSession({...emptyScenario('Big plan'), edits: [growthRemove]}), tooLong: 7787}});
    await el.updateComplete;
    const code = el.shadowRoot!.querySelector<HTMLTextAreaElement>('#code')!.value;
    expect(code).not.toMatch(/[?&;]s=/);
    expect(code).not.toContain('Big plan');
    expect(el.shadowRoot!.querySelector('[data-kind="scenario-too-long"]')?.textContent).toContain('слишком велик для ссылки (знаков: 7\u00a0787)');
    // The link to share, above the embed's part, says so too: a visitor sharing from a phone reads no further.
    expect(el.shadowRoot!.querySelector('#link + [data-kind="link-scenario-too-long"]')?.textContent).toContain('откроет опубликованные данные, а не ваш сценарий');
    // A published indicator: its values are the baseline's, which the frame shows.
    expect(el.shadowRoot!.querySelector<HTMLTextAreaElement>('#summary')!.value).toBe(summaryBefore);
    // A scenario that fits in a link: no note, and the frame is named after it.
    store.update({scenario: {...store.state.scenario!, tooLong: null}});
    updateView(store, {s: 'code'});
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[data-kind="scenario-too-long"]')).toBeNull();
    expect(el.shadowRoot!.querySelector('[data-kind="link-scenario-too-long"]')).toBeNull();
    expect(el.shadowRoot!.querySelector<HTMLTextAreaElement>('#code')!.value).toContain('Big plan');
  });
});
