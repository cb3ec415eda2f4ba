// THE message protocol of the atlas's workers: every request, its response and its errors, in one file.
// `compute.worker.ts` answers ComputeMessages, `import.worker.ts` answers ImportMessages; `client.ts`
// and `import-client.ts` are the promise APIs the UI uses.
import type {ImportOutcome} from '../io/import-csv';
import type {EnrightThresholds} from '../model/cluster-classification';
import type {PotentialSettings} from '../model/cluster-potential';
import type {ClassificationResult} from '../model/compute-indicator';
import type {DatasetColumns} from '../model/dataset';
import type {DatasetSummary} from '../model/dataset-summary';
import type {IndicatorResult} from '../model/indicator-result';
import type {IndicatorId} from '../model/indicators';
import type {ScenarioCompute} from '../model/scenario';
import type {DataSource, LqBasis} from '../state/view-state';

/** A computed indicator for one sector and year of the shipped or the imported dataset. */
export interface ComputeRequest {
  ind: IndicatorId;
  sector: string;
  /** null = the latest year the inputs have. */
  year: number | null;
  basis: LqBasis;
  data: DataSource;
  /** For ind=potential: weights, aggregation, stability band; omitted fields take the defaults. */
  potential?: Partial<PotentialSettings>;
  /**
   * A planner's scenario (its settings and input edits, src/model/scenario.ts); absent = the baseline.
   * Its potential settings replace `potential`; its input edits change the records before computing.
   */
  scenario?: ScenarioCompute | null;
  /**
   * Requests on the same channel supersede each other: only the latest is answered, earlier ones
   * reject with a SupersededError (client.ts). Default 'indicator'; use another channel for a
   * request that must not cancel the map's (e.g. a comparison panel).
   */
  channel?: string;
}

export interface ClassifyRequest {
  data: DataSource;
  sector: string;
  year: number | null;
  thresholds?: EnrightThresholds;
  /** Regions whose sector a state programme names as a cluster to support. */
  chosenByState?: string[];
  /** Where a cluster initiative is known to work (true) or not (false). */
  interaction?: Record<string, boolean>;
  /** A scenario: its thresholds replace `thresholds`, its input edits change the records. */
  scenario?: ScenarioCompute | null;
}

/** Whole matrices (row-major, regions × sectors; NaN = unknown) of every coefficient for one year. */
export interface CoefficientMatrices {
  regions: string[];
  sectors: string[];
  year: number;
  lqEmployment: Float64Array;
  lqEstablishments: Float64Array;
  pc: Float64Array;
  spec: Float64Array;
  potential: Float64Array;
}

/** Requests of the compute worker → their responses. */
export interface ComputeMessages {
  /** The shipped statistics as records (sent once, before anything else). */
  setShipped: {request: {columns: DatasetColumns}; response: {records: number}};
  /**
   * The imported dataset (columns travel as transferables), or null to forget it. No summary: the
   * import worker has made it, and it is kept with the dataset.
   */
  setUser: {request: {columns: DatasetColumns | null}; response: {records: number} | null};
  compute: {request: ComputeRequest; response: IndicatorResult};
  matrices: {request: {data: DataSource; year: number; potential?: Partial<PotentialSettings>}; response: CoefficientMatrices};
  /** The strong-cluster rule and Enright's type of one sector in every region. */
  classify: {request: ClassifyRequest; response: ClassificationResult};
}
export type ComputeKind = keyof ComputeMessages;

export interface ImportMessages {
  /** A file (or text) to parse and validate; progress messages come before the response. */
  parse: {request: {file: Blob | string}; response: ImportResult};
}

export type ImportResult =
  | ({ok: true; columns: DatasetColumns; rows: number; summary: DatasetSummary} & Pick<Extract<ImportOutcome, {ok: true}>, 'headerLine' | 'renamed' | 'valuesRead' | 'valuesReadMore' | 'encoding'>)
  | Extract<ImportOutcome, {ok: false}>;

export const ENGINE_ERROR_CODES = ['published-indicator', 'no-user-data', 'not-ready', 'bad-request', 'internal', 'crashed'] as const;
export type EngineErrorCode = (typeof ENGINE_ERROR_CODES)[number];

export interface EngineErrorInfo {
  code: EngineErrorCode;
  /** Technical detail in English (shown after the translated message). */
  message: string;
}

/** main → worker */
export type RequestMessage<M> = {[K in keyof M]: {id: number; kind: K; payload: M[K] extends {request: infer Q} ? Q : never}}[keyof M];

/** worker → main */
export type ResponseMessage =
  | {id: number; type: 'result'; result: unknown}
  | {id: number; type: 'error'; error: EngineErrorInfo}
  | {id: number; type: 'progress'; done: number; total: number};

export type ComputeRequestMessage = RequestMessage<ComputeMessages>;
export type ImportRequestMessage = RequestMessage<ImportMessages>;
