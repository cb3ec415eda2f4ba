// @vitest-environment happy-dom
// The screen-reader audit: checking the green-clusters layer opened its panel and moved the focus into
// it, so a screen reader said the panel's heading, never that the box was now checked. Opened beside
// the checkbox, the panel leaves the focus there; opened by its button or a site, it takes it.
import {afterEach, describe, expect, it} from 'vitest';
import type {AppState, AtlasData} from '../../../src/state/app-state';
import {deepActiveElement} from '../../../src/ui/focus-return';
import '../../../src/ui/kg-energy-panel';
import {shippedTables} from '../model/shipped-data';
import {cleanUp, componentStore, mount} from './component-store';

afterEach(() => cleanUp());

const boundaries = {regions: {type: 'FeatureCollection', features: []}} as unknown as AtlasData['boundaries'];

async function openPanel(energyPanel: AppState['energyPanel']): Promise<{panel: HTMLElement; opener: HTMLElement}> {
  const opener = document.createElement('button');
  document.body.append(opener);
  opener.focus();
  const store = componentStore({boundaries, tables: shippedTables()}, {lang: 'en', layers: ['regions', 'energy']});
  const panel = await mount<HTMLElement & {store: undefined; updateComplete: Promise<boolean>}>('kg-energy-panel', store);
  store.update({energyPanel});
  await panel.updateComplete;
  return {panel, opener};
}

describe('the green-clusters panel, opening', () => {
  it('leaves the focus on the layer’s checkbox that opened it beside', async () => {
    const {opener} = await openPanel({focus: null, beside: true});
    expect(deepActiveElement()).toBe(opener);
  });

  it('takes the focus to its heading when its button opened it', async () => {
    const {panel} = await openPanel({focus: null});
    expect(deepActiveElement()).toBe(panel.shadowRoot!.querySelector('h2'));
  });
});
