import {describe, expect, it} from 'vitest';
import {fileEntry, userDataView} from '../../../src/model/user-data-view';

// As the import summary lists what a file gives (CANDIDATES order: lq by basis, spec, pc, grp-pc, potential).
const summary = {
  computable: [
    {ind: 'lq' as const, basis: 'employment' as const, years: [2021, 2022], sectors: ['C', 'F'], values: 18},
    {ind: 'spec' as const, basis: null, years: [2022], sectors: ['F'], values: 9},
  ],
};
const view = (ind: string, sector: string, year: number | null, basis = 'employment') => ({ind, sector, year, basis}) as Parameters<typeof userDataView>[1];

describe('where "show my data" takes the map', () => {
  it('from a published indicator: to the first indicator the file gives, on its first sector and latest year', () => {
    expect(userDataView(summary, view('integral', 'light_industry', null))).toEqual({ind: 'lq', basis: 'employment', sector: 'C', year: 2022});
    expect(userDataView(summary, view('lq2018', 'C', 2018))).toEqual({ind: 'lq', basis: 'employment', sector: 'C', year: 2022});
    expect(fileEntry(summary, view('integral', 'light_industry', null))).toBeUndefined();
  });

  it('keeps the view’s indicator where the file gives it, on a year and sector the file has', () => {
    expect(userDataView(summary, view('lq', 'F', 2021))).toEqual({ind: 'lq', basis: 'employment', sector: 'F', year: 2021});
    expect(userDataView(summary, view('spec', 'C', 2018))).toEqual({ind: 'spec', basis: 'employment', sector: 'F', year: 2022});
    // The manufacturing LQ is the employment LQ of section C: the file's latest year, not 2020.
    expect(userDataView(summary, view('mfg-lq', 'C', 2020))).toEqual({ind: 'mfg-lq', basis: 'employment', sector: 'C', year: 2022});
  });

  it('leaves an indicator the file cannot give for the first it can', () => {
    expect(userDataView(summary, view('lq', 'C', 2022, 'output'))).toEqual({ind: 'lq', basis: 'employment', sector: 'C', year: 2022});
    expect(userDataView(summary, view('grp-pc', 'TOTAL', 2020))).toEqual({ind: 'lq', basis: 'employment', sector: 'C', year: 2022});
    const noC = {computable: [{...summary.computable[0]!, sectors: ['F']}]};
    expect(userDataView(noC, view('mfg-lq', 'C', 2020))).toEqual({ind: 'lq', basis: 'employment', sector: 'F', year: 2022});
    const grp = {computable: [{ind: 'grp-pc' as const, basis: null, years: [2019, 2020], sectors: ['TOTAL'], values: 9}]};
    expect(userDataView(grp, view('integral', 'light_industry', null))).toEqual({ind: 'grp-pc', basis: 'employment', sector: 'TOTAL', year: 2020});
  });

  it('is none when the file gives nothing the atlas can compute', () => {
    expect(userDataView({computable: []}, view('integral', 'light_industry', null))).toBeNull();
  });
});
