// @vitest-environment happy-dom
// The picture outlines the pinned region; a line under its legend says what the outline is and gives the
// region's value and rank, as the embed's footer does (a journalist's finding: no key said what the
// outline was, and 1.055 in the 0.80–1.25 class cannot be read off its colour).
import {afterEach, beforeAll, describe, expect, it} from 'vitest';
import {pngContent} from '../../../src/export/exporters';
import {emptyScenario} from '../../../src/model/scenario';
import {updateView, type AtlasData} from '../../../src/state/app-state';
import {choroplethOf} from '../../../src/state/choropleth';
import {newSession} from '../../../src/state/scenario-state';
import {REGION_CODES} from '../../../src/model/region';
import {computedResult} from '../model/helpers';
import {shippedTables} from '../model/shipped-data';
import {cleanUp, componentStore} from '../ui/component-store';

let tables: AtlasData['tables'];
beforeAll(() => {
  tables = shippedTables();
});
afterEach(() => cleanUp());
const boundaries = {regions: {type: 'FeatureCollection', features: []}} as unknown as AtlasData['boundaries'];

describe('the picture’s line for the pinned region', () => {
  it('names the outlined region with its value and rank, in all three languages, and is absent with none pinned', () => {
    const store = componentStore({boundaries, tables}, {lang: 'ru', ind: 'integral', sector: 'light_industry', region: 'KG-O'});
    const notes = () => pngContent(store.state, choroplethOf(store.state)!).notes;
    expect(notes()).toContain('Обведено: Ошская область, 1,055 · 3-е место из 9');
    updateView(store, {lang: 'en'});
    expect(notes().at(-1)).toMatch(/^Outlined: Osh Region, 1\.055 · [Rr]ank 3 of 9$/);
    updateView(store, {lang: 'ky'});
    expect(notes().at(-1)).toMatch(/^Контур менен белгиленген: Ош облусу, 1,055 · /);
    updateView(store, {region: null});
    expect(notes().join(' ')).not.toMatch(/Outlined|Обведено|Контур/);
    expect(notes()).toHaveLength(1);
  });

  it('gives its difference on a difference map', async () => {
    const store = componentStore({boundaries, tables}, {lang: 'en', ind: 'mfg-lq', sector: 'C', year: 2024, region: REGION_CODES[0]});
    await new Promise((resolve) => setTimeout(resolve)); // the store's loader gives up (not used here)
    const scenario = computedResult([1.3, 0.5, 0.8, 1.2, 0.4, 0.9, 1.1, 0.7, 0.6], {sources: ['scenario', 'sdg-9.2.2']});
    const baseline = computedResult([1, 0.5, 0.8, 1.2, 0.4, 0.9, 1.1, 0.7, 0.6], {sources: ['sdg-9.2.2']});
    store.update({
      indicator: {key: 'k', status: 'ready', result: scenario, error: null},
      scenario: {...newSession({...emptyScenario('Plan'), edits: [{kind: 'growth-remove', id: 'GP01'}]}), compare: {mode: 'difference', against: {kind: 'baseline'}, other: {key: 'o', status: 'ready', result: baseline}}},
      regionPaint: {of: 'scenario', key: 'difference', fills: {}, unknown: []},
    });
    const content = pngContent(store.state, choroplethOf(store.state)!);
    expect(content.title).toContain('Difference map');
    // Then what the scenario assumed (its one edit), for a reader of the picture alone.
    expect(content.notes).toEqual([expect.stringMatching(/^Outlined: .+, \+0\.30$/), expect.stringMatching(/^The scenario’s assumptions: 1\) .*Bishkek/)]);
  });
});
