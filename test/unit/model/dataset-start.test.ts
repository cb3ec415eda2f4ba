import {describe, expect, it} from 'vitest';
import {datasetStart} from '../../../src/model/dataset-start';

const summary = {
  years: [2021, 2022],
  computable: [
    {ind: 'lq' as const, basis: 'employment' as const, years: [2022], sectors: ['C', 'F'], values: 18},
    {ind: 'spec' as const, basis: null, years: [2021, 2022], sectors: ['F'], values: 9},
  ],
};

describe('where an imported dataset’s indicator opens', () => {
  it('keeps the view’s year and sector where the file has values', () => {
    expect(datasetStart(summary, 'lq', 'employment', {sector: 'F', year: 2022})).toEqual({sector: 'F', year: 2022});
    expect(datasetStart(summary, 'spec', 'employment', {sector: 'F', year: 2021})).toEqual({sector: 'F', year: 2021});
  });

  it('else opens on the latest year and the first sector the file gives the indicator for', () => {
    expect(datasetStart(summary, 'lq', 'employment', {sector: 'C', year: 2018})).toEqual({sector: 'C', year: 2022});
    expect(datasetStart(summary, 'spec', 'output', {sector: 'C', year: 2018})).toEqual({sector: 'F', year: 2022});
  });

  it('falls back to the file’s years for an indicator it cannot give, and leaves the sector', () => {
    expect(datasetStart(summary, 'pc', 'employment', {sector: 'C', year: 2018})).toEqual({sector: 'C', year: 2022});
    expect(datasetStart({years: [], computable: []}, 'pc', 'employment', {sector: 'C', year: 2018})).toEqual({sector: 'C', year: 2018});
  });
});
