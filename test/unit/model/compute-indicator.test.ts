import {describe, expect, it} from 'vitest';
import {computeIndicatorResult, domainOf, NotComputedError, type IndicatorQuery} from '../../../src/model/compute-indicator';
import {INDICATORS} from '../../../src/model/indicators';
import {buildDataset, DatasetColumnsBuilder} from '../../../src/model/dataset';
import {REGION_CODES} from '../../../src/model/region';
import {shippedDatasetColumns} from '../../../src/model/shipped-dataset';
import {shippedTables} from './shipped-data';

const shipped = () => buildDataset(shippedDatasetColumns(shippedTables()), REGION_CODES);
const q = (partial: Partial<IndicatorQuery>): IndicatorQuery => ({ind: 'lq', sector: 'C', year: 2018, basis: 'employment', ...partial});
const byCode = (r: ReturnType<typeof computeIndicatorResult>) => Object.fromEntries(r.values.map((v) => [v.code, v]));

describe('shipped manufacturing employment LQ (mfg-lq)', () => {
  const ds = shipped();

  it('reproduces seed 003 Table 3 (2018) within the rounding of the published shares', () => {
    const result = computeIndicatorResult(ds, q({ind: 'mfg-lq', year: 2018}));
    const tables = shippedTables();
    const share = (code: string) => tables.manufacturingShare.find((r) => r.region_code === code && r.year === 2018)!.value;
    const national = share('KG');
    const published = tables.lqEmployment2018.filter((r) => r.section === 'C');
    expect(published.map((r) => r.region_code).sort()).toEqual(['KG-C', 'KG-GB', 'KG-J']);
    for (const row of published) {
      const s = share(row.region_code);
      // The shares are published to 0.1 percentage point: the true LQ lies in this interval.
      const lo = (s - 0.05) / (national + 0.05);
      const hi = (s + 0.05) / (national - 0.05);
      const computed = byCode(result)[row.region_code]!.value!;
      expect(Number(row.lq), row.region_code).toBeGreaterThanOrEqual(lo);
      expect(Number(row.lq), row.region_code).toBeLessThanOrEqual(hi);
      expect(computed, row.region_code).toBeGreaterThanOrEqual(lo);
      expect(computed, row.region_code).toBeLessThanOrEqual(hi);
    }
    expect(byCode(result)['KG-C']!.value).toBeCloseTo(21.4 / 12.0, 12);
    expect(byCode(result)['KG-J']!.value).toBeCloseTo(15.3 / 12.0, 12);
    expect(byCode(result)['KG-GB']!.value).toBeCloseTo(16.4 / 12.0, 12);
  });

  it('says which formula ran and cites SDG 9.2.2', () => {
    const r = computeIndicatorResult(ds, q({ind: 'mfg-lq', year: 2018}));
    expect(r.formula).toBe('LQ_ij = s_ij / s_j,  s_ij = 100 · x_ij / x_i,  s_j = 100 · x_j / x');
    expect(r.formulaIds).toEqual(['lq-shares']);
    expect(r.sources.join(' ')).toContain('9.2.2');
    expect(r.origin).toBe('computed');
    expect(r.sector).toBe('C');
  });

  it('exists for every region and year 2010–2024, except Osh city before 2013 (not published)', () => {
    for (let year = 2010; year <= 2024; year++) {
      const r = computeIndicatorResult(ds, q({ind: 'mfg-lq', year}));
      for (const v of r.values) {
        if (v.code === 'KG-GO' && year < 2013) expect(v.status, `${v.code} ${year}`).toBe('no_data');
        else {
          expect(v.status, `${v.code} ${year}`).toBe('ok');
          expect(v.value!, `${v.code} ${year}`).toBeGreaterThan(0);
        }
      }
    }
    const r2012 = computeIndicatorResult(ds, q({ind: 'mfg-lq', year: 2012}));
    expect(r2012.sources.join(' ')).toContain('include Osh city');
  });

  it('defaults to the latest year and reports the years it has', () => {
    const r = computeIndicatorResult(ds, q({ind: 'mfg-lq', year: null}));
    expect(r.year).toBe(2024);
    expect(r.domain!.years[0]).toBe(2010);
    expect(r.domain!.years.at(-1)).toBe(2024);
  });

  it('ranks the regions (Chuy first in 2018)', () => {
    const r = computeIndicatorResult(ds, q({ind: 'mfg-lq', year: 2018}));
    expect(byCode(r)['KG-C']!.rank).toBe(1);
    expect(byCode(r)['KG-GB']!.rank).toBe(2);
  });
});

describe('shipped GRP-per-capita coefficient (grp-pc)', () => {
  const ds = shipped();

  it('is the published per-capita GRP over the national one, for every region and year 2006–2023', () => {
    const tables = shippedTables();
    for (let year = 2006; year <= 2023; year++) {
      const r = computeIndicatorResult(ds, q({ind: 'grp-pc', sector: 'TOTAL', year}));
      const national = tables.grpPerCapita.find((x) => x.region_code === 'KG' && x.year === year)!.value;
      for (const v of r.values) {
        const own = tables.grpPerCapita.find((x) => x.region_code === v.code && x.year === year)!.value;
        expect(v.status).toBe('ok');
        expect(v.value!).toBeCloseTo(own / national, 12);
      }
    }
    const r = computeIndicatorResult(ds, q({ind: 'grp-pc', sector: 'whatever', year: 2018}));
    expect(r.sector).toBe('TOTAL');
    expect(r.formulaIds).toEqual(['grp-pc']);
    expect(r.sources.join(' ')).toContain('8.1.1.2');
    expect(byCode(r)['KG-GB']!.value!).toBeGreaterThan(1); // Bishkek above the national level
  });
});

describe('other shipped coefficients', () => {
  const ds = shipped();

  it('spec on output: Bishkek and Batken 2018 manufacturing (hand-computed), others no data', () => {
    const r = computeIndicatorResult(ds, q({ind: 'spec', sector: 'C', year: 2018}));
    const v = byCode(r);
    expect(v['KG-GB']!.value!).toBeCloseTo(25657.7 / 39265.8 / (199898.1 / 257348.5), 10);
    expect(v['KG-B']!.value!).toBeCloseTo(3954.6 / (915.7 + 3954.6 + 691.1 + 71.8) / (199898.1 / 257348.5), 10);
    expect(v['KG-T']!.status).toBe('no_data'); // Talas has B and C only: its industry total is unknown
    expect(v['KG-C']!.status).toBe('no_data');
    expect(v['KG-GB']!.components!.sector_share_in_region!).toBeCloseTo(25657.7 / 39265.8, 10);
    expect(v['KG-GB']!.components!.region_share_of_sector!).toBeCloseTo(25657.7 / 199898.1, 10);
    expect(r.sources.join(' ')).toContain('seed 002 Table 2.1');
    // Talas's output entered no value shown: its profile is not cited.
    expect(r.sources.join(' ')).toContain('invest.gov.kg/batken');
    expect(r.sources.join(' ')).not.toMatch(/talas/i);
  });

  it('lq on output equals spec', () => {
    const a = computeIndicatorResult(ds, q({ind: 'lq', basis: 'output', sector: 'C', year: 2018}));
    const b = computeIndicatorResult(ds, q({ind: 'spec', sector: 'C', year: 2018}));
    expect(a.values.map((v) => v.value)).toEqual(b.values.map((v) => v.value));
  });

  it('has no per-capita production or establishments data: everything unknown, never zero', () => {
    for (const r of [computeIndicatorResult(ds, q({ind: 'pc', year: 2018})), computeIndicatorResult(ds, q({ind: 'lq', basis: 'establishments', year: 2018}))])
      expect(r.values.every((v) => v.status === 'no_data' && v.value === null)).toBe(true);
  });

  it('potential uses the components it has (LQ employment and SPEC for C 2018) and says so', () => {
    const r = computeIndicatorResult(ds, q({ind: 'potential', sector: 'C', year: 2018}));
    expect(r.components).toEqual(['lq_employment', 'spec']);
    const v = byCode(r);
    const lqB = 6.9 / 12.0;
    const specB = 3954.6 / (915.7 + 3954.6 + 691.1 + 71.8) / (199898.1 / 257348.5);
    expect(v['KG-B']!.value!).toBeCloseTo(Math.sqrt(lqB * specB), 10);
    expect(v['KG-C']!.status).toBe('no_data'); // Chuy has no output data: unknown, not zero
    expect(v['KG-B']!.components).toMatchObject({lq_employment: expect.closeTo(lqB, 10), lq_establishments: null, pc: null});
    expect(v['KG-B']!.rankRange).toEqual([expect.any(Number), expect.any(Number)]);
    expect(r.formula).toBe('CPI_ij = Π_k c_ijk ^ (w_k / Σ_k w_k)');
    expect(r.formulaIds).toEqual(['potential-geometric', 'lq-shares', 'spec']);
    expect(r.settings!.aggregation).toBe('geometric');
  });

  it('potential with one component is that component, and claims no rank stability for it', () => {
    // C 2015: only the manufacturing employment LQ has data (no output by section that year).
    const r = computeIndicatorResult(ds, q({ind: 'potential', sector: 'C', year: 2015}));
    expect(r.components).toEqual(['lq_employment']);
    const lq = computeIndicatorResult(ds, q({ind: 'mfg-lq', year: 2015}));
    expect(r.values.map((v) => v.value)).toEqual(lq.values.map((v) => v.value));
    expect(r.values.every((v) => v.rankRange === null)).toBe(true);
  });

  it('potential opens at the latest year the shipped data have for its sector, with a value for every region', () => {
    const {defaultSector, years} = INDICATORS.potential;
    expect(years!.default).toBe(domainOf(ds, 'potential', 'employment').years.at(-1));
    const r = computeIndicatorResult(ds, q({ind: 'potential', sector: defaultSector, year: years!.default}));
    expect(r.values.every((v) => v.value !== null)).toBe(true);
  });

  it('potential follows the weights and the aggregation', () => {
    const r = computeIndicatorResult(ds, q({ind: 'potential', sector: 'C', year: 2018, potential: {weights: {lq_employment: 1, lq_establishments: 1, pc: 1, spec: 0}, aggregation: 'arithmetic'}}));
    expect(r.components).toEqual(['lq_employment']);
    expect(byCode(r)['KG-C']!.value!).toBeCloseTo(21.4 / 12, 12);
    expect(r.formula).toBe('CPI_ij = Σ_k w_k · c_ijk / Σ_k w_k');
  });

  it('refuses published indicators', () => {
    expect(() => computeIndicatorResult(ds, q({ind: 'integral'}))).toThrow(NotComputedError);
  });
});

describe('imported-style data', () => {
  const file = (national: boolean) => {
    const b = new DatasetColumnsBuilder();
    // Region totals 100 and 900 (sums of A and C); country: C 200 of 1000 → LQ 1.5 and 0.944…
    b.add('KG-B', 'C', 'employment', 2020, 30, 'persons', 'my survey');
    b.add('KG-B', 'A', 'employment', 2020, 70);
    b.add('KG-J', 'C', 'employment', 2020, 170);
    b.add('KG-J', 'A', 'employment', 2020, 730);
    if (national) {
      b.add('KG', 'C', 'employment', 2020, 200, 'persons', 'national accounts');
      b.add('KG', 'TOTAL', 'employment', 2020, 1000, 'persons', 'national accounts');
    }
    return buildDataset(b.build(), REGION_CODES);
  };

  it('computes LQ from employment counts against the national (KG) rows', () => {
    const r = computeIndicatorResult(file(true), q({ind: 'lq', year: 2020}));
    expect(r.formulaIds).toEqual(['lq']);
    const v = byCode(r);
    expect(v['KG-B']!.value!).toBeCloseTo(1.5, 12);
    expect(v['KG-J']!.value!).toBeCloseTo(170 / 900 / 0.2, 12);
    expect(v['KG-C']!.status).toBe('no_data'); // not in the file: unknown, not zero
    expect(r.sources).toEqual(['my survey', 'national accounts']);
  });

  it('cannot sum a national total over regions it lacks: without KG rows all is unknown', () => {
    const r = computeIndicatorResult(file(false), q({ind: 'lq', year: 2020}));
    expect(r.values.every((v) => v.status === 'no_data')).toBe(true);
  });
});
