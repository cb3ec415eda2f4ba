// Generators of permalink query strings for fuzzing (test/unit/fuzz/url-state.fuzz.test.ts, and a
// sample in the real page: test/e2e/robustness.e2e.test.ts): known and unknown keys with valid, nearly
// valid and hostile values, and mutated valid permalinks.
import fc from 'fast-check';
import {LANGS} from '../../../src/i18n/i18n';
import {LINK_FAMILIES} from '../../../src/model/link-families';
import {INDICATOR_IDS, INDICATORS} from '../../../src/model/indicators';
import {REGION_CODES} from '../../../src/model/region';
import {formatUrlState, parseUrlState} from '../../../src/state/url-state';
import {CLASS_METHODS, COMPARE_CODES, DATA_SOURCES, LAYER_IDS, LQ_BASES, THEMES, VIEW_LIMITS} from '../../../src/state/view-state';
import {encodeScenario} from '../../../src/io/scenario-codec';
import {emptyScenario} from '../../../src/model/scenario';

export const KEYS = ['v', 'lang', 'ind', 'sector', 'year', 'classes', 'n', 'breaks', 'region', 'layers', 'linksets', 'view', 'embed', 'theme', 'data', 'basis', 's', 'vs', 'compare'];

// Values that are valid somewhere, and the near misses people and programs make.
const VALID_VALUES = [
  ...LANGS, ...INDICATOR_IDS, ...CLASS_METHODS, ...REGION_CODES, ...LAYER_IDS, ...LINK_FAMILIES, ...THEMES, ...DATA_SOURCES, ...LQ_BASES,
  'KG', 'C', 'A', 'S', 'T', 'TOTAL', 'light_industry', 'mining', 'food_processing', '1', '0', '2', '5', '9', '10', '2018', '2024', '1990', '2100',
  'regions,growth', 'regions,growth,energy,links', '74.6,41.2,6', '0.5,1,2', '1,0.5', 'auto', 'interregional,concept', 'KG-C,KG', 'AbC-_=',
];
const NASTY_VALUES = [
  '', ' ', ',', ',,', 'NaN', 'Infinity', '-Infinity', '-0', '1e309', '0x10', '١٢', '２０１８', '9'.repeat(400), 'a'.repeat(7000),
  '<img src=x onerror=alert(1)>', '"><script>alert(1)</script>', '%', '%E0%A4%A', '%00', '%FF%FE', '\u0000', '\uD800', '\u202E', 'ky\u0000',
  'КЫРГЫЗ', 'Ош', 'REGIONS', 'Regions,,growth', 'regions,regions', 'KG-c', 'kg-c', 'lang=en', 'a=b&c=d', '#hash', '?v=1', '1;2;3', '1,2,NaN',
];
const key = fc.oneof(fc.constantFrom(...KEYS), fc.string({maxLength: 8}), fc.constantFrom('V', 'Lang', 'ind ', ' ind', 'layers[]', 'view%3D'));
const value = fc.oneof(
  fc.constantFrom(...VALID_VALUES),
  fc.constantFrom(...NASTY_VALUES),
  fc.string({maxLength: 40}),
  fc.string({unit: 'binary', maxLength: 20}),
  fc.array(fc.constantFrom(...VALID_VALUES, ...NASTY_VALUES.slice(0, 12)), {maxLength: 5}).map((xs) => xs.join(',')),
  fc.tuple(fc.double(), fc.double(), fc.double()).map((xs) => xs.join(',')),
  fc.integer({min: -100000, max: 100000}).map(String),
);
const encode = (s: string) => {
  try {
    return encodeURIComponent(s);
  } catch {
    return s; // a lone surrogate: sent as it is
  }
};
/** Values each key accepts (or nearly). */
const VALUES_OF: Record<string, string[]> = {
  v: ['1', '2', '0', '01'],
  lang: [...LANGS, 'KY', 'de'],
  ind: [...INDICATOR_IDS, 'LQ'],
  sector: ['C', 'A', 'S', 'T', 'TOTAL', 'light_industry', 'mining', 'food_processing', 'c', 'Z9'],
  year: ['2018', '2010', '2024', '2006', '2023', '1990', '2100', '2009', '2025', '18'],
  classes: [...CLASS_METHODS, 'Jenks'],
  n: ['2', '5', '9', '1', '10'],
  breaks: ['0.5,1,2', '1', '1,0.5', '0.5,,2', '-1e6,0,1e6'],
  region: [...REGION_CODES, 'KG', 'KG-X'],
  layers: ['', 'regions', 'regions,growth', 'links,energy', 'growth,growth', 'regions,roads'],
  linksets: ['', 'interregional', 'concept,interregional', 'other'],
  view: ['74.6,41.2,6', '0,0,0', '180,85,22', '181,0,1', '74,41', '74,41,6,1', '74,41,15', '0x4A,41,5'],
  embed: ['1', '0', 'true'],
  theme: [...THEMES, 'auto', 'blue'],
  data: [...DATA_SOURCES, 'remote'],
  basis: [...LQ_BASES, 'gdp'],
  s: ['AbC-_=', 'a b', 'x'.repeat(6001)],
  vs: ['difference', 'swipe', 'split', 'Swipe', ''],
  compare: ['KG-C,KG', 'KG', '', 'KG-C,KG-C', 'KG-Z'],
};
const knownPair = fc.constantFrom(...KEYS).chain((k) => fc.tuple(fc.constant(k), fc.oneof(fc.constantFrom(...VALUES_OF[k]!), value), fc.boolean()));
export const structuredQuery = fc
  .array(fc.oneof({weight: 3, arbitrary: knownPair}, {weight: 1, arbitrary: fc.tuple(key, value, fc.boolean())}), {maxLength: 12})
  .map((pairs) => pairs.map(([k, v, raw]) => `${raw ? k : encode(k)}=${raw ? v : encode(v)}`).join('&'));

/** A scenario's link code that the page reads (a valid permalink must not give a notice in the page). */
const encoded = encodeScenario({...emptyScenario('Fuzz'), settings: {potential: {aggregation: 'arithmetic'}}});
const SCENARIO_CODE = encoded.ok ? encoded.code : '';

const validView = fc.record({
  lang: fc.constantFrom(...LANGS),
  ind: fc.constantFrom(...INDICATOR_IDS),
  classes: fc.constantFrom(...CLASS_METHODS),
  n: fc.integer({min: 2, max: 9}),
  region: fc.option(fc.constantFrom(...REGION_CODES)),
  layers: fc.subarray([...LAYER_IDS]),
  compare: fc.subarray([...COMPARE_CODES]),
  view: fc.option(fc.record({lon: fc.double({min: VIEW_LIMITS.west, max: VIEW_LIMITS.east, noNaN: true}), lat: fc.double({min: VIEW_LIMITS.south, max: VIEW_LIMITS.north, noNaN: true}), zoom: fc.double({min: VIEW_LIMITS.minZoom, max: VIEW_LIMITS.maxZoom, noNaN: true})})),
  embed: fc.boolean(),
  s: fc.option(fc.constant(SCENARIO_CODE)),
  vs: fc.option(fc.constantFrom('difference', 'swipe', 'split') as fc.Arbitrary<'difference' | 'swipe' | 'split'>),
});
/** A valid permalink, from a random valid view. */
export const permalink = validView.map((v) => {
  const {state} = parseUrlState('', v.lang);
  const spec = INDICATORS[v.ind];
  return formatUrlState({
    ...state,
    ...v,
    sector: spec.defaultSector,
    year: spec.years?.default ?? null,
    breaks: v.classes === 'custom' ? [0.5, 1, 2] : null,
  });
});
type Mutation = (s: string, i: number, c: string) => string;
const MUTATIONS: Mutation[] = [
  (s, i) => s.slice(0, i) + s.slice(i + 1),
  (s, i, c) => s.slice(0, i) + c + s.slice(i),
  (s, i, c) => s.slice(0, i) + c + s.slice(i + 1),
  (s, i) => s.slice(0, i),
  (s, i) => s.slice(i),
  (s, i) => s + '&' + s.slice(i),
  (s) => s.toUpperCase(),
  (s) => s.replace(/,/g, ';'),
  (s) => s.replace(/=/g, '=%'),
  (s) => s.replace(/&/g, '&&'),
];
export const mutatedPermalink = fc
  .tuple(permalink, fc.array(fc.tuple(fc.nat(), fc.nat({max: MUTATIONS.length - 1}), fc.constantFrom('&', '=', ',', '%', '?', '#', '+', ' ', '\u0000', '9', '-', '.', 'é', '\uD83D')), {minLength: 1, maxLength: 4}))
  .map(([link, steps]) => steps.reduce((s, [pos, m, c]) => MUTATIONS[m]!(s, s.length ? pos % s.length : 0, c), link));
