// @vitest-environment happy-dom
// While the map shows a difference map, the sidebar describes that map: the table lists the
// differences with the difference map's colours, the text summary counts the regions that gain, lose
// and do not change, and the notes say where the difference legend really is. In swipe or side by
// side (no difference map) the sidebar is the scenario's, as before.
import {afterEach, beforeAll, describe, expect, it, vi} from 'vitest';
import {addMessages} from '../../../src/i18n/i18n';
import {scenarios} from '../../../src/i18n/messages/scenarios';
import {comparison, NO_CHANGE_COLOR} from '../../../src/model/difference';
import type {IndicatorResult} from '../../../src/model/indicator-result';
import {rgbaToHex} from '../../../src/model/palette';
import {emptyScenario, type ScenarioEdit} from '../../../src/model/scenario';
import {updateView, type AppStore, type AtlasData} from '../../../src/state/app-state';
import {newSession} from '../../../src/state/scenario-state';
import '../../../src/ui/kg-data-views';
import '../../../src/ui/kg-difference-views';
import '../../../src/ui/kg-legend';
import '../../../src/ui/kg-summary';
import {computedResult} from '../model/helpers';
import {shippedTables} from '../model/shipped-data';
import {render} from 'lit';
import {tooltipContent} from '../../../src/ui/tooltip-content';
import {describeTarget} from '../../../src/ui/map-focus-text';
import {cleanUp, componentStore, mount} from './component-store';

let atlas: AtlasData;
beforeAll(() => {
  atlas = {tables: shippedTables(), boundaries: {regions: {type: 'FeatureCollection', features: []}} as unknown as AtlasData['boundaries']};
  addMessages(scenarios);
});
afterEach(() => {
  cleanUp();
  vi.restoreAllMocks();
});

const text = (el: Node | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

// Region order: KG-B, KG-J, KG-Y, KG-N, KG-O, KG-T, KG-C, KG-GB, KG-GO. In "Plan", Batken is 0.30
// higher, Issyk-Kul 0.20 lower, Osh has no value; the others do not change.
const baseline: IndicatorResult = computedResult([1, 0.5, 0.8, 1.2, 0.4, 0.9, 1.1, 0.7, 0.6]);
const plan: IndicatorResult = computedResult([1.3, 0.5, 0.6, 1.2, null, 0.9, 1.1, 0.7, 0.6]);

async function comparing(mode: 'difference' | 'swipe' = 'difference', panel = false, edits: ScenarioEdit[] = []): Promise<AppStore> {
  const store = componentStore(atlas, {lang: 'en', ind: 'mfg-lq', sector: 'C', year: 2024});
  store.update({
    scenario: {...newSession({...emptyScenario('Plan'), edits}), panel, compare: {mode, against: {kind: 'baseline'}, other: {key: 'o', status: 'ready', result: baseline}}},
    regionPaint: mode === 'difference' ? {of: 'scenario', key: 'difference', fills: {}, unknown: []} : null,
  });
  // The test store computes nothing: once its request has failed, the scenario's result under its key.
  const key = await vi.waitFor(() => {
    if (store.state.indicator?.status !== 'error') throw new Error('not yet');
    return store.state.indicator.key;
  });
  store.update({indicator: {key, status: 'ready', result: plan, error: null}});
  return store;
}

/** A window 700 px wide or less (and a tall one): a query matches where any of its parts asks for that width. */
function phoneSized(phone: boolean): void {
  vi.spyOn(window, 'matchMedia').mockImplementation(
    (q: string) =>
      ({matches: phone && q.split(',').some((part) => part.trim() === '(max-width: 700px)'), media: q, addEventListener: () => undefined, removeEventListener: () => undefined}) as unknown as MediaQueryList,
  );
}

describe('the Table tab under a difference map', () => {
  it('lists the differences the map shows, with swatches in its colours, largest increase first', async () => {
    const store = await comparing();
    const el = await mount('kg-data-views', store);
    const table = el.shadowRoot!.querySelector('kg-difference-table')!;
    await table.updateComplete;
    const root = table.shadowRoot!;
    expect(text(root.querySelector('caption'))).toBe('Difference map: Manufacturing employment location quotient, “Plan” minus “Baseline” — C — Manufacturing — 2024');
    expect(text(root.getElementById(root.querySelector('table')!.getAttribute('aria-describedby')!))).toMatch(/^Source: /);
    expect([...root.querySelectorAll('thead th')].map(text)).toEqual(['Region', 'Baseline', 'Plan', 'Change ▼']);
    const rows = [...root.querySelectorAll<HTMLElement>('tbody tr')];
    expect(rows.map((r) => r.dataset.code)).toEqual(['KG-B', 'KG-J', 'KG-N', 'KG-T', 'KG-C', 'KG-GB', 'KG-GO', 'KG-Y', 'KG-O']);
    const cells = (code: string) => [...root.querySelectorAll(`tr[data-code="${code}"] td`)].map(text);
    // Each difference with its class in words (for screen readers; the swatch shows its colour).
    expect(cells('KG-B')).toEqual(['1.00', '1.30', 'higher by 0.20–0.30: +0.30']);
    expect(cells('KG-Y')).toEqual(['0.80', '0.60', 'lower by 0.10–0.20: −0.20']);
    expect(cells('KG-T')).toEqual(['0.90', '0.90', 'no change: 0']);
    expect(cells('KG-O')).toEqual(['0.40', 'no data', 'no data']);
    // The swatches are the difference map's colours (one computation with the map and its legend).
    const {classOf} = comparison(plan, baseline, 'light');
    const swatch = (code: string) => root.querySelector<HTMLElement>(`tr[data-code="${code}"] .swatch`)!;
    expect(swatch('KG-B').dataset.color).toBe(rgbaToHex(classOf(0.3).color));
    expect(swatch('KG-Y').dataset.color).toBe(rgbaToHex(classOf(-0.2).color));
    expect(swatch('KG-T').dataset.color).toBe(rgbaToHex(NO_CHANGE_COLOR.light));
    expect(swatch('KG-O').classList.contains('unknown')).toBe(true);
    // Choosing a row pins the region, as in the indicator's table.
    root.querySelector<HTMLButtonElement>('tr[data-code="KG-Y"] th button')!.click();
    expect(store.state.view.region).toBe('KG-Y');
  });

  it('is the indicator’s own table again in swipe (the map shows the scenario)', async () => {
    const el = await mount('kg-data-views', await comparing('swipe'));
    expect(el.shadowRoot!.querySelector('kg-difference-table')).toBeNull();
    expect([...el.shadowRoot!.querySelectorAll('thead th')].map(text)).toEqual(['Region', 'Value ▼', 'Rank', 'Class']);
  });
});

describe('a region hovered or reached by keyboard on a difference map', () => {
  const tooltip = (store: AppStore, code: 'KG-B' | 'KG-O' | 'KG-T' | 'KG-Y') => {
    const host = document.createElement('div');
    render(tooltipContent({kind: 'region', code}, store.state), host);
    return text(host);
  };

  it('says the difference it is painted for, both sides’ values and its rank’s move, as the difference table does', async () => {
    const store = await comparing();
    const batken = tooltip(store, 'KG-B');
    expect(batken).toContain('Difference map: Manufacturing employment location quotient, “Plan” minus “Baseline” — C — Manufacturing — 2024');
    expect(batken).toContain('Baseline: 1.00 → Plan: 1.30');
    expect(batken).toContain('Change: +0.30 (higher by 0.20–0.30)');
    expect(batken).toContain('Rank: from 3 to 1, up 2');
    // Not the scenario's own value and standing, which the map does not show.
    expect(batken).not.toContain('of 9');
    expect(batken).not.toContain('national level');
    expect(tooltip(store, 'KG-T')).toContain('Baseline: 0.90 → Plan: 0.90 Change: 0 Rank: 4');
    expect(tooltip(store, 'KG-O')).toContain('Baseline: 0.40 → Plan: no data');
    expect(tooltip(store, 'KG-O')).toContain('Change: no data');
    updateView(store, {lang: 'ru'});
    const ru = tooltip(store, 'KG-B');
    expect(ru).toContain('Базовый вариант: 1,00 → Plan: 1,30');
    expect(ru).toContain('+0,30 (выше на 0,20–0,30)');
    expect(ru).toContain('Место: с 3-го на 1-е, выше на 2');
  });

  it('says why a region no edit names changes: the national totals include the edited region', async () => {
    // Batken's statistics edited; Issyk-Kul moved (as an LQ does when the national total moves).
    const store = await comparing('difference', false, [{kind: 'input', region: 'KG-B', sector: 'C', indicator: 'employment', year: 2024, op: 'scale', value: 20}]);
    const note = 'No edit names this region: it changes with the national totals, which include the edited regions.';
    expect(tooltip(store, 'KG-Y')).toContain(note);
    expect(tooltip(store, 'KG-B')).not.toContain(note);
    expect(tooltip(store, 'KG-T')).not.toContain(note);
    expect(describeTarget({kind: 'region', code: 'KG-Y'}, store.state)).toContain(note);
    const el = await mount('kg-data-views', store);
    const table = el.shadowRoot!.querySelector('kg-difference-table')!;
    await table.updateComplete;
    expect(text(table.shadowRoot!.querySelector('[data-totals]'))).toBe(
      'Regions no edit names change too: each region is measured against the national totals, and those include the edited regions.',
    );
    // Without an edit of a region's statistics (the weights move every region by design), no such note.
    cleanUp();
    const weights = await comparing();
    expect(tooltip(weights, 'KG-Y')).not.toContain(note);
    const el2 = await mount('kg-data-views', weights);
    const table2 = el2.shadowRoot!.querySelector('kg-difference-table')!;
    await table2.updateComplete;
    expect(table2.shadowRoot!.querySelector('[data-totals]')).toBeNull();
  });

  it('does not blame the national totals for a change the weights made, or for an edit of another year', async () => {
    // The verifier's scenario: the employment LQ's weight at 0, and one edit of Naryn in 2010 (the map is 2024).
    const note = 'No edit names this region: it changes with the national totals, which include the edited regions.';
    const naryn2010: ScenarioEdit = {kind: 'input', region: 'KG-N', sector: 'A', indicator: 'employment', year: 2010, op: 'scale', value: 1};
    const otherYear = await comparing('difference', false, [naryn2010]);
    expect(tooltip(otherYear, 'KG-Y')).not.toContain(note);
    expect(tooltip(otherYear, 'KG-Y')).toContain('Change: −0.20');
    cleanUp();
    const batken2024: ScenarioEdit = {kind: 'input', region: 'KG-B', sector: 'C', indicator: 'employment', year: 2024, op: 'scale', value: 20};
    const weighted = await comparing('difference', false, [batken2024]);
    expect(tooltip(weighted, 'KG-Y')).toContain(note);
    const session = weighted.state.scenario!;
    weighted.update({scenario: {...session, scenario: {...session.scenario, settings: {potential: {weights: {lq_employment: 0}}}}}});
    expect(tooltip(weighted, 'KG-Y')).not.toContain(note);
    expect(tooltip(weighted, 'KG-Y')).toContain('Change: −0.20');
  });

  it('reads the same to the map keyboard', async () => {
    const store = await comparing();
    const said = describeTarget({kind: 'region', code: 'KG-B'}, store.state);
    expect(said).toContain('Baseline: 1.00 → Plan: 1.30. Change: +0.30 (higher by 0.20–0.30). Rank: from 3 to 1, up 2.');
    expect(said).not.toContain('of 9,');
  });

  it('is the scenario’s own value again in swipe (the map shows the scenario)', async () => {
    const store = await comparing('swipe');
    const batken = tooltip(store, 'KG-B');
    expect(batken).toContain('1.30');
    expect(batken).not.toContain('Change:');
    expect(describeTarget({kind: 'region', code: 'KG-B'}, store.state)).not.toContain('Change:');
  });
});

describe('the text summary under a difference map', () => {
  it('says what the difference map shows, not the scenario’s values, and follows the language', async () => {
    const store = await comparing();
    const el = await mount('kg-summary', store);
    const live = el.shadowRoot!.querySelector('[aria-live="polite"]')!;
    expect(text(live)).toBe(
      'Difference map: Manufacturing employment location quotient, “Plan” minus “Baseline” — C — Manufacturing — 2024. ' +
        'Regions where “Plan” is higher than “Baseline”: 1; lower: 1; no change: 6. ' +
        'Largest increase: Batken Region, +0.30. Largest decrease: Issyk-Kul Region, −0.20. ' +
        'No difference (no value on one side or both): Osh Region.',
    );
    expect(text(live)).not.toContain('Highest');
    updateView(store, {lang: 'ky'});
    await el.updateComplete;
    expect(text(live)).toContain('«Базалык вариант» менен салыштырганда «Plan» жогору болгон региондор: 1; төмөн: 1; өзгөрүү жок: 6.');
    // Swipe: the map shows the scenario, and so does the summary.
    store.update({regionPaint: null});
    await el.updateComplete;
    expect(text(live)).toContain('Эң жогорку маани:');
    expect(text(live)).not.toContain('Айырма картасы');
  });
});

describe('where the difference legend is, in place of the indicator’s legend', () => {
  it('says bottom right of the map on a wide screen, the top on a phone, the Scenario panel while it is open', async () => {
    phoneSized(false);
    let el = await mount('kg-legend', await comparing());
    const note = () => text(el.shadowRoot!.querySelector('[data-kind="comparison"]'));
    expect(note()).toBe('The map shows a difference map; its legend is in the lower right corner of the map. The indicator’s classes come back when the comparison stops.');
    expect(el.shadowRoot!.querySelectorAll('ul button').length).toBe(0);
    cleanUp();
    vi.restoreAllMocks();

    phoneSized(true);
    el = await mount('kg-legend', await comparing());
    expect(note()).toContain('its legend is at the top of the map.');
    cleanUp();

    el = await mount('kg-legend', await comparing('difference', true));
    expect(note()).toContain('its legend is in the Scenario panel.');
    expect(note()).not.toContain('on the map');
  });
});
