// @vitest-environment happy-dom
// Unsaved edits are not lost without a word: Open and Import ask first (in the panel, in the page's
// language, the focus on "Keep my edits"); replaced after all, the status line says Undo brings them
// back, and says it only while the scenario it opened is the editor's (an Undo once left "Opened
// “Plan A”" above the draft it had brought back). A planners' audit found the draft silently gone.
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {emptyScenario} from '../../../src/model/scenario';
import {addEdit} from '../../../src/state/scenario-state';
import type {KgScenarioEditor} from '../../../src/ui/kg-scenario-editor';
import {cleanUp} from './component-store';
import {db} from './memory-idb';
import {mountEditor, root, settled, text} from './scenario-editor-setup';

vi.mock('idb-keyval', () => import('./memory-idb'));
vi.mock('../../../src/map/atlas-map', () => ({AtlasMap: class {}}));
await import('../../../src/ui/kg-scenario-editor');

const planB = {...emptyScenario('План Б'), edits: [{kind: 'growth-remove' as const, id: 'GP02'}]};
beforeEach(() => {
  db.clear();
  db.set('B', {id: 'B', savedAt: '2026-12-01T00:00:00.000Z', scenario: planB});
});
afterEach(() => cleanUp());

const status = (el: KgScenarioEditor) => text(root(el).querySelector('[role=status]'));
const button = (el: KgScenarioEditor, selector: string) => root(el).querySelector<HTMLButtonElement>(selector)!;
const undoButton = (el: KgScenarioEditor, label: string) => [...root(el).querySelectorAll<HTMLButtonElement>('.actions button')].find((b) => text(b) === label)!;
const focused = (el: KgScenarioEditor) => root(el).activeElement;

/** A draft of three input edits (Talas, Naryn, Issyk-Kul, +30 %), as the audit made it. */
async function withDraft(lang: 'en' | 'ru' = 'ru') {
  const {store, el} = await mountEditor({lang});
  for (const region of ['KG-T', 'KG-N', 'KG-Y'] as const)
    store.update((s) => ({scenario: addEdit(s.scenario!, {kind: 'input', region, sector: 'C', indicator: 'employment', year: 2024, op: 'scale', value: 30})}));
  await settled(el);
  return {store, el, draft: store.state.scenario!.scenario};
}

async function openB(el: KgScenarioEditor): Promise<void> {
  const open = button(el, 'li[data-saved="B"] button');
  open.focus();
  open.click();
  await settled(el);
}

async function importFile(el: KgScenarioEditor, content: string): Promise<void> {
  const input = root(el).querySelector<HTMLInputElement>('input[name="scenario-file"]')!;
  Object.defineProperty(input, 'files', {value: [new File([content], 'plan-a.json')], configurable: true});
  input.dispatchEvent(new Event('change'));
  for (let i = 0; i < 5; i++) await settled(el);
}

describe('Open over unsaved edits', () => {
  it('asks first, in the page’s language; "Keep my edits" (or Escape) changes nothing and gives the focus back', async () => {
    const {store, el, draft} = await withDraft();
    await openB(el);
    expect(store.state.scenario!.scenario).toBe(draft);
    expect(text(root(el).querySelector('[data-confirm]'))).toBe('Изменения здесь не сохранены. Открыть «План Б» вместо них? Открыть «План Б» Оставить мои изменения');
    expect(focused(el)).toBe(button(el, 'button[data-keep]'));
    button(el, 'button[data-keep]').click();
    await settled(el);
    expect(root(el).querySelector('[data-confirm]')).toBeNull();
    expect(store.state.scenario!.scenario).toBe(draft);
    expect(focused(el)).toBe(button(el, 'li[data-saved="B"] button'));
    // Escape answers the question; the editor stays open.
    await openB(el);
    el.dispatchEvent(new KeyboardEvent('keydown', {key: 'Escape', bubbles: true}));
    await settled(el);
    expect(root(el).querySelector('[data-confirm]')).toBeNull();
    expect([store.state.scenario!.scenario, store.state.scenario!.panel]).toEqual([draft, true]);
  });

  it('replaced after all: the status says Undo brings the edits back, until an Undo does', async () => {
    const {store, el, draft} = await withDraft();
    await openB(el);
    button(el, 'button[data-replace]').click();
    await settled(el);
    expect(store.state.scenario).toMatchObject({scenario: planB, savedId: 'B', dirty: false});
    expect(status(el)).toBe('Открыт сценарий «План Б». Несохранённые изменения, что были до него, вернёт кнопка «Отменить последнее изменение», пока страница открыта.');
    // The Undo is named for what it does (not "Cancel"), and brings the draft back, unsaved.
    undoButton(el, 'Отменить последнее изменение').click();
    await settled(el);
    expect(store.state.scenario).toMatchObject({scenario: draft, savedId: null, dirty: true});
    // It says what it undid, no longer "Opened".
    expect(status(el)).toBe('Отменено: открытие «План Б».');
  });

  it('opens at once, and says so, when nothing unsaved would be lost', async () => {
    const {store, el} = await mountEditor({lang: 'en'});
    await settled(el);
    await openB(el);
    expect(root(el).querySelector('[data-confirm]')).toBeNull();
    expect(store.state.scenario!.scenario).toEqual(planB);
    expect(status(el)).toBe('Opened “План Б”.');
  });
});

describe('Import over unsaved edits', () => {
  const planA = JSON.stringify({...emptyScenario('Plan A'), edits: [{kind: 'growth-remove', id: 'GP01'}]});

  it('asks first too; after the import, an Undo brings the draft back and the status no longer says the file was opened', async () => {
    const {store, el, draft} = await withDraft('en');
    await importFile(el, planA);
    expect(store.state.scenario!.scenario).toBe(draft);
    expect(text(root(el).querySelector('[data-confirm] p'))).toBe('The edits here are not saved. Open “Plan A” in their place?');
    button(el, 'button[data-replace]').click();
    await settled(el);
    expect(store.state.scenario).toMatchObject({scenario: {name: 'Plan A'}, dirty: true});
    expect(status(el)).toBe('Opened “Plan A”. The unsaved edits before it come back with “Undo last change” while this page is open.');
    undoButton(el, 'Undo last change').click();
    await settled(el);
    expect(store.state.scenario!.scenario).toBe(draft);
    expect(status(el)).toBe('Undone: opening “Plan A”.');
  });

  it('after a plain import, the next edit ends "Opened" too', async () => {
    const {store, el} = await mountEditor({lang: 'en'});
    await importFile(el, planA);
    expect(status(el)).toBe('Opened “Plan A”.');
    store.update((s) => ({scenario: addEdit(s.scenario!, {kind: 'growth-remove', id: 'GP02'})}));
    await settled(el);
    expect(status(el)).toBe('');
  });
});

describe('"Back to the baseline" from a saved scenario', () => {
  it('is no unsaved edits: no "not saved yet" beside "No edits"', async () => {
    const {store, el} = await mountEditor({lang: 'ru'});
    await openB(el);
    const reset = [...root(el).querySelectorAll<HTMLButtonElement>('.actions button')].find((b) => text(b) === 'Вернуться к базовому')!;
    reset.click();
    await settled(el);
    expect(store.state.scenario).toMatchObject({savedId: null, dirty: false});
    expect(text(root(el).querySelector('.body'))).toContain('Изменений нет');
    expect(text(root(el).querySelector('.body'))).not.toContain('Изменения ещё не сохранены');
  });
});

describe('an edit added', () => {
  it('is said in the status line (its line in the list may be out of sight)', async () => {
    const {el} = await mountEditor({lang: 'en'});
    const form = root(el).querySelector<HTMLFormElement>('form:has(select[name=indicator])')!;
    (form.querySelector('select[name=region]') as HTMLSelectElement).value = 'KG-T';
    (form.querySelector('input[name=year]') as HTMLInputElement).value = '2024';
    (form.querySelector('input[name=value]') as HTMLInputElement).value = '30';
    form.requestSubmit();
    await settled(el);
    expect(status(el)).toMatch(/^Edit added: .*Talas.*\.$/);
  });
});
