// Everything that makes a view: what the permalink encodes (see README "Permalinks").
import type {Lang} from '../i18n/i18n';
import {type LinkFamily} from '../model/link-families';
import {INDICATORS, type IndicatorId} from '../model/indicators';
import {NATIONAL_CODE, REGION_CODES, type RegionCode} from '../model/region';

export const CLASS_METHODS = ['quantile', 'jenks', 'equal', 'custom', 'diverging'] as const;
export type ClassMethod = (typeof CLASS_METHODS)[number];

export const LAYER_IDS = ['regions', 'growth', 'energy', 'links'] as const;
export type LayerId = (typeof LAYER_IDS)[number];

export const THEMES = ['light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export const DATA_SOURCES = ['shipped', 'user'] as const;
export type DataSource = (typeof DATA_SOURCES)[number];

export const LQ_BASES = ['employment', 'output', 'establishments'] as const;
export type LqBasis = (typeof LQ_BASES)[number];

/** How a scenario is compared with the baseline on the map: difference map, swipe, side by side. */
export const COMPARE_MODES = ['difference', 'swipe', 'split'] as const;
export type CompareMode = (typeof COMPARE_MODES)[number];

/** What the comparison can show: a region, or the national level (KG). */
export type CompareCode = RegionCode | typeof NATIONAL_CODE;
/** Canonical order of the comparison: the regions in REGION_CODES order, then the national level. */
export const COMPARE_CODES: readonly CompareCode[] = [...REGION_CODES, NATIONAL_CODE];

/**
 * Where a link's map view may be: its centre inside the basemap's context rectangle (as far south as a
 * phone's camera may go) and a zoom the map offers (3 to 11.99): as in src/map/atlas-map.ts (a unit test
 * keeps them equal). Outside, the map
 * would clamp it to an empty corner or another zoom than the link says.
 */
export const VIEW_LIMITS = {west: 62, south: 26, east: 88, north: 50, minZoom: 3, maxZoom: 11.99} as const;

/**
 * The largest custom class break (in absolute value) a link or the legend takes. The indicators are
 * ratios and indices (about 0–20); breaks of ±1e308 made legend labels of 300 digits that spilled out
 * of the sidebar.
 */
export const MAX_BREAK = 1e6;

/**
 * What is wrong with custom class breaks: null for up to 8 ascending numbers (MAX_CLASSES − 1 of
 * model/classify, written out: importing it here gave classify a first-view chunk of its own, as the
 * engine's client shares this module) within ±MAX_BREAK.
 */
export const breaksProblem = (b: readonly number[]): 'out-of-range' | 'not-ascending' | null =>
  b.length > 8 || b.some((x) => Math.abs(x) > MAX_BREAK) ? 'out-of-range' : b.some((x, i) => x <= b[i - 1]!) ? 'not-ascending' : null;

export interface MapView {
  lon: number;
  lat: number;
  zoom: number;
}

export interface ViewState {
  lang: Lang;
  ind: IndicatorId;
  sector: string;
  year: number | null;
  /**
   * The year the map's year is compared with (a difference map, this year minus that one); null = none.
   * Only with an indicator that has years, never equal to `year` (src/state/year-compare.ts).
   */
  from: number | null;
  classes: ClassMethod;
  /** Number of classes (2–9). */
  n: number;
  /** Custom class breaks, ascending; only with classes=custom. */
  breaks: number[] | null;
  /** The pinned region. */
  region: RegionCode | null;
  layers: LayerId[];
  /** Which families of cluster links the `links` layer draws (see src/model/cluster-links.ts). */
  linksets: LinkFamily[];
  /** Camera; null = fit Kyrgyzstan to the viewport. */
  view: MapView | null;
  embed: boolean;
  /** null = follow the system (prefers-color-scheme). */
  theme: Theme | null;
  data: DataSource;
  basis: LqBasis;
  /** A scenario, compressed (see the scenario module); null = the baseline. */
  s: string | null;
  /** The scenario shown against the baseline, and how; only with `s` (a saved scenario is not in a link). */
  vs: CompareMode | null;
  /** Regions (and the national level) side by side in the comparison; empty = no comparison. */
  compare: CompareCode[];
}

/**
 * The default view: the published integral coefficient for light industry, which seed 003 names the
 * most promising sector for cluster initiatives in Kyrgyzstan; regions and growth points shown.
 */
export function defaultViewState(lang: Lang): ViewState {
  const ind: IndicatorId = 'integral';
  return {
    lang,
    ind,
    sector: INDICATORS[ind].defaultSector,
    year: INDICATORS[ind].years?.default ?? null,
    from: null,
    classes: 'diverging',
    n: 5,
    breaks: null,
    region: null,
    layers: ['regions', 'growth'],
    linksets: ['interregional'],
    view: null,
    embed: false,
    theme: null,
    data: 'shipped',
    basis: 'employment',
    s: null,
    vs: null,
    compare: [],
  };
}
