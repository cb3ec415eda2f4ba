// @vitest-environment happy-dom
// Rename a saved scenario in place: Rename turns its row's name into a text field (Enter or leaving it
// saves, Escape cancels), with Save's rules for a name (bidi controls stripped, not empty, never another
// saved scenario's: refused and said, not numbered); the open scenario follows.
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {emptyScenario} from '../../../src/model/scenario';
import {addEdit, newSession, replaceScenario} from '../../../src/state/scenario-state';
import type {KgScenarioEditor} from '../../../src/ui/kg-scenario-editor';
import {cleanUp} from './component-store';
import {db} from './memory-idb';
import {mountEditor, root, settled, text} from './scenario-editor-setup';

vi.mock('idb-keyval', () => import('./memory-idb'));
vi.mock('../../../src/map/atlas-map', () => ({AtlasMap: class {}}));
await import('../../../src/ui/kg-scenario-editor');

const planA = {...emptyScenario('Plan A'), edits: [{kind: 'growth-remove' as const, id: 'GP01'}]};
const planB = {...emptyScenario('Plan B'), edits: [{kind: 'growth-remove' as const, id: 'GP02'}]};
beforeEach(() => {
  db.clear();
  db.set('A', {id: 'A', savedAt: '2026-12-01T00:00:00.000Z', scenario: planA});
  db.set('B', {id: 'B', savedAt: '2026-12-02T00:00:00.000Z', scenario: planB});
});
afterEach(() => cleanUp());

const status = (el: KgScenarioEditor) => text(root(el).querySelector('[role=status]'));
const names = (el: KgScenarioEditor) => [...root(el).querySelectorAll('ul.saved li .name')].map((n) => (n instanceof HTMLInputElement ? `[${n.value}]` : text(n))).sort();
const field = (el: KgScenarioEditor) => root(el).querySelector<HTMLInputElement>('input[name="rename"]');
const stored = (id: string) => db.get(id) as {savedAt: string; scenario: {name: string; edits: unknown[]}};

async function startRename(el: KgScenarioEditor, id: string): Promise<HTMLInputElement> {
  root(el).querySelector<HTMLButtonElement>(`li[data-saved="${id}"] button[data-rename]`)!.click();
  await settled(el);
  return field(el)!;
}
async function type(el: KgScenarioEditor, value: string, key?: string): Promise<void> {
  const input = field(el)!;
  input.value = value;
  input.dispatchEvent(new Event('input'));
  await settled(el);
  if (key) field(el)!.dispatchEvent(new KeyboardEvent('keydown', {key, bubbles: true, composed: true, cancelable: true}));
  await settled(el);
}

describe('Rename in the saved list', () => {
  it('the open scenario: Enter renames it in place, its unsaved edits still unsaved; another scenario’s name or none is refused and said', async () => {
    const opened = addEdit(replaceScenario(newSession(), planA, {id: 'A', savedAt: '2026-12-01T00:00:00.000Z'}), {kind: 'growth-remove', id: 'GP03'});
    const {store, el} = await mountEditor({lang: 'en'}, opened);
    await settled(el);
    const input = await startRename(el, 'A');
    expect([input.value, input.getAttribute('aria-label'), root(el).activeElement]).toEqual(['Plan A', 'New name of “Plan A” (Enter saves, Escape cancels)', input]);
    // Another saved scenario's name: said, not numbered; the field stays, with what was typed.
    await type(el, ' Plan B ', 'Enter');
    expect(text(root(el).querySelector('#rename-problem'))).toBe('“Plan B” is the name of another saved scenario: choose another name.');
    expect([field(el)?.value, field(el)?.getAttribute('aria-invalid'), stored('A').scenario.name]).toEqual([' Plan B ', 'true', 'Plan A']);
    await type(el, '  ', 'Enter');
    expect(text(root(el).querySelector('#rename-problem'))).toBe('A saved scenario needs a name.');
    // Bidi controls are stripped, as Save strips them.
    await type(el, '\u202EPlan Z\u202C', 'Enter');
    expect(field(el)).toBeNull();
    expect(stored('A').scenario).toEqual({...planA, name: 'Plan Z'});
    expect(stored('A').savedAt > '2026-12-01T00:00:00.000Z').toBe(true);
    expect(names(el)).toEqual(['Plan B', 'Plan Z (open)']);
    expect(status(el)).toBe('Renamed “Plan A” to “Plan Z”.');
    expect(store.state.scenario).toMatchObject({scenario: {name: 'Plan Z'}, savedId: 'A', savedAt: stored('A').savedAt, dirty: true});
    expect(root(el).querySelector<HTMLInputElement>('input[name="scenario-name"]')!.value).toBe('Plan Z');
    expect(root(el).activeElement).toBe(root(el).querySelector('li[data-saved="A"] button[data-rename]'));
    // Save then updates Plan Z (no copy, no conflict).
    root(el).querySelector<HTMLButtonElement>('.actions button.primary')!.click();
    await settled(el);
    expect(status(el)).toBe('Saved “Plan Z”: its copy in this browser is updated.');
    expect(stored('A').scenario.edits).toHaveLength(2);
    expect(db.size).toBe(2);
  });

  it('Escape cancels (the editor stays open); leaving the field renames', async () => {
    const {store, el} = await mountEditor({lang: 'ru'});
    await settled(el);
    await startRename(el, 'B');
    await type(el, 'Plan X', 'Escape');
    expect([field(el), stored('B').scenario.name, store.state.scenario!.panel]).toEqual([null, 'Plan B', true]);
    expect(root(el).activeElement).toBe(root(el).querySelector('li[data-saved="B"] button[data-rename]'));
    await startRename(el, 'B');
    await type(el, 'План Ю');
    field(el)!.dispatchEvent(new Event('blur'));
    await settled(el);
    expect([field(el), stored('B').scenario.name]).toEqual([null, 'План Ю']);
    expect(status(el)).toBe('Сценарий «Plan B» переименован в «План Ю».');
    expect(text(root(el).querySelector('li[data-saved="B"] button[data-rename]'))).toBe('Переименовать');
    expect(root(el).querySelector('li[data-saved="B"] button[data-rename]')!.getAttribute('aria-label')).toBe('Переименовать «План Ю»');
  });
});
