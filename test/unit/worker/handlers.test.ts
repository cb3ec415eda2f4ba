import {describe, expect, it} from 'vitest';
import {buildDataset, DatasetColumnsBuilder} from '../../../src/model/dataset';
import {summariseDataset} from '../../../src/model/dataset-summary';
import {REGION_CODES} from '../../../src/model/region';
import {shippedDatasetColumns} from '../../../src/model/shipped-dataset';
import {createEngine, EngineError} from '../../../src/worker/handlers';
import type {ComputeRequest} from '../../../src/worker/protocol';
import {shippedTables} from '../model/shipped-data';

const request = (r: Partial<ComputeRequest>): ComputeRequest => ({ind: 'mfg-lq', sector: 'C', year: 2018, basis: 'employment', data: 'shipped', ...r});

function userColumns() {
  const b = new DatasetColumnsBuilder();
  for (const [code, c, total] of [
    ['KG-B', 30, 100],
    ['KG-J', 170, 900],
  ] as const) {
    b.add(code, 'C', 'employment', 2021, c, 'persons', 'test file');
    b.add(code, 'TOTAL', 'employment', 2021, total, 'persons', 'test file');
  }
  b.add('KG', 'C', 'employment', 2021, 200, 'persons', 'test file');
  b.add('KG', 'TOTAL', 'employment', 2021, 1000, 'persons', 'test file');
  return b.build();
}

describe('compute worker handlers (no Worker)', () => {
  it('answer compute requests on the shipped data once it is set', () => {
    const engine = createEngine();
    expect(() => engine.handle('compute', request({}))).toThrow(EngineError);
    expect(engine.handle('setShipped', {columns: shippedDatasetColumns(shippedTables())}).result.records).toBeGreaterThan(500);
    const {result} = engine.handle('compute', request({}));
    expect(result.values.find((v) => v.code === 'KG-C')!.value).toBeCloseTo(21.4 / 12, 12);
    expect(result.formula).toContain('s_ij / s_j');
  });

  it('keep the imported dataset apart, without summarising it again (the import worker has)', () => {
    const engine = createEngine();
    engine.handle('setShipped', {columns: shippedDatasetColumns(shippedTables())});
    expect(() => engine.handle('compute', request({data: 'user'}))).toThrow(expect.objectContaining({code: 'no-user-data'}));
    expect(engine.handle('setUser', {columns: userColumns()}).result).toEqual({records: userColumns().length});
    const summary = summariseDataset(buildDataset(userColumns(), REGION_CODES), userColumns());
    expect(summary.regions).toEqual(['KG-B', 'KG-J']);
    expect(summary.missingRegions).toHaveLength(7);
    expect(summary.national).toBe(true);
    expect(summary.computable).toEqual([{ind: 'lq', basis: 'employment', years: [2021], sectors: ['C'], values: 2}, expect.objectContaining({ind: 'potential', values: 2})]);
    const {result} = engine.handle('compute', request({ind: 'lq', data: 'user', year: 2021}));
    expect(result.values[0]!.value).toBeCloseTo(1.5, 12);
    expect(result.sources).toEqual(['test file']);
    engine.handle('setUser', {columns: null});
    expect(() => engine.handle('compute', request({data: 'user'}))).toThrow(expect.objectContaining({code: 'no-user-data'}));
  });

  it('refuse published indicators and malformed requests with a code', () => {
    const engine = createEngine();
    engine.handle('setShipped', {columns: shippedDatasetColumns(shippedTables())});
    expect(() => engine.handle('compute', request({ind: 'integral'}))).toThrow(expect.objectContaining({code: 'published-indicator'}));
    expect(() => engine.handle('compute', request({year: 2018.5}))).toThrow(expect.objectContaining({code: 'bad-request'}));
    expect(() => engine.handle('nonsense' as never, {} as never)).toThrow(expect.objectContaining({code: 'bad-request'}));
  });

  it('return whole matrices as transferable buffers', () => {
    const engine = createEngine();
    engine.handle('setShipped', {columns: shippedDatasetColumns(shippedTables())});
    const {result, transfer} = engine.handle('matrices', {data: 'shipped', year: 2018});
    expect(result.regions).toHaveLength(9);
    expect(result.sectors).toEqual(['B', 'C', 'D', 'E']);
    expect(result.lqEmployment).toHaveLength(9 * 4);
    const c = result.sectors.indexOf('C');
    expect(result.lqEmployment[6 * 4 + c]).toBeCloseTo(21.4 / 12, 12); // Chuy is row 6
    expect(transfer).toHaveLength(5);
    expect(new Set(transfer).size).toBe(5);
    // the matrix path and the per-sector path agree
    const single = engine.handle('compute', request({ind: 'potential', sector: 'C', year: 2018})).result;
    single.values.forEach((v, i) => {
      const m = result.potential[i * 4 + c]!;
      if (v.value === null) expect(m).toBeNaN();
      else expect(m).toBeCloseTo(v.value, 12);
    });
  });
});

describe('classification request', () => {
  it('applies the strong-cluster rule and Enright types to counts (hand-computed)', () => {
    const b = new DatasetColumnsBuilder();
    const c = [10, 20, 30, 40, 50, 60, 70, 80, 200];
    REGION_CODES.forEach((code, i) => {
      b.add(code, 'C', 'employment', 2020, c[i]!, 'persons', 'file');
      b.add(code, 'TOTAL', 'employment', 2020, 1000, 'persons', 'file');
    });
    const engine = createEngine();
    engine.handle('setUser', {columns: b.build()});
    // LQ_i = (c_i / 1000) / (560 / 9000); p75 (type 7) = LQ of 70 = 1.125; size p25 = 30.
    const {result} = engine.handle('classify', {data: 'user', sector: 'C', year: 2020, chosenByState: ['KG-B', 'KG-C'], interaction: {'KG-GO': true}});
    expect(result.regions.map((r) => r.strong)).toEqual([false, false, false, false, false, false, false, true, true]);
    expect(result.regions.map((r) => r.type)).toEqual([
      'wishful_thinking', // KG-B: chosen, LQ 0.16
      'none',
      'none',
      'none',
      'none',
      'none',
      'policy_driven', // KG-C: chosen, LQ 1.125 ≥ 1 but not above p75
      'working_or_latent', // KG-GB: critical mass, interaction not known
      'working', // KG-GO: critical mass and a working initiative
    ]);
    expect(result.sources).toEqual(['file']);
  });

  it('leaves the shipped data unclassified: shares give no size', () => {
    const engine = createEngine();
    engine.handle('setShipped', {columns: shippedDatasetColumns(shippedTables())});
    const {result} = engine.handle('classify', {data: 'shipped', sector: 'C', year: 2018});
    expect(result.regions.every((r) => r.strong === null && r.type === null)).toBe(true);
  });
});
