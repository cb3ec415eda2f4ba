// The import summary counts, for each coefficient, the values computeIndicatorResult gives sector by
// sector; it computes every sector at once. These tests hold the two together on random datasets
// (gaps, zeros, published shares beside counts, with and without TOTAL and KG rows).
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {computeIndicatorResult, domainOf} from '../../../src/model/compute-indicator';
import {buildDataset, DATA_INDICATORS, DatasetColumnsBuilder, TOTAL_SECTOR, WHOLE_REGION_INDICATORS, type Dataset} from '../../../src/model/dataset';
import {CANDIDATES, summariseDataset, type ComputableIndicator} from '../../../src/model/dataset-summary';
import {REGION_CODES} from '../../../src/model/region';

/** What the summary said before it computed every sector at once: one request per sector. */
function computableSectorBySector(ds: Dataset): ComputableIndicator[] {
  const computable: ComputableIndicator[] = [];
  for (const {ind, basis} of CANDIDATES) {
    const b = basis ?? 'employment';
    const domain = domainOf(ds, ind, b);
    const year = domain.years.at(-1);
    if (year === undefined) continue;
    const sectors: string[] = [];
    let values = 0;
    for (const sector of domain.sectors) {
      const known = computeIndicatorResult(ds, {ind, sector, year, basis: b}).values.filter((v) => v.status === 'ok').length;
      if (known > 0) sectors.push(sector);
      values += known;
    }
    if (values > 0) computable.push({ind, basis, years: domain.years, sectors, values});
  }
  return computable;
}

const REGIONS = [...REGION_CODES, 'KG'];
const SECTORS = ['A', 'C', 'F', 'mining', 'food_processing', TOTAL_SECTOR];
const record = fc
  .record({
    region: fc.constantFrom(...REGIONS),
    sector: fc.constantFrom(...SECTORS),
    indicator: fc.constantFrom(...DATA_INDICATORS),
    year: fc.integer({min: 2019, max: 2021}),
    value: fc.oneof(fc.constant(0), fc.double({min: 0.01, max: 1e6, noNaN: true}), fc.double({min: 0.1, max: 60, noNaN: true})),
  })
  .map((r) => {
    if (WHOLE_REGION_INDICATORS.includes(r.indicator)) return {...r, sector: TOTAL_SECTOR};
    if (r.indicator === 'employment_share' && r.sector === TOTAL_SECTOR) return {...r, sector: 'C'};
    return r;
  });
/** Sometimes dense (every region of a few sectors), so that sums are known and coefficients appear. */
const dense = fc.record({
  indicators: fc.subarray(['employment', 'output', 'establishments', 'population', 'employment_share', 'grp'] as const, {minLength: 1}),
  sectors: fc.subarray(SECTORS, {minLength: 1}),
  year: fc.integer({min: 2019, max: 2021}),
  seed: fc.integer({min: 1, max: 1000}),
});

describe('the import summary', () => {
  it('counts what computeIndicatorResult gives sector by sector, on 300 random datasets', () => {
    fc.assert(
      fc.property(fc.array(record, {maxLength: 120}), fc.option(dense), (records, full) => {
        const b = new DatasetColumnsBuilder();
        if (full)
          for (const indicator of full.indicators)
            for (const region of REGIONS)
              for (const sector of WHOLE_REGION_INDICATORS.includes(indicator) ? [TOTAL_SECTOR] : full.sectors.filter((s) => indicator !== 'employment_share' || s !== TOTAL_SECTOR))
                b.add(region, sector, indicator, full.year, ((full.seed * (region.length + sector.length * 7)) % 97) + 1, '', 'dense');
        for (const r of records) b.add(r.region, r.sector, r.indicator, r.year, r.value, '', 'random');
        const columns = b.build();
        const ds = buildDataset(columns, REGION_CODES);
        expect(summariseDataset(ds, columns).computable).toEqual(computableSectorBySector(ds));
      }),
      {numRuns: 300},
    );
  }, 60_000);

  it('summarises 4,000 sectors of 12 years in well under a second (it took a minute)', () => {
    const b = new DatasetColumnsBuilder(1 << 20);
    for (let s = 0; s < 4000; s++)
      for (const indicator of ['employment', 'output', 'establishments'] as const)
        for (const region of REGIONS) for (let year = 2010; year < 2022; year++) b.add(region, `ind_${s}`, indicator, year, ((s * 7 + year) % 9973) + 0.5);
    for (const region of REGIONS) for (let year = 2010; year < 2022; year++) b.add(region, TOTAL_SECTOR, 'population', year, 100_000);
    const columns = b.build();
    const ds = buildDataset(columns, REGION_CODES);
    const start = performance.now();
    const summary = summariseDataset(ds, columns);
    expect(performance.now() - start).toBeLessThan(3000);
    expect(summary.computable.map((c) => [c.ind, c.basis, c.sectors.length, c.values])).toEqual([
      ['lq', 'employment', 4000, 36_000],
      ['lq', 'output', 4000, 36_000],
      ['lq', 'establishments', 4000, 36_000],
      ['spec', null, 4000, 36_000],
      ['pc', null, 4000, 36_000],
      ['potential', null, 4000, 36_000],
    ]);
  }, 120_000);
});
