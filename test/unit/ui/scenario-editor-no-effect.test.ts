// @vitest-environment happy-dom
// Where an edit of the scenario editor cannot act on the shown data, the editor says why: an input
// edit that matched nothing names the statistics the data do have there (employment on data of shares:
// "only employment share"), and the classification thresholds, which need employed persons by sector,
// say that they change nothing here (as the weights say when the map does not show the index).
import {afterEach, beforeAll, describe, expect, it, vi} from 'vitest';
import type {DatasetSummary} from '../../../src/model/dataset-summary';
import {emptyScenario} from '../../../src/model/scenario';
import type {AtlasData} from '../../../src/state/app-state';
import {newSession} from '../../../src/state/scenario-state';
import type {KgScenarioEditor} from '../../../src/ui/kg-scenario-editor';
import {problemText} from '../../../src/ui/scenario-text';
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
const boundaries = {regions: {type: 'FeatureCollection', features: []}} as unknown as AtlasData['boundaries'];
const employment = {kind: 'input', region: 'KG-N', sector: 'C', indicator: 'employment', year: null, op: 'scale', value: 20} as const;

describe('an input edit the shown data cannot take', () => {
  it('names the statistics the data have there, in every language', async () => {
    const store = componentStore({boundaries, tables}, {lang: 'en', ind: 'mfg-lq', sector: 'C', year: 2024});
    store.update({scenario: {...newSession({...emptyScenario('Plan'), edits: [employment]}), panel: true, problems: [{index: 0, reason: 'matches-nothing', have: ['employment_share']}]}});
    const el = await mount<KgScenarioEditor>('kg-scenario-editor', store);
    expect(text(el.shadowRoot!.querySelector('[data-edit="0"] .warn'))).toBe('Changes nothing: the shown data have no employment there, only employment share.');
    const problem = {index: 0, reason: 'matches-nothing', have: ['employment_share', 'output']} as const;
    expect(problemText(problem, 'ru', employment)).toBe('Ничего не меняет: в показанных данных здесь нет показателя «занятость», есть только: доля занятых, выпуск.');
    expect(problemText(problem, 'ky', employment)).toMatch(/^Эч нерсени өзгөртпөйт: .*«иш менен камсыз болгондор».*иш менен камсыз болгондордун үлүшү, өндүрүш көлөмү\.$/);
    expect(problemText({index: 0, reason: 'matches-nothing', have: []}, 'en', employment)).toBe('Changes nothing: the shown data have no value there.');
  });
});

describe('the classification thresholds', () => {
  const note = async (data: 'shipped' | 'user', indicators: DatasetSummary['indicators'] = []) => {
    const store = componentStore({boundaries, tables}, {lang: 'en', ind: 'mfg-lq', sector: 'C', year: 2024, data});
    store.update({
      scenario: {...newSession(), panel: true},
      userDataset: data === 'user' ? {name: 'f.csv', size: 1, importedAt: '2026-01-01T00:00:00Z', rows: 1, summary: {indicators} as unknown as DatasetSummary} : null,
    });
    const el = await mount<KgScenarioEditor>('kg-scenario-editor', store);
    return el.shadowRoot!.querySelector('[data-kind="thresholds-not-shown"]');
  };

  it('say they change nothing on data without employed persons by sector (the shipped shares)', async () => {
    expect(text(await note('shipped'))).toMatch(/^The thresholds change the strong-cluster rule .* the shown data have none, so here they change nothing\.$/);
    expect(await note('user', ['employment_share'])).not.toBeNull();
  });

  it('say nothing of it on imported data with employed persons', async () => {
    expect(await note('user', ['employment', 'output'])).toBeNull();
  });
});
