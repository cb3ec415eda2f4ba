import {describe, expect, it} from 'vitest';
import {formatUrlState, parseUrlState} from '../../../src/state/url-state';
import {breaksProblem, COMPARE_CODES, defaultViewState, type ViewState} from '../../../src/state/view-state';
import {MAX_CLASSES} from '../../../src/model/classify';

const parse = (q: string) => parseUrlState(q, 'ky');

describe('parseUrlState', () => {
  it('gives the default view for an empty query, in the fallback language', () => {
    const {state, notices} = parseUrlState('', 'ru');
    expect(state).toEqual(defaultViewState('ru'));
    expect(notices).toEqual([]);
  });

  it('reads every key of version 1', () => {
    const {state, notices} = parse(
      '?v=1&lang=en&ind=mfg-lq&sector=C&year=2018&from=2010&classes=custom&n=4&breaks=0.5,1,1.5&region=KG-C' +
        '&layers=regions,energy&linksets=concept&view=74.5,41.2,6.5&embed=1&theme=dark&data=user&basis=output&s=abc_-&vs=swipe&compare=KG,KG-J,KG-C',
    );
    expect(notices).toEqual([]);
    expect(state).toEqual({
      lang: 'en',
      ind: 'mfg-lq',
      sector: 'C',
      year: 2018,
      from: 2010,
      classes: 'custom',
      n: 4,
      breaks: [0.5, 1, 1.5],
      region: 'KG-C',
      layers: ['regions', 'energy'],
      linksets: ['concept'],
      view: {lon: 74.5, lat: 41.2, zoom: 6.5},
      embed: true,
      theme: 'dark',
      data: 'user',
      basis: 'output',
      s: 'abc_-',
      vs: 'swipe',
      compare: ['KG-J', 'KG-C', 'KG'],
    } satisfies ViewState);
  });

  it.each([
    ['lang=fr', 'lang', 'unknown-value'],
    ['ind=gdp', 'ind', 'unknown-value'],
    ['ind=integral&sector=Z', 'sector', 'unknown-value'],
    ['ind=mfg-lq&year=1999', 'year', 'out-of-range'],
    ['classes=rainbow', 'classes', 'unknown-value'],
    ['n=12', 'n', 'out-of-range'],
    ['classes=custom&breaks=3,2,1', 'breaks', 'not-ascending'],
    ['classes=custom&breaks=1,1', 'breaks', 'not-ascending'],
    ['classes=custom&breaks=abc', 'breaks', 'malformed'],
    // Custom classes with no breaks at all: the link lacks them (and the default classes are shown).
    ['classes=custom', 'classes', 'needs-breaks'],
    // Breaks far beyond any indicator's values (ratios and indices, about 0–20), or more than 9 classes.
    ['classes=custom&breaks=-1e308,0,1e308', 'breaks', 'out-of-range'],
    ['classes=custom&breaks=0,1e200', 'breaks', 'out-of-range'],
    ['classes=custom&breaks=1000001', 'breaks', 'out-of-range'],
    ['classes=custom&breaks=1,2,3,4,5,6,7,8,9', 'breaks', 'out-of-range'],
    // A year for an indicator without years (the integral coefficient is one period, 2015–2019).
    ['ind=integral&year=2015', 'year', 'no-year'],
    ['region=KG-X', 'region', 'unknown-value'],
    ['layers=regions,roads', 'layers', 'unknown-value'],
    ['linksets=concept,roads', 'linksets', 'unknown-value'],
    // Numbers the site does not offer are out of range; what is not a number is malformed.
    ['ind=mfg-lq&year=abc', 'year', 'malformed'],
    ['ind=mfg-lq&year=NaN', 'year', 'malformed'],
    ['n=', 'n', 'malformed'],
    ['n=5.0', 'n', 'malformed'],
    ['view=500,0,3', 'view', 'out-of-range'],
    // A view outside the basemap or the map's zooms: the map would show an empty corner, or another zoom.
    ['view=180,85,22', 'view', 'out-of-range'],
    ['view=74.5,41.5,15', 'view', 'out-of-range'],
    ['view=0,0,0', 'view', 'out-of-range'],
    ['view=74.5,41.5', 'view', 'malformed'],
    // Only decimal numbers with a dot.
    ['view=0x4A,41,5', 'view', 'malformed'],
    ['view=74,41,Infinity', 'view', 'malformed'],
    ['view=74,41,', 'view', 'malformed'],
    ['classes=custom&breaks=0x10', 'breaks', 'malformed'],
    ['embed=yes', 'embed', 'unknown-value'],
    ['theme=pink', 'theme', 'unknown-value'],
    ['v=2', 'v', 'newer-version'],
    [`s=${'a'.repeat(7000)}`, 's', 'too-long'],
    ['compare=KG-C,KG-Z', 'compare', 'unknown-value'],
    ['s=abc&vs=overlay', 'vs', 'unknown-value'],
    ['vs=swipe', 'vs', 'needs-scenario'],
    // The year compared with: one the indicator has, other than the map's own.
    ['ind=mfg-lq&year=2024&from=2009', 'from', 'out-of-range'],
    ['ind=mfg-lq&year=2024&from=2024', 'from', 'out-of-range'],
    ['ind=mfg-lq&from=2024', 'from', 'out-of-range'],
    ['ind=mfg-lq&year=2024&from=20x0', 'from', 'malformed'],
    ['ind=mfg-lq&year=2024&from=+2010', 'from', 'malformed'],
    ['ind=mfg-lq&year=2024&from=', 'from', 'malformed'],
    ['ind=lq2018&from=2017', 'from', 'out-of-range'],
    ['ind=integral&from=2015', 'from', 'no-year'],
  ])('falls back politely for %s', (query, param, reason) => {
    const {state, notices} = parse(query);
    expect(notices).toEqual([expect.objectContaining({param, reason})]);
    expect(state).toBeDefined();
  });

  it('reads the year compared with, and writes it back', () => {
    const {state, notices} = parse('lang=en&ind=mfg-lq&sector=C&year=2024&from=2010');
    expect(notices).toEqual([]);
    expect([state.year, state.from]).toEqual([2024, 2010]);
    expect(formatUrlState(state)).toContain('&from=2010');
    expect(parseUrlState(formatUrlState(state), 'ky').state).toEqual(state);
    // A later year is allowed too: the change is always the map's year minus it.
    expect(parse('ind=grp-pc&year=2010&from=2023').state.from).toBe(2023);
    // Without the key, none, and none written.
    expect(parse('ind=mfg-lq').state.from).toBeNull();
    expect(formatUrlState(parse('ind=mfg-lq').state)).not.toContain('from=');
  });

  it('reads a view inside the basemap and the zooms the map offers, and decimal breaks', () => {
    expect(parse('view=74.5,41.2,6.5').state.view).toEqual({lon: 74.5, lat: 41.2, zoom: 6.5});
    expect(parse('view=62,26,3').state.view).toEqual({lon: 62, lat: 26, zoom: 3});
    expect(parse('view=88,50,11.99').state.view).toEqual({lon: 88, lat: 50, zoom: 11.99});
    expect(parse('classes=custom&breaks=-1.5,.5,2,1e3').state.breaks).toEqual([-1.5, 0.5, 2, 1000]);
  });

  it('falls back from custom classes without usable breaks to the default classes, and names them', () => {
    const shown = 'classes.method.diverging';
    for (const [query, param, reason] of [
      ['classes=custom', 'classes', 'needs-breaks'],
      ['classes=custom&breaks=3,2,1', 'breaks', 'not-ascending'],
      ['classes=custom&breaks=abc', 'breaks', 'malformed'],
      ['classes=custom&n=4&breaks=0,1e200', 'breaks', 'out-of-range'],
    ]) {
      const {state, notices} = parse(query!);
      expect(state.classes, query).toBe(defaultViewState('ky').classes);
      expect(state.breaks, query).toBeNull();
      expect(notices, query).toEqual([expect.objectContaining({param, reason, shown})]);
    }
    // Other classes are shown as the link asks: the notice names nothing else.
    const {state, notices} = parse('classes=quantile&breaks=abc');
    expect(state.classes).toBe('quantile');
    expect(notices).toEqual([{param: 'breaks', value: 'abc', reason: 'malformed'}]);
  });

  it('takes breaks up to ±1,000,000 (MAX_BREAK)', () => {
    expect(parse('classes=custom&breaks=-1e6,0,1000000').state.breaks).toEqual([-1e6, 0, 1e6]);
    expect(parse('classes=custom&breaks=-1e6,0,1000000').notices).toEqual([]);
  });

  it('keeps the indicator when only the sector is wrong', () => {
    const {state} = parse('ind=integral&sector=C');
    expect(state.ind).toBe('integral');
    expect(state.sector).toBe('light_industry');
  });

  it('reads the comparison in canonical order, without repeats, and an empty one as none', () => {
    expect(parse('compare=KG,KG-GO,KG-B,KG-B').state.compare).toEqual(['KG-B', 'KG-GO', 'KG']);
    expect(parse('compare=').state.compare).toEqual([]);
    expect(parse('').state.compare).toEqual([]);
  });

  it('cuts very long offending values in its notices', () => {
    const {notices} = parse(`lang=${'x'.repeat(500)}`);
    expect(notices[0]!.value.length).toBeLessThanOrEqual(80);
  });

  it('never throws on garbage', () => {
    for (const q of ['%', '&&&', '?=&=', 'lang=%E0%A4%A', 'view=,,', 'breaks=NaN', 'n=2.5', '<script>alert(1)</script>'])
      expect(() => parse(q)).not.toThrow();
  });
});

describe('linksets (which families of cluster links)', () => {
  it('defaults to the proposed inter-regional clusters', () => {
    expect(parse('').state.linksets).toEqual(['interregional']);
  });

  it('reads both families, in canonical order, and none', () => {
    expect(parse('linksets=concept,interregional').state.linksets).toEqual(['interregional', 'concept']);
    expect(parse('linksets=').state.linksets).toEqual([]);
  });

  it('is written only when it differs from the default', () => {
    expect(formatUrlState(defaultViewState('en'))).not.toContain('linksets');
    expect(formatUrlState({...defaultViewState('en'), linksets: ['interregional', 'concept']})).toContain('linksets=interregional,concept');
    expect(formatUrlState({...defaultViewState('en'), linksets: []})).toMatch(/linksets=(&|$)/);
  });
});

/** Views whose round trip is checked; together they set every key to a non-default value. */
const views: ViewState[] = [
  defaultViewState('ky'),
  {
    ...defaultViewState('en'),
    ind: 'lq2018',
    sector: 'B',
    year: 2018,
    classes: 'custom',
    n: 3,
    breaks: [0.8, 1.25],
    region: 'KG-GO',
    layers: [],
    linksets: ['concept', 'interregional'],
    view: {lon: 72.8, lat: 40.5, zoom: 9.25},
    embed: true,
    theme: 'light',
    data: 'user',
    basis: 'establishments',
    s: 'N4Ig',
    vs: 'difference',
    compare: ['KG-B', 'KG-GO', 'KG'],
  },
  {...defaultViewState('ru'), ind: 'grp-pc', sector: 'TOTAL', year: 2010, from: 2020, classes: 'jenks', n: 7, layers: ['links', 'growth'], linksets: []},
  {...defaultViewState('en'), ind: 'integral', sector: 'mining', classes: 'equal', n: 2, compare: [...COMPARE_CODES]},
  {...defaultViewState('en'), ind: 'mfg-lq', sector: 'C', year: 2024, classes: 'quantile', n: 9, region: 'KG-J'},
];

describe('formatUrlState', () => {
  it('round-trips every key', () => {
    for (const v of views) {
      const expected = {
        ...v,
        layers: ['regions', 'growth', 'energy', 'links'].filter((l) => v.layers.includes(l as never)),
        linksets: ['interregional', 'concept'].filter((l) => v.linksets.includes(l as never)),
      };
      const {state, notices} = parse(formatUrlState(v));
      expect(notices).toEqual([]);
      expect(state).toEqual(expected);
    }
  });

  it('is tested with every key of the view set to something other than its default', () => {
    const d = defaultViewState('ky') as unknown as Record<string, unknown>;
    const changed = new Set(
      views.flatMap((v) => Object.entries(v).filter(([k, x]) => JSON.stringify(x) !== JSON.stringify(d[k])).map(([k]) => k)),
    );
    expect([...changed].sort()).toEqual(Object.keys(d).sort());
  });

  it('writes the core keys explicitly so that links keep their meaning if defaults change', () => {
    expect(formatUrlState(defaultViewState('ky'))).toBe(
      'v=1&lang=ky&ind=integral&sector=light_industry&classes=diverging&n=5&layers=regions,growth',
    );
  });
});

describe('breaksProblem', () => {
  it('takes as many breaks as the legend offers classes, less one (its 8 is MAX_CLASSES − 1 written out)', () => {
    expect(breaksProblem(Array.from({length: MAX_CLASSES - 1}, (_, i) => i))).toBeNull();
    expect(breaksProblem(Array.from({length: MAX_CLASSES}, (_, i) => i))).toBe('out-of-range');
  });
});
