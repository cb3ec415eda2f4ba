import Papa from 'papaparse';
import {describe, expect, it} from 'vitest';
import {BOM, buildCsv, FORMULA_START} from '../../../src/export/csv';
import {withoutNoise, COMPARISON_COLUMNS, EXPORT_COLUMNS, exportRows, withAssumptions, withComparison} from '../../../src/export/indicator-rows';
import {regionNamer} from '../../../src/i18n/region-names';
import {DEFAULT_POTENTIAL_SETTINGS} from '../../../src/model/cluster-potential';
import {shownDifference} from '../../../src/model/difference';
import {publishedIndicator} from '../../../src/model/published-indicators';
import {shippedTables} from '../model/shipped-data';

const tables = shippedTables();
const names = regionNamer(tables.regions);

function parse(csv: string): Record<string, string>[] {
  expect(csv.startsWith(BOM)).toBe(true);
  const parsed = Papa.parse<Record<string, string>>(csv.slice(1), {header: true, skipEmptyLines: true});
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

describe('buildCsv', () => {
  const mining = publishedIndicator(tables, 'integral', 'mining');

  it('writes the value as shown with its published decimals, trailing zeros kept', () => {
    const food = parse(buildCsv(exportRows(publishedIndicator(tables, 'integral', 'food_processing'), 'en', names)));
    expect(food.find((r) => r.region_code === 'KG-B')).toMatchObject({value: '0.48', value_shown: '0.480'});
    const education = parse(buildCsv(exportRows(publishedIndicator(tables, 'lq2018', 'P'), 'en', names)));
    expect(education.find((r) => r.region_code === 'KG-GB')).toMatchObject({value: '1', value_shown: '1.0'});
  });

  it('writes one row per region with a UTF-8 BOM, CRLF line ends and the documented columns', () => {
    const csv = buildCsv(exportRows(mining, 'ru', names));
    expect(csv.split('\r\n')[0]).toBe(BOM + EXPORT_COLUMNS.join(','));
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = parse(csv);
    expect(rows).toHaveLength(9);
    const j = rows.find((r) => r.region_code === 'KG-J')!;
    expect(j).toMatchObject({
      region_name: 'Джалал-Абадская область',
      value: '5.449',
      value_shown: '5.449',
      status: 'ok',
      origin: 'published',
      indicator: 'integral',
      sector: 'mining',
      sector_name: 'Горнодобывающая промышленность',
      period: '2015–2019',
    });
    expect(j.source).toContain('табл. 3.1');
    // Jalal-Abad leads mining (source 002, Table 3.1); not a composite index, so no rank range.
    expect(j).toMatchObject({rank: '1', rank_best: '', rank_worst: '', rank_band: ''});
    expect(rows.find((r) => r.region_code === 'KG-GO')!.rank).toBe('');
  });

  it('says in every row what the values are: a CSV travels without the page that explains it', () => {
    expect(new Set(parse(buildCsv(exportRows(mining, 'en', names))).map((r) => r.unit))).toEqual(new Set(['index; above 1.0 an absolute advantage for a cluster (source 002)']));
    const lq = parse(buildCsv(exportRows(publishedIndicator(tables, 'lq2018', 'C'), 'ru', names)));
    expect(lq[0]!.unit).toBe('отношение к уровню страны (1,0 — как по стране)');
  });

  it('gives the composite index its rank range', () => {
    const potential = {...mining, ind: 'potential' as const, settings: {...DEFAULT_POTENTIAL_SETTINGS, stabilityBand: 0.3}, values: mining.values.map((v) => (v.code === 'KG-J' ? {...v, rankRange: [1, 3] as [number, number]} : v))};
    const j = parse(buildCsv(exportRows(potential, 'en', names))).find((r) => r.region_code === 'KG-J')!;
    expect(j).toMatchObject({rank: '1', rank_best: '1', rank_worst: '3', rank_band: '0.3'});
  });

  it('cites on each row that region’s sources, as its tooltip does; an unknown value the column’s', () => {
    const cited = {
      ...mining,
      origin: 'computed' as const,
      sources: ['survey of Batken', 'survey of Jalal-Abad', 'national census'],
      values: mining.values.map((v) => (v.code === 'KG-B' ? {...v, value: 0.5, status: 'ok' as const, sources: ['national census', 'survey of Batken']} : v)),
    };
    const rows = parse(buildCsv(exportRows(cited, 'en', names)));
    expect(rows.find((r) => r.region_code === 'KG-B')!.source).toBe('national census; survey of Batken');
    expect(rows.find((r) => r.region_code === 'KG-GO')!.source).toBe('survey of Batken; survey of Jalal-Abad; national census');
  });

  it('adds a scenario’s assumptions as a last column, on every row; the baseline’s file has no such column', () => {
    const assumptions = '1) Weight of Specialisation: 2; 2) Employment share, C — Manufacturing, Naryn Region, all years: +50 %';
    const [header] = buildCsv(withAssumptions(exportRows(mining, 'en', names), assumptions)).slice(1).split('\r\n');
    expect(header!.split(',').at(-1)).toBe('scenario_assumptions');
    const rows = parse(buildCsv(withAssumptions(exportRows(mining, 'en', names), assumptions), 'decimal-comma'));
    expect(rows.every((r) => r.scenario_assumptions === assumptions)).toBe(true);
    expect(Object.keys(parse(buildCsv(withAssumptions(exportRows(mining, 'en', names), '')))[0]!)).not.toContain('scenario_assumptions');
  });

  it('leaves an unknown value empty, with its reason, never zero', () => {
    const osh = parse(buildCsv(exportRows(mining, 'en', names))).find((r) => r.region_code === 'KG-GO')!;
    expect(osh).toMatchObject({value: '', value_shown: '', status: 'no_production', status_text: 'No production'});
  });

  it('writes the value to 15 significant digits (all a double holds for certain) next to the value as shown', () => {
    const computed = {...mining, origin: 'computed' as const, decimals: 2, values: mining.values.map((v) => (v.value === null ? v : {...v, value: v.value / 3}))};
    const j = parse(buildCsv(exportRows(computed, 'en', names))).find((r) => r.region_code === 'KG-J')!;
    // 15 significant digits: all a double holds for certain, without the division's binary tail.
    expect(j.value).toBe('1.81633333333333');
    expect(Number(j.value)).toBeCloseTo(5.449 / 3, 14);
    expect(j.value_shown).toBe('1.82');
    // The audit's LQ: 0.5750000000000001 written 0.575, yet shown 0.58 as the page rounds the double.
    const lq = {...computed, values: computed.values.map((v) => (v.code === 'KG-B' ? {...v, value: 0.23 * 2.5} : v))};
    expect(0.23 * 2.5).toBe(0.5750000000000001);
    const batken = parse(buildCsv(exportRows(lq, 'en', names))).find((r) => r.region_code === 'KG-B')!;
    expect([batken.value, batken.value_shown]).toEqual(['0.575', '0.58']);
    expect(j.origin).toBe('computed');
  });

  it('defuses text that a spreadsheet would run as a formula, and leaves numbers alone', () => {
    const evil = ['=HYPERLINK("http://x","click")', '+1', '-2+3', '@SUM(A1)', '\t=1', ' =1', '＝1', '=1\n2'];
    for (const text of evil) expect(FORMULA_START.test(text), JSON.stringify(text)).toBe(true);
    for (const text of ['Batken Region', '2015–2019', 'a=b', '']) expect(FORMULA_START.test(text)).toBe(false);
    const result = {...mining, sources: [evil[0]!], values: mining.values.map((v) => (v.code === 'KG-B' ? {...v, value: -0.5} : v))};
    const rows = exportRows(result, 'en', (code) => (code === 'KG-T' ? '=cmd|/C calc!A0' : names(code, 'en')));
    const csv = buildCsv(rows);
    const parsed = parse(csv);
    expect(parsed.find((r) => r.region_code === 'KG-T')!.region_name).toBe("'=cmd|/C calc!A0");
    expect(parsed[0]!.source).toBe(`'${evil[0]}`);
    expect(parsed.find((r) => r.region_code === 'KG-B')!.value).toBe('-0.5');
  });
});

describe('buildCsv under a difference map', () => {
  it('adds what the map paints after the documented columns: the other side, its value, the difference', () => {
    const mining = publishedIndicator(tables, 'integral', 'mining');
    const differences = mining.values.map((v) => ({code: v.code, other: v.value === null ? null : v.value - 0.5, diff: v.value === null ? null : 0.5, shown: v.value === null ? null : 0.5, decimals: 3}));
    const csv = buildCsv(withComparison(exportRows(mining, 'en', names), 'Baseline', differences));
    expect(csv.split('\r\n')[0]).toBe(BOM + [...EXPORT_COLUMNS, ...COMPARISON_COLUMNS].join(','));
    const rows = parse(csv);
    expect(rows.find((r) => r.region_code === 'KG-J')).toMatchObject({value: '5.449', compared_with: 'Baseline', compared_value: '4.949', difference: '0.5'});
    // Unknown on either side: empty cells, the status beside them says why.
    expect(rows.find((r) => r.region_code === 'KG-GO')).toMatchObject({value: '', status: 'no_production', compared_value: '', difference: ''});
    // Without a comparison the header is the documented one.
    expect(buildCsv(exportRows(mining, 'en', names)).split('\r\n')[0]).toBe(BOM + EXPORT_COLUMNS.join(','));
  });
});

describe('the comparison as the difference table prints it', () => {
  it('gives the other side and the change as printed beside the exact ones: rounded, the exact change may end otherwise', () => {
    // "План Б" minus "План А", composite index 2018, Batken: 0.69 − 0.82 = −0.13 in the table, map and
    // tooltip; the exact −0.1357 rounds to −0.14 in a spreadsheet.
    const [value, other] = [0.6887476320066778, 0.8244601796670907];
    const diff = value - other;
    const {shown, decimals} = shownDifference(value, other, diff, 2);
    const base = publishedIndicator(tables, 'integral', 'mining');
    const plan = {...base, origin: 'computed' as const, decimals: 2, values: base.values.map((v) => (v.code === 'KG-B' ? {...v, value, status: 'ok' as const} : {...v, value: null, status: 'no_data' as const}))};
    const differences = plan.values.map((v) => (v.code === 'KG-B' ? {code: v.code, other, diff, shown, decimals} : {code: v.code, other: null, diff: null, shown: null, decimals}));
    const rows = withComparison(exportRows(plan, 'ru', names), 'План А', differences);
    expect(parse(buildCsv(rows)).find((r) => r.region_code === 'KG-B')).toMatchObject({
      value_shown: '0.69',
      compared_value: '0.824460179667091', // 15 significant digits, as every number in the file
      compared_value_shown: '0.82',
      difference: '-0.135712547660413',
      difference_shown: '-0.13',
    });
    const excel = Papa.parse<Record<string, string>>(buildCsv(rows, 'decimal-comma').slice(1), {header: true, delimiter: ';', skipEmptyLines: true}).data;
    expect(excel.find((r) => r.region_code === 'KG-B')).toMatchObject({value_shown: '0,69', compared_value_shown: '0,82', difference_shown: '-0,13'});
    // Unknown: empty, as the values.
    expect(excel.find((r) => r.region_code === 'KG-J')).toMatchObject({compared_value_shown: '', difference_shown: ''});
  });
});

describe('withoutNoise', () => {
  it('drops the digits a subtraction made up, and keeps every digit the values had', () => {
    expect(0.57 - 0.4745).not.toBe(0.0955); // the noise this is for
    expect(withoutNoise(0.57 - 0.4745)).toBe(0.0955);
    expect(withoutNoise(1.234567890123 - 0.000000000001)).toBe(1.234567890122);
    expect(withoutNoise(-0.30000000000000004)).toBe(-0.3);
    expect(withoutNoise(0)).toBe(0);
    expect(withoutNoise(null)).toBeNull();
  });

  it('is what the CSV writes under a difference map', () => {
    const mining = publishedIndicator(tables, 'integral', 'mining');
    const differences = mining.values.map((v) => ({code: v.code, other: 0.4745, diff: v.value === null ? null : 0.57 - 0.4745, shown: null, decimals: 3}));
    const rows = parse(buildCsv(withComparison(exportRows(mining, 'en', names), 'Baseline', differences)));
    expect(rows.find((r) => r.region_code === 'KG-J')!.difference).toBe('0.0955');
  });
});

describe('buildCsv for spreadsheets with a decimal comma', () => {
  const mining = publishedIndicator(tables, 'integral', 'mining');
  const differences = mining.values.map((v) => ({code: v.code, other: v.value === null ? null : v.value + 0.25, diff: v.value === null ? null : -0.25, shown: v.value === null ? null : -0.25, decimals: 3}));
  const rows = withComparison(exportRows(mining, 'ru', names), 'Базовый', differences);
  const standard = parse(buildCsv(rows));
  const csv = buildCsv(rows, 'decimal-comma');
  const parsed = Papa.parse<Record<string, string>>(csv.slice(1), {header: true, skipEmptyLines: true, delimiter: ';'});

  it('separates cells with semicolons, with the same BOM, CRLF line ends and columns', () => {
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.split('\r\n')[0]).toBe(BOM + [...EXPORT_COLUMNS, ...COMPARISON_COLUMNS].join(';'));
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(9);
  });

  it('writes numbers with a decimal comma, a negative one unescaped, and keeps every cell of the default file', () => {
    const j = parsed.data.find((r) => r.region_code === 'KG-J')!;
    expect(j).toMatchObject({value: '5,449', value_shown: '5,449', compared_value: '5,699', difference: '-0,25', rank: '1', compared_value_shown: '5,699', difference_shown: '-0,250'});
    // The same table: numbers read back with the comma as the point, text (with its own ";") as it was.
    const numeric = new Set(['value', 'value_shown', 'rank', 'rank_best', 'rank_worst', 'rank_band', 'compared_value', 'difference', 'compared_value_shown', 'difference_shown']);
    expect(parsed.data.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, numeric.has(k) ? v.replace(',', '.') : v])))).toEqual(standard);
    expect(standard[0]!.unit).toContain(';');
  });

  it('still defuses text that a spreadsheet would run as a formula', () => {
    const evil = exportRows(mining, 'en', (code) => (code === 'KG-T' ? '-2+3' : code === 'KG-B' ? '-1,5' : names(code, 'en')));
    const out = Papa.parse<Record<string, string>>(buildCsv(evil, 'decimal-comma').slice(1), {header: true, delimiter: ';', skipEmptyLines: true}).data;
    expect(out.find((r) => r.region_code === 'KG-T')!.region_name).toBe("'-2+3");
    // A number-shaped name runs nothing in a spreadsheet: written as it is.
    expect(out.find((r) => r.region_code === 'KG-B')!.region_name).toBe('-1,5');
  });
});
