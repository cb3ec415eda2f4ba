// @vitest-environment happy-dom
// The scenario editor never sets every index weight to 0 (the index would combine nothing, and a file
// or link with such weights is refused): the one weight left above 0 goes no lower than a step, and
// the editor says why.
import {afterEach, beforeAll, describe, expect, it, vi} from 'vitest';
import type {AtlasData} from '../../../src/state/app-state';
import {newSession} from '../../../src/state/scenario-state';
import type {KgScenarioEditor} from '../../../src/ui/kg-scenario-editor';
import {shippedTables} from '../model/shipped-data';
import {cleanUp, componentStore, mount} from './component-store';

vi.mock('idb-keyval', () => ({createStore: () => 'store', get: async () => undefined, set: async () => {}, update: async () => {}, del: async () => {}, values: async () => []}));
// The comparison's second map (maplibre) is not drawn in these tests.
vi.mock('../../../src/map/atlas-map', () => ({AtlasMap: class {}}));
await import('../../../src/ui/kg-scenario-editor');

let tables: AtlasData['tables'];
beforeAll(() => {
  tables = shippedTables();
});
afterEach(() => cleanUp());

const text = (el: Node | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('the index weights in the scenario editor', () => {
  it('keep one weight above 0, and say why', async () => {
    const boundaries = {regions: {type: 'FeatureCollection', features: []}} as unknown as AtlasData['boundaries'];
    const store = componentStore({boundaries, tables}, {lang: 'en', ind: 'potential', sector: 'C', year: 2018});
    store.update({scenario: {...newSession(), panel: true}});
    const el = await mount<KgScenarioEditor>('kg-scenario-editor', store);
    const slider = (k: string) => el.shadowRoot!.querySelector<HTMLInputElement>(`input[name="weight-${k}"]`)!;
    const drag = async (k: string, value: string) => {
      slider(k).value = value;
      slider(k).dispatchEvent(new Event('input'));
      slider(k).dispatchEvent(new Event('change'));
      await el.updateComplete;
    };
    await drag('lq_employment', '0');
    await drag('lq_establishments', '0');
    expect(el.shadowRoot!.querySelector('#weights-last')).toBeNull();
    await drag('pc', '0');
    // The last weight above 0: its slider starts at a step, and the note says so.
    expect(slider('spec').min).toBe('0.25');
    expect(slider('spec').getAttribute('aria-describedby')).toBe('weights-last');
    expect(slider('pc').min).toBe('0');
    expect(text(el.shadowRoot!.querySelector('#weights-last'))).toBe(
      'Specialisation is the only weight above 0, so it goes no lower than 0.25: with every weight at 0 the index would combine nothing.',
    );
    // Set to 0 all the same (a value the slider's minimum would not give): it stays at a step.
    slider('spec').min = '0';
    await drag('spec', '0');
    expect(store.state.scenario!.scenario.settings.potential?.weights).toEqual({lq_employment: 0, lq_establishments: 0, pc: 0, spec: 0.25});
    // Another weight above 0 again: any of them may go to 0.
    await drag('pc', '1');
    expect(el.shadowRoot!.querySelector('#weights-last')).toBeNull();
    expect(slider('spec').min).toBe('0');
  });
});
