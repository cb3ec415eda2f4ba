// The scenario session's transitions (undo, a slider drag as one step, saving) and the difference
// between two results (classes centred on 0, rank changes).
import {describe, expect, it} from 'vitest';
import type {IndicatorResult} from '../../../src/model/indicator-result';
import {computedResult} from '../model/helpers';
import {comparison, differenceClasses, differences, NO_CHANGE_COLOR} from '../../../src/model/difference';
import {emptyScenario} from '../../../src/model/scenario';
import {addEdit, endDrag, liveSettings, newSession, removeEdit, replaceScenario, sameScenario, savePlan, freeName, setSettings, undo} from '../../../src/state/scenario-state';

describe('scenario session', () => {
  it('each edit is one undo step; undo walks back to the baseline', () => {
    let s = newSession();
    expect([s.dirty, s.computeKey]).toEqual([false, '']);
    s = addEdit(s, {kind: 'growth-remove', id: 'GP01'});
    s = setSettings(s, {potential: {weights: {pc: 2}}});
    expect(s.computeKey).not.toBe('');
    s = removeEdit(s, 0);
    expect(s.scenario.edits).toEqual([]);
    expect(s.dirty).toBe(true);
    s = undo(s);
    expect(s.scenario.edits).toEqual([{kind: 'growth-remove', id: 'GP01'}]);
    s = undo(undo(s));
    expect(sameScenario(s.scenario, emptyScenario())).toBe(true);
    expect(s.computeKey).toBe('');
    expect(undo(s)).toBe(s);
  });

  it('a slider drag shows every value and is one undo step', () => {
    let s = newSession();
    const before = s.scenario;
    for (const w of [1.25, 1.5, 1.75]) s = liveSettings(s, {potential: {weights: {pc: w}}});
    expect(s.scenario.settings).toEqual({potential: {weights: {pc: 1.75}}});
    expect(s.undo).toHaveLength(0);
    s = endDrag(s, before);
    expect(s.undo).toHaveLength(1);
    expect(sameScenario(undo(s).scenario, before)).toBe(true);
  });

  it('opening a saved scenario marks it saved (not dirty), and a setting back at its default is no setting', () => {
    const saved = {...emptyScenario('Saved'), edits: [{kind: 'growth-remove' as const, id: 'GP02'}]};
    const s = replaceScenario(addEdit(newSession(), {kind: 'growth-remove', id: 'GP01'}), saved, 'id-1');
    expect([s.savedId, s.dirty, s.scenario]).toEqual(['id-1', false, saved]);
    expect(setSettings(newSession(), {potential: {weights: {pc: 1}}}).scenario.settings).toEqual({});
    expect(sameScenario({...emptyScenario(), settings: {potential: {weights: {pc: 1}}}}, emptyScenario())).toBe(true);
  });
});

const result = (values: (number | null)[]): IndicatorResult => computedResult(values);

describe('savePlan: what Save does with the saved scenario', () => {
  const planA = {id: 's-1', name: 'Plan A'};
  it('a scenario never saved gets a new record, under its name or the default one', () => {
    expect(savePlan(' Plan A ', null, 'Scenario 1')).toEqual({kind: 'new', name: 'Plan A'});
    expect(savePlan('', null, 'Scenario 1')).toEqual({kind: 'new', name: 'Scenario 1'});
  });
  it('the same name updates the saved record', () => {
    expect(savePlan('Plan A', planA, 'Scenario 2')).toEqual({kind: 'update', id: 's-1', name: 'Plan A'});
    // An emptied name field is not a rename: the record keeps its name.
    expect(savePlan('  ', planA, 'Scenario 2')).toEqual({kind: 'update', id: 's-1', name: 'Plan A'});
  });
  it('another name saves a new record and keeps the old one (no silent overwrite)', () => {
    expect(savePlan('B-план', planA, 'Scenario 2')).toEqual({kind: 'copy', name: 'B-план', kept: 'Plan A'});
    expect(savePlan('plan a', planA, 'Scenario 2')).toEqual({kind: 'copy', name: 'plan a', kept: 'Plan A'});
  });
  it('a new record never takes the name of another saved scenario: it is numbered', () => {
    expect(savePlan('Plan B', null, 'Scenario 3', ['Plan B', 'Plan C'])).toEqual({kind: 'new', name: 'Plan B (2)'});
    expect(savePlan('', null, 'Scenario 2', ['Scenario 2', 'Scenario 2 (2)'])).toEqual({kind: 'new', name: 'Scenario 2 (3)'});
    // Renamed to another saved scenario's name: a copy, numbered; the opened one is kept.
    expect(savePlan('Plan B', planA, 'Scenario 3', ['Plan B'])).toEqual({kind: 'copy', name: 'Plan B (2)', kept: 'Plan A'});
    // Saving under its own name still updates it.
    expect(savePlan('Plan A', planA, 'Scenario 3', ['Plan B'])).toEqual({kind: 'update', id: 's-1', name: 'Plan A'});
    expect(freeName('План', [' План ', 'План (2)', 'План (4)'])).toBe('План (3)');
    expect(freeName('plan a', ['Plan A'])).toBe('plan a');
  });
});

describe('difference', () => {
  it('scenario − other per region, exactly 0 when equal, unknown when either is', () => {
    const a = result([1, 2, 3, 0.5, null, 1, 1, 1, 1]);
    const b = result([1, 1.5, 3, 1, 2, null, 1, 1, 1]);
    const rows = differences(a, b);
    expect(rows.map((r) => r.diff)).toEqual([0, 0.5, 0, -0.5, null, null, 0, 0, 0]);
    // Jalal-Abad: 2nd (after 3) here, 3rd (after 3 and 2) there: up one. Naryn: 8th here, 4th there.
    expect(rows[1]).toMatchObject({rank: 2, otherRank: 3, rankChange: 1});
    expect(rows[3]).toMatchObject({rank: 8, otherRank: 4, rankChange: -4});
    expect(rows[4]).toMatchObject({rank: null, rankChange: null});
  });

  it('floating-point noise is no change', () => {
    const rows = differences(result([0.1 + 0.2]), result([0.3]));
    expect(rows[0]!.diff).toBe(0);
  });

  it('classes are centred on 0: no change is neutral, any change is not, lower orange, higher purple', () => {
    const {classOf, classes, max} = differenceClasses([0, 0.3, -0.9, null, 1e-6]);
    expect(max).toBe(0.9);
    expect(classOf(0).color).toEqual(NO_CHANGE_COLOR.light);
    expect(classOf(1e-6).step).toBe(1);
    expect(classOf(-1e-6).step).toBe(-1);
    expect(classOf(0.9).step).toBe(3);
    expect(classOf(-0.9).color).toEqual([179, 88, 6, 255]); // PuOr orange end
    expect(classOf(0.9).color).toEqual([84, 39, 136, 255]); // PuOr purple end
    expect(classes.map((c) => c.step)).toEqual([-3, -2, -1, 0, 1, 2, 3]);
    expect(differenceClasses([0, 0]).classOf(0).step).toBe(0);
    // Nothing differs: the legend lists "no change" only.
    expect(differenceClasses([0, null, 0]).classes.map((c) => c.step)).toEqual([0]);
    expect(differenceClasses([0], 'dark').classOf(0).color).toEqual(NO_CHANGE_COLOR.dark);
  });

  it('the map, its legend and the table share one comparison per pair of results and theme', () => {
    const a = result([1, 2, 3]);
    const b = result([1, 1.5, 4]);
    const c = comparison(a, b, 'light');
    expect(c.rows).toEqual(differences(a, b));
    expect(c.classes).toEqual(differenceClasses([0, 0.5, -1]).classes);
    expect(comparison(a, b, 'light')).toBe(c);
    expect(comparison(a, b, 'dark')).not.toBe(c);
    expect(comparison(a, b, 'dark').classOf(0).color).toEqual(NO_CHANGE_COLOR.dark);
    expect(comparison(b, a, 'light').rows[1]!.diff).toBe(-0.5);
  });
});
