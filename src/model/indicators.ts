// THE table of indicators the map can show. Every other module asks this one what an indicator id
// means: which sectors and years it has, whether it is published (copied from a seed) or computed by
// the worker, and which value is neutral (1.0 for every coefficient here: the national average).
import {GKED_SECTIONS, INDUSTRIES} from './sectors';

export const INDICATOR_IDS = ['integral', 'lq2018', 'mfg-lq', 'grp-pc', 'potential', 'lq', 'pc', 'spec'] as const;
export type IndicatorId = (typeof INDICATOR_IDS)[number];

export type SectorDomain =
  /** GKED/ISIC section letters A–S. */
  | 'gked'
  /** The six industries of seed 002 Table 3.1. */
  | 'industry'
  /** One fixed sector (e.g. manufacturing for mfg-lq, the whole economy for grp-pc). */
  | {fixed: string}
  /** Whatever sectors the selected dataset has (computed indicators). */
  | 'dataset';

export interface IndicatorSpec {
  id: IndicatorId;
  origin: 'published' | 'computed';
  sectors: SectorDomain;
  defaultSector: string;
  /** Years the indicator exists for; null when it is a single period (e.g. 2015–2019). */
  years: {min: number; max: number; default: number} | null;
}

export const INDICATORS: Record<IndicatorId, IndicatorSpec> = {
  integral: {id: 'integral', origin: 'published', sectors: 'industry', defaultSector: 'light_industry', years: null},
  lq2018: {id: 'lq2018', origin: 'published', sectors: 'gked', defaultSector: 'C', years: {min: 2018, max: 2018, default: 2018}},
  'mfg-lq': {id: 'mfg-lq', origin: 'computed', sectors: {fixed: 'C'}, defaultSector: 'C', years: {min: 2010, max: 2024, default: 2024}},
  'grp-pc': {id: 'grp-pc', origin: 'computed', sectors: {fixed: 'TOTAL'}, defaultSector: 'TOTAL', years: {min: 2006, max: 2023, default: 2023}},
  // The composite index opens at the shipped data's latest year, where every region has a value (a unit
  // test checks it against the data); in 2017–2019 it has two components, but for two regions only.
  potential: {id: 'potential', origin: 'computed', sectors: 'dataset', defaultSector: 'C', years: {min: 1990, max: 2100, default: 2024}},
  lq: {id: 'lq', origin: 'computed', sectors: 'dataset', defaultSector: 'C', years: {min: 1990, max: 2100, default: 2018}},
  pc: {id: 'pc', origin: 'computed', sectors: 'dataset', defaultSector: 'C', years: {min: 1990, max: 2100, default: 2018}},
  spec: {id: 'spec', origin: 'computed', sectors: 'dataset', defaultSector: 'C', years: {min: 1990, max: 2100, default: 2018}},
};

/** Every coefficient in the atlas is a ratio to the national level, so 1.0 is "as the country". */
export const NEUTRAL_VALUE = 1;

/** The year an indicator opens at: `year` when the indicator has it, else its default; null for a period. */
export function yearFor(spec: IndicatorSpec, year: number | null): number | null {
  const y = spec.years;
  return y ? (year !== null && year >= y.min && year <= y.max ? year : y.default) : null;
}

export function isIndicatorId(value: unknown): value is IndicatorId {
  return typeof value === 'string' && (INDICATOR_IDS as readonly string[]).includes(value);
}

/** Whether `sector` is valid for the indicator, as far as can be told without the dataset. */
export function acceptsSector(spec: IndicatorSpec, sector: string): boolean {
  const d = spec.sectors;
  if (d === 'gked') return (GKED_SECTIONS as readonly string[]).includes(sector);
  if (d === 'industry') return (INDUSTRIES as readonly string[]).includes(sector);
  if (d === 'dataset') return /^([A-S]|[a-z][a-z0-9_]{0,39})$/.test(sector);
  return sector === d.fixed;
}
