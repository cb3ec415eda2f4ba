// @vitest-environment happy-dom
// The difference map's words: the same title and classes over the map and in the PNG export, and the
// indicator's own legend back as soon as the comparison stops.
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import type {Topology} from 'topojson-specification';
import {afterEach, beforeAll, describe, expect, it} from 'vitest';
import {makeCsv, pngContent} from '../../../src/export/exporters';
import {decodeBoundaries} from '../../../src/io/boundaries';
import type {IndicatorResult} from '../../../src/model/indicator-result';
import {emptyScenario} from '../../../src/model/scenario';
import {updateView, type AppStore, type AtlasData} from '../../../src/state/app-state';
import {choroplethOf} from '../../../src/state/choropleth';
import {newSession} from '../../../src/state/scenario-state';
import type {ViewState} from '../../../src/state/view-state';
import {differenceMapLegend, differenceSummary, regionDifferenceWords, signedDifference} from '../../../src/ui/comparison-text';
import {regionNamer} from '../../../src/i18n/region-names';
import {computedResult} from '../model/helpers';
import {shippedTables} from '../model/shipped-data';
import {cleanUp, componentStore, mount} from './component-store';
import '../../../src/ui/kg-scenario-compare';
import '../../../src/ui/kg-embed-dialog';
import '../../../src/ui/kg-difference-views';

let atlas: AtlasData;
beforeAll(() => {
  const topo = JSON.parse(readFileSync(join(import.meta.dirname, '../../../geo/kg.topo.json'), 'utf8')) as Topology;
  atlas = {tables: shippedTables(), boundaries: decodeBoundaries(topo)};
});
afterEach(cleanUp);

const result = (values: (number | null)[]): IndicatorResult => computedResult(values);

/** mfg-lq with the scenario "Plan" one region 0.3 higher than the baseline, as a difference map. */
function comparing(
  baselineValues: (number | null)[] = [1, 0.5, 0.8, 1.2, 0.4, 0.9, 1.1, 0.7, 0.6],
  scenarioValues: (number | null)[] = [1.3, 0.5, 0.8, 1.2, 0.4, 0.9, 1.1, 0.7, 0.6],
  view: Partial<ViewState> = {},
): AppStore {
  const store = componentStore(atlas, {lang: 'en', ind: 'mfg-lq', sector: 'C', year: 2024, ...view});
  const baseline = result(baselineValues);
  const scenario = result(scenarioValues);
  store.update({
    indicator: {key: 'k', status: 'ready', result: scenario, error: null},
    scenario: {...newSession({...emptyScenario('Plan')}), compare: {mode: 'difference', against: {kind: 'baseline'}, other: {key: 'o', status: 'ready', result: baseline}}},
    regionPaint: {of: 'scenario', key: 'difference', fills: {}, unknown: []},
  });
  return store;
}

describe('the difference map in words', () => {
  it('titles the map with the indicator and both sides, and lists the classes highest first', () => {
    const legend = differenceMapLegend('en', comparing().state)!;
    expect(legend.title).toBe('Difference map: Manufacturing employment location quotient, “Plan” minus “Baseline”');
    expect(legend.classes.map((c) => c.step)).toEqual([3, 2, 1, 0, -1, -2, -3]);
    expect(legend.classes[0]!.to).toBeCloseTo(0.3);
  });

  it('is a list over the map’s corner, and one bar beside a pinned profile (lower left, higher right, the ends under it)', async () => {
    const store = comparing();
    const legend = await mount('kg-scenario-legend', store);
    const root = legend.shadowRoot!;
    expect(root.querySelector('ul.legend.bar')).toBeNull();
    expect([...root.querySelectorAll('ul.legend li')].map((li) => li.getAttribute('data-step'))).toEqual(['3', '2', '1', '0', '-1', '-2', '-3']);
    expect(root.querySelector('h2')!.hasAttribute('title')).toBe(false);
    // (A region pinned from the start: a change of the view would ask the engine again.)
    const pinned = await mount('kg-scenario-legend', comparing(undefined, undefined, {region: 'KG-C'}));
    expect(pinned.hasAttribute('beside-panel')).toBe(true);
    const items = [...pinned.shadowRoot!.querySelectorAll('ul.legend.bar li')];
    expect(items.map((li) => li.getAttribute('data-step'))).toEqual(['-3', '-2', '-1', '0', '1', '2', '3']);
    // Each class's words: the swatch's tooltip, and the list's text for a screen reader.
    expect(items.map((li) => li.getAttribute('title'))).toEqual(['lower by 0.20–0.30', 'lower by 0.10–0.20', 'lower by 0.00–0.10', 'no change', 'higher by 0.00–0.10', 'higher by 0.10–0.20', 'higher by 0.20–0.30']);
    expect(items.map((li) => li.textContent!.trim())).toEqual(items.map((li) => li.getAttribute('title')));
    expect([...pinned.shadowRoot!.querySelectorAll('.bar-scale span')].map((e) => e.textContent)).toEqual(['−0.30lower', '0', '+0.30higher']);
    // The title on one line, whole in its tooltip.
    const title = pinned.shadowRoot!.querySelector('h2')!;
    expect(title.className).toBe('one-line');
    expect(title.getAttribute('title')).toBe(title.textContent);
    // When every region is unchanged there is one class: the list, not a bar of one.
    const same = [1, 0.5, 0.8, 1.2, 0.4, 0.9, 1.1, 0.7, 0.6];
    const unchanged = comparing(same, same, {region: 'KG-C'});
    const flat = await mount('kg-scenario-legend', unchanged);
    expect(flat.shadowRoot!.querySelector('ul.legend.bar')).toBeNull();
    expect([...flat.shadowRoot!.querySelectorAll('ul.legend li')].map((li) => li.textContent!.trim())).toEqual(['no change']);
  });

  it('gives the PNG the difference map’s title and legend, not the indicator’s classes', () => {
    const store = comparing();
    const png = pngContent(store.state, choroplethOf(store.state)!);
    expect(png.title).toBe('Difference map: Manufacturing employment location quotient, “Plan” minus “Baseline”');
    expect(png.legend.map((l) => l.label)).toEqual([
      'higher by 0.20–0.30',
      'higher by 0.10–0.20',
      'higher by 0.00–0.10',
      'no change',
      'lower by 0.00–0.10',
      'lower by 0.10–0.20',
      'lower by 0.20–0.30',
    ]);
    expect(png.notes.join(' ')).not.toContain('national level');
    // Its subtitle does not call the differences ratios to the country.
    expect(png.subtitle).not.toContain('national level');
  });

  it('lists the scenario’s assumptions under the PNG’s legend, for a reader of the picture alone', () => {
    const store = comparing();
    const session = store.state.scenario!;
    expect(pngContent(store.state, choroplethOf(store.state)!).notes.join(' ')).not.toContain('assumptions');
    store.update({scenario: {...session, scenario: {...session.scenario, settings: {potential: {weights: {spec: 2}}}}}});
    expect(pngContent(store.state, choroplethOf(store.state)!).notes.at(-1)).toBe('The scenario’s assumptions: 1) Weight of Specialisation: 2');
  });

  it('is gone when the map shows the indicator again', () => {
    const store = comparing();
    store.update({regionPaint: null});
    expect(differenceMapLegend('en', store.state)).toBeNull();
    const png = pngContent(store.state, choroplethOf(store.state)!);
    expect(png.title).toBe('Manufacturing employment location quotient');
    expect(png.legend.some((l) => l.label.includes('higher by'))).toBe(false);
    expect(png.subtitle).toContain('ratio to the national level (1.0 = as the country)');
  });
});

describe('a difference map with regions unknown on either side', () => {
  /** As comparing(), but the second region unknown in the baseline and the third in the scenario. */
  const withUnknown = () => comparing([1, null, 0.8, 1.2, 0.4, 0.9, 1.1, 0.7, 0.6], [1.3, 0.5, null, 1.2, 0.4, 0.9, 1.1, 0.7, 0.6]);

  it('lists "no data" last in the legend over the map and in the editor, with the dotted grey swatch', async () => {
    const store = withUnknown();
    const legend = await mount('kg-scenario-legend', store);
    const items = [...legend.shadowRoot!.querySelectorAll('ul.legend li')];
    expect(items.at(-1)!.textContent!.trim()).toBe('no data');
    expect(items.at(-1)!.querySelector('.swatch.unknown')).not.toBeNull();
    // Under the bar beside a profile too.
    const pinned = await mount('kg-scenario-legend', comparing([1, null, 0.8, 1.2, 0.4, 0.9, 1.1, 0.7, 0.6], [1.3, 0.5, null, 1.2, 0.4, 0.9, 1.1, 0.7, 0.6], {region: 'KG-C'}));
    const unknown = pinned.shadowRoot!.querySelector('.bar-unknown')!;
    expect(unknown.textContent!.trim()).toBe('no data');
    expect(unknown.querySelector('.swatch.unknown')).not.toBeNull();
    const editor = await mount('kg-scenario-compare', withUnknown());
    expect(editor.shadowRoot!.querySelector('ul.legend li[data-step="unknown"]')!.textContent!.trim()).toBe('no data');
  });

  it('says, under swipe and side by side, that the map shows each side and the table their difference', async () => {
    const note = async (store: AppStore) => (await mount('kg-scenario-compare', store)).shadowRoot!.querySelector('[data-table-note]')?.textContent;
    expect(await note(comparing())).toBeUndefined();
    for (const mode of ['swipe', 'split'] as const) {
      const store = comparing();
      store.update({scenario: {...store.state.scenario!, compare: {...store.state.scenario!.compare!, mode}}, regionPaint: null});
      expect(await note(store)).toBe('The map shows each side’s own values; the table below gives their difference.');
    }
  });

  it('lists "no data" in the PNG’s legend as the map paints it, and not when every region has a difference', () => {
    const png = pngContent(withUnknown().state, choroplethOf(withUnknown().state)!);
    expect(png.legend.at(-1)).toEqual({label: 'no data', color: '#bebebe', unknown: true});
    const known = comparing();
    expect(pngContent(known.state, choroplethOf(known.state)!).legend.some((l) => l.unknown)).toBe(false);
  });
});

describe('the downloads and the embed code of a difference map', () => {
  it('name the file as a difference map, apart from the scenario’s own map', () => {
    const store = comparing();
    expect(makeCsv(store.state).fileName).toBe('kg-cluster-atlas_mfg-lq_c_2024_difference_en.csv');
    store.update({regionPaint: null});
    expect(makeCsv(store.state).fileName).toBe('kg-cluster-atlas_mfg-lq_c_2024_en.csv');
  });

  it('title the frame as the difference map it shows, and say so above the code', async () => {
    const store = comparing();
    updateView(store, {s: 'code'});
    const el = await mount('kg-embed-dialog', store);
    const code = el.shadowRoot!.querySelector<HTMLTextAreaElement>('#code')!.value;
    expect(code).toContain(
      'title="Difference map: Manufacturing employment location quotient, “Plan” minus “Baseline” — C — Manufacturing — 2024 — Kyrgyz Cluster Atlas"',
    );
    // Not the indicator's own name: the frame shows the differences (the planners' audit).
    const intro = [...el.shadowRoot!.querySelectorAll('p')].map((p) => p.textContent ?? '').find((p) => p.startsWith('Paste this code'));
    expect(intro).toBe('Paste this code into the HTML of your article. It shows the current view: Difference map: Manufacturing employment location quotient, “Plan” minus “Baseline” — C — Manufacturing — 2024.');
  });
});

describe('the comparison table’s rank changes', () => {
  it('are read in words; the arrows are for the eye only', async () => {
    const store = comparing();
    const el = await mount<HTMLElement & {store: AppStore | undefined; updateComplete: Promise<boolean>}>('kg-scenario-compare', store);
    // Batken: 1.0 (third) in the baseline, 1.3 (first) in the scenario.
    const cell = el.shadowRoot!.querySelector('tr[data-region="KG-B"] td:last-child')!;
    expect(cell.querySelector('[aria-hidden="true"]')!.textContent!.replace(/\s+/g, ' ').trim()).toBe('3 → 1 ▲2');
    expect(cell.querySelector('.visually-hidden')!.textContent).toBe('from 3 to 1, up 2');
    expect(cell.querySelector('[aria-label]')).toBeNull();
  });
});

describe('a small change in words', () => {
  it('is written with its first significant digit, never as −0.00 or +0.00', () => {
    expect(signedDifference('ru', -0.0012, 2)).toBe('−0,001');
    expect(signedDifference('en', 0.00049, 2)).toBe('+0.0005');
    expect(signedDifference('en', -0.0000031, 2)).toBe('−0.000003');
    // Changes the comparison's decimals can write keep them.
    expect(signedDifference('ru', 0.09, 2)).toBe('+0,09');
    expect(signedDifference('en', -0.004, 2)).toBe('−0.004');
    expect(signedDifference('en', 0.005, 2)).toBe('+0.005');
    expect(signedDifference('en', 0.012, 2)).toBe('+0.01');
    expect(signedDifference('en', 0, 2)).toBe('0');
    expect(signedDifference('en', null, 2)).toBe('no data');
  });

  it('reads as such in the summary, beside a large change elsewhere (an unedited region moved by the national total)', () => {
    // Batken +0.30; Bishkek −0.0012 (as in the audit: Batken's output edit lowers Bishkek's specialisation).
    const store = comparing([1, 0.5, 0.8, 1.2, 0.4, 0.9, 1.1, 1.07, 0.6], [1.3, 0.5, 0.8, 1.2, 0.4, 0.9, 1.1, 1.0688, 0.6]);
    const summary = differenceSummary('ru', store.state, regionNamer(atlas.tables.regions))!;
    expect(summary).toMatch(/−0,001\./);
    expect(summary).not.toMatch(/[−+]0,00(?!\d)/);
  });

  it('keeps the legend’s classes apart when every change is small', () => {
    const legend = differenceMapLegend('en', comparing([1, 0.5, 0.8, 1.2, 0.4, 0.9, 1.1, 0.7, 0.6], [1.003, 0.5, 0.8, 1.2, 0.4, 0.9, 1.1, 0.7, 0.6]).state)!;
    expect(legend.decimals).toBe(3);
    const png = pngContent(comparing([1, 0.5, 0.8, 1.2, 0.4, 0.9, 1.1, 0.7, 0.6], [1.003, 0.5, 0.8, 1.2, 0.4, 0.9, 1.1, 0.7, 0.6]).state, choroplethOf(comparing().state)!);
    expect(png.legend[0]!.label).toBe('higher by 0.002–0.003');
    expect(png.legend.map((l) => l.label)).not.toContain('higher by 0.00–0.00');
  });
});

describe('a change beside its values', () => {
  // Naryn (KG-N) 0.4775 → 0.5730, as in the audit: printed 0.48 and 0.57, so its change reads +0.09
  // (their difference as printed), not +0.10 (0.0955 rounded), wherever it is printed and classed.
  const naryn = () => comparing([1, 0.5, 0.8, 0.4775, 0.4, 0.9, 1.1, 0.7, 0.6], [1, 0.5, 0.8, 0.573, 0.4, 0.9, 1.1, 0.7, 0.6]);

  it('is the difference of the values as printed: in the tooltip, the summary, the legend and the PNG', () => {
    const store = naryn();
    const words = regionDifferenceWords('en', store.state, 'KG-N')!;
    expect(words.values).toBe('Baseline: 0.48 → Plan: 0.57');
    expect(words.change).toBe('Change: +0.09 (higher by 0.06–0.09)');
    expect(differenceSummary('en', store.state, regionNamer(atlas.tables.regions))).toMatch(/Naryn Region, \+0\.09\./);
    expect(pngContent({...store.state, view: {...store.state.view, region: 'KG-N'}}, choroplethOf(store.state)!).notes.join(' ')).toMatch(/\+0\.09/);
  });

  it('is the difference of the values printed beside it in the Table tab’s difference table and the editor’s', async () => {
    const cells = (root: ShadowRoot, row: string) => [...root.querySelectorAll(`${row} td`)].map((td) => (td.textContent ?? '').replace(/\s+/g, ' ').trim());
    const table = await mount('kg-difference-table', naryn());
    expect(cells(table.shadowRoot!, 'tr[data-code="KG-N"]')).toEqual(['0.48', '0.57', 'higher by 0.06–0.09: +0.09']);
    const editor = await mount('kg-scenario-compare', naryn());
    expect(cells(editor.shadowRoot!, 'tr[data-region="KG-N"]').slice(0, 3)).toEqual(['0.48', '0.57', '+0.09']);
  });

  it('sorts the difference table by the change as printed: −0.006 before −0.01 going down (the exact −0.0063 and −0.0050 the other way)', async () => {
    // Jalal-Abad 0.4549 → 0.4486: alike at two decimals, so three: 0.455 → 0.449, −0.006. Osh Region
    // 0.4152 → 0.4102: 0.42 → 0.41, −0.01 — the smaller exact change, printed as the larger (the planners' audit).
    // Naryn +0.29, the edited region: the table's changes are printed with two decimals.
    const store = comparing([1, 0.4549, 0.8, 1.2, 0.4152, 0.9, 1.1, 0.7, 0.6], [1, 0.4486, 0.8, 1.49, 0.4102, 0.9, 1.1, 0.7, 0.6]);
    const table = await mount('kg-difference-table', store);
    const order = [...table.shadowRoot!.querySelectorAll<HTMLElement>('tbody tr')].map((tr) => tr.dataset.code);
    expect(order.slice(-2)).toEqual(['KG-J', 'KG-O']);
    const printed = [...table.shadowRoot!.querySelectorAll('tbody tr td:last-child')].map((td) => (td.textContent ?? '').replace(/\s+/g, ' ').trim().split(' ').pop());
    expect(printed.slice(-2)).toEqual(['−0.006', '−0.01']);
  });

  it('keeps the exact difference in the CSV, beside the difference as the table prints it', async () => {
    const lines = (await makeCsv(naryn().state).blob.text()).replace(/^\uFEFF/, '').split('\r\n');
    const header = lines[0]!.split(',');
    const row = lines.find((l) => l.startsWith('KG-N'))!.split(',');
    expect(Number(row[header.indexOf('difference')])).toBeCloseTo(0.0955, 12);
    expect(row[header.indexOf('difference_shown')]).toBe('0.09');
  });

  it('takes more decimals in a row whose values print alike, for its values and its change', () => {
    // Talas 0.4751 → 0.4849: 0.48 both at two decimals, 0.475 → 0.485 at three (+0.010, not +0.01 beside 0.48 → 0.48).
    const store = comparing([1.3, 0.5, 0.8, 1.2, 0.4, 0.4751, 1.1, 0.7, 0.6], [1, 0.5, 0.8, 1.2, 0.4, 0.4849, 1.1, 0.7, 0.6]);
    const words = regionDifferenceWords('en', store.state, 'KG-T')!;
    expect(words.values).toBe('Baseline: 0.475 → Plan: 0.485');
    expect(words.change).toMatch(/^Change: \+0\.010 /);
  });
});
