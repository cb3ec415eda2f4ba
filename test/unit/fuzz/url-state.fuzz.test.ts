// Fuzzing the permalink parser (README "Permalinks"): more than 10,000 random, structured and mutated
// query strings. Whatever the link, parseUrlState never throws, returns a view every part of the atlas
// accepts, reports what it could not use as short notices, and what it returns writes back to a link
// that parses to the same view without any notice. Fixed seed (test/unit/setup.ts), bounded runs.
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {LANGS, type Lang} from '../../../src/i18n/i18n';
import {LINK_FAMILIES} from '../../../src/model/link-families';
import {acceptsSector, INDICATOR_IDS, INDICATORS} from '../../../src/model/indicators';
import {REGION_CODES} from '../../../src/model/region';
import {formatUrlState, MAX_SCENARIO_PARAM, parseUrlState, type ParsedUrl} from '../../../src/state/url-state';
import {CLASS_METHODS, COMPARE_CODES, COMPARE_MODES, DATA_SOURCES, LAYER_IDS, LQ_BASES, MAX_BREAK, THEMES, VIEW_LIMITS, type ViewState} from '../../../src/state/view-state';
import {KEYS, mutatedPermalink, permalink, structuredQuery} from './url-arbitraries';

const REASONS = ['unknown-value', 'out-of-range', 'malformed', 'not-ascending', 'no-year', 'newer-version', 'too-long', 'no-user-data', 'needs-scenario', 'needs-breaks'];

const isSubsetInOrder = (list: readonly string[], all: readonly string[]) =>
  new Set(list).size === list.length && list.every((x, i) => all.includes(x) && (i === 0 || all.indexOf(x) > all.indexOf(list[i - 1]!)));

/** Every field of the view is one the atlas accepts. */
function expectValidView(s: ViewState): void {
  expect(LANGS).toContain(s.lang);
  expect(INDICATOR_IDS).toContain(s.ind);
  const spec = INDICATORS[s.ind];
  expect(acceptsSector(spec, s.sector), `sector ${s.sector} for ${s.ind}`).toBe(true);
  if (spec.years) {
    expect(Number.isInteger(s.year)).toBe(true);
    expect(s.year).toBeGreaterThanOrEqual(spec.years.min);
    expect(s.year).toBeLessThanOrEqual(spec.years.max);
  } else expect(s.year).toBeNull();
  expect(CLASS_METHODS).toContain(s.classes);
  expect(Number.isInteger(s.n) && s.n >= 2 && s.n <= 9).toBe(true);
  if (s.classes === 'custom') {
    expect(s.breaks).not.toBeNull();
    expect(s.breaks!.length).toBeGreaterThan(0);
    expect(s.breaks!.every((b, i) => Number.isFinite(b) && Math.abs(b) <= MAX_BREAK && (i === 0 || b > s.breaks![i - 1]!))).toBe(true);
  }
  expect(s.region === null || (REGION_CODES as readonly string[]).includes(s.region)).toBe(true);
  expect(isSubsetInOrder(s.layers, LAYER_IDS)).toBe(true);
  expect(isSubsetInOrder(s.linksets, LINK_FAMILIES)).toBe(true);
  expect(isSubsetInOrder(s.compare, COMPARE_CODES)).toBe(true);
  if (s.view) {
    const {lon, lat, zoom} = s.view;
    expect([lon, lat, zoom].every(Number.isFinite)).toBe(true);
    const l = VIEW_LIMITS;
    expect(lon >= l.west && lon <= l.east && lat >= l.south && lat <= l.north && zoom >= l.minZoom && zoom <= l.maxZoom).toBe(true);
  }
  expect(typeof s.embed).toBe('boolean');
  expect(s.theme === null || (THEMES as readonly string[]).includes(s.theme)).toBe(true);
  expect(DATA_SOURCES).toContain(s.data);
  expect(LQ_BASES).toContain(s.basis);
  expect(s.s === null || (s.s.length <= MAX_SCENARIO_PARAM && /^[A-Za-z0-9+/=_-]+$/.test(s.s))).toBe(true);
  // A comparison travels only with the scenario it compares.
  expect(s.vs === null || (s.s !== null && COMPARE_MODES.includes(s.vs))).toBe(true);
}

function check(query: string, fallback: Lang = 'ky'): ParsedUrl {
  const parsed = parseUrlState(query, fallback);
  expectValidView(parsed.state);
  for (const n of parsed.notices) {
    expect(KEYS).toContain(n.param);
    expect(REASONS).toContain(n.reason);
    expect(n.value.length).toBeLessThanOrEqual(80);
  }
  // What it returns is a permalink of its own: written and read back, the same view and no notice.
  const written = formatUrlState(parsed.state);
  const again = parseUrlState(written, fallback === 'ky' ? 'en' : 'ky');
  expect(again.notices, written).toEqual([]);
  expect(formatUrlState(again.state)).toBe(written);
  return parsed;
}

describe('parseUrlState under fuzzing', () => {
  it('survives 3,000 arbitrary strings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({maxLength: 200}), fc.string({unit: 'binary', maxLength: 200}), fc.string({unit: 'grapheme', maxLength: 100})), fc.constantFrom(...LANGS), (q, lang) => {
        check(q, lang);
        check(`?${q}`, lang);
      }),
      {numRuns: 3000},
    );
  }, 60_000);

  it('survives 4,000 structured query strings of known and unknown keys, valid and nasty values', () => {
    // The generator must reach both sides: links that set something and links that are refused.
    let withNotice = 0;
    let changedView = 0;
    fc.assert(
      fc.property(structuredQuery, (q) => {
        const {state, notices} = check(q);
        if (notices.length > 0) withNotice++;
        if (formatUrlState(state) !== formatUrlState(parseUrlState('', 'ky').state)) changedView++;
      }),
      {numRuns: 4000},
    );
    expect(withNotice).toBeGreaterThan(400);
    expect(changedView).toBeGreaterThan(400);
  }, 60_000);

  it('survives 3,500 mutated permalinks, and reads every unmutated one without a notice', () => {
    fc.assert(
      fc.property(permalink, (link) => {
        expect(check(link).notices).toEqual([]);
      }),
      {numRuns: 500},
    );
    let withNotice = 0;
    fc.assert(
      fc.property(mutatedPermalink, (q) => {
        if (check(q).notices.length > 0) withNotice++;
      }),
      {numRuns: 3000},
    );
    expect(withNotice).toBeGreaterThan(300);
  }, 60_000);

  it('reports a hostile value as a short notice, and keeps the default', () => {
    const {state, notices} = check('lang=en&ind=<img src=x onerror=alert(1)>&layers=' + 'x'.repeat(5000));
    expect(state.ind).toBe('integral');
    expect(notices.map((n) => n.param)).toEqual(['ind', 'layers']);
    expect(notices[0]!.value).toBe('<img src=x onerror=alert(1)>');
    expect(notices[1]!.value.length).toBe(80);
  }, 60_000);
});
