// The two indicators the atlas copies from the seeds instead of computing them. Values are taken as
// published, with their precision; what the seed leaves out stays unknown, with the seed's reason:
// - lq2018 (seed 003 Table 3) lists only some GKED sections per region: the rest are "not published";
// - integral (seed 002 Table 3.1) prints a dash where a region has no production in the industry.
import type {IndicatorResult, RegionValue} from './indicator-result';
import type {IndicatorId} from './indicators';
import {INDICATOR_INFO} from './indicator-catalog';
import {REGION_CODES, type RegionCode} from './region';

export const PUBLISHED_INDICATORS = ['integral', 'lq2018'] as const;
export type PublishedIndicatorId = (typeof PUBLISHED_INDICATORS)[number];

export function isPublishedIndicator(ind: IndicatorId): ind is PublishedIndicatorId {
  return (PUBLISHED_INDICATORS as readonly string[]).includes(ind);
}

/** The columns of the shipped tables this module reads (see src/io/schemas.ts). */
export interface PublishedTables {
  integral: readonly {region_code: RegionCode; industry: string; integral_coefficient: number | null}[];
  /** `lq` as printed (its precision is published too). */
  lqEmployment2018: readonly {region_code: RegionCode; section: string; lq: string}[];
}

/** A number as printed → its value and its decimals ("1.0" → 1 with one decimal). */
export function printedNumber(text: string): {value: number; decimals: number} {
  return {value: Number(text), decimals: text.split('.')[1]?.length ?? 0};
}

export function publishedIndicator(tables: PublishedTables, ind: PublishedIndicatorId, sector: string): IndicatorResult {
  return ind === 'integral' ? integralResult(tables, sector) : lq2018Result(tables, sector);
}

function integralResult(tables: PublishedTables, industry: string): IndicatorResult {
  const values = REGION_CODES.map((code): RegionValue => {
    const row = tables.integral.find((r) => r.region_code === code && r.industry === industry);
    // The build checks that every region × industry has a row; a missing one would be unknown, not zero.
    if (!row) return {code, value: null, status: 'no_data'};
    return row.integral_coefficient === null
      ? {code, value: null, status: 'no_production'}
      : {code, value: row.integral_coefficient, status: 'ok'};
  });
  return {
    ind: 'integral',
    sector: industry,
    year: null,
    period: INDICATOR_INFO.integral.period,
    origin: 'published',
    values,
    decimals: INDICATOR_INFO.integral.decimals,
    sources: [...INDICATOR_INFO.integral.sources],
    formula: null,
  };
}

function lq2018Result(tables: PublishedTables, section: string): IndicatorResult {
  const values = REGION_CODES.map((code): RegionValue => {
    const row = tables.lqEmployment2018.find((r) => r.region_code === code && r.section === section);
    if (!row) return {code, value: null, status: 'not_published'};
    const {value, decimals} = printedNumber(row.lq);
    return {code, value, status: 'ok', ...(decimals !== INDICATOR_INFO.lq2018.decimals ? {decimals} : {})};
  });
  return {
    ind: 'lq2018',
    sector: section,
    year: 2018,
    period: null,
    origin: 'published',
    values,
    decimals: INDICATOR_INFO.lq2018.decimals,
    sources: [...INDICATOR_INFO.lq2018.sources],
    formula: null,
  };
}

/** GKED sections for which seed 003 Table 3 gives at least one region's LQ. */
export function publishedLqSections(tables: PublishedTables): Set<string> {
  return new Set(tables.lqEmployment2018.map((r) => r.section));
}

/** Every published value for one region: the six industries of Table 3.1 and the listed LQ sections. */
export function publishedProfile(
  tables: PublishedTables,
  code: RegionCode,
): {integral: {industry: string; value: number | null}[]; lq2018: {section: string; value: number; decimals: number}[]} {
  return {
    integral: tables.integral
      .filter((r) => r.region_code === code)
      .map((r) => ({industry: r.industry, value: r.integral_coefficient})),
    lq2018: tables.lqEmployment2018
      .filter((r) => r.region_code === code)
      .map((r) => ({section: r.section, ...printedNumber(r.lq)}))
      .sort((a, b) => b.value - a.value),
  };
}
