// The data files the site ships with (data/, copied from ../shared with their sources) and how each
// is validated. Used by the browser loader, the build (validate-shipped-data-plugin) and the tests,
// so a malformed file fails all three with the same message.
import type {z} from 'zod';
import {REGION_CODES} from '../model/region.ts';
import {INDUSTRIES} from '../model/sectors.ts';
import {DataFileError, parseCsv, type Problem} from './csv.ts';
import {
  clusterRow,
  energySiteRow,
  factRow,
  greenMatrixRow,
  growthPointRow,
  integralRow,
  lqEmploymentRow,
  nameKyRow,
  regionRow,
  statRow,
  type ClusterRow,
  type EnergySiteRow,
  type GrowthPointRow,
} from './schemas.ts';

export const SHIPPED_TABLES = {
  regions: {file: 'regions.csv', schema: regionRow},
  lqEmployment2018: {file: 'lq-employment-2018.csv', schema: lqEmploymentRow},
  integral: {file: 'integral-coefficient-2015-2019.csv', schema: integralRow},
  clusters: {file: 'clusters.csv', schema: clusterRow},
  facts: {file: 'facts.csv', schema: factRow},
  growthPoints: {file: 'places/growth-points.csv', schema: growthPointRow},
  energySites: {file: 'places/energy-sites.csv', schema: energySiteRow},
  namesKy: {file: 'names-ky.csv', schema: nameKyRow},
  greenMatrix: {file: 'green-cluster-matrix.csv', schema: greenMatrixRow},
  area: {file: 'stats/area_by_region.csv', schema: statRow},
  grp: {file: 'stats/grp_by_region.csv', schema: statRow},
  grpPerCapita: {file: 'stats/grp_per_capita_by_region.csv', schema: statRow},
  industrialOutput: {file: 'stats/industrial_output_by_region_section_partial.csv', schema: statRow},
  labourMarket: {file: 'stats/labour_market_by_region.csv', schema: statRow},
  manufacturingShare: {file: 'stats/manufacturing_employment_share_by_region.csv', schema: statRow},
  population: {file: 'stats/population_by_region.csv', schema: statRow},
} as const;

export type TableName = keyof typeof SHIPPED_TABLES;
type ParsedTables = {[K in TableName]: z.infer<(typeof SHIPPED_TABLES)[K]['schema']>[]};
/** The tables as parsed; the places a scenario can edit may carry its marks (schemas.ts). */
export type ShippedData = Omit<ParsedTables, 'clusters' | 'growthPoints' | 'energySites'> & {
  clusters: ClusterRow[];
  growthPoints: GrowthPointRow[];
  energySites: EnergySiteRow[];
};

/**
 * Parses and validates every shipped table. `texts` maps a file path relative to data/ to its text.
 * Throws a DataFileError naming file, line and column when anything is wrong.
 */
export function parseShippedData(texts: Record<string, string>): ShippedData {
  const problems: Problem[] = [];
  const out: Record<string, unknown[]> = {};
  for (const [name, {file, schema}] of Object.entries(SHIPPED_TABLES)) {
    const text = texts[file];
    if (text === undefined) {
      problems.push({file, line: 0, column: null, message: 'file is missing'});
      out[name] = [];
      continue;
    }
    const result = parseCsv(text, schema as z.ZodObject, file);
    problems.push(...result.problems);
    out[name] = result.rows;
  }
  const data = out as ShippedData;
  if (problems.length === 0) problems.push(...checkConsistency(data));
  if (problems.length > 0) throw new DataFileError(problems);
  return data;
}

/** Checks across rows that a row schema cannot see: completeness and duplicates. */
function checkConsistency(data: ShippedData): Problem[] {
  const problems: Problem[] = [];
  const codes = data.regions.map((r) => r.code);
  for (const code of REGION_CODES) {
    const n = codes.filter((c) => c === code).length;
    if (n !== 1) problems.push({file: 'regions.csv', line: 0, column: 'code', message: `${code} appears ${n} times, expected once`});
  }
  const integralKeys = new Set(data.integral.map((r) => `${r.region_code}/${r.industry}`));
  for (const code of REGION_CODES)
    for (const ind of INDUSTRIES)
      if (!integralKeys.has(`${code}/${ind}`))
        problems.push({file: SHIPPED_TABLES.integral.file, line: 0, column: null, message: `no row for ${code} × ${ind}`});
  if (integralKeys.size !== data.integral.length)
    problems.push({file: SHIPPED_TABLES.integral.file, line: 0, column: null, message: 'duplicate region × industry rows'});
  const lqKeys = new Set(data.lqEmployment2018.map((r) => `${r.region_code}/${r.section}`));
  if (lqKeys.size !== data.lqEmployment2018.length)
    problems.push({file: SHIPPED_TABLES.lqEmployment2018.file, line: 0, column: null, message: 'duplicate region × section rows'});
  problems.push(...checkNamesAndMatrix(data));
  return problems;
}

/** Kyrgyz names must name existing rows and cover every energy site and every cluster. */
function checkNamesAndMatrix(data: ShippedData): Problem[] {
  const problems: Problem[] = [];
  const ids = {clusters: new Set(data.clusters.map((r) => r.id)), energySites: new Set(data.energySites.map((r) => r.id))};
  const named = new Set<string>();
  data.namesKy.forEach((r, i) => {
    if (!ids[r.table].has(r.id))
      problems.push({file: SHIPPED_TABLES.namesKy.file, line: i + 2, column: 'id', message: `no ${r.table} row has id ${r.id}`});
    named.add(`${r.table}/${r.id}`);
  });
  const mustBeNamed = [
    ...data.energySites.map((r) => `energySites/${r.id}`),
    ...data.clusters.map((r) => `clusters/${r.id}`),
  ];
  for (const key of mustBeNamed)
    if (!named.has(key)) problems.push({file: SHIPPED_TABLES.namesKy.file, line: 0, column: null, message: `no Kyrgyz name for ${key}`});
  data.greenMatrix.forEach((r, i) => {
    if (!ids.clusters.has(r.cluster_id))
      problems.push({file: SHIPPED_TABLES.greenMatrix.file, line: i + 2, column: 'cluster_id', message: `no cluster has id ${r.cluster_id}`});
  });
  return problems;
}
