// Scenarios: applying them (places, settings, input edits), the empty scenario as the identity, and
// the worker computing with one.
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {DEFAULT_ENRIGHT_THRESHOLDS} from '../../../src/model/cluster-classification';
import {AGGREGATIONS, DEFAULT_POTENTIAL_SETTINGS, POTENTIAL_COMPONENTS} from '../../../src/model/cluster-potential';
import {DatasetColumnsBuilder, DATA_INDICATORS, type DatasetColumns} from '../../../src/model/dataset';
import {assignSites} from '../../../src/model/hub-assignment';
import {REGION_CODES} from '../../../src/model/region';
import {emptyScenario, isEmptyScenario, newEditId, normaliseSettings, scenarioCompute, type Scenario, type ScenarioEdit} from '../../../src/model/scenario';
import {applyScenario, SCENARIO_SOURCE, type ScenarioBaseline} from '../../../src/model/scenario-apply';
import {applyInputEdits} from '../../../src/model/scenario-inputs';
import {shippedDatasetColumns} from '../../../src/model/shipped-dataset';
import {createEngine} from '../../../src/worker/handlers';
import {shippedTables} from './shipped-data';

function baseline(overrides: Partial<ScenarioBaseline> = {}): ScenarioBaseline {
  const tables = shippedTables();
  return {
    potential: DEFAULT_POTENTIAL_SETTINGS,
    thresholds: DEFAULT_ENRIGHT_THRESHOLDS,
    energySites: tables.energySites,
    growthPoints: tables.growthPoints,
    clusters: tables.clusters,
    columns: shippedDatasetColumns(tables),
    hubOverrides: {},
    ...overrides,
  };
}

const withEdits = (...edits: ScenarioEdit[]): Scenario => ({...emptyScenario('test'), edits});

/** A small dataset: two regions' employment in C, their totals, the national rows. */
function smallColumns(): DatasetColumns {
  const b = new DatasetColumnsBuilder();
  b.add('KG-O', 'C', 'employment', 2022, 100, 'thousand', 's');
  b.add('KG-O', 'TOTAL', 'employment', 2022, 400, 'thousand', 's');
  b.add('KG-B', 'C', 'employment', 2022, 50, 'thousand', 's');
  b.add('KG-B', 'TOTAL', 'employment', 2022, 300, 'thousand', 's');
  b.add('KG', 'C', 'employment', 2022, 150, 'thousand', 's');
  b.add('KG', 'TOTAL', 'employment', 2022, 700, 'thousand', 's');
  b.add('KG-O', 'C', 'employment_share', 2022, 10, '%', 's');
  b.add('KG', 'C', 'employment_share', 2022, 12, '%', 's');
  b.add('KG-O', 'C', 'employment', 2021, 90, 'thousand', 's');
  return b.build();
}

const valueOf = (c: DatasetColumns, region: string, sector: string, indicator: string, year: number) => {
  for (let r = 0; r < c.length; r++)
    if (c.regionCodes[c.region[r]!] === region && c.sectors[c.sector[r]!] === sector && DATA_INDICATORS[c.indicator[r]!] === indicator && c.year[r] === year)
      return c.value[r]!;
  return undefined;
};

describe('applyScenario', () => {
  it('property: an empty scenario gives back the baseline exactly (the same objects)', () => {
    const weights = fc.record(Object.fromEntries(POTENTIAL_COMPONENTS.map((k) => [k, fc.double({min: 0, max: 10, noNaN: true})])) as Record<(typeof POTENTIAL_COMPONENTS)[number], fc.Arbitrary<number>>);
    fc.assert(
      fc.property(
        weights,
        fc.constantFrom(...AGGREGATIONS),
        fc.double({min: 0, max: 1, noNaN: true}),
        fc.string({maxLength: 30}),
        fc.subarray([...REGION_CODES]),
        (w, aggregation, lqPercentile, name, overrideSpokes) => {
          const b = baseline({
            potential: {weights: w, aggregation, stabilityBand: 0.2},
            thresholds: {strong: {...DEFAULT_ENRIGHT_THRESHOLDS.strong, lqPercentile}, advantageLq: 1},
            hubOverrides: Object.fromEntries(overrideSpokes.map((c) => [c, null])),
          });
          const applied = applyScenario(b, emptyScenario(name));
          expect(applied.problems).toEqual([]);
          for (const key of Object.keys(b) as (keyof ScenarioBaseline)[]) expect(applied[key]).toBe(b[key]);
        },
      ),
      {numRuns: 200},
    );
  });

  it('settings override only what they name', () => {
    const applied = applyScenario(baseline(), {...emptyScenario(), settings: {potential: {weights: {pc: 3}}, thresholds: {advantageLq: 1.2}}});
    expect(applied.potential).toEqual({...DEFAULT_POTENTIAL_SETTINGS, weights: {...DEFAULT_POTENTIAL_SETTINGS.weights, pc: 3}});
    expect(applied.thresholds).toEqual({strong: DEFAULT_ENRIGHT_THRESHOLDS.strong, advantageLq: 1.2});
  });

  it('adds, moves, re-states, re-sizes and removes energy sites; reassigns a spoke', () => {
    const b = baseline();
    const hub = b.energySites.find((s) => s.category === 'large_hydro_planned')!;
    const spoke = b.energySites.find((s) => s.category === 'solar' && s.lat !== null)!;
    const other = b.energySites.find((s) => s.category === 'large_hydro' && s.id !== hub.id)!;
    const applied = applyScenario(
      b,
      withEdits(
        {kind: 'site-add', id: 'scn-site-1', name: 'Sun <b>park</b>', category: 'solar', status: 'planned', capacityMw: 100, lon: 75, lat: 42},
        {kind: 'site-status', id: hub.id, status: 'operating'},
        {kind: 'site-capacity', id: hub.id, capacityMw: 2000},
        {kind: 'site-move', id: spoke.id, lon: 76, lat: 41.5},
        {kind: 'spoke-assign', spoke: spoke.id, hub: other.id},
        {kind: 'site-remove', id: 'scn-site-1'},
      ),
    );
    expect(applied.problems).toEqual([]);
    expect(applied.energySites.find((s) => s.id === 'scn-site-1')).toBeUndefined();
    const h = applied.energySites.find((s) => s.id === hub.id)!;
    expect([h.status, h.capacity_mw]).toEqual(['operating', 2000]);
    const s = applied.energySites.find((x) => x.id === spoke.id)!;
    expect([s.lon, s.lat, s.coord_precision, s.coord_source]).toEqual([76, 41.5, 'approx', SCENARIO_SOURCE]);
    expect(applied.hubOverrides).toEqual({[spoke.id]: other.id});
    expect(assignSites(applied.energySites, applied.hubOverrides).assignments.find((a) => a.spokeId === spoke.id)).toMatchObject({hubId: other.id, reason: 'override'});
    // The baseline is untouched.
    expect(b.energySites.find((x) => x.id === hub.id)!.status).toBe(hub.status);
  });

  it('a new site keeps its name as typed, cites the scenario, and is placed where it was put', () => {
    const applied = applyScenario(baseline(), withEdits({kind: 'site-add', id: 'scn-site-1', name: 'Sun <b>park</b>', category: 'wind', status: 'construction', capacityMw: null, lon: 75, lat: 42}));
    expect(applied.energySites.at(-1)).toMatchObject({id: 'scn-site-1', name_en: 'Sun <b>park</b>', name_ru: 'Sun <b>park</b>', status: 'under construction', lon: 75, lat: 42, sources: SCENARIO_SOURCE});
  });

  it('marks each value it sets as the scenario’s and keeps the published sources for the rest', () => {
    const b = baseline();
    const kurpsai = b.energySites.find((s) => s.id === 'EN02')!;
    const applied = applyScenario(
      b,
      withEdits(
        {kind: 'site-capacity', id: 'EN02', capacityMw: 5000},
        {kind: 'site-status', id: 'EN03', status: 'planned'},
        {kind: 'site-move', id: 'EN06', lon: 75, lat: 41},
        {kind: 'site-capacity', id: 'EN06', capacityMw: 10},
        {kind: 'site-move', id: 'EN06', lon: 75.1, lat: 41},
      ),
    );
    const site = (id: string) => applied.energySites.find((s) => s.id === id)!;
    expect(site('EN02')).toMatchObject({capacity_mw: 5000, edited: ['capacity'], sources: kurpsai.sources});
    expect(site('EN03')).toMatchObject({status: 'planned', edited: ['status'], sources: b.energySites.find((s) => s.id === 'EN03')!.sources});
    // Moved twice, re-sized once: each field once, in the order first set.
    expect(site('EN06')).toMatchObject({lon: 75.1, edited: ['location', 'capacity'], coord_source: SCENARIO_SOURCE, sources: b.energySites.find((s) => s.id === 'EN06')!.sources});
    // Sites the scenario leaves alone carry no marks; the baseline's rows are untouched.
    expect(site('EN01').edited).toBeUndefined();
    expect(kurpsai.edited).toBeUndefined();
  });

  it('marks what it adds as the scenario’s throughout (sites, growth points, clusters)', () => {
    const applied = applyScenario(
      baseline(),
      withEdits(
        {kind: 'site-add', id: 'scn-site-1', name: 'Solar park', category: 'solar', status: 'planned', capacityMw: null, lon: 76.9, lat: 42.2},
        {kind: 'growth-add', id: 'scn-gp-1', name: 'New Town', region: 'KG-N', lon: 74.5, lat: 41.3},
        {kind: 'link-add', id: 'scn-link-1', name: 'My cluster', regions: ['KG-T', 'KG-B']},
      ),
    );
    const added = [applied.energySites.at(-1)!, applied.growthPoints.at(-1)!, applied.clusters.at(-1)!];
    for (const row of added) expect(row.edited).toEqual(['added']);
    expect(applied.growthPoints.at(-1)!.coord_source).toBe(SCENARIO_SOURCE);
    expect(applied.clusters.at(-1)!.source).toBe(SCENARIO_SOURCE);
    expect(applied.growthPoints.filter((g) => g.edited)).toHaveLength(1);
    expect(applied.clusters.filter((c) => c.edited)).toHaveLength(1);
  });

  it('reports edits it cannot apply and applies the rest', () => {
    const b = baseline();
    const spoke = b.energySites.find((s) => s.category === 'solar')!;
    const hub = b.energySites.find((s) => s.category === 'large_hydro')!;
    const applied = applyScenario(
      b,
      withEdits(
        {kind: 'site-remove', id: 'EN99'},
        {kind: 'spoke-assign', spoke: hub.id, hub: hub.id},
        {kind: 'spoke-assign', spoke: spoke.id, hub: spoke.id},
        {kind: 'growth-remove', id: 'GP01'},
        {kind: 'growth-remove', id: 'GP01'},
        {kind: 'link-remove', id: 'green-circular'},
        {kind: 'input', region: 'KG-O', sector: 'light_industry', indicator: 'employment', year: null, op: 'scale', value: 20},
      ),
    );
    expect(applied.problems).toEqual([
      {index: 0, reason: 'unknown-id'},
      {index: 1, reason: 'not-a-spoke'},
      {index: 2, reason: 'not-a-hub'},
      {index: 4, reason: 'unknown-id'},
      {index: 5, reason: 'not-a-link'},
      {index: 6, reason: 'matches-nothing'},
    ]);
    expect(applied.growthPoints.some((g) => g.id === 'GP01')).toBe(false);
    expect(applied.growthPoints).toHaveLength(b.growthPoints.length - 1);
  });

  it('adds and removes growth points and inter-regional clusters', () => {
    const b = baseline();
    const applied = applyScenario(
      b,
      withEdits(
        {kind: 'growth-add', id: 'scn-gp-1', name: 'Kochkor', region: 'KG-N', lon: 75.75, lat: 42.2},
        {kind: 'link-add', id: 'scn-link-1', name: 'Tourism corridor', regions: ['KG-Y', 'KG-N']},
        {kind: 'link-remove', id: 'interreg-textile'},
      ),
    );
    expect(applied.problems).toEqual([]);
    expect(applied.growthPoints.at(-1)).toMatchObject({id: 'scn-gp-1', name_ky: 'Kochkor', oblast_iso: 'KG-N', population: null});
    expect(applied.clusters.find((c) => c.id === 'scn-link-1')).toMatchObject({family: 'inter-regional industrial (proposed)', regions: ['KG-Y', 'KG-N']});
    expect(applied.clusters.some((c) => c.id === 'interreg-textile')).toBe(false);
  });
});

describe('input edits', () => {
  it('scale a count: the region total and the national rows follow by the same amount', () => {
    const {columns, matched} = applyInputEdits(smallColumns(), [{kind: 'input', region: 'KG-O', sector: 'C', indicator: 'employment', year: 2022, op: 'scale', value: 20}]);
    expect(matched).toEqual([1]);
    expect(valueOf(columns, 'KG-O', 'C', 'employment', 2022)).toBeCloseTo(120, 10);
    expect(valueOf(columns, 'KG-O', 'TOTAL', 'employment', 2022)).toBeCloseTo(420, 10);
    expect(valueOf(columns, 'KG', 'C', 'employment', 2022)).toBeCloseTo(170, 10);
    expect(valueOf(columns, 'KG', 'TOTAL', 'employment', 2022)).toBeCloseTo(720, 10);
    // Another region and another year are untouched.
    expect(valueOf(columns, 'KG-B', 'C', 'employment', 2022)).toBe(50);
    expect(valueOf(columns, 'KG-O', 'C', 'employment', 2021)).toBe(90);
  });

  it('every year when the year is null; the input columns are not changed', () => {
    const input = smallColumns();
    const {columns, matched} = applyInputEdits(input, [{kind: 'input', region: 'KG-O', sector: 'C', indicator: 'employment', year: null, op: 'set', value: 0}]);
    expect(matched).toEqual([2]);
    expect(valueOf(columns, 'KG-O', 'C', 'employment', 2021)).toBe(0);
    expect(valueOf(columns, 'KG-O', 'TOTAL', 'employment', 2022)).toBe(300);
    expect(valueOf(input, 'KG-O', 'C', 'employment', 2022)).toBe(100);
  });

  it('a share changes alone and stays at most 100 %; an unknown value stays unknown', () => {
    const {columns, matched} = applyInputEdits(smallColumns(), [
      {kind: 'input', region: 'KG-O', sector: 'C', indicator: 'employment_share', year: 2022, op: 'scale', value: 1000},
      {kind: 'input', region: 'KG-J', sector: 'C', indicator: 'employment', year: 2022, op: 'set', value: 5},
    ]);
    expect(matched).toEqual([1, 0]);
    // What KG-J's C has in that year: nothing (the editor says "no value there").
    expect(applyInputEdits(smallColumns(), [{kind: 'input', region: 'KG-J', sector: 'C', indicator: 'employment', year: 2022, op: 'set', value: 5}]).have).toEqual([[]]);
    expect(valueOf(columns, 'KG-O', 'C', 'employment_share', 2022)).toBe(100);
    expect(valueOf(columns, 'KG', 'C', 'employment_share', 2022)).toBe(12);
    expect(valueOf(columns, 'KG-J', 'C', 'employment', 2022)).toBeUndefined();
  });

  it('edits apply in order: a scale after a set scales the set value', () => {
    const {columns} = applyInputEdits(smallColumns(), [
      {kind: 'input', region: 'KG-B', sector: 'C', indicator: 'employment', year: 2022, op: 'set', value: 80},
      {kind: 'input', region: 'KG-B', sector: 'C', indicator: 'employment', year: 2022, op: 'scale', value: -50},
    ]);
    expect(valueOf(columns, 'KG-B', 'C', 'employment', 2022)).toBe(40);
    expect(valueOf(columns, 'KG', 'C', 'employment', 2022)).toBe(140);
  });
});

describe('the worker computes with a scenario', () => {
  const engine = createEngine();
  engine.handle('setShipped', {columns: shippedDatasetColumns(shippedTables())});
  const request = {ind: 'mfg-lq' as const, sector: 'C', year: 2024, basis: 'employment' as const, data: 'shipped' as const};

  it('no scenario = the baseline; an input edit changes only its region (shares: the national share is given)', () => {
    const base = engine.handle('compute', request).result;
    const scenario = scenarioCompute(withEdits({kind: 'input', region: 'KG-O', sector: 'C', indicator: 'employment_share', year: 2024, op: 'scale', value: 20}))!;
    const edited = engine.handle('compute', {...request, scenario}).result;
    expect(edited.inputEditsMatched).toEqual([1]);
    for (const v of edited.values) {
      const b = base.values.find((x) => x.code === v.code)!;
      if (v.code === 'KG-O') expect(v.value!).toBeCloseTo(b.value! * 1.2, 10);
      else expect(v.value).toBe(b.value);
    }
    // The baseline is still there afterwards.
    expect(engine.handle('compute', request).result.values).toEqual(base.values);
  });

  it('weights change the composite index', () => {
    const potential = {...request, ind: 'potential' as const, year: 2018};
    const base = engine.handle('compute', potential).result;
    const scenario = scenarioCompute({...emptyScenario(), settings: {potential: {weights: {lq_employment: 0}}}})!;
    const edited = engine.handle('compute', {...potential, scenario}).result;
    expect(edited.settings!.weights.lq_employment).toBe(0);
    const batken = (r: typeof base) => r.values.find((v) => v.code === 'KG-B')!;
    expect(batken(edited).value).toBeCloseTo(batken(base).components!.spec!, 10);
    expect(batken(edited).value).not.toBeCloseTo(batken(base).value!, 3);
  });

  it('says, for an edit that matches nothing, which statistics the shown data have there (the editor names them)', () => {
    // The shipped data have manufacturing as an employment share, not as employed persons.
    const scenario = scenarioCompute(
      withEdits(
        {kind: 'input', region: 'KG-N', sector: 'C', indicator: 'employment', year: null, op: 'scale', value: 20},
        {kind: 'input', region: 'KG-N', sector: 'C', indicator: 'employment_share', year: 2024, op: 'scale', value: 20},
      ),
    )!;
    const edited = engine.handle('compute', {...request, scenario}).result;
    expect(edited.inputEditsMatched).toEqual([0, 1]);
    expect(edited.inputEditsHave).toEqual([['employment_share'], []]);
  });

  it('thresholds reach the classification', () => {
    const scenario = scenarioCompute({...emptyScenario(), settings: {thresholds: {advantageLq: 5}}})!;
    const result = engine.handle('classify', {data: 'shipped', sector: 'C', year: 2024, scenario}).result;
    expect(result.thresholds.advantageLq).toBe(5);
  });
});

describe('scenario helpers', () => {
  it('settings equal to the defaults are not kept; an empty scenario computes as the baseline', () => {
    expect(normaliseSettings({potential: {weights: {pc: 1, spec: 2}, aggregation: 'geometric'}, thresholds: {lqPercentile: 0.75}})).toEqual({potential: {weights: {spec: 2}}});
    expect(isEmptyScenario({...emptyScenario('named'), settings: {potential: {weights: {pc: 1}}}})).toBe(true);
    expect(scenarioCompute(emptyScenario())).toBeNull();
    // The rank-stability band: kept when it differs from ±20 %, and what the worker computes with.
    expect(normaliseSettings({potential: {stabilityBand: 0.2}})).toEqual({});
    const band = {...emptyScenario(), settings: normaliseSettings({potential: {stabilityBand: 0.5}})};
    expect(band.settings).toEqual({potential: {stabilityBand: 0.5}});
    expect(scenarioCompute(band)?.potential.stabilityBand).toBe(0.5);
    expect(scenarioCompute(withEdits({kind: 'growth-remove', id: 'GP01'}))).toBeNull();
  });

  it('new ids do not collide with the scenario’s own', () => {
    const s = withEdits({kind: 'growth-add', id: 'scn-gp-1', name: 'a', region: 'KG-N', lon: 75, lat: 42});
    expect(newEditId(s, 'gp')).toBe('scn-gp-2');
    expect(newEditId(s, 'site')).toBe('scn-site-1');
  });
});
