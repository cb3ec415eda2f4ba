// @vitest-environment happy-dom
import {afterEach, describe, expect, it} from 'vitest';
import type {AtlasData} from '../../../src/state/app-state';
import '../../../src/ui/kg-export-dialog';
import type {KgExportDialog} from '../../../src/ui/kg-export-dialog';
import {shippedTables} from '../model/shipped-data';
import {cleanUp, componentStore, mount} from './component-store';
import {computedResult} from '../model/helpers';
import {emptyScenario} from '../../../src/model/scenario';
import {newSession} from '../../../src/state/scenario-state';
import {updateView} from '../../../src/state/app-state';
import {differenceMapLegend} from '../../../src/ui/comparison-text';

afterEach(() => cleanUp());

const boundaries = {regions: {type: 'FeatureCollection', features: []}} as unknown as AtlasData['boundaries'];
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function dialogWith(mapProblem: 'no-webgl' | 'context-lost' | null) {
  const store = componentStore({boundaries, tables: shippedTables()}, {lang: 'ru', ind: 'integral', sector: 'mining'});
  store.update({mapProblem});
  const el = await mount<KgExportDialog>('kg-export-dialog', store);
  const button = (kind: string) => el.shadowRoot!.querySelector<HTMLButtonElement>(`button[data-export="${kind}"]`)!;
  return {store, el, button};
}

describe('the download dialog when the map cannot be drawn', () => {
  it('without WebGL, disables the pictures and says why, and keeps the data files', async () => {
    const {el, button} = await dialogWith('no-webgl');
    for (const kind of ['png-1', 'png-2']) {
      expect(button(kind).disabled).toBe(true);
      expect(button(kind).getAttribute('aria-describedby')).toBe('png-unavailable');
    }
    expect(text(el.shadowRoot!.getElementById('png-unavailable'))).toContain('Для изображения нужен WebGL');
    expect(button('csv').disabled).toBe(false);
    expect(button('geojson').disabled).toBe(false);
    expect(button('csv').hasAttribute('aria-describedby')).toBe(false);
  });

  it('while the WebGL context is lost, until it is back', async () => {
    const {store, el, button} = await dialogWith('context-lost');
    expect(button('png-1').disabled).toBe(true);
    expect(text(el.shadowRoot!.getElementById('png-unavailable'))).toContain('Карта сейчас не отображается');
    store.update({mapProblem: null});
    await el.updateComplete;
    expect(button('png-1').disabled).toBe(false);
    expect(button('png-1').hasAttribute('aria-describedby')).toBe(false);
    expect(el.shadowRoot!.getElementById('png-unavailable')).toBeNull();
  });
});

describe('the download dialog’s words for what the files hold', () => {
  it('names a difference map as the difference map, and a scenario’s view by the scenario, in all three languages', async () => {
    const store = componentStore({boundaries, tables: shippedTables()}, {lang: 'ru', ind: 'mfg-lq', sector: 'C', year: 2024});
    const el = await mount<KgExportDialog>('kg-export-dialog', store);
    const intro = () => text(el.shadowRoot!.querySelector('.body > p'));
    const scenario = computedResult([1.3, 0.5, 0.8, 1.2, 0.4, 0.9, 1.1, 0.7, 0.6], {sources: ['scenario', 'sdg-9.2.2']});
    const baseline = computedResult([1, 0.5, 0.8, 1.2, 0.4, 0.9, 1.1, 0.7, 0.6], {sources: ['sdg-9.2.2']});
    const session = newSession({...emptyScenario('Швейный кластер'), edits: [{kind: 'growth-remove', id: 'GP01'}]});
    await new Promise((resolve) => setTimeout(resolve)); // the store's loader gives up (not used here)
    store.update({indicator: {key: 'k', status: 'ready', result: scenario, error: null}, scenario: session});
    await el.updateComplete;
    expect(intro()).toContain('2024 · Сценарий «Швейный кластер»');
    store.update({
      scenario: {...session, compare: {mode: 'difference', against: {kind: 'baseline'}, other: {key: 'o', status: 'ready', result: baseline}}},
      regionPaint: {of: 'scenario', key: 'difference', fills: {}, unknown: []},
    });
    for (const [lang, words] of [['ru', 'Карта разницы'], ['en', 'Difference map'], ['ky', 'Айырма картасы']] as const) {
      updateView(store, {lang});
      await new Promise((resolve) => setTimeout(resolve)); // the store's loader gives up (not used here)
      store.update({indicator: {key: 'k', status: 'ready', result: scenario, error: null}});
      await el.updateComplete;
      const title = differenceMapLegend(lang, store.state)!.title;
      expect(title).toContain(words);
      expect(intro()).toContain(title);
      expect(intro()).toContain('Швейный кластер');
    }
  });
});
