// The compute worker's behaviour, without the Worker: holds the datasets and answers each request.
// Pure apart from its own state, so the tests drive it directly; compute.worker.ts only moves messages.
import {DEFAULT_POTENTIAL_SETTINGS, resolvePotentialSettings} from '../model/cluster-potential';
import {componentColumnMatrices, potentialMatrix} from '../model/coefficient-matrices';
import {classifyRegions, computeIndicatorResult, isComputed} from '../model/compute-indicator';
import {buildDataset, type DataIndicator, type Dataset, type DatasetColumns} from '../model/dataset';
import {REGION_CODES} from '../model/region';
import type {ScenarioCompute} from '../model/scenario';
import {applyInputEdits} from '../model/scenario-inputs';
import type {DataSource} from '../state/view-state';
import type {CoefficientMatrices, ComputeKind, ComputeMessages, EngineErrorCode} from './protocol';

export class EngineError extends Error {
  constructor(
    readonly code: EngineErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'EngineError';
  }
}

export interface Answer<K extends ComputeKind> {
  result: ComputeMessages[K]['response'];
  /** Buffers to transfer with the answer instead of copying them. */
  transfer: ArrayBuffer[];
}

export interface Engine {
  handle<K extends ComputeKind>(kind: K, payload: ComputeMessages[K]['request']): Answer<K>;
}

export function createEngine(regions: readonly string[] = REGION_CODES): Engine {
  const datasets: Record<DataSource, Dataset | null> = {shipped: null, user: null};
  // The records are kept too: a scenario's input edits change records, then the matrices are rebuilt.
  const records: Record<DataSource, DatasetColumns | null> = {shipped: null, user: null};
  // The last few edited datasets, so that moving a weight does not rebuild them (key: data + edits).
  const edited = new Map<string, {dataset: Dataset; matched: number[]; have: DataIndicator[][]}>();

  const datasetFor = (data: DataSource): Dataset => {
    const ds = datasets[data];
    if (ds) return ds;
    throw data === 'user'
      ? new EngineError('no-user-data', 'no imported dataset is loaded in this browser')
      : new EngineError('not-ready', 'the shipped statistics have not been sent to the worker');
  };

  /** The dataset a request computes with: the baseline's, or the one its scenario's input edits make. */
  const scenarioDataset = (data: DataSource, scenario: ScenarioCompute | null | undefined): {dataset: Dataset; matched: number[] | undefined; have?: DataIndicator[][]} => {
    const base = datasetFor(data);
    const inputs = scenario?.inputs ?? [];
    if (inputs.length === 0) return {dataset: base, matched: undefined};
    const key = `${data}|${JSON.stringify(inputs)}`;
    let hit = edited.get(key);
    if (!hit) {
      const outcome = applyInputEdits(records[data]!, inputs);
      hit = {dataset: buildDataset(outcome.columns, regions), matched: outcome.matched, have: outcome.have};
      edited.set(key, hit);
      if (edited.size > 4) edited.delete(edited.keys().next().value!);
    }
    return {dataset: hit.dataset, matched: hit.matched, have: hit.have};
  };

  const handlers: {[K in ComputeKind]: (payload: ComputeMessages[K]['request']) => Answer<K>} = {
    setShipped: ({columns}) => {
      datasets.shipped = buildDataset(columns, regions);
      records.shipped = columns;
      edited.clear();
      return {result: {records: columns.length}, transfer: []};
    },
    setUser: ({columns}) => {
      edited.clear();
      records.user = columns;
      if (!columns) {
        datasets.user = null;
        return {result: null, transfer: []};
      }
      const ds = buildDataset(columns, regions);
      datasets.user = ds;
      return {result: {records: columns.length}, transfer: []};
    },
    compute: (request) => {
      if (!isComputed(request.ind)) throw new EngineError('published-indicator', `"${request.ind}" is published, not computed`);
      if (typeof request.sector !== 'string' || (request.year !== null && !Number.isInteger(request.year)))
        throw new EngineError('bad-request', 'sector must be a string and year a whole number or null');
      const {dataset, matched, have} = scenarioDataset(request.data, request.scenario);
      const potential = request.scenario?.potential ?? request.potential ?? DEFAULT_POTENTIAL_SETTINGS;
      const result = computeIndicatorResult(dataset, {ind: request.ind, sector: request.sector, year: request.year, basis: request.basis, potential});
      return {result: matched ? {...result, inputEditsMatched: matched, inputEditsHave: have} : result, transfer: []};
    },
    matrices: ({data, year, potential}) => {
      const ds = datasetFor(data);
      const settings = resolvePotentialSettings(potential);
      const rows = ds.regions.length;
      const cols = ds.sectors.length;
      const c = componentColumnMatrices(ds, year);
      const result: CoefficientMatrices = {
        regions: [...ds.regions],
        sectors: ds.sectors,
        year,
        lqEmployment: c.lq_employment,
        lqEstablishments: c.lq_establishments,
        pc: c.pc,
        spec: c.spec,
        potential: potentialMatrix(c, settings, rows, cols),
      };
      const transfer = [result.lqEmployment, result.lqEstablishments, result.pc, result.spec, result.potential].map((a) => a.buffer as ArrayBuffer);
      return {result, transfer: [...new Set(transfer)]};
    },
    classify: ({data, scenario, ...query}) => ({
      result: classifyRegions(scenarioDataset(data, scenario).dataset, {...query, thresholds: scenario?.thresholds ?? query.thresholds}),
      transfer: [],
    }),
  };

  return {
    handle: (kind, payload) => {
      const handler = handlers[kind] as ((p: typeof payload) => Answer<typeof kind>) | undefined;
      if (!handler) throw new EngineError('bad-request', `unknown request "${String(kind)}"`);
      return handler(payload);
    },
  };
}
