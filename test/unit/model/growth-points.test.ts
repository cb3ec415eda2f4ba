import {describe, expect, it} from 'vitest';
import {hasSeparateProgramme, includesSubordinate, mapLabel, markerRadius, populationClass, populationKind} from '../../../src/model/growth-points';
import {shippedTables} from './shipped-data';

const rows = shippedTables().growthPoints;
const byId = (id: string) => rows.find((r) => r.id === id)!;

describe('growth points', () => {
  it('sorts populations into four classes, larger towns never drawn smaller', () => {
    expect(populationClass(1_137_882)).toBe(0);
    expect(populationClass(127_122)).toBe(1);
    expect(populationClass(25_000)).toBe(2);
    expect(populationClass(1427)).toBe(3);
    expect(populationClass(null)).toBeNull();
    const sorted = [...rows].sort((a, b) => a.population! - b.population!);
    for (let i = 1; i < sorted.length; i++) expect(markerRadius(sorted[i]!.population)).toBeGreaterThanOrEqual(markerRadius(sorted[i - 1]!.population));
  });

  it('tells census counts from estimates for every row', () => {
    const kinds = Object.fromEntries(rows.map((r) => [r.id, populationKind(r.population_scope)]));
    expect(kinds).toMatchObject({GP01: 'census', GP03: 'estimate', GP05: 'other', GP06: 'estimate', GP12: 'census', GP08: 'other'});
    expect(includesSubordinate(byId('GP01').population_scope)).toBe(true);
    expect(includesSubordinate(byId('GP11').population_scope)).toBe(true);
    expect(includesSubordinate(byId('GP02').population_scope)).toBe(false);
    // Jalal-Abad's 127,122 is the town's; the bracket is about a 2024 figure with its villages.
    expect(includesSubordinate(byId('GP18').population_scope)).toBe(false);
    expect(rows.filter((r) => includesSubordinate(r.population_scope)).map((r) => r.id)).toEqual(['GP01', 'GP10', 'GP11', 'GP16']);
  });

  it('says that Bishkek and Osh, and only they, have separate programmes', () => {
    expect(rows.filter(hasSeparateProgramme).map((r) => r.id)).toEqual(['GP01', 'GP02']);
  });

  it('writes short names on the map', () => {
    expect(mapLabel(byId('GP10').name_en)).toBe('Razzakov');
    expect(mapLabel(byId('GP17').name_en)).toBe('Kara-Köl');
    expect(mapLabel(byId('GP15').name_ky)).toBe('Сары-Таш');
    expect(mapLabel('Naryn')).toBe('Naryn');
  });
});
