// STUB (to be replaced by the coefficient engine): computes an indicator in the Web Worker.
// Until the engine lands, every value is unknown.
import type {IndicatorResult} from '../model/indicator-result';
import {REGION_CODES} from '../model/region';
import type {ComputeRequest} from './protocol';

export async function computeIndicator(request: ComputeRequest): Promise<IndicatorResult> {
  return {
    ind: request.ind,
    sector: request.sector,
    year: request.year,
    period: null,
    origin: 'computed',
    values: REGION_CODES.map((code) => ({code, value: null, status: 'no_data'})),
    decimals: 2,
    sources: [],
    formula: null,
  };
}
