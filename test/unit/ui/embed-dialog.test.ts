// @vitest-environment happy-dom
import {afterEach, beforeAll, describe, expect, it} from 'vitest';
import type {AtlasData} from '../../../src/state/app-state';
import {emptyScenario} from '../../../src/model/scenario';
import {newSession} from '../../../src/state/scenario-state';
import '../../../src/ui/kg-embed-dialog';
import {shippedTables} from '../model/shipped-data';
import {cleanUp, componentStore, mount} from './component-store';

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
    store.update({scenario: newSession(emptyScenario('Plan "A" <1>'))});
    await el.updateComplete;
    expect(code()).toContain('title="Integral coefficient of cluster-formation potential — Mining — 2015–2019 · Scenario “Plan &quot;A&quot; &lt;1&gt;” — Kyrgyz Cluster Atlas"');
  });
});
