// Every component coefficient of the composite index for all regions × sectors of one year at once:
// the bulk path (whole tables, benchmarks), with the same choices per sector as compute-indicator.ts
// (employment counts where the sector has them, else published employment shares).
import {compositeIndex, effectiveWeights, POTENTIAL_COMPONENTS, type PotentialComponent, type PotentialSettings} from './cluster-potential';
import {columnHasValues, getLayer, measureOf, regionLevel, type Dataset} from './dataset';
import {locationQuotients, locationQuotientsFromShares} from './location-quotient';
import {perCapitaCoefficients} from './per-capita';
import {specialisationCoefficients} from './specialisation';

export function componentColumnMatrices(ds: Dataset, year: number): Record<PotentialComponent, Float64Array> {
  const rows = ds.regions.length;
  const cols = ds.sectors.length;
  const unknown = () => new Float64Array(rows * cols).fill(NaN);

  const employment = getLayer(ds, 'employment', year);
  const shares = getLayer(ds, 'employment_share', year);
  let lqEmployment = employment ? locationQuotients(measureOf(ds, employment)) : unknown();
  if (shares) {
    const fromShares = locationQuotientsFromShares(shares.values, shares.national, rows, cols);
    if (!employment) lqEmployment = fromShares;
    else
      for (let j = 0; j < cols; j++) {
        if (columnHasValues(ds, employment, j)) continue;
        for (let i = 0; i < rows; i++) lqEmployment[i * cols + j] = fromShares[i * cols + j]!;
      }
  }
  const establishments = getLayer(ds, 'establishments', year);
  const output = getLayer(ds, 'output', year);
  const outputMeasure = output ? measureOf(ds, output) : null;
  const population = regionLevel(getLayer(ds, 'population', year), rows);
  return {
    lq_employment: lqEmployment,
    lq_establishments: establishments ? locationQuotients(measureOf(ds, establishments)) : unknown(),
    pc: outputMeasure ? perCapitaCoefficients(outputMeasure, population.values, population.national) : unknown(),
    spec: outputMeasure ? specialisationCoefficients(outputMeasure) : unknown(),
  };
}

/** The composite index of every region × sector from the component matrices, as potentialResult per sector. */
export function potentialMatrix(c: Record<PotentialComponent, Float64Array>, settings: PotentialSettings, rows: number, cols: number): Float64Array {
  const components = POTENTIAL_COMPONENTS.map((k) => c[k]);
  const weights = effectiveWeights(components, POTENTIAL_COMPONENTS.map((k) => settings.weights[k]), rows, cols);
  return compositeIndex(components, weights, settings.aggregation, rows, cols);
}
