import Papa from 'papaparse';
import {describe, expect, it} from 'vitest';
import {BOM} from '../../../src/export/csv';
import {gridCsv} from '../../../src/export/grid-csv';
import {EXPORT_COLUMNS} from '../../../src/export/indicator-rows';
import {regionNamer} from '../../../src/i18n/region-names';
import {publishedIndicator} from '../../../src/model/published-indicators';
import {sourcesText} from '../../../src/ui/explorer-text';
import {computedResult} from '../model/helpers';
import {shippedTables} from '../model/shipped-data';

const tables = shippedTables();
const industries = ['mining', 'food_processing', 'light'] as const;
const columns = industries.map((sector) => publishedIndicator(tables, 'integral', sector));
const view = {lang: 'en' as const, regionName: regionNamer(tables.regions), sourceText: (r: {sources: readonly string[]}) => sourcesText('en', r.sources), userData: false, scenario: false};

function parse(text: string, delimiter = ','): Record<string, string>[] {
  expect(text.startsWith(BOM)).toBe(true);
  const parsed = Papa.parse<Record<string, string>>(text.slice(1), {header: true, skipEmptyLines: true, delimiter});
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

describe('gridCsv', () => {
  it('writes one row per region and industry, in the grid’s column order, with the indicator CSV’s columns', () => {
    const {text, fileName} = gridCsv(columns, view);
    expect(text.split('\r\n')[0]).toBe(BOM + EXPORT_COLUMNS.join(','));
    const rows = parse(text);
    expect(rows).toHaveLength(industries.length * 9);
    expect([...new Set(rows.map((r) => r.sector))]).toEqual([...industries]);
    // The same figures the grid and the map show: seed 002, Table 3.1.
    expect(rows.find((r) => r.sector === 'mining' && r.region_code === 'KG-J')).toMatchObject({value: '5.449', rank: '1', period: '2015–2019'});
    expect(rows.find((r) => r.sector === 'food_processing' && r.region_code === 'KG-B')).toMatchObject({value: '0.48', value_shown: '0.480'});
    // Unknown is an empty value with its reason, never 0.
    expect(rows.find((r) => r.sector === 'mining' && r.region_code === 'KG-GO')).toMatchObject({value: '', status: 'no_production'});
    expect(rows.every((r) => r.source.includes('002'))).toBe(true);
    expect(fileName).toBe('kg-cluster-atlas_integral_all-industries_2015-2019_en.csv');
  });

  it('writes the same rows for Excel with semicolons and decimal commas, and says so in the file’s name', () => {
    const {text, fileName} = gridCsv(columns, {...view, lang: 'ru', scenario: true}, 'industries', 'decimal-comma');
    const rows = parse(text, ';');
    expect(rows).toHaveLength(industries.length * 9);
    expect(rows.find((r) => r.sector === 'mining' && r.region_code === 'KG-J')).toMatchObject({value: '5,449', region_name: 'Джалал-Абадская область'});
    expect(fileName).toBe('kg-cluster-atlas_integral_all-industries_2015-2019_scenario_ru-semicolon.csv');
  });

  it('across years: one row per region and year, named for the industry and the span of years', () => {
    const years = [2010, 2011, 2012].map((year, i) => computedResult([1 + i, 0.5, 0.8, 1.2, 0.4, 0.9, 1.1, null, 0.6], {year}));
    const {text, fileName} = gridCsv(years, view, 'years');
    const rows = parse(text);
    expect(rows).toHaveLength(3 * 9);
    expect([...new Set(rows.map((r) => r.period))]).toEqual(['2010', '2011', '2012']);
    expect(rows.filter((r) => r.region_code === rows[0]!.region_code).map((r) => r.value)).toEqual(['1', '2', '3']);
    expect(fileName).toBe('kg-cluster-atlas_mfg-lq_c_2010-2012_en.csv');
  });
});
