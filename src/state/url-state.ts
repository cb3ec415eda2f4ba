// The permalink contract, version 1: ViewState ⇄ URL query string. Pure and total: any string parses
// to a valid ViewState; whatever could not be used is reported as a Notice, never thrown.
// README "Permalinks" documents the keys; keep the two in step.
import {isLang, type Lang, type MessageKey} from '../i18n/i18n';
import {LINK_FAMILIES, type LinkFamily} from '../model/link-families';
import {DECIMAL} from '../model/decimal';
import {acceptsSector, INDICATORS, isIndicatorId} from '../model/indicators';
import {isRegionCode} from '../model/region';
import {
  breaksProblem,
  CLASS_METHODS,
  COMPARE_CODES,
  COMPARE_MODES,
  DATA_SOURCES,
  defaultViewState,
  LAYER_IDS,
  LQ_BASES,
  THEMES,
  VIEW_LIMITS,
  type CompareCode,
  type LayerId,
  type MapView,
  type ViewState,
} from './view-state';

export const URL_VERSION = 1;
/** Longest scenario string accepted in a link; longer ones are exported as files instead. */
export const MAX_SCENARIO_PARAM = 6000;

export type NoticeReason =
  | 'unknown-value'
  | 'out-of-range'
  | 'malformed'
  | 'not-ascending'
  | 'no-year'
  | 'newer-version'
  | 'too-long'
  | 'no-user-data'
  | 'damaged-user-data'
  | 'needs-scenario'
  | 'needs-breaks';

export interface Notice {
  param: string;
  /** The offending value, cut to 80 characters (it is shown to the user as text). */
  value: string;
  reason: NoticeReason;
  /** What is shown instead, named when "the default" would not say it (a message key). */
  shown?: MessageKey;
  /**
   * What exactly is wrong, in words, in place of the reason's: given by the code-split module that
   * found it (a scenario's problems, worded by the scenario's own message table).
   */
  detail?: (lang: Lang) => string;
}

export interface ParsedUrl {
  state: ViewState;
  notices: Notice[];
}

const oneOf =
  <T extends string>(values: readonly T[]) =>
  (s: string): T | undefined =>
    (values as readonly string[]).includes(s) ? (s as T) : undefined;

function parseNumberList(s: string): number[] | undefined {
  const parts = s.split(',');
  // Numbers as a link writes them: decimal, with a dot (not "0x1F", "Infinity" or "1,5").
  if (parts.length > 16 || !parts.every((p) => DECIMAL.test(p.trim()))) return undefined;
  const values = parts.map(Number);
  return values.every(Number.isFinite) ? values : undefined;
}

/** Why a view was not used: outside what the map shows, or not three numbers. */
const viewReason = (s: string): NoticeReason => (parseNumberList(s)?.length === 3 ? 'out-of-range' : 'malformed');
const wholeNumberReason = (s: string): NoticeReason => (/^\d+$/.test(s) ? 'out-of-range' : 'malformed');

function parseView(s: string): MapView | undefined {
  const v = parseNumberList(s);
  if (!v || v.length !== 3) return undefined;
  const [lon, lat, zoom] = v as [number, number, number];
  const l = VIEW_LIMITS;
  if (lon < l.west || lon > l.east || lat < l.south || lat > l.north || zoom < l.minZoom || zoom > l.maxZoom) return undefined;
  return {lon, lat, zoom};
}

/**
 * Parses a query string (with or without the leading "?"). `fallbackLang` is used when the link has
 * no valid `lang` (the caller passes the browser's preference, else Kyrgyz).
 */
export function parseUrlState(search: string, fallbackLang: Lang): ParsedUrl {
  const params = new URLSearchParams(search);
  const notices: Notice[] = [];
  const note = (param: string, value: string, reason: NoticeReason, shown?: MessageKey) =>
    notices.push({param, value: value.length > 80 ? `${value.slice(0, 79)}…` : value, reason, shown});
  const read = <T>(param: string, parse: (s: string) => T | undefined, reason: NoticeReason | ((raw: string) => NoticeReason) = 'unknown-value') => {
    const raw = params.get(param);
    if (raw === null) return undefined;
    const value = parse(raw);
    if (value === undefined) note(param, raw, typeof reason === 'function' ? reason(raw) : reason);
    return value;
  };

  const v = params.get('v');
  if (v !== null && v !== String(URL_VERSION)) note('v', v, /^\d+$/.test(v) && Number(v) > URL_VERSION ? 'newer-version' : 'unknown-value');

  const lang = read('lang', (s) => (isLang(s) ? s : undefined)) ?? fallbackLang;
  const state = defaultViewState(lang);
  // What custom classes without usable breaks fall back to, and their notice names.
  const defaultClasses = state.classes;

  const ind = read('ind', (s) => (isIndicatorId(s) ? s : undefined));
  if (ind) {
    state.ind = ind;
    state.sector = INDICATORS[ind].defaultSector;
    state.year = INDICATORS[ind].years?.default ?? null;
  }
  const spec = INDICATORS[state.ind];
  state.sector = read('sector', (s) => (acceptsSector(spec, s) ? s : undefined)) ?? state.sector;
  if (spec.years) {
    const years = spec.years;
    state.year =
      read(
        'year',
        (s) => (/^\d{4}$/.test(s) && Number(s) >= years.min && Number(s) <= years.max ? Number(s) : undefined),
        wholeNumberReason,
      ) ?? state.year;
  } else if (params.has('year')) note('year', params.get('year')!, 'no-year');
  // Another year of the same indicator, compared with the map's (a difference map): never the map's own.
  const y = spec.years;
  state.from =
    read('from', (s) => (y && /^\d{4}$/.test(s) && +s >= y.min && +s <= y.max && +s !== state.year ? +s : undefined), (s) => (y ? wholeNumberReason(s) : 'no-year')) ?? null;
  state.classes = read('classes', oneOf(CLASS_METHODS)) ?? state.classes;
  state.n = read('n', (s) => (/^[2-9]$/.test(s) ? Number(s) : undefined), wholeNumberReason) ?? state.n;
  const raw = params.get('breaks');
  const list = raw === null ? undefined : parseNumberList(raw);
  const problem = list ? breaksProblem(list) : 'malformed';
  if (raw !== null && problem) {
    // Custom classes without their breaks are the default classes, and the notice names them.
    note('breaks', raw, problem, state.classes === 'custom' ? `classes.method.${defaultClasses}` : undefined);
  } else if (state.classes === 'custom' && raw === null) note('classes', 'custom', 'needs-breaks', `classes.method.${defaultClasses}`);
  if (state.classes === 'custom') {
    if (problem) state.classes = defaultClasses;
    else state.breaks = list!;
  }
  state.region = read('region', (s) => (isRegionCode(s) ? s : undefined)) ?? null;
  const layers = read('layers', (s) => {
    if (s === '') return [] as LayerId[];
    const list = s.split(',');
    const known = list.filter((l): l is LayerId => (LAYER_IDS as readonly string[]).includes(l));
    return known.length === list.length ? [...new Set(known)] : undefined;
  });
  if (layers) state.layers = LAYER_IDS.filter((l) => layers.includes(l));
  const linksets = read('linksets', (s) => {
    if (s === '') return [] as LinkFamily[];
    const list = s.split(',');
    return list.every((l) => (LINK_FAMILIES as readonly string[]).includes(l)) ? (list as LinkFamily[]) : undefined;
  });
  if (linksets) state.linksets = LINK_FAMILIES.filter((l) => linksets.includes(l));
  state.view = read('view', parseView, viewReason) ?? null;
  state.embed = read('embed', (s) => (s === '1' ? true : s === '0' ? false : undefined)) ?? false;
  state.theme = read('theme', (s) => (s === 'auto' ? null : oneOf(THEMES)(s))) ?? null;
  state.data = read('data', oneOf(DATA_SOURCES)) ?? state.data;
  state.basis = read('basis', oneOf(LQ_BASES)) ?? state.basis;
  state.s = read('s', (s) => (s.length <= MAX_SCENARIO_PARAM && /^[A-Za-z0-9+/=_-]+$/.test(s) ? s : undefined), 'too-long') ?? null;
  state.vs = read('vs', oneOf(COMPARE_MODES)) ?? null;
  if (state.vs && !state.s) {
    note('vs', state.vs, 'needs-scenario');
    state.vs = null;
  }
  const compare = read('compare', (s) => {
    if (s === '') return [] as CompareCode[];
    const list = s.split(',');
    return list.every((c) => (COMPARE_CODES as readonly string[]).includes(c))
      ? COMPARE_CODES.filter((c) => list.includes(c))
      : undefined;
  });
  if (compare) state.compare = compare;
  return {state, notices};
}

const round = (x: number, digits: number) => Number(x.toFixed(digits));

/** The query string (without "?") for a view. Core keys are always written, the rest when not default. */
export function formatUrlState(state: ViewState): string {
  const p = new URLSearchParams();
  p.set('v', String(URL_VERSION));
  p.set('lang', state.lang);
  p.set('ind', state.ind);
  p.set('sector', state.sector);
  if (state.year !== null) p.set('year', String(state.year));
  if (state.from !== null) p.set('from', String(state.from));
  p.set('classes', state.classes);
  p.set('n', String(state.n));
  if (state.classes === 'custom' && state.breaks) p.set('breaks', state.breaks.join(','));
  if (state.region) p.set('region', state.region);
  p.set('layers', state.layers.join(','));
  if (state.linksets.join(',') !== defaultViewState(state.lang).linksets.join(',')) p.set('linksets', state.linksets.join(','));
  if (state.view) {
    const {lon, lat, zoom} = state.view;
    p.set('view', [round(lon, 4), round(lat, 4), round(zoom, 2)].join(','));
  }
  if (state.embed) p.set('embed', '1');
  if (state.theme) p.set('theme', state.theme);
  if (state.data !== 'shipped') p.set('data', state.data);
  if (state.basis !== 'employment') p.set('basis', state.basis);
  if (state.s) p.set('s', state.s);
  if (state.s && state.vs) p.set('vs', state.vs);
  if (state.compare.length > 0) p.set('compare', COMPARE_CODES.filter((c) => state.compare.includes(c)).join(','));
  // Commas are safe in a query string and much easier to read than %2C.
  return p.toString().replace(/%2C/g, ',');
}
