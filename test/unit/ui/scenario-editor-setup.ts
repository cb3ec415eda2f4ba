// What the scenario editor's component tests share: the editor mounted on a store, and waiting for what
// a click started. Each test file mocks idb-keyval (memory-idb.ts) and the map, then imports the editor.
import type {AppStore, AtlasData} from '../../../src/state/app-state';
import {newSession} from '../../../src/state/scenario-state';
import type {ViewState} from '../../../src/state/view-state';
import type {KgScenarioEditor} from '../../../src/ui/kg-scenario-editor';
import {shippedTables} from '../model/shipped-data';
import {componentStore, mount} from './component-store';

let tables: AtlasData['tables'] | undefined;

export const text = (el: Node | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
export const root = (el: KgScenarioEditor) => el.shadowRoot!;

/** The editor, open, on a store with the shipped tables and no boundaries (no map is drawn). */
export async function mountEditor(view: Partial<ViewState> = {}, session = newSession()): Promise<{store: AppStore; el: KgScenarioEditor}> {
  const boundaries = {regions: {type: 'FeatureCollection', features: []}} as unknown as AtlasData['boundaries'];
  const store = componentStore({boundaries, tables: (tables ??= shippedTables())}, {lang: 'en', ...view});
  store.update({scenario: {...session, panel: true}});
  const el = await mount<KgScenarioEditor>('kg-scenario-editor', store);
  return {store, el};
}

/** Waits until the editor has finished what a click started (IndexedDB, then a render). */
export async function settled(el: KgScenarioEditor): Promise<void> {
  for (let i = 0; i < 5; i++) {
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
  }
}
