// @vitest-environment happy-dom
// The scenario editor's forms: an input edit is refused by the file's own rules (never accepted here
// and refused by its export, import and link); weights and thresholds are written in the page's
// number format, on the file's range; a site is moved by typed or picked coordinates; the comparison
// never silently compares a scenario with itself or with a deleted one.
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {emptyScenario} from '../../../src/model/scenario';
import type {AppStore} from '../../../src/state/app-state';
import {newSession} from '../../../src/state/scenario-state';
import type {ViewState} from '../../../src/state/view-state';
import type {KgScenarioEditor} from '../../../src/ui/kg-scenario-editor';
import {cleanUp} from './component-store';
import {db} from './memory-idb';
import {mountEditor, root, settled, text} from './scenario-editor-setup';

vi.mock('idb-keyval', () => import('./memory-idb'));
// The comparison's second map (maplibre) is not drawn in these tests.
vi.mock('../../../src/map/atlas-map', () => ({AtlasMap: class {}}));
await import('../../../src/ui/kg-scenario-editor');

beforeEach(() => db.clear());
afterEach(() => cleanUp());

async function editorWith(view: Partial<ViewState> = {}, session = newSession()): Promise<{store: AppStore; el: KgScenarioEditor}> {
  const mounted = await mountEditor(view, session);
  await settled(mounted.el);
  return mounted;
}

const edits = (el: KgScenarioEditor) => [...root(el).querySelectorAll('ol.edits li span')].map((n) => text(n));

function fill(form: HTMLFormElement, values: Record<string, string>): void {
  for (const [name, value] of Object.entries(values)) {
    const field = form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement;
    field.value = value;
    field.dispatchEvent(new Event('input', {bubbles: true}));
  }
}

function submit(form: HTMLFormElement, button?: HTMLButtonElement): void {
  form.dispatchEvent(new SubmitEvent('submit', {cancelable: true, submitter: button ?? null}));
}

describe('the input edit form', () => {
  it('refuses what the scenario file refuses, with its reason, and takes the edit once it is valid', async () => {
    const {store, el} = await editorWith();
    const form = root(el).querySelector<HTMLFormElement>('form:has(select[name="indicator"])')!;
    const value = form.elements.namedItem('value') as HTMLInputElement;
    fill(form, {region: 'KG-C', sector: 'C', indicator: 'employment_share', year: '2022', op: 'set', value: '150'});
    submit(form);
    await settled(el);
    expect(store.state.scenario!.scenario.edits).toEqual([]);
    expect(value.validationMessage).toBe('a share is at most 100 (%)');
    fill(form, {op: 'set', value: '2e15', indicator: 'employment'});
    expect(value.validity.customError).toBe(false); // any change to the form clears the refusal
    submit(form);
    expect(value.validationMessage).toBe('a value must be between 0 and 10^15');
    fill(form, {op: 'scale', value: '-150'});
    submit(form);
    expect(value.validationMessage).toBe('a change in percent must be between −100 and 1000');
    expect(store.state.scenario!.scenario.edits).toEqual([]);
    fill(form, {op: 'set', value: '100', indicator: 'employment_share'});
    submit(form);
    await settled(el);
    expect(store.state.scenario!.scenario.edits).toEqual([{kind: 'input', region: 'KG-C', sector: 'C', indicator: 'employment_share', year: 2022, op: 'set', value: 100}]);
  });
});

describe('the index weights and thresholds', () => {
  it('go as far as a file may set them, and are written in the page’s number format', async () => {
    const scenario = {...emptyScenario('Imported'), settings: {potential: {weights: {pc: 8, spec: 1.5}}, thresholds: {lqMinimum: 1.1}}};
    const {el} = await editorWith({lang: 'ru', ind: 'potential', sector: 'C', year: 2018}, newSession(scenario));
    const slider = (k: string) => root(el).querySelector<HTMLInputElement>(`input[name="weight-${k}"]`)!;
    expect(slider('pc').max).toBe('10');
    expect(slider('pc').value).toBe('8');
    expect(slider('pc').getAttribute('aria-valuetext')).toBe('8');
    expect(slider('spec').getAttribute('aria-valuetext')).toBe('1,5');
    expect(text(slider('spec').closest('label')!.querySelector('output'))).toBe('1,5');
    expect(edits(el)).toContain('Вес «Специализация»: 1,5');
    expect(edits(el).some((e) => e.endsWith(': 1,1'))).toBe(true);
    expect(edits(el).join(' ')).not.toMatch(/\d\.\d/);
  });
});

describe('moving an energy site', () => {
  it('takes typed coordinates (a map pick fills them), and says when Apply has nothing to apply', async () => {
    const {store, el} = await editorWith();
    const form = root(el).querySelector<HTMLFormElement>('form:has(select[name="site"])')!;
    const button = (v: string) => form.querySelector<HTMLButtonElement>(`button[value="${v}"]`)!;
    const site = (form.elements.namedItem('site') as HTMLSelectElement).value;
    // Apply with no status and no capacity: refused, and said.
    submit(form, button('change'));
    expect((form.elements.namedItem('status') as HTMLSelectElement).validationMessage).toBe('Choose a status or enter a capacity to apply.');
    expect(store.state.scenario!.scenario.edits).toEqual([]);
    // Move without a point: said; with typed coordinates: moved.
    submit(form, button('move'));
    expect((form.elements.namedItem('lat') as HTMLInputElement).validationMessage).toMatch(/^Enter a latitude/);
    fill(form, {lat: '41.5', lon: '75.25'});
    submit(form, button('move'));
    await settled(el);
    expect(store.state.scenario!.scenario.edits).toEqual([{kind: 'site-move', id: site, lon: 75.25, lat: 41.5}]);
    // A map pick shows the point in the fields, and the pick button says it has one.
    const pick = [...form.querySelectorAll<HTMLButtonElement>('button[type="button"]')].find((b) => b.getAttribute('aria-pressed') !== null)!;
    pick.click();
    await settled(el);
    expect(text(pick)).toBe('Click the map…');
    store.update({scenario: {...store.state.scenario!, picked: [74.5, 42.25]}});
    await settled(el);
    expect((form.elements.namedItem('lat') as HTMLInputElement).value).toBe('42.2500');
    expect((form.elements.namedItem('lon') as HTMLInputElement).value).toBe('74.5000');
    expect(text(pick)).toBe('Picked: click the map again to change');
  });
});

describe('names typed in the forms', () => {
  // Bidi controls reverse the sentences that quote a name (as the scenario file strips them on reading).
  it('lose their bidi controls and surrounding spaces, as the scenario file would read them', async () => {
    const {store, el} = await editorWith();
    const growth = root(el).querySelector<HTMLFormElement>('form:has(select[name="region"]):has(input[name="name"])')!;
    fill(growth, {name: ' \u202EKara-Balta\u202C ', region: 'KG-C', lat: '42.8', lon: '73.85'});
    submit(growth);
    await settled(el);
    expect(store.state.scenario!.scenario.edits).toMatchObject([{kind: 'growth-add', name: 'Kara-Balta'}]);
    const scenarioName = root(el).querySelector<HTMLInputElement>('input[name="scenario-name"]')!;
    scenarioName.value = '\u2067Plan\u2069 B';
    scenarioName.dispatchEvent(new Event('change'));
    await settled(el);
    expect(store.state.scenario!.scenario.name).toBe('Plan B');
  });
});

describe('the comparison with a saved scenario', () => {
  it('goes back to the baseline, and says so, when that scenario is opened or deleted', async () => {
    const {saveScenario} = await import('../../../src/io/scenario-store');
    const a = await saveScenario({...emptyScenario('Plan A'), edits: [{kind: 'growth-remove', id: 'GP01'}]}, null);
    const b = await saveScenario({...emptyScenario('Plan B'), edits: [{kind: 'growth-remove', id: 'GP02'}]}, null);
    const {store, el} = await editorWith({}, newSession());
    const compare = () => root(el).querySelector('kg-scenario-compare')!;
    const picker = () => compare().shadowRoot!.querySelector<HTMLSelectElement>('select[name="compare-with"]')!;
    const note = () => text(compare().shadowRoot!.querySelector('[data-fallback]'));
    const open = async (id: string, action: 'open' | 'delete') => {
      const row = root(el).querySelector(`li[data-saved="${id}"]`)!;
      row.querySelector<HTMLButtonElement>(action === 'open' ? 'button' : 'button[data-delete]')!.click();
      await settled(el);
      await compare().updateComplete;
    };
    const choose = async (id: string) => {
      picker().value = id;
      picker().dispatchEvent(new Event('change'));
      await settled(el);
      await compare().updateComplete;
    };
    // (a) B open, compared with A; then A opened: not A minus A.
    await open(b.id, 'open');
    await choose(a.id);
    expect(store.state.scenario!.compare?.against).toMatchObject({kind: 'saved', id: a.id});
    expect(note()).toBe('');
    await open(a.id, 'open');
    expect(store.state.scenario!.compare?.against).toEqual({kind: 'baseline'});
    expect(picker().value).toBe('baseline');
    expect(note()).toBe('“Plan A” is now the scenario open, and a scenario compared with itself changes nothing: compared with the baseline instead.');
    // (b) B open, compared with A; then A deleted.
    await open(b.id, 'open');
    await choose(a.id);
    expect(note()).toBe('');
    await open(a.id, 'delete');
    expect(store.state.scenario!.compare?.against).toEqual({kind: 'baseline'});
    expect(picker().value).toBe('baseline');
    expect(note()).toBe('“Plan A” was deleted: compared with the baseline instead.');
  });

  it('is not offered with a saved scenario the link’s scenario is a copy of (“Plan B” minus “Plan B”)', async () => {
    const {saveScenario} = await import('../../../src/io/scenario-store');
    const a = await saveScenario({...emptyScenario('Plan A'), edits: [{kind: 'growth-remove', id: 'GP01'}]}, null);
    const b = await saveScenario({...emptyScenario('Plan B'), edits: [{kind: 'growth-remove', id: 'GP02'}]}, null);
    // Plan B's link opened in a new tab of the browser that saved it: a draft of no saved record.
    const {el} = await editorWith({}, newSession(b.scenario));
    const compare = () => root(el).querySelector('kg-scenario-compare')!;
    await settled(el);
    await compare().updateComplete;
    const offered = [...compare().shadowRoot!.querySelector<HTMLSelectElement>('select[name="compare-with"]')!.options].map((o) => text(o));
    expect(offered).toEqual(['Baseline', a.scenario.name]);
  });

  it('can be with the open scenario as saved, while it has unsaved edits: "my edits against what I saved"', async () => {
    const {saveScenario} = await import('../../../src/io/scenario-store');
    const {addEdit, replaceScenario} = await import('../../../src/state/scenario-state');
    const {comparisonNames} = await import('../../../src/ui/comparison-text');
    const a = await saveScenario({...emptyScenario('Plan A'), edits: [{kind: 'growth-remove', id: 'GP01'}]}, null);
    const {store, el} = await editorWith({}, newSession());
    const compare = () => root(el).querySelector('kg-scenario-compare')!;
    const picker = () => compare().shadowRoot!.querySelector<HTMLSelectElement>('select[name="compare-with"]')!;
    const offered = () => [...picker().options].map((o) => text(o));
    root(el).querySelector<HTMLButtonElement>(`li[data-saved="${a.id}"] button`)!.click();
    await settled(el);
    await compare().updateComplete;
    // Unchanged: nothing to compare it with but the baseline.
    expect(offered()).toEqual(['Baseline']);
    store.update((s) => ({scenario: addEdit(s.scenario!, {kind: 'growth-remove', id: 'GP02'})}));
    await settled(el);
    await compare().updateComplete;
    expect(offered()).toEqual(['Baseline', '“Plan A” as saved']);
    picker().value = a.id;
    picker().dispatchEvent(new Event('change'));
    await settled(el);
    await compare().updateComplete;
    expect(store.state.scenario!.compare?.against).toMatchObject({kind: 'saved', id: a.id});
    expect(comparisonNames('en', store.state)).toEqual({thisName: 'Plan A, edited', otherName: 'Plan A, as saved'});
    // Once saved as it is (or opened again), it is itself: back to the baseline, said.
    store.update((s) => ({scenario: replaceScenario(s.scenario!, s.scenario!.scenario, {id: a.id, savedAt: a.savedAt})}));
    await settled(el);
    await compare().updateComplete;
    expect(store.state.scenario!.compare?.against).toEqual({kind: 'baseline'});
  });
});
