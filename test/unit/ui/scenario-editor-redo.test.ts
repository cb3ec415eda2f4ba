// @vitest-environment happy-dom
// Redo beside Undo: the buttons say when there is nothing to do (aria-disabled, so the one pressed
// keeps the focus), the keyboard's Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y (⌘ too) work in the editor but not
// in a text field (the browser's own undo of the typing), and the status line says what each step
// undid or redid.
import {afterEach, describe, expect, it, vi} from 'vitest';
import {addEdit} from '../../../src/state/scenario-state';
import type {KgScenarioEditor} from '../../../src/ui/kg-scenario-editor';
import {cleanUp} from './component-store';
import {mountEditor, root, settled, text} from './scenario-editor-setup';

vi.mock('idb-keyval', () => import('./memory-idb'));
vi.mock('../../../src/map/atlas-map', () => ({AtlasMap: class {}}));
await import('../../../src/ui/kg-scenario-editor');
afterEach(() => cleanUp());

const status = (el: KgScenarioEditor) => text(root(el).querySelector('[role=status]'));
const button = (el: KgScenarioEditor, which: 'undo' | 'redo') => root(el).querySelector<HTMLButtonElement>(`button[data-${which}]`)!;
const disabled = (el: KgScenarioEditor) => (['undo', 'redo'] as const).map((w) => button(el, w).getAttribute('aria-disabled'));
/** A key pressed on `target`, inside the editor's shadow root; whether the editor took it (defaultPrevented). */
const press = (target: Element, key: string, mods: KeyboardEventInit = {ctrlKey: true}) => {
  const e = new KeyboardEvent('keydown', {key, bubbles: true, composed: true, cancelable: true, ...mods});
  target.dispatchEvent(e);
  return e.defaultPrevented;
};

async function withTwoEdits(lang: 'en' | 'ru' = 'en') {
  const {store, el} = await mountEditor({lang});
  for (const id of ['GP01', 'GP02']) store.update((s) => ({scenario: addEdit(s.scenario!, {kind: 'growth-remove', id})}));
  await settled(el);
  return {store, el, edits: () => store.state.scenario!.scenario.edits.map((e) => (e as {id: string}).id)};
}

describe('Redo', () => {
  it('buttons: Redo says it has nothing to do until an Undo; a new edit clears it; the status says what was undone and redone', async () => {
    const {store, el, edits} = await withTwoEdits();
    expect(text(button(el, 'redo'))).toBe('Redo');
    expect(disabled(el)).toEqual(['false', 'true']);
    button(el, 'redo').click();
    await settled(el);
    expect(edits()).toEqual(['GP01', 'GP02']);
    button(el, 'undo').click();
    await settled(el);
    expect(edits()).toEqual(['GP01']);
    expect(disabled(el)).toEqual(['false', 'false']);
    expect(status(el)).toMatch(/^Undone: .+\.$/);
    expect(status(el)).not.toContain('removal');
    button(el, 'redo').focus();
    button(el, 'redo').click();
    await settled(el);
    expect(edits()).toEqual(['GP01', 'GP02']);
    expect(status(el)).toMatch(/^Redone: .+\.$/);
    // Nothing more to redo: said, and the focus stays on the button.
    expect(disabled(el)).toEqual(['false', 'true']);
    expect(root(el).activeElement).toBe(button(el, 'redo'));
    // Undo, then a new edit: nothing to redo.
    button(el, 'undo').click();
    await settled(el);
    store.update((s) => ({scenario: addEdit(s.scenario!, {kind: 'growth-remove', id: 'GP03'})}));
    await settled(el);
    expect(disabled(el)).toEqual(['false', 'true']);
    expect(edits()).toEqual(['GP01', 'GP03']);
  });

  it('keyboard: Ctrl+Z, Ctrl+Shift+Z, Ctrl+Y and ⌘ in the editor; in a text field the keys are the browser’s', async () => {
    const {el, edits} = await withTwoEdits('ru');
    const heading = root(el).querySelector('h2')!;
    expect(press(heading, 'z')).toBe(true);
    await settled(el);
    expect(edits()).toEqual(['GP01']);
    expect(status(el)).toMatch(/^Отменено: /);
    expect(press(heading, 'z', {metaKey: true})).toBe(true);
    await settled(el);
    expect(edits()).toEqual([]);
    expect(press(heading, 'Z', {ctrlKey: true, shiftKey: true})).toBe(true);
    await settled(el);
    expect(edits()).toEqual(['GP01']);
    expect(status(el)).toMatch(/^Повторено: /);
    // A slider or a list is no text field: the editor's keys.
    expect(press(root(el).querySelector('input[type=range]')!, 'y')).toBe(true);
    await settled(el);
    expect(edits()).toEqual(['GP01', 'GP02']);
    // In the name field (and any text or number field) Ctrl+Z is left to the browser.
    const name = root(el).querySelector<HTMLInputElement>('input[name="scenario-name"]')!;
    expect(press(name, 'z')).toBe(false);
    expect(press(root(el).querySelector('input[name="value"]')!, 'z')).toBe(false);
    await settled(el);
    expect(edits()).toEqual(['GP01', 'GP02']);
    // Z alone is no shortcut.
    expect(press(heading, 'z', {})).toBe(false);
  });
});
