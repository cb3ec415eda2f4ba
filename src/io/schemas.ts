// Schemas of the data files shipped in data/. One schema per file; the column names are the keys.
// Messages are written for people: they say what was expected and what was found.
import {z} from 'zod';
import type {ScenarioMarks} from '../model/scenario-marks.ts';
import {REGION_CODES} from '../model/region.ts';
import {GKED_SECTIONS, INDUSTRIES} from '../model/sectors.ts';

const text = z.string().trim();
const nonEmpty = (what: string) => text.min(1, `${what} is empty`);

/** A number written with a dot as decimal separator. An empty cell is not a number. */
export const decimal = (what = 'value') =>
  text.transform((s, ctx) => {
    const n = Number(s);
    if (s === '' || !Number.isFinite(n)) {
      ctx.addIssue({code: 'custom', message: `${what}: expected a number, got "${s}"`});
      return z.NEVER;
    }
    return n;
  });

/**
 * A non-negative number kept as printed ("1.0", "1.29"): its precision is part of what was published
 * (seed 003 prints one location quotient with one decimal where the others have two).
 */
export const printedDecimal = (what = 'value') =>
  text.refine((s) => /^\d+(\.\d+)?$/.test(s), {error: (issue) => `${what}: expected a number written as 1.29, got "${String(issue.input)}"`});

/** A number, or an empty cell meaning "unknown" (null). Never zero. */
export const optionalDecimal = (what = 'value') =>
  text.transform((s, ctx) => {
    if (s === '') return null;
    const n = Number(s);
    if (!Number.isFinite(n)) {
      ctx.addIssue({code: 'custom', message: `${what}: expected a number or an empty cell, got "${s}"`});
      return z.NEVER;
    }
    return n;
  });

const year = (min: number, max: number) =>
  decimal('year').refine((n) => Number.isInteger(n) && n >= min && n <= max, `year: expected ${min}–${max}`);
const optionalYear = optionalDecimal('year').refine(
  (n) => n === null || (Number.isInteger(n) && n >= 1990 && n <= 2100),
  'year: expected a whole year or an empty cell',
);

export const regionCode = text.refine(
  (s): s is (typeof REGION_CODES)[number] => (REGION_CODES as readonly string[]).includes(s),
  {message: `expected one of ${REGION_CODES.join(', ')}`},
);
/** A region code or KG, the national total. */
export const regionOrNational = text.refine((s) => s === 'KG' || (REGION_CODES as readonly string[]).includes(s), {
  message: `expected KG or one of ${REGION_CODES.join(', ')}`,
});
const regionList = text.transform((s, ctx) => {
  const codes = s === '' ? [] : s.split(';').map((c) => c.trim());
  const bad = codes.filter((c) => !(REGION_CODES as readonly string[]).includes(c));
  if (bad.length > 0) {
    ctx.addIssue({code: 'custom', message: `unknown region code(s) ${bad.join(', ')}`});
    return z.NEVER;
  }
  return codes as (typeof REGION_CODES)[number][];
});
const latitude = optionalDecimal('lat').refine((v) => v === null || (v >= 39 && v <= 43.5), 'lat outside Kyrgyzstan (39–43.5)');
const longitude = optionalDecimal('lon').refine((v) => v === null || (v >= 69 && v <= 80.5), 'lon outside Kyrgyzstan (69–80.5)');

export const regionRow = z.object({
  code: regionCode,
  name_en: nonEmpty('name_en'),
  name_ru: nonEmpty('name_ru'),
  name_ky: nonEmpty('name_ky'),
  kind: z.enum(['oblast', 'city'], {message: 'kind: expected "oblast" or "city"'}),
  seat_en: text,
});

export const lqEmploymentRow = z.object({
  region_code: regionCode,
  section: z.enum(GKED_SECTIONS, {message: 'section: expected a GKED section letter A–S'}),
  activity_ru: nonEmpty('activity_ru'),
  lq: printedDecimal('lq'),
  year: year(2018, 2018),
  source: nonEmpty('source'),
});

export const integralRow = z.object({
  region_code: regionCode,
  industry: z.enum(INDUSTRIES, {message: `industry: expected one of ${INDUSTRIES.join(', ')}`}),
  industry_ky: nonEmpty('industry_ky'),
  /** null = a dash in the seed: no production. */
  integral_coefficient: optionalDecimal('integral_coefficient'),
  period: z.literal('2015-2019', {message: 'period: expected 2015-2019'}),
  source: nonEmpty('source'),
});

export const clusterRow = z.object({
  id: nonEmpty('id'),
  family: nonEmpty('family'),
  name_en: nonEmpty('name_en'),
  name_ru: nonEmpty('name_ru'),
  regions: regionList,
  note: text,
  source: nonEmpty('source'),
});

export const factRow = z.object({
  key: nonEmpty('key'),
  /** As printed in the seed: may be a range such as "142-143". */
  value: nonEmpty('value'),
  unit: nonEmpty('unit'),
  year: optionalYear,
  note: text,
  source: nonEmpty('source'),
});

/** The tidy long format of every file in data/stats/. */
export const statRow = z.object({
  region_code: regionOrNational,
  region_name: nonEmpty('region_name'),
  indicator: nonEmpty('indicator'),
  sector: nonEmpty('sector'),
  year: optionalYear,
  value: decimal('value'),
  unit: nonEmpty('unit'),
  source: nonEmpty('source'),
});

export const growthPointRow = z.object({
  id: text.regex(/^GP\d\d$/, 'id: expected GP01–GP20'),
  name_en: nonEmpty('name_en'),
  name_ru: nonEmpty('name_ru'),
  name_ru_alt: text,
  name_ky: nonEmpty('name_ky'),
  oblast_iso: regionCode,
  oblast_centre_of: text,
  settlement_type: z.enum(['city', 'town', 'village'], {message: 'settlement_type: expected city, town or village'}),
  admin_status: text,
  lat: latitude.refine((v) => v !== null, 'lat is empty'),
  lon: longitude.refine((v) => v !== null, 'lon is empty'),
  coord_source: nonEmpty('coord_source'),
  population: optionalDecimal('population'),
  population_year: optionalYear,
  population_scope: text,
  population_source: text,
  geonames_id: text,
  confidence: text,
  note: text,
});

export const COORD_PRECISIONS = ['site', 'approx', 'approx_derived', 'settlement_proxy', 'not_located'] as const;

export const energySiteRow = z
  .object({
    id: text.regex(/^EN\d\d$/, 'id: expected EN01–EN99'),
    name_en: nonEmpty('name_en'),
    name_ru: nonEmpty('name_ru'),
    category: z.enum(['large_hydro', 'large_hydro_planned', 'thermal', 'solar', 'wind', 'small_hydro'], {
      message: 'category: expected large_hydro, large_hydro_planned, thermal, solar, wind or small_hydro',
    }),
    technology: text,
    status: nonEmpty('status'),
    oblast_iso: regionList,
    river: text,
    lat: latitude,
    lon: longitude,
    coord_precision: z.enum(COORD_PRECISIONS, {message: `coord_precision: expected one of ${COORD_PRECISIONS.join(', ')}`}),
    coord_source: text,
    capacity_mw: optionalDecimal('capacity_mw'),
    capacity_note: text,
    annual_output_gwh: optionalDecimal('annual_output_gwh'),
    output_note: text,
    year_commissioned_or_target: text,
    operator_or_investor: text,
    sources: nonEmpty('sources'),
    confidence: text,
    note: text,
  })
  .superRefine((row, ctx) => {
    const located = row.lat !== null && row.lon !== null;
    if (located === (row.coord_precision === 'not_located')) {
      ctx.addIssue({
        code: 'custom',
        path: ['coord_precision'],
        message: located ? 'has coordinates but says not_located' : 'has no coordinates but is not marked not_located',
      });
    }
  });

/** Kyrgyz names for rows of tables that have none (clusters.csv, energy-sites.csv), with their origin. */
export const nameKyRow = z.object({
  table: z.enum(['clusters', 'energySites'], {message: 'table: expected clusters or energySites'}),
  id: nonEmpty('id'),
  name_ky: nonEmpty('name_ky'),
  source: nonEmpty('source'),
});

export const MATRIX_ASPECTS = ['potential', 'base', 'gaps', 'measures'] as const;

/** Seed 004 Table 2 (matrix of potential green clusters), one item per row, Kyrgyz as printed. */
export const greenMatrixRow = z.object({
  cluster_id: nonEmpty('cluster_id'),
  aspect: z.enum(MATRIX_ASPECTS, {message: `aspect: expected one of ${MATRIX_ASPECTS.join(', ')}`}),
  item: decimal('item').refine((n) => Number.isInteger(n) && n >= 1, 'item: expected 1, 2, 3…'),
  text_ky: nonEmpty('text_ky'),
  text_ru: nonEmpty('text_ru'),
  text_en: nonEmpty('text_en'),
  source: nonEmpty('source'),
});

export type RegionRow = z.infer<typeof regionRow>;
export type LqEmploymentRow = z.infer<typeof lqEmploymentRow>;
export type IntegralRow = z.infer<typeof integralRow>;
// The places a scenario can edit carry its marks (which values the planner set), never the data.
export type ClusterRow = z.infer<typeof clusterRow> & ScenarioMarks;
export type FactRow = z.infer<typeof factRow>;
export type StatRow = z.infer<typeof statRow>;
export type GrowthPointRow = z.infer<typeof growthPointRow> & ScenarioMarks;
export type EnergySiteRow = z.infer<typeof energySiteRow> & ScenarioMarks;
export type NameKyRow = z.infer<typeof nameKyRow>;
export type GreenMatrixRow = z.infer<typeof greenMatrixRow>;
