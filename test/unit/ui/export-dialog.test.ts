// @vitest-environment happy-dom
import {afterEach, describe, expect, it} from 'vitest';
import type {AtlasData} from '../../../src/state/app-state';
import '../../../src/ui/kg-export-dialog';
import type {KgExportDialog} from '../../../src/ui/kg-export-dialog';
import {shippedTables} from '../model/shipped-data';
import {cleanUp, componentStore, mount} from './component-store';

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
