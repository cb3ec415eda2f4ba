// @vitest-environment happy-dom
import {render} from 'lit';
import {afterEach, beforeAll, describe, expect, it, vi} from 'vitest';
import {createAppStore, updateView, type AppStore, type AtlasData} from '../../../src/state/app-state';
import {loadIndicators} from '../../../src/state/indicator-loader';
import {defaultViewState} from '../../../src/state/view-state';
import {choroplethOf} from '../../../src/state/choropleth';
import type {ViewState} from '../../../src/state/view-state';
import '../../../src/ui/kg-data-views';
import '../../../src/ui/kg-indicator-picker';
import {parseBreaks} from '../../../src/ui/breaks-field';
import '../../../src/ui/kg-legend';
import '../../../src/ui/kg-region-card';
import {tooltipContent} from '../../../src/ui/tooltip-content';
import {indicatorFailure, regionSources} from '../../../src/ui/explorer-text';
import {OSH_OBLAST_BEFORE_2013_NOTE, shippedDatasetColumns, shippedInputSections} from '../../../src/model/shipped-dataset';
import {computeIndicatorResult} from '../../../src/model/compute-indicator';
import {buildDataset} from '../../../src/model/dataset';
import {REGION_CODES} from '../../../src/model/region';
import {cleanUp, componentStore, mount} from './component-store';
import {lastAnnouncement} from '../../../src/ui/announce';
import {computedResult} from '../model/helpers';
import {DEFAULT_POTENTIAL_SETTINGS} from '../../../src/model/cluster-potential';
import {shippedTables} from '../model/shipped-data';
import {emptyScenario} from '../../../src/model/scenario';
import {newSession} from '../../../src/state/scenario-state';

let tables: AtlasData['tables'];
beforeAll(() => {
  tables = shippedTables();
});

function storeWith(view: Partial<ViewState>): AppStore {
  const boundaries = {regions: {type: 'FeatureCollection', features: []}} as unknown as AtlasData['boundaries'];
  return componentStore({boundaries, tables}, view);
}

const text = (el: Node | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

afterEach(() => {
  cleanUp();
  vi.restoreAllMocks();
});

describe('parseBreaks', () => {
  it('accepts up to 8 ascending numbers', () => {
    expect(parseBreaks('0.5, 1, 2')).toEqual([0.5, 1, 2]);
    expect(parseBreaks('1 2;3')).toEqual([1, 2, 3]);
    expect(parseBreaks('2, 1')).toBeNull();
    expect(parseBreaks('1, 1')).toBeNull();
    expect(parseBreaks('a')).toBeNull();
    expect(parseBreaks('')).toBeNull();
    expect(parseBreaks('1,2,3,4,5,6,7,8,9')).toBeNull();
    // As a link takes them: within ±1,000,000 (a break of 1e308 made a legend label of 300 digits).
    expect(parseBreaks('-1000000, 0, 1e6')).toEqual([-1e6, 0, 1e6]);
    expect(parseBreaks('0, 1e200')).toBeNull();
    expect(parseBreaks('-1e308, 0')).toBeNull();
  });
});

describe('kg-legend', () => {
  it('lists the classes high to low with counts, explains "no production", and filters on click', async () => {
    const store = storeWith({ind: 'integral', sector: 'mining'});
    const el = await mount('kg-legend', store);
    const buttons = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('li button')];
    expect(buttons.map((b) => b.dataset.entry)).toEqual(['class-4', 'class-3', 'class-2', 'class-1', 'class-0', 'status-no_production']);
    expect(text(buttons[0])).toContain('≥ 2.00');
    expect(text(buttons[0])).toContain('regions: 4');
    expect(text(el.shadowRoot)).toContain('A dash in the source');
    // The middle class (0.80–1.25, sand) holds values above 1.0 too: the sentence says what it is.
    expect(text(el.shadowRoot)).toContain('brown below it, blue-green above it, the palest colours close to it.');
    buttons[0]!.click();
    await el.updateComplete;
    expect(choroplethOf(store.state)!.emphasised).toEqual(new Set(['KG-B', 'KG-J', 'KG-N', 'KG-O']));
    expect(el.shadowRoot!.querySelector('li button')!.getAttribute('aria-pressed')).toBe('true');
    // Escape clears the filter.
    el.shadowRoot!.querySelector('section')!.dispatchEvent(new KeyboardEvent('keydown', {key: 'Escape', bubbles: true}));
    expect(store.state.legendFilter).toBeNull();
  });

  it('says which regions a pressed class highlights (seen only on the map otherwise), in the page’s language', async () => {
    const store = storeWith({ind: 'integral', sector: 'mining', lang: 'ru'});
    const el = await mount('kg-legend', store);
    el.shadowRoot!.querySelector<HTMLButtonElement>('li button[data-entry="class-4"]')!.click();
    await expect.poll(lastAnnouncement).toBe('Выделены: Баткенская область, Джалал-Абадская область, Нарынская область, Ошская область');
  });

  it('a new classification voids the filter', async () => {
    const store = storeWith({ind: 'integral', sector: 'mining'});
    const el = await mount('kg-legend', store);
    el.shadowRoot!.querySelector<HTMLButtonElement>('li button')!.click();
    expect(choroplethOf(store.state)!.emphasised).not.toBeNull();
    updateView(store, {classes: 'quantile'});
    expect(choroplethOf(store.state)!.emphasised).toBeNull();
  });

  it('switching to custom breaks starts from the breaks on the map', async () => {
    const store = storeWith({ind: 'integral', sector: 'mining'});
    const el = await mount('kg-legend', store);
    const select = el.shadowRoot!.querySelector<HTMLSelectElement>('#method')!;
    // The sidebar cuts long names short: the select says the whole name on hover.
    expect(select.title).toBe('Diverging, centred on 1.0');
    select.value = 'custom';
    select.dispatchEvent(new Event('change'));
    expect(store.state.view).toMatchObject({classes: 'custom', breaks: [0.5, 0.8, 1.25, 2]});
    await el.updateComplete;
    expect(select.title).toBe('Custom breaks');
  });

  it('shows the custom breaks’ field once its code-split module has loaded: says why a text cannot be used, applies one that can', async () => {
    const store = storeWith({ind: 'integral', sector: 'mining', classes: 'custom', breaks: [0.5, 1]});
    const el = await mount('kg-legend', store);
    const input = await vi.waitFor(() => el.shadowRoot!.querySelector<HTMLInputElement>('#breaks')!);
    expect(input.value).toBe('0.5, 1');
    expect(text(el.shadowRoot!.querySelector('label[for=breaks]'))).toBe('Breaks, ascending, separated by commas');
    const type = async (value: string) => {
      input.value = value;
      input.dispatchEvent(new Event('input'));
      await el.updateComplete;
    };
    await type('2, 1');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(text(el.shadowRoot!.querySelector('#breaks-error'))).toMatch(/^Enter up to 8 ascending numbers/);
    expect(el.shadowRoot!.querySelector<HTMLButtonElement>('.breaks button')!.disabled).toBe(true);
    await type('0.8, 1.5, 3');
    expect(el.shadowRoot!.querySelector('#breaks-error')).toBeNull();
    input.dispatchEvent(new KeyboardEvent('keydown', {key: 'Enter'}));
    expect(store.state.view).toMatchObject({classes: 'custom', breaks: [0.8, 1.5, 3]});
  });
});

describe('a computed indicator that failed', () => {
  it('is said in the page’s language in the legend and the table, by the engine’s error code, never in its English', async () => {
    // The engine's client (loaded here as on the page) brings the words of its failures.
    const {EngineRequestError} = await import('../../../src/worker/client');
    const boundaries = {regions: {type: 'FeatureCollection', features: []}} as unknown as AtlasData['boundaries'];
    for (const [lang, code, said] of [
      ['ru', 'crashed', 'Не удалось рассчитать показатель. Вычислительный модуль остановился.'],
      ['ky', 'internal', 'Көрсөткүчтү эсептөө мүмкүн болбоду. Эсептөөдө ката кетти.'],
      ['en', 'no-user-data', 'This indicator could not be computed. No imported dataset is kept in this browser.'],
    ] as const) {
      const store = createAppStore({...defaultViewState(lang), ind: 'grp-pc', sector: 'TOTAL', year: 2020}, [], 'light');
      store.update({atlas: {boundaries, tables}, phase: 'ready'});
      loadIndicators(store, async () => {
        throw new EngineRequestError(code, 'the worker stopped');
      });
      await new Promise((r) => setTimeout(r, 0));
      expect(store.state.indicator).toMatchObject({status: 'error', errorCode: code, error: 'the worker stopped'});
      const legend = await mount('kg-legend', store);
      expect(text(legend.shadowRoot!.querySelector('[role=alert]'))).toBe(said);
      const table = await mount('kg-data-views', store);
      expect(text(table.shadowRoot!.querySelector('.error'))).toBe(said);
      cleanUp();
    }
  });

  it('is said without a reason when the failure has no code of the engine (its client did not load)', () => {
    expect(indicatorFailure('ru', undefined)).toBe('Не удалось рассчитать показатель.');
  });
});

describe('kg-data-views', () => {
  it('captions the table with indicator, sector and period, described by its source after it, sorted by value', async () => {
    const store = storeWith({ind: 'integral', sector: 'mining'});
    const el = await mount('kg-data-views', store);
    // The caption is the table's name: short, no sources (a screen reader says it on entering the table).
    // With its unit, as under the indicator picker: the value column's figures mean nothing without it.
    expect(text(el.shadowRoot!.querySelector('caption'))).toBe(
      'Integral coefficient of cluster-formation potential — Mining — 2015–2019. Unit: index (its formula is not published); the source reads a value above 1.0 as an absolute advantage for forming a cluster.',
    );
    const described = el.shadowRoot!.getElementById(el.shadowRoot!.querySelector('table')!.getAttribute('aria-describedby')!);
    expect(text(described)).toMatch(/^Source: .*source 002/);
    const rows = [...el.shadowRoot!.querySelectorAll('tbody tr')];
    expect(rows.map((r) => (r as HTMLElement).dataset.code)).toEqual(['KG-J', 'KG-O', 'KG-N', 'KG-B', 'KG-C', 'KG-T', 'KG-Y', 'KG-GB', 'KG-GO']);
    expect(text(rows[0])).toContain('5.449');
    expect(text(rows[8])).toContain('No production');
    // The tabs have a name of their own (it was the indicator section's): their section's heading. And a
    // sorted column's arrow is not read as part of its name (aria-sort says it).
    const views = el.shadowRoot!.getElementById(el.shadowRoot!.querySelector('[role=tablist]')!.getAttribute('aria-labelledby')!)!;
    expect(views.tagName).toBe('H2');
    expect(text(views)).toBe('Views of the data');
    const sorted = el.shadowRoot!.querySelector('th[aria-sort="descending"] button')!;
    expect(sorted.querySelector('span[aria-hidden="true"]')!.textContent).toBe(' ▼');
  });

  it('shows each row’s class as its range beside the swatch, not by colour alone (WCAG 1.4.1)', async () => {
    const store = storeWith({ind: 'integral', sector: 'mining', lang: 'ru'});
    const el = await mount('kg-data-views', store);
    const cell = el.shadowRoot!.querySelector('tbody tr[data-code="KG-J"] td:last-child')!;
    expect(text(cell)).toBe('≥ 2,00');
    expect(cell.querySelector('.visually-hidden')).toBeNull();
    expect(text(el.shadowRoot!.querySelector('tbody tr[data-code="KG-GO"] td:last-child'))).toMatch(/\S/);
  });

  it('sorts by a column on click (unknown values stay last) and pins a region from its row', async () => {
    const store = storeWith({ind: 'integral', sector: 'mining'});
    const el = await mount('kg-data-views', store);
    const valueHeader = el.shadowRoot!.querySelectorAll<HTMLButtonElement>('thead th button')[1]!;
    valueHeader.click();
    await el.updateComplete;
    const codes = () => [...el.shadowRoot!.querySelectorAll<HTMLElement>('tbody tr')].map((r) => r.dataset.code);
    expect(codes()[0]).toBe('KG-GB');
    expect(codes().at(-1)).toBe('KG-GO');
    expect(el.shadowRoot!.querySelectorAll('thead th')[1]!.getAttribute('aria-sort')).toBe('ascending');
    // Said, too (a change of aria-sort on the pressed button is not reliably read).
    await expect.poll(lastAnnouncement).toBe('Value, ascending');
    el.shadowRoot!.querySelectorAll<HTMLButtonElement>('thead th button')[0]!.click();
    await expect.poll(lastAnnouncement).toBe('Region, ascending');
    el.shadowRoot!.querySelectorAll<HTMLButtonElement>('thead th button')[1]!.click();
    await expect.poll(lastAnnouncement).toBe('Value, descending');
    el.shadowRoot!.querySelector<HTMLButtonElement>('tbody tr[data-code="KG-T"] th button')!.click();
    await el.updateComplete;
    expect(store.state.view.region).toBe('KG-T');
    expect(el.shadowRoot!.querySelector('tbody tr[data-code="KG-T"]')!.getAttribute('aria-current')).toBe('true');
  });

  it('sorts by rank from rank 1 on the first click, as by value (not from the last rank)', async () => {
    const store = storeWith({ind: 'integral', sector: 'mining'});
    const el = await mount('kg-data-views', store);
    const rankHeader = el.shadowRoot!.querySelectorAll<HTMLButtonElement>('thead th button')[2]!;
    rankHeader.click();
    await el.updateComplete;
    const codes = () => [...el.shadowRoot!.querySelectorAll<HTMLElement>('tbody tr')].map((r) => r.dataset.code);
    expect(codes()[0]).toBe('KG-J');
    expect(el.shadowRoot!.querySelectorAll('thead th')[2]!.getAttribute('aria-sort')).toBe('ascending');
    rankHeader.click();
    await el.updateComplete;
    expect(codes().slice(-2)).toEqual(['KG-J', 'KG-GO']); // the last rank first; unknown values stay last
  });

  it('compares the chosen regions and 1.0, highest first, and writes the choice to the view', async () => {
    const store = storeWith({ind: 'integral', sector: 'mining', compare: ['KG-J', 'KG-T', 'KG-GO', 'KG']});
    const el = await mount('kg-data-views', store);
    // The comparison is code-split: it comes when its tab is first shown, with its words.
    const compare = await vi.waitFor(() => {
      const found = el.shadowRoot!.querySelector('kg-region-compare');
      if (!found?.shadowRoot?.querySelector('.bar-row')) throw new Error('not yet');
      return found;
    });
    const rows = [...compare.shadowRoot!.querySelectorAll<HTMLElement>('.bar-row')];
    expect(rows.map((r) => r.dataset.code)).toEqual(['KG-J', 'KG', 'KG-T', 'KG-GO']);
    expect(text(rows[0])).toContain('5.449');
    // The integral coefficient has no published national value: 1.0 is its threshold, named so.
    expect(text(rows[1])).toBe('Threshold of an absolute advantage (1.0)1.000');
    expect(text(compare.shadowRoot!.querySelector('.bars + .source'))).toContain('it publishes no national value');
    expect(text(rows[3])).toContain('No production');
    const batken = compare.shadowRoot!.querySelector<HTMLInputElement>('input[value="KG-B"]')!;
    batken.checked = true;
    batken.dispatchEvent(new Event('change'));
    expect(store.state.view.compare).toEqual(['KG-B', 'KG-J', 'KG-T', 'KG-GO', 'KG']);
  });
});

describe('the comparison’s sources', () => {
  it('cite the chosen regions’ own, not every region’s (Batken’s index rests on no Bishkek profile)', async () => {
    const ds = buildDataset(shippedDatasetColumns(tables), REGION_CODES);
    const result = computeIndicatorResult(ds, {ind: 'potential', sector: 'C', year: 2018, basis: 'employment'});
    // No indicator loader: the engine's result is given.
    const store = createAppStore({...defaultViewState('en'), ind: 'potential', sector: 'C', year: 2018, compare: ['KG-B']}, [], 'light');
    const boundaries = {regions: {type: 'FeatureCollection', features: []}} as unknown as AtlasData['boundaries'];
    store.update({atlas: {boundaries, tables}, phase: 'ready', indicator: {key: 'test', status: 'ready', result, error: null}});
    const el = await mount('kg-data-views', store);
    const source = async () => {
      const compare = await vi.waitFor(() => {
        const found = el.shadowRoot!.querySelector('kg-region-compare');
        if (!found?.shadowRoot?.querySelector('.bar-row')) throw new Error('not yet');
        return found;
      });
      await (compare as HTMLElement & {updateComplete: Promise<unknown>}).updateComplete;
      return text([...compare.shadowRoot!.querySelectorAll('.source')].at(-1));
    };
    expect(await source()).toContain('invest.gov.kg/batken');
    expect(await source()).not.toContain('invest.gov.kg/?p=797');
    updateView(store, {compare: ['KG-B', 'KG-GB']});
    await vi.waitFor(async () => expect(await source()).toContain('invest.gov.kg/?p=797'));
  });
});

describe('the PNG of the view', () => {
  it('gives the unit of what is painted: the integral coefficient is an index with a threshold, a location quotient a ratio', async () => {
    const {pngContent} = await import('../../../src/export/exporters');
    const integral = storeWith({ind: 'integral', sector: 'mining'});
    expect(pngContent(integral.state, choroplethOf(integral.state)!).subtitle).toBe('Mining — 2015–2019 · index; above 1.0 an absolute advantage for a cluster (source 002)');
    const lq = storeWith({ind: 'lq2018', sector: 'C'});
    expect(pngContent(lq.state, choroplethOf(lq.state)!).subtitle).toContain('ratio to the national level (1.0 = as the country)');
    // A scenario's picture says so under its title, not only in its source line.
    integral.update({scenario: newSession({...emptyScenario('Plan A'), edits: [{kind: 'growth-remove', id: 'GP01'}]})});
    expect(pngContent(integral.state, choroplethOf(integral.state)!).subtitle).toBe(
      'Mining — 2015–2019 · Scenario “Plan A” · index; above 1.0 an absolute advantage for a cluster (source 002)',
    );
  });

  it('explains the symbols of every other layer shown, in the layer list’s order, each with its sources', async () => {
    const {pngContent} = await import('../../../src/export/exporters');
    const keys = (view: Partial<ViewState>) => {
      const store = storeWith(view);
      return pngContent(store.state, choroplethOf(store.state)!).keys;
    };
    // The default view: regions and growth points.
    const growth = keys({});
    expect(growth.map((k) => k.title)).toEqual(['Growth points']);
    expect(growth[0]!.sourcesLine).toMatch(/^Sources: The 20 growth points of the Concept/);
    expect(keys({layers: ['regions']})).toEqual([]);
    const all = keys({layers: ['regions', 'links', 'growth', 'energy'], linksets: ['concept']});
    expect(all.map((k) => k.title)).toEqual(['Cluster links between regions', 'Growth points', 'Green clusters and energy sites']);
    expect(all[0]!.sections.map((s) => s.heading)).toEqual(['Multi-region clusters of the Concept 2018–2022']);
    expect(all[2]!.sourcesLine).toContain('source 004');
    // The picture no longer lists the layers in a note: their keys name them.
    expect(pngContent(storeWith({}).state, choroplethOf(storeWith({}).state)!).notes.join(' ')).not.toContain('Also on the map');
  });
});

describe('kg-indicator-picker', () => {
  it('says what 1.0 is for the shown indicator, and cites no source where the index had no input', async () => {
    const store = storeWith({ind: 'integral', sector: 'mining'});
    const el = await mount('kg-indicator-picker', store);
    expect(text(el.shadowRoot!)).toContain('the source reads a value above 1.0 as an absolute advantage');
    expect(text(el.shadowRoot!)).not.toContain('national level');
    store.update({view: {...store.state.view, ind: 'potential', sector: 'A', year: 2018}});
    await el.updateComplete;
    expect(text(el.shadowRoot!)).toContain('Unit: ratio to the national level (1.0 = as the country).');
    // Before any result, and with a result that names no input, there is nothing to cite.
    expect(text(el.shadowRoot!.querySelector('.source'))).toBe('Source: none: there are no input values for this sector and year');
    // The sections offered are those the shipped statistics have an input for (and the one in the link).
    const options = [...el.shadowRoot!.querySelectorAll<HTMLOptionElement>('#sector option')].map((o) => o.value);
    expect(options).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect([...shippedInputSections(tables)].sort()).toEqual(['B', 'C', 'D', 'E']);
  });

  it('says under the composite index which components it rests on here, when not all four (loaded with the index)', async () => {
    // No engine here: the results are set by hand.
    const store = createAppStore({...defaultViewState('en'), ind: 'potential', sector: 'C', year: 2024}, [], 'light');
    store.update({atlas: {boundaries: {regions: {type: 'FeatureCollection', features: []}} as unknown as AtlasData['boundaries'], tables}, phase: 'ready'});
    const el = await mount('kg-indicator-picker', store);
    const used = () => el.shadowRoot!.querySelector('[data-kind="components-used"]');
    const shown = (result: ReturnType<typeof computedResult>) => store.update({indicator: {key: 'test', status: 'ready', result, error: null}});
    const index = (components: string[]) => computedResult([1.55], {ind: 'potential', sector: 'C', year: 2024, components, settings: DEFAULT_POTENTIAL_SETTINGS});
    shown(index(['lq_employment']));
    await vi.waitFor(() => expect(text(used())).toBe('Components used (1 of 4): LQ on employment.'));
    // All four: nothing to say; another indicator: nothing either.
    shown(index(['lq_employment', 'lq_establishments', 'pc', 'spec']));
    await el.updateComplete;
    expect(used()).toBeNull();
    shown(computedResult([1.55], {ind: 'mfg-lq', sector: 'C', year: 2024, components: ['lq_employment']}));
    await el.updateComplete;
    expect(used()).toBeNull();
  });

  it('cites the imported data, never the published statistics, for a computed indicator of data=user without a result', async () => {
    // The engine fails here (componentStore): no result names its sources.
    const store = storeWith({ind: 'mfg-lq', sector: 'C', year: 2020, data: 'user'});
    const el = await mount('kg-indicator-picker', store);
    await vi.waitFor(() => expect(store.state.indicator?.status).toBe('error'));
    await el.updateComplete;
    expect(text(el.shadowRoot!.querySelector('.source'))).toBe('Source: The dataset you imported');
    store.update({view: {...store.state.view, data: 'shipped'}});
    await vi.waitFor(() => expect(store.state.indicator?.status).toBe('error'));
    await el.updateComplete;
    expect(text(el.shadowRoot!.querySelector('.source'))).toMatch(/^Source: National Statistical Committee, national SDG platform, indicator 9\.2\.2/);
  });

  it('marks published and computed indicators and keeps a valid year when switching', async () => {
    const store = storeWith({ind: 'integral', sector: 'mining'});
    const el = await mount('kg-indicator-picker', store);
    expect(text(el.shadowRoot!.querySelector('.badge'))).toBe('Published');
    const select = el.shadowRoot!.querySelector<HTMLSelectElement>('#ind')!;
    select.value = 'grp-pc';
    select.dispatchEvent(new Event('change'));
    expect(store.state.view).toMatchObject({ind: 'grp-pc', sector: 'TOTAL', year: 2023});
    await el.updateComplete;
    expect(text(el.shadowRoot!.querySelector('.badge'))).toBe('Computed');
    expect(el.shadowRoot!.querySelector<HTMLInputElement>('#year')!.type).toBe('range');
    // The sidebar cuts long names short: the select says the whole name on hover.
    expect(select.title).toBe('GRP per capita relative to the country');
  });

  it('offers the composite index at its latest year, and its years as the data have them once computed', async () => {
    const store = storeWith({ind: 'integral', sector: 'mining'});
    const el = await mount('kg-indicator-picker', store);
    const select = el.shadowRoot!.querySelector<HTMLSelectElement>('#ind')!;
    select.value = 'potential';
    select.dispatchEvent(new Event('change'));
    expect(store.state.view).toMatchObject({ind: 'potential', sector: 'C', year: 2024});
    await el.updateComplete;
    const year = () => el.shadowRoot!.querySelector<HTMLInputElement>('#year')!;
    // Before the engine answers, any year an imported file might have: a number field.
    expect(year().type).toBe('number');
    const ds = buildDataset(shippedDatasetColumns(tables), REGION_CODES);
    const result = computeIndicatorResult(ds, {ind: 'potential', sector: 'C', year: 2024, basis: 'employment'});
    store.update({indicator: {key: 'test', status: 'ready', result, error: null}});
    await el.updateComplete;
    expect([year().type, year().min, year().max, year().value]).toEqual(['range', '2010', '2024', '2024']);
  });
});

describe('the region tooltip', () => {
  it('shows value as published, rank, comparison with the country and source', () => {
    const store = storeWith({ind: 'integral', sector: 'mining'});
    const host = document.createElement('div');
    render(tooltipContent({kind: 'region', code: 'KG-J'}, store.state), host);
    const s = text(host);
    expect(s).toContain('Jalal-Abad Region');
    expect(s).toContain('5.449');
    expect(s).toContain('Rank 1 of 8');
    expect(s).toContain('above 1.0: an absolute advantage, as the source reads it');
    expect(s).not.toContain('national level');
    expect(s).toContain('Source: Dissertation abstract');
    // Says what a click does, unless the region is the one pinned already.
    expect(text(host.querySelector('.hint'))).toBe('Click, or press Enter, for its profile: every sector, the years, the sources.');
    render(tooltipContent({kind: 'region', code: 'KG-J'}, {...store.state, view: {...store.state.view, region: 'KG-J'}}), host);
    expect(host.querySelector('.hint')).toBeNull();
  });

  it('explains an unknown value instead of showing a number', () => {
    const store = storeWith({ind: 'lq2018', sector: 'C', lang: 'ru'});
    const host = document.createElement('div');
    render(tooltipContent({kind: 'region', code: 'KG-N'}, store.state), host);
    expect(text(host)).toContain('Не опубликовано');
    // The indicator's name carries its year: the line does not say it again.
    expect(text(host.querySelector('.indicator .small'))).toBe('Коэффициент локализации занятости, 2018 — C — Обрабатывающая промышленность');
    expect(text(host)).not.toMatch(/\d,\d\d/);
  });
});

describe('kg-region-card (profile)', () => {
  it('lists every industry and published section, clusters, growth points and sources', async () => {
    const store = storeWith({ind: 'integral', sector: 'mining', region: 'KG-N'});
    const el = await mount('kg-region-card', store);
    const s = text(el.shadowRoot);
    expect(s).toContain('Naryn Region');
    expect(s).toContain('2.574');
    expect(s).toContain('No production');
    expect(s).toContain('B — Mining and quarrying 3.24');
    expect(s).toContain('Livestock cluster');
    expect(s).toContain('Kochkor');
    expect(s).toContain('indicator 9.2.2');
    expect(el.shadowRoot!.querySelectorAll('kg-line-chart')).toHaveLength(2);
  });

  it('ranks each published row among the regions, and puts its sector on the map from its name', async () => {
    const store = storeWith({ind: 'integral', sector: 'mining', region: 'KG-J'});
    const el = await mount('kg-region-card', store);
    const row = (name: string) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('dt button.to-map')].find((b) => text(b) === name)!;
    // Jalal-Abad leads mining (5.449 of seed 002's eight values; Osh city has no production).
    expect(text(row('Mining').parentElement!.nextElementSibling)).toBe('5.449 · Rank 1 of 8');
    expect(row('Mining').getAttribute('aria-pressed')).toBe('true');
    row('Light industry').click();
    expect(store.state.view).toMatchObject({ind: 'integral', sector: 'light_industry', year: null});
    // A 2018 LQ row: the section on the map with its year.
    row('C — Manufacturing').click();
    expect(store.state.view).toMatchObject({ind: 'lq2018', sector: 'C', year: 2018});
    await el.updateComplete;
    expect(row('C — Manufacturing').getAttribute('aria-pressed')).toBe('true');
  });

  it('notes on Osh oblast’s own manufacturing chart that its values up to 2012 include Osh city, and on no other region’s', async () => {
    const note = 'for Osh Region, values up to 2012 include Osh city';
    const osh = await mount('kg-region-card', storeWith({ind: 'mfg-lq', sector: 'C', year: 2012, region: 'KG-O'}));
    const sources = (el: HTMLElement) => [...el.shadowRoot!.querySelectorAll('kg-line-chart')].map((c) => c.getAttribute('source') ?? '');
    expect(sources(osh)[0]).toContain(note);
    expect(sources(osh)[1]).not.toContain(note);
    cleanUp();
    // Osh city's values begin in 2013: its table of values says the years before have no data, in words.
    const oshCity = await mount('kg-region-card', storeWith({ind: 'mfg-lq', sector: 'C', year: 2012, region: 'KG-GO', lang: 'ru'}));
    const chart = oshCity.shadowRoot!.querySelector('kg-line-chart')!;
    await (chart as unknown as {updateComplete: Promise<boolean>}).updateComplete;
    const row2012 = [...chart.shadowRoot!.querySelectorAll('tbody tr')].find((r) => r.querySelector('th')!.textContent === '2012')!;
    expect(text(row2012.querySelector('td'))).toBe('Нет данных');
    cleanUp();
    const naryn = await mount('kg-region-card', storeWith({ind: 'mfg-lq', sector: 'C', year: 2012, region: 'KG-N'}));
    expect(sources(naryn).join(' ')).not.toContain(note);
    // A column's sources carry the note for the whole column; a region's value carries it only for Osh.
    const column = ['sdg-9.2.2', `github:sdg-kyrgyzstan/x; ${OSH_OBLAST_BEFORE_2013_NOTE}`];
    expect(regionSources('KG-O', column)).toEqual(column);
    expect(regionSources('KG-N', column)).toEqual(['sdg-9.2.2', 'github:sdg-kyrgyzstan/x']);
  });

  it('marks the GRP-per-capita series’ break at 2018 on its chart, in current prices, and in the indicator’s description', async () => {
    const card = await mount('kg-region-card', storeWith({ind: 'grp-pc', year: 2018, region: 'KG-GB'}));
    const charts = [...card.shadowRoot!.querySelectorAll('kg-line-chart')];
    expect(charts[1]!.getAttribute('caption')).toBe('GRP per capita, thousand som, current prices');
    expect(charts[1]!.getAttribute('source')).toContain('series break: 2006–2017 and 2018–2023 rest on different population figures');
    expect(charts[0]!.getAttribute('source')).not.toContain('series break');
    cleanUp();
    const picker = await mount('kg-indicator-picker', storeWith({ind: 'grp-pc', year: 2018}));
    expect(text(picker.shadowRoot)).toContain('a change across 2017–2018 is partly statistical');
  });

  describe('the keyboard focus when a table row pins a region', () => {
    /** What has the focus, inside shadow roots too. */
    const focused = () => {
      let a = document.activeElement;
      while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
      return a;
    };
    const box = (top: number, bottom: number, left: number, right: number) => () =>
      ({top, bottom, left, right, width: right - left, height: bottom - top, x: left, y: top}) as DOMRect;
    /** The screens: a 390 × 844 phone, a 740 × 360 phone on its side, a 760 × 900 window, a 1280 × 800 desktop. */
    const SCREENS = {
      phone: {width: 390, height: 844, touch: true},
      short: {width: 740, height: 360, touch: true},
      narrow: {width: 760, height: 900, touch: false},
      desktop: {width: 1280, height: 800, touch: false},
    };
    type Screen = keyof typeof SCREENS;
    /** A media query list as the screen answers it (the features the page asks: max-width, max-height, hover: none). */
    const answers = (q: string, s: (typeof SCREENS)[Screen]) =>
      q.split(', ').some((part) => {
        const m = /^\((max-width|max-height): (\d+)px\)$/.exec(part);
        return m ? (m[1] === 'max-width' ? s.width : s.height) <= Number(m[2]) : part === '(hover: none)' && s.touch;
      });
    /**
     * A table and the profile; the row's button and the profile placed as on that screen (the profile a
     * sheet at a phone's bottom, over the sidebar in a short or narrow window, over the map's right).
     */
    async function setUp(screen: Screen, rowTop: number) {
      vi.spyOn(window, 'matchMedia').mockImplementation((q: string) => ({matches: answers(q, SCREENS[screen]), media: q}) as MediaQueryList);
      const store = storeWith({ind: 'integral', sector: 'mining', region: null});
      const table = await mount('kg-data-views', store);
      const card = await mount('kg-region-card', store);
      card.getBoundingClientRect = {short: box(56, 360, 0, 320), narrow: box(130, 900, 0, 320), phone: box(354, 844, 0, 390), desktop: box(8, 772, 912, 1272)}[screen];
      const row = table.shadowRoot!.querySelector<HTMLButtonElement>('tr[data-code="KG-B"] th button')!;
      row.getBoundingClientRect = box(rowTop, rowTop + 44, 12, 200);
      row.focus();
      row.click();
      await card.updateComplete;
      expect(store.state.view.region).toBe('KG-B');
      return {store, card, row};
    }

    it('on a phone, moves it into the profile that covers the row, and back to the row on close', async () => {
      const {store, card, row} = await setUp('phone', 600);
      expect(focused()).toBe(card.shadowRoot!.querySelector('#card-title'));
      card.shadowRoot!.querySelector<HTMLButtonElement>('header button')!.click();
      await card.updateComplete;
      expect(store.state.view.region).toBeNull();
      expect(focused()).toBe(row);
    });

    it.each(['short', 'narrow'] as const)('in a %s window (740 × 360, 760 × 900), moves it into the profile over the sidebar, and back to the row on close', async (screen) => {
      const {store, card, row} = await setUp(screen, 200);
      expect(focused()).toBe(card.shadowRoot!.querySelector('#card-title'));
      expect(card.hasAttribute('data-open')).toBe(true); // the sidebar under it leaves the keyboard's way (styles.css)
      card.shadowRoot!.querySelector<HTMLButtonElement>('header button')!.click();
      await card.updateComplete;
      expect(store.state.view.region).toBeNull();
      expect(card.hasAttribute('data-open')).toBe(false);
      expect(focused()).toBe(row);
    });

    it('leaves it on a row still in view, and on a wider screen', async () => {
      const {row} = await setUp('phone', 200); // above the profile's top edge
      expect(focused()).toBe(row);
      cleanUp();
      vi.restoreAllMocks();
      const desktop = await setUp('desktop', 600);
      expect(focused()).toBe(desktop.row);
    });
  });

  it('closes on Escape', async () => {
    const store = storeWith({region: 'KG-C'});
    await mount('kg-region-card', store);
    document.dispatchEvent(new KeyboardEvent('keydown', {key: 'Escape'}));
    expect(store.state.view.region).toBeNull();
  });
});
