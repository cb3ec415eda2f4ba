import {describe, expect, it} from 'vitest';
import type {AtlasData} from '../../../src/state/app-state';
import {emptyScenario, type Scenario} from '../../../src/model/scenario';
import type {ScenarioSession} from '../../../src/state/scenario-state';
import {describeEdit, scenarioAssumptions, viewAssumptions} from '../../../src/ui/scenario-text';
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

describe('a scenario’s assumptions, for a reader of its CSV or picture', () => {
  const base = {tables: shippedTables(), boundaries: {regions: {type: 'FeatureCollection', features: []}}} as unknown as AtlasData;
  const input = {kind: 'input', indicator: 'employment_share', region: 'KG-N', sector: 'C', year: null, op: 'scale', value: 50} as const;
  const scenario = {...emptyScenario('Naryn +50 %'), settings: {potential: {weights: {spec: 2}}}, edits: [input, {kind: 'site-remove', id: 'EN05'} as const]} as Scenario;

  it('lists the changed settings, then the edits, in the editor’s words', () => {
    const lines = scenarioAssumptions('en', scenario, base);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/Specialisation.*2/);
    expect(lines[1]).toBe(describeEdit(input, 'en', base, scenario.edits));
    expect(lines[1]).toContain('Naryn Region');
    expect(lines[2]).toContain('Uch-Kurgan'); // named as published, though the scenario removed it
  });

  it('numbers them in one text for the view that shows the scenario, a few with how many more, and none for the baseline', () => {
    const session = {scenario} as ScenarioSession;
    const text = viewAssumptions('en', {scenario: session, atlas: base});
    expect(text).toMatch(/^1\) .*Specialisation.*; 2\) .*Naryn Region.*; 3\) .*Uch-Kurgan/);
    expect(viewAssumptions('en', {scenario: session, atlas: base}, 1)).toMatch(/^1\) .*Specialisation.*; and 2 more \(in the scenario’s link\)$/);
    expect(viewAssumptions('ru', {scenario: session, atlas: base}, 2)).toMatch(/; и ещё 1 \(в ссылке на сценарий\)$/);
    expect(viewAssumptions('en', {scenario: {scenario: emptyScenario('Empty')} as ScenarioSession, atlas: base})).toBe('');
    expect(viewAssumptions('en', {scenario: null, atlas: base})).toBe('');
  });
});
