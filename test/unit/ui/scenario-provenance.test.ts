// @vitest-environment happy-dom
// What a planner's scenario set is cited as the scenario's, in every place a place's values are shown:
// the tooltips of energy sites, growth points and cluster links, the green-clusters panel, the map
// keyboard's words and the links legend. An edited value is marked "scenario edit" and the site's
// published sources are said to be the other values'; what a scenario added cites the scenario only,
// in the reader's language (the data audit found Kurpsai's 5,000 MW cited to Wikipedia, and a growth
// point the planner added cited to the Concept of Regional Policy).
import {render} from 'lit';
import {afterEach, beforeAll, describe, expect, it} from 'vitest';
import {citation} from '../../../src/i18n/citations';
import {t} from '../../../src/i18n/i18n';
import {ENERGY_LAYER, GROWTH_LAYER, LINKS_LAYER} from '../../../src/layers/layer-ids';
import {DEFAULT_ENRIGHT_THRESHOLDS} from '../../../src/model/cluster-classification';
import {DEFAULT_POTENTIAL_SETTINGS} from '../../../src/model/cluster-potential';
import {emptyScenario, type ScenarioEdit} from '../../../src/model/scenario';
import {applyScenario} from '../../../src/model/scenario-apply';
import {SCENARIO_SOURCE} from '../../../src/model/scenario-marks';
import {isEdited} from '../../../src/ui/edited-text';
import type {AtlasData} from '../../../src/state/app-state';
import type {ViewState} from '../../../src/state/view-state';
import '../../../src/ui/kg-energy-panel';
import {linksKey} from '../../../src/ui/layer-keys';
import '../../../src/ui/layer-tooltips';
import {describeTarget} from '../../../src/ui/map-focus-text';
import {tooltipContent} from '../../../src/ui/tooltip-content';
import {latinWords} from '../i18n/latin-words';
import {shippedTables} from '../model/shipped-data';
import {cleanUp, componentStore, mount} from './component-store';

/** The auditor's scenarios: Kurpsai at 5,000 MW, Tash-Kumyr planned, At-Bashy moved; a town, a park and a cluster added. */
const EDITS: ScenarioEdit[] = [
  {kind: 'site-capacity', id: 'EN02', capacityMw: 5000},
  {kind: 'site-status', id: 'EN03', status: 'planned'},
  {kind: 'site-move', id: 'EN06', lon: 75.0, lat: 41.0},
  {kind: 'growth-add', id: 'scn-gp-1', name: 'New Town', region: 'KG-N', lon: 74.5, lat: 41.3},
  {kind: 'site-add', id: 'scn-site-1', name: 'Solar park', category: 'solar', status: 'planned', capacityMw: 40, lon: 76.9, lat: 42.2},
  {kind: 'link-add', id: 'scn-link-1', name: 'My cluster', regions: ['KG-T', 'KG-B']},
];

let published: AtlasData['tables'];
let edited: AtlasData['tables'];
beforeAll(() => {
  published = shippedTables();
  const applied = applyScenario(
    {
      potential: DEFAULT_POTENTIAL_SETTINGS,
      thresholds: DEFAULT_ENRIGHT_THRESHOLDS,
      energySites: published.energySites,
      growthPoints: published.growthPoints,
      clusters: published.clusters,
      columns: null,
      hubOverrides: {},
    },
    {...emptyScenario('Cap'), edits: EDITS},
  );
  expect(applied.problems).toEqual([]);
  edited = {...published, energySites: [...applied.energySites], growthPoints: [...applied.growthPoints], clusters: [...applied.clusters]};
});

afterEach(() => {
  cleanUp();
});

const boundaries = {regions: {type: 'FeatureCollection', features: []}} as unknown as AtlasData['boundaries'];
const store = (tables: AtlasData['tables'], view: Partial<ViewState>) => componentStore({boundaries, tables}, view);
const words = (node: Node) => (node.textContent ?? '').replace(/\s+/g, ' ').trim();

function tooltipText(layer: string, id: string, lang: ViewState['lang'], tables = edited): string {
  const host = document.createElement('div');
  render(tooltipContent({kind: 'object', layer, id}, store(tables, {lang}).state), host);
  return words(host);
}

describe('the marks', () => {
  it('say a value of a published row is the scenario’s only where it set it; an added row is the scenario’s throughout', () => {
    const kurpsai = edited.energySites.find((s) => s.id === 'EN02')!;
    expect([isEdited(kurpsai, 'capacity'), isEdited(kurpsai, 'status'), isEdited(kurpsai, 'location'), isEdited(kurpsai)]).toEqual([true, false, false, false]);
    const park = edited.energySites.find((s) => s.id === 'scn-site-1')!;
    expect((['added', 'location', 'status', 'capacity'] as const).map((f) => isEdited(park, f))).toEqual([true, true, true, true]);
    expect(isEdited(published.energySites[0]!, 'capacity')).toBe(false);
  });
});

describe('an edited site’s tooltip', () => {
  it('marks the capacity a scenario set and cites the published sources for the other values only', () => {
    const en = tooltipText(ENERGY_LAYER, 'EN02', 'en');
    expect(en).toContain('Capacity: 5,000 MW (scenario edit)');
    expect(en).toContain('Marked “scenario edit”: a planner’s assumption, not published data.');
    expect(en).toContain('Sources of the published values: de.wikipedia.org: wiki/Kurpsai-Talsperre and 1 more');
    expect(en).not.toMatch(/(^|[^ ])Sources: /);
    // Its status and position are the data's, and not marked.
    expect(en).toContain('Status: operating Location: exact site');
    // As published, the same site is not marked.
    const before = tooltipText(ENERGY_LAYER, 'EN02', 'en', published);
    expect(before).toContain('Sources: de.wikipedia.org: wiki/Kurpsai-Talsperre');
    expect(before).not.toContain('scenario');
  });

  it('marks a status and a position a scenario set, in Russian and Kyrgyz', () => {
    const status = tooltipText(ENERGY_LAYER, 'EN03', 'ru');
    expect(status).toContain('Статус: планируется (правка сценария)');
    expect(status).toContain('Источник опубликованных значений: GPPD (WRI), запись GEODB0041758');
    const moved = tooltipText(ENERGY_LAYER, 'EN06', 'ru');
    expect(moved).toContain('Местоположение: где указал планировщик (правка сценария)');
    expect(moved).not.toContain('приблизительное');
    expect(tooltipText(ENERGY_LAYER, 'EN06', 'ky')).toContain('Жайгашкан жери: пландоочу көрсөткөн жерде (сценарийдеги өзгөртүү)');
    for (const lang of ['ru', 'ky'] as const) for (const id of ['EN02', 'EN03', 'EN06', 'scn-site-1']) expect(latinWords(tooltipText(ENERGY_LAYER, id, lang).replace(/https?:\/\/\S+|[\w.-]+\.[a-z]{2,}: \S+/g, ' '), ['GPPD', 'WRI', 'GEODB0041758', 'Solar park'])).toEqual([]);
  });

  it('of a site the scenario added cites the scenario alone', () => {
    const en = tooltipText(ENERGY_LAYER, 'scn-site-1', 'en');
    expect(en).toContain('Source: scenario edit — a planner’s assumption, not published data');
    expect(en).toContain('Location: where the planner put it');
    expect(tooltipText(ENERGY_LAYER, 'scn-site-1', 'ru')).toContain('Источник: правка сценария — допущение планировщика, а не опубликованные данные');
  });
});

describe('an added growth point’s and cluster’s tooltips', () => {
  it('say the point is the scenario’s, not the Concept’s, and cite the scenario', () => {
    for (const lang of ['en', 'ru', 'ky'] as const) {
      const text = tooltipText(GROWTH_LAYER, 'scn-gp-1', lang);
      // Neither the Concept's kind line nor its list's source line.
      expect(text, lang).not.toContain(t(lang, 'growth.tooltip.kind'));
      expect(text, lang).not.toContain(t(lang, 'growth.tooltip.source'));
      expect(text, lang).not.toMatch(/000|003/);
      expect(text, lang).toContain(citation(lang, SCENARIO_SOURCE));
    }
    expect(tooltipText(GROWTH_LAYER, 'scn-gp-1', 'en')).toBe(
      // With its region's value of the map's indicator (as every growth point's on the map).
      'New Town Growth point added in the scenario, not one of the Concept of Regional Policy’s Region: Naryn Region · Integral coefficient of cluster-formation potential — Light industry — 2015–2019: 0.164 Source: scenario edit — a planner’s assumption, not published data',
    );
  });

  it('say a cluster is proposed in the scenario, without source 002 or its coefficients', () => {
    const en = tooltipText(LINKS_LAYER, 'scn-link-1:0', 'en');
    expect(en).toContain('Cluster proposed in the scenario');
    expect(en).not.toContain('source 002');
    expect(en).not.toContain('published tables have no matching industry');
    expect(en).toContain('Source: scenario edit — a planner’s assumption, not published data');
    const ru = tooltipText(LINKS_LAYER, 'scn-link-1:0', 'ru');
    expect(ru).toContain('Источник: правка сценария — допущение планировщика');
    expect(ru).not.toContain('источник 002');
    // A published cluster keeps its family and source.
    expect(tooltipText(LINKS_LAYER, 'interreg-textile:0', 'en')).toContain('(source 002)');
  });
});

describe('the green-clusters panel, the map keyboard and the links legend', () => {
  it('the panel marks the edited values and names the published sources as the others’', async () => {
    const s = store(edited, {lang: 'en'});
    s.update({energyPanel: {focus: null}});
    const panel = await mount<HTMLElement & {store: undefined; updateComplete: Promise<boolean>}>('kg-energy-panel', s);
    const site = (id: string) => words(panel.shadowRoot!.querySelector(`[data-site="${id}"]`)!);
    expect(site('EN02')).toContain('Capacity: 5,000 MW (scenario edit)');
    expect(site('EN02')).toContain('Sources of the published values (2)');
    expect(site('EN06')).toContain('where the planner put it (scenario edit)');
    expect(site('scn-site-1')).toContain('Sources (1) scenario edit — a planner’s assumption, not published data');
    expect(site('EN01')).not.toContain('scenario');
    // The data's note on a capacity is given with the sources; not the note of a capacity the planner set.
    expect(site('EN08')).toContain('On the capacity: 812 MW electric, 1,294.2 Gcal/h heat (kundemi.kg 2021); GPPD lists 674 MW');
    expect(site('EN02')).not.toContain('On the capacity');
  });

  it('the keyboard says a value is the scenario’s, and what a scenario added', () => {
    const s = store(edited, {lang: 'ru'});
    expect(describeTarget({kind: 'object', layer: ENERGY_LAYER, id: 'EN02'}, s.state)).toMatch(/Мощность: 5\s000\sМВт \(правка сценария\)/);
    expect(describeTarget({kind: 'object', layer: GROWTH_LAYER, id: 'scn-gp-1'}, s.state)).toContain('Точка роста, добавленная в сценарии');
  });

  it('the links legend marks a cluster the scenario proposed', () => {
    const key = linksKey(edited, ['interregional'], 'en');
    const labels = key.sections.flatMap((sec) => sec.entries.map((e) => e.label));
    expect(labels).toContain('My cluster (scenario edit)');
    expect(labels.filter((l) => l.includes('scenario'))).toHaveLength(1);
  });
});
