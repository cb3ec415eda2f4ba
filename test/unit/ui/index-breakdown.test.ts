// @vitest-environment happy-dom
// "Why this value": the components the engine combined for a region, and why the others are left out.
import {render} from 'lit';
import {describe, expect, it} from 'vitest';
import {DEFAULT_POTENTIAL_SETTINGS} from '../../../src/model/cluster-potential';
import {REGION_CODES} from '../../../src/model/region';
import {componentsLine, componentsUsed, inSentence, indexBreakdown} from '../../../src/ui/index-breakdown';
import {computedResult} from '../model/helpers';

function shown(weights: Partial<typeof DEFAULT_POTENTIAL_SETTINGS.weights>) {
  const result = computedResult([1.07], {
    ind: 'potential',
    year: 2018,
    components: ['lq_employment', 'spec'],
    settings: {...DEFAULT_POTENTIAL_SETTINGS, weights: {...DEFAULT_POTENTIAL_SETTINGS.weights, ...weights}},
  });
  result.values[0]!.components = {lq_employment: 1.37, lq_establishments: null, pc: null, spec: 0.84};
  const host = document.createElement('div');
  render(indexBreakdown('en', result, REGION_CODES[0]!, 'Batken Region'), host);
  return host;
}

describe('indexBreakdown', () => {
  it('lists the components in use with their values and weights, and those no region has', () => {
    const host = shown({});
    expect([...host.querySelectorAll('tbody tr')].map((tr) => tr.textContent!.replace(/\s+/g, ' ').trim())).toEqual(['LQ on employment 1.37 1.00', 'Specialisation 0.84 1.00']);
    expect(host.querySelector('[data-kind=no-data]')!.textContent).toBe('Not used for this sector and year (no region has it): LQ on establishments, per-capita production.');
    expect(host.querySelector('[data-kind=zero-weight]')).toBeNull();
  });

  it('says a component weighted 0 by the scenario is left out by it, not for lack of data', () => {
    const host = shown({pc: 0});
    expect(host.querySelector('[data-kind=zero-weight]')!.textContent).toBe('Left out by the scenario (weight 0): per-capita production.');
    expect(host.querySelector('[data-kind=no-data]')!.textContent).toContain(': LQ on establishments.');
  });

  it('writes a label within a sentence with a small first letter, an abbreviation as it is', () => {
    expect(inSentence('ru', 'Специализация')).toBe('специализация');
    expect(inSentence('ky', 'Иш менен камсыз болгондор')).toBe('иш менен камсыз болгондор');
    expect(inSentence('en', 'Per-capita production')).toBe('per-capita production');
    for (const label of ['LQ on employment', 'ВРП на душу', 'GRP', 'A', '', 'специализация', '1,0'])
      expect(inSentence('ru', label)).toBe(label);
    // The Kyrgyz lists of the profile, as a reader sees them.
    const ky = computedResult([1.07], {ind: 'potential', year: 2015, components: ['lq_employment', 'spec'], settings: DEFAULT_POTENTIAL_SETTINGS});
    expect(componentsUsed('ky', ky)).toBe('Колдонулган түзүүчүлөр (2/4): иш менен камсыз болуунун локалдаштыруу коэффициенти (LQ), адистештирүү.');
  });

  it('says, under the value, how many of the four components the index rests on when not all', () => {
    const result = (components: string[]) => computedResult([1.07], {ind: 'potential', year: 2015, components, settings: DEFAULT_POTENTIAL_SETTINGS});
    expect(componentsUsed('en', result(['lq_employment']))).toBe('Components used (1 of 4): LQ on employment.');
    expect(componentsUsed('ru', result(['spec', 'lq_employment']))).toBe('Использованы составляющие (2 из 4): коэффициент локализации (LQ) по занятости, специализация.');
    expect(componentsUsed('en', result(['lq_employment', 'lq_establishments', 'pc', 'spec']))).toBeNull();
    expect(componentsUsed('en', computedResult([1.07], {ind: 'lq', year: 2015}))).toBeNull();
    const host = document.createElement('div');
    render(componentsLine('ky', result(['lq_employment'])), host);
    expect(host.querySelector('[data-kind=components-used]')!.textContent).toMatch(/^Колдонулган түзүүчүлөр \(1\/4\): /);
  });
});
