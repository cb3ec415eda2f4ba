import {describe, expect, it} from 'vitest';
import {capacityRadius, MIN_RADIUS, siteSymbol, symbolSvg, type SymbolSpec} from '../../../src/layers/energy-symbols';

const spec = (over: Partial<SymbolSpec> = {}): SymbolSpec => ({
  role: 'hub',
  color: '#0072B2',
  status: 'operating',
  precision: 'site',
  radius: 10,
  outline: '#111111',
  hollow: '#ffffff',
  ...over,
});

describe('energy symbols', () => {
  it('grow with capacity, area proportional to MW above the minimum', () => {
    expect(capacityRadius(null)).toBe(MIN_RADIUS);
    expect(capacityRadius(0.6)).toBe(MIN_RADIUS);
    expect(capacityRadius(2000)).toBe(20);
    expect(capacityRadius(500)).toBe(10);
    expect(capacityRadius(1860)).toBeGreaterThan(capacityRadius(1440));
  });

  it('draw hubs as circles and spokes as diamonds', () => {
    expect(symbolSvg(spec())).toContain('<circle');
    expect(symbolSvg(spec({role: 'spoke'}))).toContain('<path d="M');
  });

  it('show the location precision in the outline: solid, dashed, dotted', () => {
    expect(symbolSvg(spec())).not.toContain('stroke-dasharray');
    expect(symbolSvg(spec({precision: 'approx'}))).toContain('stroke-dasharray="5 3"');
    expect(symbolSvg(spec({precision: 'proxy'}))).toMatch(/stroke-dasharray="0\.01 [\d.]+" stroke-linecap="round"/);
  });

  it('fill operating sites, half-fill those under construction, leave planned ones hollow', () => {
    expect(symbolSvg(spec())).toContain('fill="#0072B2"');
    expect(symbolSvg(spec({status: 'construction'}))).toContain('clip-path');
    const planned = symbolSvg(spec({status: 'planned'}));
    expect(planned).toContain('fill="#ffffff"');
    expect(planned).not.toContain('clip-path');
  });

  it('draw nothing for a site without a location', () => {
    expect(siteSymbol({status: 'announced', coord_precision: 'not_located', capacity_mw: 1000}, 'spoke', '#E69F00', {outline: '#000', hollow: '#fff'})).toBeNull();
    expect(siteSymbol({status: 'operating', coord_precision: 'approx_derived', capacity_mw: 100}, 'hub', '#0072B2', {outline: '#000', hollow: '#fff'})).toMatchObject({
      precision: 'approx',
    });
  });
});
