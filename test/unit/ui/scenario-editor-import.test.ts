// @vitest-environment happy-dom
// Scenario → Import says why it opens no scenario, whatever the file: a file of 10,000 `[` once threw
// from the JSON parser (a stack overflow), uncaught, and the editor said nothing.
import {afterEach, describe, expect, it, vi} from 'vitest';
import {scenarioToJson} from '../../../src/io/scenario-format';
import {addEdit, toBaseline, withScenario} from '../../../src/state/scenario-state';
import type {KgScenarioEditor} from '../../../src/ui/kg-scenario-editor';
import {cleanUp} from './component-store';
import {db} from './memory-idb';
import {mountEditor, root, settled, text} from './scenario-editor-setup';

vi.mock('idb-keyval', () => import('./memory-idb'));
vi.mock('../../../src/map/atlas-map', () => ({AtlasMap: class {}}));
const read = vi.hoisted(() => ({fail: null as Error | null}));
vi.mock('../../../src/io/scenario-file', async (original) => {
  const actual = await original<typeof import('../../../src/io/scenario-file')>();
  return {...actual, readScenarioFile: (file: Blob) => (read.fail ? Promise.reject(read.fail) : actual.readScenarioFile(file))};
});
await import('../../../src/ui/kg-scenario-editor');

afterEach(() => {
  read.fail = null;
  cleanUp();
});

async function importFile(el: KgScenarioEditor, content: string): Promise<string> {
  const input = root(el).querySelector<HTMLInputElement>('input[name="scenario-file"]')!;
  Object.defineProperty(input, 'files', {value: [new File([content], 'deep.json')], configurable: true});
  input.dispatchEvent(new Event('change'));
  for (let i = 0; i < 5; i++) await settled(el);
  return text(root(el).querySelector('[role=alert]'));
}

describe('Scenario → Import', () => {
  it('says where a file nests brackets too deeply', async () => {
    const {el} = await mountEditor();
    expect(await importFile(el, '['.repeat(10_000))).toContain('$: not valid JSON, line 1, column 101: brackets nested more than 100 levels deep');
  });

  it('words a failure no check foresaw, and changes nothing', async () => {
    const {el, store} = await mountEditor();
    const before = store.state.scenario!.scenario;
    read.fail = new RangeError('Maximum call stack size exceeded');
    expect(await importFile(el, '{}')).toContain('$: the file could not be read; nothing was changed (RangeError: Maximum call stack size exceeded)');
    expect(store.state.scenario!.scenario).toBe(before);
  });
});

describe('Scenario → Import of a file exported from a saved scenario, unchanged', () => {
  async function importText(el: KgScenarioEditor, content: string): Promise<void> {
    const input = root(el).querySelector<HTMLInputElement>('input[name="scenario-file"]')!;
    Object.defineProperty(input, 'files', {value: [new File([content], 'plan.json')], configurable: true});
    input.dispatchEvent(new Event('change'));
    for (let i = 0; i < 5; i++) await settled(el);
  }

  it('opens as that saved scenario, nothing unsaved; a changed file is a new, unsaved one', async () => {
    db.clear();
    const {el, store} = await mountEditor();
    store.update((s) => ({scenario: addEdit(withScenario(s.scenario!, {...s.scenario!.scenario, name: 'Plan A'}), {kind: 'growth-remove', id: 'GP01'})}));
    await settled(el);
    root(el).querySelector<HTMLButtonElement>('.actions button.primary')!.click();
    await settled(el);
    const record = store.state.scenario!.savedId;
    expect(record).not.toBeNull();
    const file = scenarioToJson(store.state.scenario!.scenario);
    store.update((s) => ({scenario: toBaseline(s.scenario!)}));
    await settled(el);
    expect(store.state.scenario!.savedId).toBeNull();

    await importText(el, file);
    expect(store.state.scenario!.scenario.edits).toEqual([{kind: 'growth-remove', id: 'GP01'}]);
    expect(store.state.scenario!.savedId).toBe(record);
    expect(store.state.scenario!.dirty).toBe(false);

    store.update((s) => ({scenario: toBaseline(s.scenario!)}));
    await settled(el);
    await importText(el, file.replace('GP01', 'GP02'));
    expect(store.state.scenario!.savedId).toBeNull();
    expect(store.state.scenario!.dirty).toBe(true);
  });
});
