// @vitest-environment happy-dom
// The scenario editor keeps the planner's saved scenarios: saving a renamed scenario keeps the one it
// was opened from and saves a new one (the same name updates it), and says so; a deleted scenario
// comes back with the Undo in the status line. IndexedDB (idb-keyval) is an in-memory map here, so
// src/io/scenario-store.ts runs as it is.
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {addEdit, removeEdit, withScenario} from '../../../src/state/scenario-state';
import type {ViewState} from '../../../src/state/view-state';
import type {KgScenarioEditor} from '../../../src/ui/kg-scenario-editor';
import {cleanUp} from './component-store';
import {afterNextRead, db} from './memory-idb';
import {mountEditor, root, settled, text} from './scenario-editor-setup';

vi.mock('idb-keyval', () => import('./memory-idb'));
// The comparison's second map (maplibre) is not drawn in these tests.
vi.mock('../../../src/map/atlas-map', () => ({AtlasMap: class {}}));
await import('../../../src/ui/kg-scenario-editor');

beforeEach(() => db.clear());
afterEach(() => cleanUp());

const editorWith = (view: Partial<ViewState> = {}) => mountEditor(view);
const savedNames = (el: KgScenarioEditor) => [...root(el).querySelectorAll('ul.saved li .name')].map((n) => text(n));
const status = (el: KgScenarioEditor) => text(root(el).querySelector('[role=status]'));

async function rename(el: KgScenarioEditor, name: string): Promise<void> {
  const input = root(el).querySelector<HTMLInputElement>('input[name="scenario-name"]')!;
  input.value = name;
  input.dispatchEvent(new Event('change'));
  await settled(el);
}

/** Presses "Save scenario" (the editor's primary action, in any language). */
async function save(el: KgScenarioEditor): Promise<void> {
  root(el).querySelector<HTMLButtonElement>('.actions button.primary')!.click();
  await settled(el);
}

describe('saving a renamed scenario', () => {
  it('keeps the saved one and saves a new one, and says so; the same name updates it', async () => {
    const {store, el} = await editorWith();
    await rename(el, 'Plan A');
    await save(el);
    expect(status(el)).toBe('Saved as “Plan A” in this browser.');
    expect(savedNames(el)).toEqual(['Plan A (open)']);
    const planA = store.state.scenario!.savedId!;

    // Renamed, with an edit: before saving the editor says what Save will do.
    await rename(el, 'B-план');
    store.update((s) => ({scenario: addEdit(s.scenario!, {kind: 'growth-remove', id: 'GP01'})}));
    await settled(el);
    expect(text(root(el).querySelector('[data-save-note]'))).toBe('The name differs from the saved “Plan A”: saving keeps “Plan A” and saves this as a new scenario.');
    await save(el);
    expect(status(el)).toBe('Saved as a new scenario “B-план”; “Plan A” is kept as it was.');
    expect(root(el).querySelector('[data-save-note]')).toBeNull();
    expect(savedNames(el).sort()).toEqual(['B-план (open)', 'Plan A']);
    // "Plan A" is as it was saved: its name and no edits.
    expect(db.get(planA)).toMatchObject({scenario: {name: 'Plan A', edits: []}});
    const planB = store.state.scenario!.savedId!;
    expect(planB).not.toBe(planA);

    // Saved again under the same name: that record is updated, no third one.
    store.update((s) => ({scenario: addEdit(s.scenario!, {kind: 'growth-remove', id: 'GP02'})}));
    await save(el);
    expect(status(el)).toBe('Saved “B-план”: its copy in this browser is updated.');
    expect(db.size).toBe(2);
    expect(db.get(planB)).toMatchObject({scenario: {name: 'B-план', edits: [{id: 'GP01'}, {id: 'GP02'}]}});

    // An emptied name field is not a rename.
    await rename(el, '');
    await save(el);
    expect(status(el)).toBe('Saved “B-план”: its copy in this browser is updated.');
    expect(db.size).toBe(2);
  });

  it('numbers a new scenario that would take another saved one’s name, and says the name it got', async () => {
    const {store, el} = await editorWith();
    await rename(el, 'Plan A');
    await save(el);
    // Renamed to "Plan B" and saved: a new record. Then renamed back to "Plan A", which is taken.
    await rename(el, 'Plan B');
    await save(el);
    await rename(el, 'Plan A');
    await save(el);
    expect(status(el)).toBe('Saved as a new scenario “Plan A (2)”; “Plan B” is kept as it was.');
    expect(savedNames(el).sort()).toEqual(['Plan A', 'Plan A (2) (open)', 'Plan B']);
    expect(store.state.scenario!.scenario.name).toBe('Plan A (2)');
  });

  it('keeps in the list a scenario saved with every index weight 0 (accepted until 5 December 2026), with the default weights', async () => {
    const {listScenarios} = await import('../../../src/io/scenario-store');
    const weights = {lq_employment: 0, lq_establishments: 0, pc: 0, spec: 0};
    db.set('old', {id: 'old', savedAt: '2026-12-01T00:00:00.000Z', scenario: {format: 'kg-atlas-scenario', version: 1, name: 'All zero', settings: {potential: {weights, aggregation: 'arithmetic'}}, edits: [{kind: 'growth-remove', id: 'GP01'}]}});
    const [record] = await listScenarios();
    expect(record).toMatchObject({id: 'old', scenario: {name: 'All zero', settings: {potential: {aggregation: 'arithmetic'}}, edits: [{kind: 'growth-remove', id: 'GP01'}]}});
    expect(record!.scenario.settings.potential?.weights).toBeUndefined();
  });

  it('says it in Russian and Kyrgyz too', async () => {
    for (const [lang, expected] of [
      ['ru', 'Сохранено как новый сценарий «B-план»; «Plan A» остался без изменений.'],
      ['ky', 'Жаңы сценарий катары «B-план» деп сакталды; «Plan A» өзгөрүүсүз калды.'],
    ] as const) {
      db.clear();
      const {el} = await editorWith({lang});
      await rename(el, 'Plan A');
      await save(el);
      await rename(el, 'B-план');
      await save(el);
      expect(status(el)).toBe(expected);
      expect(db.size).toBe(2);
      cleanUp();
    }
  });
});

describe('a scenario saved meanwhile in another tab', () => {
  it('is not overwritten: Save says so beforehand, keeps both and saves this one as a numbered copy', async () => {
    const {store, el} = await editorWith();
    await rename(el, 'Plan A');
    await save(el);
    const planA = store.state.scenario!.savedId!;
    // Another tab saves Plan A with an edit of its own, and tells the others.
    const theirs = {...(db.get(planA) as object), savedAt: '2099-01-01T00:00:00.000Z', scenario: {...(db.get(planA) as {scenario: object}).scenario, edits: [{kind: 'growth-remove', id: 'GP05'}]}};
    db.set(planA, theirs);
    const otherTab = new BroadcastChannel('kg-atlas-scenarios');
    otherTab.postMessage('changed');
    otherTab.close();
    await new Promise((r) => setTimeout(r, 50));
    await settled(el);
    expect(text(root(el).querySelector('[data-save-note]'))).toBe('“Plan A” was saved in another tab or window after you opened it here: saving keeps that version and saves this as a new scenario.');
    store.update((s) => ({scenario: addEdit(s.scenario!, {kind: 'growth-remove', id: 'GP01'})}));
    await save(el);
    expect(status(el)).toBe('Saved as a new scenario “Plan A (2)”: “Plan A” was saved in another tab or window after you opened it here, and is kept as saved there.');
    expect(db.get(planA)).toEqual(theirs);
    expect(savedNames(el).sort()).toEqual(['Plan A', 'Plan A (2) (open)']);
    // Saved again: this tab's own copy is updated, no third one.
    store.update((s) => ({scenario: addEdit(s.scenario!, {kind: 'growth-remove', id: 'GP02'})}));
    await save(el);
    expect(status(el)).toBe('Saved “Plan A (2)”: its copy in this browser is updated.');
    expect(db.size).toBe(2);
  });
});

describe('a scenario saved in another tab at the very moment this one saves it', () => {
  it('is not overwritten either: the update is checked as it is written, and this version kept as a copy', async () => {
    const {store, el} = await editorWith();
    await rename(el, 'Plan A');
    await save(el);
    const planA = store.state.scenario!.savedId!;
    store.update((s) => ({scenario: addEdit(s.scenario!, {kind: 'growth-remove', id: 'GP01'})}));
    // After this tab has read the records (Plan A as it opened it) and before it writes.
    const theirs = {...(db.get(planA) as object), savedAt: '2099-01-01T00:00:00.000Z'};
    afterNextRead.run = () => db.set(planA, theirs);
    await save(el);
    expect(db.get(planA)).toEqual(theirs);
    expect(status(el)).toBe('Saved as a new scenario “Plan A (2)”: “Plan A” was saved in another tab or window after you opened it here, and is kept as saved there.');
    expect(db.size).toBe(2);
  });
});

describe('deleting a saved scenario', () => {
  it('can be undone from the status line: the scenario is back, as it was', async () => {
    const {store, el} = await editorWith();
    await rename(el, 'Plan A');
    await save(el);
    await rename(el, 'Plan B');
    await save(el);
    const before = [...db.values()];
    expect(savedNames(el).sort()).toEqual(['Plan A', 'Plan B (open)']);

    const planA = root(el).querySelectorAll<HTMLElement>('ul.saved li')[savedNames(el).indexOf('Plan A')]!;
    planA.querySelector<HTMLButtonElement>('button[data-delete]')!.click();
    await settled(el);
    expect(savedNames(el)).toEqual(['Plan B (open)']);
    expect(status(el)).toBe('Deleted “Plan A”. Undo');
    const undo = root(el).querySelector<HTMLButtonElement>('[role=status] button')!;
    expect(undo.getAttribute('aria-label')).toBe('Undo deleting “Plan A”');
    // The Delete button pressed is gone: the focus is on the Undo.
    expect(root(el).activeElement).toBe(undo);
    // An edit meanwhile does not take the Undo away.
    store.update((s) => ({scenario: addEdit(s.scenario!, {kind: 'growth-remove', id: 'GP01'})}));
    await settled(el);
    undo.click();
    await settled(el);
    expect(status(el)).toBe('Restored “Plan A”.');
    expect(savedNames(el).sort()).toEqual(['Plan A', 'Plan B (open)']);
    expect([...db.values()].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))).toEqual(before.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))));
    expect(root(el).activeElement?.closest('li')?.querySelector('.name')?.textContent).toContain('Plan A');
  });

  it('the open scenario deleted stays open as a draft, nothing unsaved (it was saved); restored, it is its saved scenario again', async () => {
    const {store, el} = await editorWith();
    await rename(el, 'Plan A');
    await save(el);
    const id = store.state.scenario!.savedId;
    root(el).querySelector<HTMLButtonElement>('ul.saved li button[data-delete]')!.click();
    await settled(el);
    expect(store.state.scenario).toMatchObject({scenario: {name: 'Plan A'}, savedId: null, dirty: false});
    expect(status(el)).toBe('Deleted “Plan A”. It stays open here as a draft saved in no scenario; “Save scenario” keeps it again. Undo');
    expect(root(el).querySelector('[role=status] + p.muted')?.textContent ?? '').not.toContain('not saved');
    root(el).querySelector<HTMLButtonElement>('[role=status] button')!.click();
    await settled(el);
    expect(store.state.scenario).toMatchObject({savedId: id, dirty: false});
    expect(savedNames(el)).toEqual(['Plan A (open)']);

    // With unsaved edits, deleted: they are still unsaved.
    store.update((s) => ({scenario: addEdit(s.scenario!, {kind: 'growth-remove', id: 'GP05'})}));
    await settled(el);
    root(el).querySelector<HTMLButtonElement>('ul.saved li button[data-delete]')!.click();
    await settled(el);
    expect(store.state.scenario).toMatchObject({savedId: null, dirty: true});
    root(el).querySelector<HTMLButtonElement>('[role=status] button')!.click();
    await settled(el);
    expect(store.state.scenario).toMatchObject({savedId: id, dirty: true});
    store.update((s) => ({scenario: removeEdit(s.scenario!, 0)}));
    await settled(el);

    // Edited after the deletion: restored, but the edit is still unsaved.
    root(el).querySelector<HTMLButtonElement>('ul.saved li button[data-delete]')!.click();
    await settled(el);
    store.update((s) => ({scenario: withScenario(s.scenario!, {...s.scenario!.scenario, edits: [{kind: 'growth-remove', id: 'GP01'}]})}));
    root(el).querySelector<HTMLButtonElement>('[role=status] button')!.click();
    await settled(el);
    expect(store.state.scenario).toMatchObject({savedId: id, dirty: true});
  });

  it('restored after another tab saved one of its name meanwhile, it is numbered: never two of one name', async () => {
    const {store, el} = await editorWith();
    await rename(el, 'Plan A');
    await save(el);
    const id = store.state.scenario!.savedId!;
    const record = db.get(id) as object;
    root(el).querySelector<HTMLButtonElement>('ul.saved li button[data-delete]')!.click();
    await settled(el);
    // Another tab (which had it open) saves it again: a new record named "Plan A".
    const other = {...record, id: 's-other', savedAt: new Date(Date.now() + 1000).toISOString()};
    db.set('s-other', other);
    root(el).querySelector<HTMLButtonElement>('[role=status] button')!.click();
    await settled(el);
    expect((db.get(id) as {scenario: {name: string}}).scenario.name).toBe('Plan A (2)');
    expect(savedNames(el).sort()).toEqual(['Plan A', 'Plan A (2) (open)']);
    expect(status(el)).toBe('Restored “Plan A” as “Plan A (2)”: another scenario saved meanwhile has its name.');
    // The open scenario is that record again, under its new name, nothing unsaved.
    expect(store.state.scenario).toMatchObject({savedId: id, dirty: false, scenario: {name: 'Plan A (2)'}});
  });

  it('says it in Russian and Kyrgyz', async () => {
    for (const [lang, deleted, label, restored] of [
      ['ru', 'Сценарий «Plan A» удалён. Он остаётся открытым здесь как черновик, не сохранённый ни в одном сценарии; «Сохранить сценарий» сохранит его снова. Отменить', 'Отменить удаление «Plan A»', 'Сценарий «Plan A» восстановлен.'],
      ['ky', '«Plan A» сценарийи өчүрүлдү. Ал бул жерде эч бир сценарийде сакталбаган долбоор катары ачык калат; «Сценарийди сактоо» аны кайра сактайт. Жокко чыгаруу', '«Plan A» сценарийин өчүрүүнү жокко чыгаруу', '«Plan A» сценарийи калыбына келтирилди.'],
    ] as const) {
      db.clear();
      const {el} = await editorWith({lang});
      await rename(el, 'Plan A');
      await save(el);
      root(el).querySelector<HTMLButtonElement>('ul.saved li button[data-delete]')!.click();
      await settled(el);
      expect(status(el)).toBe(deleted);
      expect(root(el).querySelector('[role=status] button')!.getAttribute('aria-label')).toBe(label);
      root(el).querySelector<HTMLButtonElement>('[role=status] button')!.click();
      await settled(el);
      expect(status(el)).toBe(restored);
      expect(db.size).toBe(1);
      cleanUp();
    }
  });
});
