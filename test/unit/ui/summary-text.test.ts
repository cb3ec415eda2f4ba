import {describe, expect, it} from 'vitest';
import {regionNamer} from '../../../src/i18n/region-names';
import type {IndicatorResult} from '../../../src/model/indicator-result';
import {publishedIndicator} from '../../../src/model/published-indicators';
import {REGION_CODES} from '../../../src/model/region';
import {summaryText} from '../../../src/ui/summary-text';
import {shippedTables} from '../model/shipped-data';

const tables = shippedTables();
const names = regionNamer(tables.regions);
const mining = publishedIndicator(tables, 'integral', 'mining');

describe('summaryText', () => {
  it('says what the map shows in English: highest, lowest, the threshold 1.0, no production', () => {
    // Seed 002 reads an integral coefficient above 1 as an absolute advantage, and gives no national
    // value: 1.0 is not "the national level" there.
    expect(summaryText('en', mining, names)).toBe(
      'Integral coefficient of cluster-formation potential — Mining — 2015–2019. Highest: Jalal-Abad Region, 5.449. ' +
        'Lowest: Bishkek, 0.025. 4 of 8 regions are above 1.0, where the source sees an absolute advantage; 4 below. No production: Osh (city).',
    );
    // A location quotient is a ratio to the country: 1.0 is the national level.
    expect(summaryText('en', publishedIndicator(tables, 'lq2018', 'C'), names)).toMatch(/\d of \d regions are above the national level \(1\.0\), \d below\./);
  });

  it('speaks Russian and Kyrgyz with the region names of data/regions.csv', () => {
    const ru = summaryText('ru', mining, names);
    expect(ru).toContain('Наибольшее значение: Джалал-Абадская область, 5,449.');
    expect(ru).toContain('Нет производства: город Ош.');
    const ky = summaryText('ky', mining, names);
    expect(ky).toContain('Эң жогорку маани: Жалал-Абад облусу');
    expect(ky).toContain('Өндүрүш жок: Ош шаары.');
  });

  it('lists regions that were not published (the embed dialog adds the source for alt text)', () => {
    const lq = publishedIndicator(tables, 'lq2018', 'C');
    const text = summaryText('en', lq, names);
    // The name carries its year: said once, as the table's caption says it.
    expect(text).toMatch(/^Employment location quotient, 2018 — C — Manufacturing\. Highest/);
    expect(summaryText('ru', lq, names)).toMatch(/^Коэффициент локализации занятости, 2018 — C — Обрабатывающая промышленность\. Наибольшее/);
    expect(text).toMatch(/Not published: [^.]+\./);
  });

  it('says so when there is nothing, one value or one value for all', () => {
    const base: IndicatorResult = {...mining, values: REGION_CODES.map((code) => ({code, value: null, status: 'no_data' as const}))};
    expect(summaryText('en', base, names)).toContain('No region has a value for this choice. No data: Batken Region,');
    const one = {...base, values: base.values.map((v) => (v.code === 'KG-N' ? {...v, value: 1.5, status: 'ok' as const} : v))};
    expect(summaryText('en', one, names)).toContain('Only Naryn Region has a value: 1.500.');
    const tie = {...base, values: base.values.map((v) => (v.code === 'KG-N' || v.code === 'KG-T' ? {...v, value: 2, status: 'ok' as const} : v))};
    expect(summaryText('en', tie, names)).toContain('All 2 regions with a value: 2.000.');
  });
});
