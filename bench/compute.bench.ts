// Compute time of the coefficient engine: every coefficient (LQ on employment and on establishments,
// per-capita production, specialisation) and the composite index for all regions × sectors of a year,
// at four sizes; the shipped data's own requests; and building dense matrices from long records.
// Run with `npm run bench` (bench/run.mjs prints the summary against the targets).
import {bench, describe} from 'vitest';
import {shippedTables} from '../test/unit/model/shipped-data';
import {compositeIndex, DEFAULT_POTENTIAL_SETTINGS, effectiveWeights, POTENTIAL_COMPONENTS} from '../src/model/cluster-potential';
import {componentColumnMatrices} from '../src/model/coefficient-matrices';
import {computeIndicatorResult} from '../src/model/compute-indicator';
import {buildDataset, type Dataset} from '../src/model/dataset';
import {REGION_CODES} from '../src/model/region';
import {shippedDatasetColumns} from '../src/model/shipped-dataset';
import {syntheticDataset} from './synthetic';

export const SIZES: [number, number][] = [
  [9, 19],
  [100, 50],
  [1_000, 100],
  [10_000, 100],
];

function allCoefficients(ds: Dataset, year: number): Float64Array {
  const rows = ds.regions.length;
  const cols = ds.sectors.length;
  const c = componentColumnMatrices(ds, year);
  const components = POTENTIAL_COMPONENTS.map((k) => c[k]);
  const weights = effectiveWeights(components, POTENTIAL_COMPONENTS.map((k) => DEFAULT_POTENTIAL_SETTINGS.weights[k]), rows, cols);
  return compositeIndex(components, weights, DEFAULT_POTENTIAL_SETTINGS.aggregation, rows, cols);
}

for (const [rows, cols] of SIZES) {
  const data = syntheticDataset(rows, cols);
  const options = rows >= 1000 ? {time: 2000, iterations: 10, warmupIterations: 2} : {time: 500};
  describe(`${rows}×${cols}`, () => {
    bench('coefficients', () => void allCoefficients(data.dataset, 2020), options);
    bench('dense matrices from records', () => void buildDataset(data.columns, data.regions), options);
  });
}

describe('shipped data (9 regions)', () => {
  const ds = buildDataset(shippedDatasetColumns(shippedTables()), REGION_CODES);
  bench('mfg-lq 2018', () => void computeIndicatorResult(ds, {ind: 'mfg-lq', sector: 'C', year: 2018, basis: 'employment'}));
  bench('grp-pc 2018', () => void computeIndicatorResult(ds, {ind: 'grp-pc', sector: 'TOTAL', year: 2018, basis: 'employment'}));
  bench('potential C 2018 with rank stability', () => void computeIndicatorResult(ds, {ind: 'potential', sector: 'C', year: 2018, basis: 'employment'}));
  bench('all coefficients 2018', () => void allCoefficients(ds, 2018));
});
