// What the explorer needs to know about each indicator beyond INDICATORS (indicators.ts): how it is
// grouped in the picker, how precise its values are, where they come from and which raw published
// series stand behind it. The words (names, units, descriptions) live in the explorer's message table
// under `ind.<id>.*`, sources under `source.<id>`; this module holds only ids and numbers.
import {INDICATORS, type IndicatorId} from './indicators';
import {GKED_SECTIONS, INDUSTRIES} from './sectors';

/** Citations the atlas knows how to name in three languages (see `source.*` messages). */
export const SOURCE_IDS = ['seed002-t3.1', 'seed003-t3', 'sdg-9.2.2', 'sdg-8.1.1.2', 'nsc-grp', 'user-data', 'scenario'] as const;
export type SourceId = (typeof SOURCE_IDS)[number];

/**
 * Cites values computed from an imported file: this prefix and the file's name, first among the sources
 * (src/state/indicator-loader.ts), so the file's own sources are never shown as if they were the atlas's.
 */
export const USER_FILE = 'user-data:';

export function isSourceId(value: string): value is SourceId {
  return (SOURCE_IDS as readonly string[]).includes(value);
}

export type IndicatorGroup =
  /** Copied from a seed table, never recomputed. */
  | 'published'
  /** Computed by the worker from the shipped statistics. */
  | 'computed'
  /** Computed by the worker from a dataset the user imported. */
  | 'imported';

export interface IndicatorInfo {
  group: IndicatorGroup;
  /** Decimals shown when the result does not say (published values carry their own). */
  decimals: number;
  /** Where the values come from, before any result has arrived (or when a result names none). */
  sources: readonly SourceId[];
  /** The period of a single-period indicator, as printed. */
  period: string | null;
  /**
   * What 1.0 is on its scale. Every coefficient computed here, and a location quotient, is a ratio to
   * the country's level, so 1.0 is the national level. The integral coefficient is not: seed 002
   * does not give its formula nor a national value, and reads a value above 1 as an absolute
   * advantage for forming a cluster (the text before its Table 3.1).
   */
  reference: 'national' | 'advantage';
}

export const INDICATOR_INFO: Record<IndicatorId, IndicatorInfo> = {
  integral: {group: 'published', decimals: 3, sources: ['seed002-t3.1'], period: '2015–2019', reference: 'advantage'},
  lq2018: {group: 'published', decimals: 2, sources: ['seed003-t3'], period: null, reference: 'national'},
  'mfg-lq': {group: 'computed', decimals: 2, sources: ['sdg-9.2.2'], period: null, reference: 'national'},
  'grp-pc': {group: 'computed', decimals: 2, sources: ['sdg-8.1.1.2'], period: null, reference: 'national'},
  // The index's sources are its inputs', which differ by sector and year; the engine names them, and
  // where a sector has no input there is none to cite.
  potential: {group: 'computed', decimals: 2, sources: [], period: null, reference: 'national'},
  lq: {group: 'imported', decimals: 2, sources: ['user-data'], period: null, reference: 'national'},
  pc: {group: 'imported', decimals: 2, sources: ['user-data'], period: null, reference: 'national'},
  spec: {group: 'imported', decimals: 2, sources: ['user-data'], period: null, reference: 'national'},
};

/**
 * The sectors the picker offers for an indicator. `available` lists the sections there is anything
 * for: for `lq2018` those the seed has at least one value for, for an indicator computed from a
 * dataset those the dataset has an input for (a section with nothing would only paint the map grey).
 * `current` is always kept, so a valid sector from a link never disappears from the list.
 */
export function sectorChoices(ind: IndicatorId, current: string, available: ReadonlySet<string> | null = null): string[] {
  const domain = INDICATORS[ind].sectors;
  let list: string[];
  if (domain === 'industry') list = [...INDUSTRIES];
  else if (domain === 'gked' || domain === 'dataset') list = GKED_SECTIONS.filter((s) => (available ? available.has(s) || s === current : true));
  else list = [domain.fixed];
  return list.includes(current) ? list : [...list, current];
}

/** Years an indicator can be shown for; null for single-period indicators. */
export function yearRange(ind: IndicatorId): {min: number; max: number} | null {
  const years = INDICATORS[ind].years;
  return years && years.max > years.min ? {min: years.min, max: years.max} : null;
}

/** Indicators the picker offers: imported-data ones only when the view uses imported data. */
export function pickableIndicators(data: 'shipped' | 'user', current: IndicatorId): IndicatorId[] {
  return (Object.keys(INDICATOR_INFO) as IndicatorId[]).filter(
    (id) => INDICATOR_INFO[id].group !== 'imported' || data === 'user' || id === current,
  );
}
