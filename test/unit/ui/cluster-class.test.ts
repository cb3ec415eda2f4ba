import {describe, expect, it} from 'vitest';
import {DEFAULT_ENRIGHT_THRESHOLDS, ENRIGHT_TYPES} from '../../../src/model/cluster-classification';
import type {ClassificationResult} from '../../../src/model/compute-indicator';
import {classificationText} from '../../../src/ui/kg-cluster-class';

const result = (regions: ClassificationResult['regions']): ClassificationResult => ({sector: 'C', year: 2021, thresholds: DEFAULT_ENRIGHT_THRESHOLDS, regions, sources: []});

describe('the profile’s cluster classification in words', () => {
  it('says yes, no or unknown, and names every Enright type in every language', () => {
    const r = result([
      {code: 'KG-B', strong: false, type: 'potential'},
      {code: 'KG-J', strong: true, type: 'working_or_latent'},
      {code: 'KG-C', strong: null, type: null},
    ]);
    expect(classificationText(r, 'KG-B', 'en')).toEqual({strong: 'no', type: 'potential'});
    expect(classificationText(r, 'KG-J', 'ru')).toEqual({strong: 'да', type: 'работающий или латентный (взаимодействие неизвестно)'});
    expect(classificationText(r, 'KG-C', 'ky')).toEqual({strong: 'белгисиз', type: 'белгисиз'});
    // A region the result does not hold is unknown, never "no".
    expect(classificationText(r, 'KG-N', 'en')).toEqual({strong: 'unknown', type: 'unknown'});
    for (const type of ENRIGHT_TYPES)
      for (const lang of ['ky', 'ru', 'en'] as const) {
        const words = classificationText(result([{code: 'KG-B', strong: false, type}]), 'KG-B', lang).type;
        expect(words, `${lang} ${type}`).not.toMatch(/^profile\./);
      }
  });
});
