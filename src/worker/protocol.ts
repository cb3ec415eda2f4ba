// STUB (to be replaced by the coefficient engine): the request for a computed indicator.
import type {IndicatorId} from '../model/indicators';
import type {DataSource, LqBasis} from '../state/view-state';

export interface ComputeRequest {
  ind: IndicatorId;
  sector: string;
  year: number | null;
  basis: LqBasis;
  data: DataSource;
}
