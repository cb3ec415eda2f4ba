// @vitest-environment happy-dom
import {afterEach, beforeAll, describe, expect, it} from 'vitest';
import {updateView, type AppStore, type AtlasData} from '../../../src/state/app-state';
import {parseUrlState} from '../../../src/state/url-state';
import type {ViewState} from '../../../src/state/view-state';
import '../../../src/ui/kg-embed-footer';
import '../../../src/ui/kg-embed-header';
import '../../../src/ui/kg-summary';
import {cleanUp, componentStore, mount} from './component-store';
import {emptyScenario} from '../../../src/model/scenario';
import {newSession} from '../../../src/state/scenario-state';
import {shippedTables} from '../model/shipped-data';

let tables: AtlasData['tables'];
beforeAll(() => {
  tables = shippedTables();
});

function storeWith(view: Partial<ViewState>): AppStore {
  const boundaries = {regions: {type: 'FeatureCollection', features: []}} as unknown as AtlasData['boundaries'];
  return componentStore({boundaries, tables}, {embed: true, ...view});
}

const text = (el: Node | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

afterEach(() => {
  cleanUp();
});

describe('kg-embed-header', () => {
  it('titles the view, links to the full map without embed=1, and filters by legend entry', async () => {
    const store = storeWith({ind: 'integral', sector: 'mining'});
    const el = await mount('kg-embed-header', store);
    const root = el.shadowRoot!;
    expect(text(root.querySelector('h1'))).toBe('Integral coefficient of cluster-formation potential');
    expect(text(root.querySelector('.subtitle'))).toBe('Mining — 2015–2019');
    const link = root.querySelector<HTMLAnchorElement>('a.open')!;
    expect(link.target).toBe('_blank');
    const linked = parseUrlState(new URL(link.href).search, 'ky').state;
    expect(linked).toMatchObject({embed: false, ind: 'integral', sector: 'mining', lang: 'en'});
    const buttons = [...root.querySelectorAll<HTMLButtonElement>('li button')];
    expect(buttons.map((b) => text(b))).toEqual(['< 0.50', '0.50 – 0.80', '0.80 – 1.25', '1.25 – 2.00', '≥ 2.00', 'No production']);
    buttons[4]!.click();
    await el.updateComplete;
    expect(store.state.legendFilter?.entry).toBe('class-4');
    expect(buttons[4]!.getAttribute('aria-pressed')).toBe('true');
  });

  it('names the open scenario under the title, so its values are not read as the published ones', async () => {
    const store = storeWith({ind: 'integral', sector: 'mining', lang: 'ru'});
    const el = await mount('kg-embed-header', store);
    const subtitle = () => text(el.shadowRoot!.querySelector('.subtitle'));
    expect(subtitle()).toBe('Горнодобывающая промышленность — 2015–2019');
    store.update({scenario: newSession({...emptyScenario('План <b>А</b>'), edits: [{kind: 'growth-remove', id: 'GP01'}]})});
    await el.updateComplete;
    expect(subtitle()).toBe('Горнодобывающая промышленность — 2015–2019 · Сценарий «План <b>А</b>»');
    expect(el.shadowRoot!.querySelector('.subtitle b')).toBeNull();
    store.update({scenario: newSession({...emptyScenario('  '), edits: [{kind: 'growth-remove', id: 'GP01'}]})});
    await el.updateComplete;
    expect(subtitle()).toBe('Горнодобывающая промышленность — 2015–2019 · Сценарий без названия');
  });
});

describe('kg-embed-footer', () => {
  it('shows the source and attribution, the pinned region with a way to clear it, and the table on request', async () => {
    const store = storeWith({ind: 'integral', sector: 'mining', region: 'KG-J'});
    const el = await mount('kg-embed-footer', store);
    const root = el.shadowRoot!;
    expect(text(root.querySelector('.selected'))).toContain('Selected: Jalal-Abad Region, 5.449 · Rank 1 of 8');
    expect(text(root.querySelector('.source'))).toContain('source 002');
    expect(root.querySelector('kg-attribution')).not.toBeNull();
    expect(root.querySelector('kg-data-views')).toBeNull();
    const toggle = root.querySelector<HTMLButtonElement>('button[aria-controls="table"]')!;
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(root.querySelector('kg-data-views')).not.toBeNull();
    root.querySelector<HTMLButtonElement>('.selected button')!.click();
    await el.updateComplete;
    expect(store.state.view.region).toBeNull();
    expect(root.querySelector('.selected')).toBeNull();
  });
});

describe('kg-summary', () => {
  it('is a polite live region that follows the view', async () => {
    const store = storeWith({ind: 'integral', sector: 'mining', lang: 'en'});
    const el = await mount('kg-summary', store);
    const live = el.shadowRoot!.querySelector('[aria-live="polite"]')!;
    expect(text(live)).toContain('Highest: Jalal-Abad Region, 5.449.');
    updateView(store, {sector: 'light_industry'});
    await el.updateComplete;
    expect(text(live)).toContain('— Light industry — 2015–2019.');
    updateView(store, {lang: 'ru'});
    await el.updateComplete;
    expect(text(live)).toContain('Лёгкая промышленность');
  });
});
