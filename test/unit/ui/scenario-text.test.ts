import {describe, expect, it} from 'vitest';
import type {AtlasData} from '../../../src/state/app-state';
import {describeEdit} from '../../../src/ui/scenario-text';
import {shippedTables} from '../model/shipped-data';

describe('a scenario edit in words', () => {
  it('writes a point as the page’s language does (no N and E in Russian or Kyrgyz)', () => {
    const base = {tables: shippedTables(), boundaries: {regions: {type: 'FeatureCollection', features: []}}} as unknown as AtlasData;
    const edit = {kind: 'growth-add', id: 'scn-gp-1', name: 'Kochkor', region: 'KG-N', lon: 75.75, lat: 42.2} as const;
    expect(describeEdit(edit, 'en', base, [edit])).toContain('42.200° N, 75.750° E');
    expect(describeEdit(edit, 'ru', base, [edit])).toContain('42,200° с. ш., 75,750° в. д.');
    const ky = describeEdit(edit, 'ky', base, [edit]);
    expect(ky).toContain('түндүк кеңдик 42,200°, чыгыш узундук 75,750°');
    expect(ky).not.toMatch(/° [NE]\b/);
  });
});

describe('a capacity edit in words', () => {
  it('writes the unit in the page’s script (МВт in Russian and Kyrgyz, as the form and the energy panel)', () => {
    const base = {tables: shippedTables(), boundaries: {regions: {type: 'FeatureCollection', features: []}}} as unknown as AtlasData;
    const site = shippedTables().energySites[0]!;
    const edit = {kind: 'site-capacity', id: site.id, capacityMw: 1860} as const;
    expect(describeEdit(edit, 'en', base, [edit])).toMatch(/1[\s\u00a0\u202f,]?860 MW/);
    for (const lang of ['ru', 'ky'] as const) {
      const text = describeEdit(edit, lang, base, [edit]);
      expect(text).toMatch(/1[\s\u00a0\u202f]?860\sМВт/);
      expect(text).not.toMatch(/MW/);
    }
  });
});
