// The statistics the atlas ships with (data/stats/ and the national industrial output of seed 002
// Table 2.1 in data/facts.csv), as long-format records for the coefficient engine: the same path an
// imported file takes, so shipped and imported data are computed by the same code.
import type {ShippedData} from '../io/shipped-tables';
import {DatasetColumnsBuilder, TOTAL_SECTOR, type DataIndicator, type DatasetColumns} from './dataset';

/** Section tags of data/stats → GKED section letters (BE_total_industry is the industry total). */
const STAT_SECTORS: Record<string, string> = {
  TOTAL: TOTAL_SECTOR,
  BE_total_industry: TOTAL_SECTOR,
  B_mining: 'B',
  C_manufacturing: 'C',
  D_electricity_gas_steam: 'D',
  E_water_supply_waste: 'E',
};

/** facts.csv keys (without the year) of seed 002 Table 2.1 → sectors of national industrial output. */
const NATIONAL_OUTPUT_FACTS: Record<string, string> = {
  industrial_output_total: TOTAL_SECTOR,
  output_mining: 'B',
  output_manufacturing: 'C',
  output_electricity: 'D',
  output_water_waste: 'E',
};

const inputSections = new WeakMap<object, ReadonlySet<string>>();

/** The sections the shipped statistics give any input for (the composite index has nothing else); once per tables. */
export function shippedInputSections(tables: Pick<ShippedData, 'manufacturingShare' | 'industrialOutput'>): ReadonlySet<string> {
  let sections = inputSections.get(tables);
  if (!sections) {
    sections = new Set([...tables.manufacturingShare, ...tables.industrialOutput].map((r) => STAT_SECTORS[r.sector] ?? TOTAL_SECTOR).filter((s) => s !== TOTAL_SECTOR));
    inputSections.set(tables, sections);
  }
  return sections;
}

export const OSH_OBLAST_BEFORE_2013_NOTE = 'for Osh oblast, values up to 2012 include Osh city (source footnote)';

export function shippedDatasetColumns(tables: ShippedData): DatasetColumns {
  const b = new DatasetColumnsBuilder(1024);
  const addStats = (rows: ShippedData['grp'], indicator: DataIndicator) => {
    for (const r of rows) {
      const sector = STAT_SECTORS[r.sector];
      if (sector === undefined || r.year === null) continue;
      const source = r.region_code === 'KG-O' && r.year < 2013 && indicator === 'employment_share' ? `${r.source}; ${OSH_OBLAST_BEFORE_2013_NOTE}` : r.source;
      b.add(r.region_code, sector, indicator, r.year, r.value, r.unit, source);
    }
  };
  addStats(tables.manufacturingShare, 'employment_share');
  addStats(tables.grpPerCapita, 'grp_per_capita');
  addStats(tables.grp, 'grp');
  addStats(tables.population, 'population');
  addStats(tables.industrialOutput, 'output');
  for (const f of tables.facts) {
    const m = /^(.*)_(\d{4})$/.exec(f.key);
    const sector = m ? NATIONAL_OUTPUT_FACTS[m[1]!] : undefined;
    const value = Number(f.value);
    if (!m || sector === undefined || !Number.isFinite(value)) continue;
    b.add('KG', sector, 'output', Number(m[2]), value, f.unit, `${f.source} (national industrial output)`);
  }
  return b.build();
}
