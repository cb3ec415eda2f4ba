// @vitest-environment happy-dom
// The green-clusters panel gives the data's note on a site's capacity in the reader's language (the
// audit found "1,440 MW after modernisation …" in English on the Kyrgyz and Russian pages, where
// "1,440" reads as 1.44), its figures written as formatNumber writes them; a note not translated yet
// is shown as recorded, marked English (lang="en", and said so).
import {afterEach, describe, expect, it} from 'vitest';
import {formatNumber} from '../../../src/i18n/format';
import type {Lang} from '../../../src/i18n/i18n';
import type {AtlasData} from '../../../src/state/app-state';
import '../../../src/ui/kg-energy-panel';
import {shippedTables} from '../model/shipped-data';
import {cleanUp, componentStore, mount} from './component-store';

afterEach(() => cleanUp());

const boundaries = {regions: {type: 'FeatureCollection', features: []}} as unknown as AtlasData['boundaries'];

async function panelNote(lang: Lang, id: string, tables = shippedTables()): Promise<HTMLElement> {
  const store = componentStore({boundaries, tables}, {lang});
  store.update({energyPanel: {focus: null}});
  const panel = await mount<HTMLElement & {store: undefined; updateComplete: Promise<boolean>}>('kg-energy-panel', store);
  return panel.shadowRoot!.querySelector<HTMLElement>(`[data-site="${id}"] .capacity-note`)!;
}

const words = (node: Node) => (node.textContent ?? '').replace(/[ \t\n]+/g, ' ').trim();

describe('the capacity note in the green-clusters panel', () => {
  it('is Kyrgyz on the Kyrgyz page, its figures as formatNumber writes them', async () => {
    const note = words(await panelNote('ky', 'EN01'));
    const mw = (n: number) => `${formatNumber('ky', n)}\u00a0МВт`;
    expect(note).toBe(
      `Кубаттуулук жөнүндө: модернизациядан кийин ${mw(1440)} (Министрлер Кабинетинин төрагасынын баяндамасы, 2025-жылдын декабры); баштапкысы ${mw(1200)} (4×300\u00a0МВт)`,
    );
    expect(note).toContain('1\u00a0440\u00a0МВт');
    expect(note).not.toMatch(/\bMW\b|1,440/);
  });

  it('is Russian on the Russian page', async () => {
    const note = words(await panelNote('ru', 'EN08'));
    expect(note).toContain(`О мощности: 812\u00a0МВт электрической, ${formatNumber('ru', 1294.2, {minDecimals: 1})}\u00a0Гкал/ч тепловой мощности`);
    expect(note).toContain('в GPPD указано 674\u00a0МВт');
  });

  it('is shown as recorded, marked English, where the atlas has no translation of it', async () => {
    const published = shippedTables();
    const tables = {...published, energySites: published.energySites.map((s) => (s.id === 'EN01' ? {...s, capacity_note: '1,500 MW (a new figure)'} : s))};
    const note = await panelNote('ru', 'EN01', tables);
    expect(words(note)).toBe('О мощности: 1,500 MW (a new figure) (на английском)');
    expect(note.querySelector('[lang="en"]')?.textContent).toBe('1,500 MW (a new figure)');
  });
});

// The audit: a dozen disclosures read only "Sources (3)"; out of context (a screen reader's list of
// controls, or Tab) they could not be told apart.
describe('the sources’ disclosure of each site in the green-clusters panel', () => {
  it.each([
    ['en', 'Sources: Toktogul HPP (3)'],
    ['ru', 'Источники: Токтогульская ГЭС (3)'],
    ['ky', /^Булактар: .+ \(3\)$/],
  ] as const)('is named with its site in %s', async (lang, name) => {
    const store = componentStore({boundaries, tables: shippedTables()}, {lang});
    store.update({energyPanel: {focus: null}});
    const panel = await mount<HTMLElement & {store: undefined; updateComplete: Promise<boolean>}>('kg-energy-panel', store);
    const summaries = [...panel.shadowRoot!.querySelectorAll('[data-site] summary')];
    expect(summaries.length).toBeGreaterThan(5);
    expect(panel.shadowRoot!.querySelector('[data-site="EN01"] summary')!.getAttribute('aria-label')).toMatch(name);
    // Each name is its own.
    expect(new Set(summaries.map((s) => s.getAttribute('aria-label'))).size).toBe(summaries.length);
  });
});
