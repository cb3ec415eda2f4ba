import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {exportFileName, slug} from '../../../src/export/file-name';

describe('exportFileName', () => {
  it('says what the file is: atlas, indicator, sector, period, language, scale', () => {
    expect(exportFileName({ind: 'integral', sector: 'mining', year: null, period: '2015–2019', lang: 'en'}, 'png')).toBe(
      'kg-cluster-atlas_integral_mining_2015-2019_en.png',
    );
    expect(exportFileName({ind: 'integral', sector: 'food_processing', year: null, period: '2015–2019', lang: 'ru', scale: 2}, 'png')).toBe(
      'kg-cluster-atlas_integral_food-processing_2015-2019_ru@2x.png',
    );
    expect(exportFileName({ind: 'mfg-lq', sector: 'C', year: 2024, period: null, lang: 'ky'}, 'csv')).toBe('kg-cluster-atlas_mfg-lq_c_2024_ky.csv');
    expect(exportFileName({ind: 'lq', sector: 'C', year: 2022, period: null, lang: null, userData: true, scenario: true}, 'geojson')).toBe(
      'kg-cluster-atlas_lq_c_2022_your-data_scenario.geojson',
    );
  });

  it('names a difference map apart from the scenario’s own map', () => {
    const parts = {ind: 'mfg-lq', sector: 'C', year: 2024, period: null, lang: 'en', scenario: true} as const;
    expect(exportFileName(parts, 'png')).toBe('kg-cluster-atlas_mfg-lq_c_2024_scenario_en.png');
    expect(exportFileName({...parts, difference: true}, 'png')).toBe('kg-cluster-atlas_mfg-lq_c_2024_scenario_difference_en.png');
    expect(exportFileName({...parts, difference: true, scale: 2}, 'png')).toBe('kg-cluster-atlas_mfg-lq_c_2024_scenario_difference_en@2x.png');
  });

  it('names a change over time by both years', () => {
    const parts = {ind: 'mfg-lq', sector: 'C', year: 2024, period: null, lang: 'ru', difference: true} as const;
    expect(exportFileName({...parts, from: 2010}, 'csv')).toBe('kg-cluster-atlas_mfg-lq_c_2010-2024_difference_ru.csv');
    expect(exportFileName({...parts, from: 2015}, 'png')).toBe('kg-cluster-atlas_mfg-lq_c_2015-2024_difference_ru.png');
    expect(exportFileName({...parts, from: null}, 'csv')).toBe('kg-cluster-atlas_mfg-lq_c_2024_difference_ru.csv');
  });

  it('names the article’s picture apart from the screen’s double size', () => {
    const parts = {ind: 'mfg-lq', sector: 'C', year: 2024, period: null, lang: 'ky', scale: 2} as const;
    expect(exportFileName(parts, 'png')).toBe('kg-cluster-atlas_mfg-lq_c_2024_ky@2x.png');
    expect(exportFileName({...parts, width: 640}, 'png')).toBe('kg-cluster-atlas_mfg-lq_c_2024_ky_640px@2x.png');
  });

  it('is always plain ASCII without separators that file systems or URLs mind', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.option(fc.integer({min: 1990, max: 2100}), {nil: null}), (ind, sector, year) => {
        const name = exportFileName({ind, sector, year, period: year === null ? 'Период 2015–2019' : null, lang: 'ky'}, 'csv');
        expect(name).toMatch(/^[a-z0-9_@.-]+$/);
        expect(name.startsWith('kg-cluster-atlas_')).toBe(true);
      }),
    );
  });

  it('slugs: lower case, dashes, no diacritics', () => {
    expect(slug('Ṣector  A–B__c')).toBe('sector-a-b-c');
    expect(slug('--x--')).toBe('x');
  });
});
