import {describe, expect, it} from 'vitest';
import {editUnseen, indicatorForInput} from '../../../src/model/input-edit-reach';
import type {RegionValue} from '../../../src/model/indicator-result';
import type {InputEdit} from '../../../src/model/scenario';

const edit = (over: Partial<InputEdit> = {}): InputEdit => ({kind: 'input', region: 'KG-N', sector: 'C', indicator: 'employment_share', year: null, op: 'scale', value: 50, ...over});

describe('indicatorForInput', () => {
  it('is the indicator computed from the edited statistic itself', () => {
    expect(indicatorForInput(edit())).toEqual({ind: 'mfg-lq', sector: 'C'});
    expect(indicatorForInput(edit({indicator: 'employment', sector: 'F'}))).toEqual({ind: 'lq', sector: 'F', basis: 'employment'});
    expect(indicatorForInput(edit({indicator: 'establishments', sector: 'F'}))).toEqual({ind: 'lq', sector: 'F', basis: 'establishments'});
    expect(indicatorForInput(edit({indicator: 'output', sector: 'B'}))).toEqual({ind: 'spec', sector: 'B'});
    for (const indicator of ['grp', 'grp_per_capita', 'population'] as const) expect(indicatorForInput(edit({indicator, sector: 'TOTAL'}))).toEqual({ind: 'grp-pc', sector: 'TOTAL'});
  });

  it('is none for a region’s total of an industry statistic (a denominator of every industry)', () => {
    expect(indicatorForInput(edit({indicator: 'employment', sector: 'TOTAL'}))).toBeNull();
    expect(indicatorForInput(edit({indicator: 'output', sector: 'TOTAL'}))).toBeNull();
  });
});

describe('editUnseen', () => {
  const values = (naryn: RegionValue['status']): RegionValue[] => [
    {code: 'KG-B', value: 0.72, status: 'ok'},
    {code: 'KG-N', value: naryn === 'ok' ? 1.1 : null, status: naryn},
  ];
  it('says the map has no value for the edited region (the composite index in 2018 for Naryn)', () => {
    expect(editUnseen(edit(), {origin: 'computed', year: 2018, values: values('no_data')})).toBe('unknown-here');
    expect(editUnseen(edit(), {origin: 'computed', year: 2018, values: values('ok')})).toBeNull();
  });

  it('says the edit is for another year than the map’s', () => {
    expect(editUnseen(edit({year: 2020}), {origin: 'computed', year: 2018, values: values('ok')})).toBe('other-year');
    expect(editUnseen(edit({year: 2018}), {origin: 'computed', year: 2018, values: values('ok')})).toBeNull();
    // A period indicator (no year) and no result say nothing.
    expect(editUnseen(edit({year: 2020}), {origin: 'computed', year: null, values: values('ok')})).toBeNull();
    expect(editUnseen(edit(), null)).toBeNull();
  });

  it('says a published indicator does not change with the statistics', () => {
    expect(editUnseen(edit(), {origin: 'published', year: null, values: values('ok')})).toBe('published');
  });
});
