import Papa from 'papaparse';
import {describe, expect, it} from 'vitest';
import {allDataCsv, allDataPairs, collectAllData, type ResultSource} from '../../../src/export/all-data';
import {BOM} from '../../../src/export/csv';
import {EXPORT_COLUMNS} from '../../../src/export/indicator-rows';
import {regionNamer} from '../../../src/i18n/region-names';
import {INDUSTRIES} from '../../../src/model/sectors';
import {publishedIndicator, publishedLqSections} from '../../../src/model/published-indicators';
import {shippedDatasetColumns, shippedInputSections} from '../../../src/model/shipped-dataset';
import {sourcesText} from '../../../src/ui/explorer-text';
import {createEngine} from '../../../src/worker/handlers';
import {shippedTables} from '../model/shipped-data';

const tables = shippedTables();
const available = (ind: string) => (ind === 'lq2018' ? publishedLqSections(tables) : ind === 'potential' ? shippedInputSections(tables) : null);

/** The seed tables and the engine's handlers on the shipped data, without a Worker. */
function shippedSource(): ResultSource & {asked: string[]} {
  const engine = createEngine();
  engine.handle('setShipped', {columns: shippedDatasetColumns(tables)});
  const asked: string[] = [];
  return {
    asked,
    published: ({ind, sector}) => publishedIndicator(tables, ind, sector),
    computed: async ({ind, sector}, year) => {
      asked.push(`${ind}|${sector}|${year}`);
      return engine.handle('compute', {ind, sector, year, basis: 'employment', data: 'shipped'}).result;
    },
  };
}

describe('allDataPairs', () => {
  it('offers every indicator the picker offers on the shipped data, each with its own industries or sections', () => {
    const pairs = allDataPairs('shipped', available);
    const inds = [...new Set(pairs.map((p) => p.ind))];
    expect(inds).toEqual(['integral', 'lq2018', 'mfg-lq', 'grp-pc', 'potential']);
    expect(pairs.filter((p) => p.ind === 'integral').map((p) => p.sector)).toEqual([...INDUSTRIES]);
    const lq2018 = pairs.filter((p) => p.ind === 'lq2018').map((p) => p.sector);
    expect(new Set(lq2018)).toEqual(publishedLqSections(tables));
    expect(lq2018).toHaveLength(publishedLqSections(tables).size);
    expect(pairs.filter((p) => p.ind === 'mfg-lq')).toEqual([{ind: 'mfg-lq', sector: 'C'}]);
    expect(pairs.filter((p) => p.ind === 'grp-pc')).toEqual([{ind: 'grp-pc', sector: 'TOTAL'}]);
    expect(pairs.filter((p) => p.ind === 'potential').every((p) => shippedInputSections(tables).has(p.sector))).toBe(true);
    expect(pairs.some((p) => p.sector === '')).toBe(false);
  });

  it('adds the imported file’s indicators only on the user’s data', () => {
    const inds = new Set(allDataPairs('user', () => new Set(['C'])).map((p) => p.ind));
    expect(['lq', 'pc', 'spec'].every((ind) => inds.has(ind as never))).toBe(true);
  });
});

describe('collectAllData and allDataCsv', () => {
  it('writes every year of every computed series and each published table once, with the indicator CSV’s columns', async () => {
    const source = shippedSource();
    const pairs = allDataPairs('shipped', available).filter((p) => ['integral', 'mfg-lq', 'grp-pc'].includes(p.ind));
    const progress: string[] = [];
    const results = await collectAllData(pairs, source, (done, of) => progress.push(`${done}/${of}`));
    expect(progress[0]).toBe(`0/${pairs.length}`);
    expect(progress.at(-1)).toBe(`${pairs.length}/${pairs.length}`);
    // The manufacturing LQ: the default year first asked for, then the other years its data have, in order.
    const mfg = results.filter((r) => r.ind === 'mfg-lq');
    expect(mfg.map((r) => r.year)).toEqual(mfg[0]!.domain!.years);
    expect(mfg.length).toBeGreaterThan(10);
    expect(source.asked[0]).toBe('mfg-lq|C|null');
    const view = {lang: 'en' as const, regionName: regionNamer(tables.regions), sourceText: (r: {sources: readonly string[]}) => sourcesText('en', r.sources), userData: false, scenario: false};
    const {text, fileName} = allDataCsv(results, view);
    expect(fileName).toBe('kg-cluster-atlas_all-data_en.csv');
    expect(text.split('\r\n')[0]).toBe(BOM + EXPORT_COLUMNS.join(','));
    const rows = Papa.parse<Record<string, string>>(text.slice(1), {header: true, skipEmptyLines: true}).data;
    expect(rows).toHaveLength(results.length * 9);
    // Seed 002, Table 3.1, as the map shows it; the engine's LQ for 2018 as the handlers' own test has it.
    expect(rows.find((r) => r.indicator === 'integral' && r.sector === 'mining' && r.region_code === 'KG-J')).toMatchObject({value: '5.449', origin: 'published'});
    expect(Number(rows.find((r) => r.indicator === 'mfg-lq' && r.period === '2018' && r.region_code === 'KG-C')!.value)).toBeCloseTo(21.4 / 12, 12);
    // Unknown stays unknown: an empty value with its status.
    expect(rows.find((r) => r.indicator === 'integral' && r.sector === 'mining' && r.region_code === 'KG-GO')).toMatchObject({value: '', status: 'no_production'});
    const semicolon = allDataCsv(results, {...view, lang: 'ru', scenario: true}, 'decimal-comma');
    expect(semicolon.fileName).toBe('kg-cluster-atlas_all-data_scenario_ru-semicolon.csv');
    const parsed = Papa.parse<Record<string, string>>(semicolon.text.slice(1), {header: true, skipEmptyLines: true, delimiter: ';'});
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(results.length * 9);
    expect(parsed.data.find((r) => r.indicator === 'integral' && r.sector === 'mining' && r.region_code === 'KG-J')).toMatchObject({value: '5,449'});
  });
});
