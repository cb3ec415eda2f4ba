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
