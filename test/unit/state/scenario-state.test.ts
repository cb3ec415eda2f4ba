// The scenario session's transitions (undo, a slider drag as one step, saving) and the difference
// between two results (classes centred on 0, rank changes).
import {describe, expect, it} from 'vitest';
import type {IndicatorResult} from '../../../src/model/indicator-result';
import {computedResult} from '../model/helpers';
import {comparison, differenceClasses, differences, NO_CHANGE_COLOR} from '../../../src/model/difference';
import {emptyScenario} from '../../../src/model/scenario';
import {encodeScenario, decodeScenario} from '../../../src/io/scenario-codec';
import {
  addEdit,
  afterDelete,
  afterRename,
  afterSave,
  endDrag,
  freeName,
  linkSession,
  liveSettings,
  losesDraft,
  newSession,
  redo,
  removeEdit,
  renameProblem,
  replaceScenario,
  sameScenario,
  savePlan,
  setSettings,
  stepChange,
  tabMemory,
  toBaseline,
  undo,
  versionOf,
  withScenario,
  type ScenarioSession,
} from '../../../src/state/scenario-state';

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
    const before = versionOf(s);
    for (const w of [1.25, 1.5, 1.75]) s = liveSettings(s, {potential: {weights: {pc: w}}});
    expect(s.scenario.settings).toEqual({potential: {weights: {pc: 1.75}}});
    expect(s.undo).toHaveLength(0);
    s = endDrag(s, before);
    expect(s.undo).toHaveLength(1);
    expect(sameScenario(undo(s).scenario, before.scenario)).toBe(true);
    expect(undo(s).dirty).toBe(false);
  });

  it('opening a saved scenario marks it saved (not dirty), and a setting back at its default is no setting', () => {
    const saved = {...emptyScenario('Saved'), edits: [{kind: 'growth-remove' as const, id: 'GP02'}]};
    const s = replaceScenario(addEdit(newSession(), {kind: 'growth-remove', id: 'GP01'}), saved, {id: 'id-1', savedAt: 't1'});
    expect([s.savedId, s.savedAt, s.dirty, s.scenario]).toEqual(['id-1', 't1', false, saved]);
    expect(setSettings(newSession(), {potential: {weights: {pc: 1}}}).scenario.settings).toEqual({});
    expect(sameScenario({...emptyScenario(), settings: {potential: {weights: {pc: 1}}}}, emptyScenario())).toBe(true);
  });
});

describe('undo brings back the saved record a version belonged to, and whether it was saved', () => {
  const named = (s: ScenarioSession, name: string) => withScenario(s, {...s.scenario, name});
  /** "Plan A" (LQ on employment weighs 2), saved as record A at t1. */
  const planA = () => {
    const s = setSettings(newSession(), {potential: {weights: {lq_employment: 2}}});
    const scenario = {...s.scenario, name: 'Plan A'};
    return afterSave(s, scenario, {id: 'A', savedAt: 't1'}, true);
  };

  it('Open, then Undo: the draft again, saved in no record (Save makes a new one, Plan A is untouched)', () => {
    let s = planA();
    s = toBaseline(s);
    // Nor Plan A's name: edits made next are a new draft, not Plan A.
    expect([s.savedId, s.savedAt, s.dirty, s.scenario.edits, s.scenario.settings, s.scenario.name]).toEqual([null, null, false, [], {}, '']);
    s = setSettings(s, {potential: {weights: {spec: 3}}});
    const draft = s.scenario;
    s = replaceScenario(s, planA().scenario, {id: 'A', savedAt: 't1'});
    expect([s.savedId, s.dirty]).toEqual(['A', false]);
    s = undo(s);
    expect([s.scenario, s.savedId, s.savedAt, s.dirty]).toEqual([draft, null, null, true]);
    expect(savePlan(s.scenario.name, null, 'Scenario 2', ['Plan A'])).toEqual({kind: 'new', name: 'Scenario 2'});
  });

  it('the baseline is no unsaved edits: "Back to the baseline" from Plan A, or a draft\'s last edit removed', () => {
    expect(toBaseline(planA())).toMatchObject({savedId: null, dirty: false});
    expect(toBaseline(addEdit(newSession(), {kind: 'growth-remove', id: 'GP01'})).dirty).toBe(false);
    expect(removeEdit(addEdit(newSession(), {kind: 'growth-remove', id: 'GP01'}), 0).dirty).toBe(false);
    // A named baseline is no edits either; Plan A emptied is (Save would empty the saved record).
    expect(named(newSession(), 'Plan C').dirty).toBe(false);
    expect(removeEdit(addEdit(planA(), {kind: 'growth-remove', id: 'GP01'}), 0).dirty).toBe(true);
    expect(liveSettings(planA(), {}).dirty).toBe(true);
    expect(liveSettings(setSettings(newSession(), {potential: {weights: {pc: 2}}}), {}).dirty).toBe(false);
  });

  it('Open or Import over unsaved edits would lose them (the editor asks first); over saved ones or none, not', () => {
    const draft = addEdit(newSession(), {kind: 'growth-remove', id: 'GP01'});
    expect(losesDraft(draft, planA().scenario)).toBe(true);
    expect(losesDraft(draft, draft.scenario)).toBe(false);
    expect(losesDraft(planA(), emptyScenario('Plan B'))).toBe(false);
    expect(losesDraft(newSession(), planA().scenario)).toBe(false);
    expect(losesDraft(toBaseline(planA()), planA().scenario)).toBe(false);
    expect(losesDraft(addEdit(planA(), {kind: 'growth-remove', id: 'GP01'}), planA().scenario)).toBe(true);
  });

  it('"Back to the baseline", then Undo: Plan A again, saved, and Save updates it', () => {
    const a = planA();
    const s = undo(toBaseline(a));
    expect([s.scenario, s.savedId, s.savedAt, s.dirty]).toEqual([a.scenario, 'A', 't1', false]);
  });

  it('saving relinks the versions that led to it: Undo, then Save, updates the saved record', () => {
    // A draft of two edits saved as R: the versions before are R's now, unsaved edits of it.
    let s = addEdit(addEdit(newSession(), {kind: 'growth-remove', id: 'GP01'}), {kind: 'growth-remove', id: 'GP02'});
    s = afterSave(s, {...s.scenario, name: 'R'}, {id: 'R', savedAt: 't1'}, true);
    let back = undo(s);
    expect([back.savedId, back.savedAt, back.dirty, back.scenario.edits.length]).toEqual(['R', 't1', true, 1]);
    // Plan A opened, edited, saved again (t2): its versions know the new date, and that they differ from it.
    s = replaceScenario(s, planA().scenario, {id: 'A', savedAt: 't1'});
    s = addEdit(s, {kind: 'growth-remove', id: 'GP03'});
    s = afterSave(s, s.scenario, {id: 'A', savedAt: 't2'}, true);
    back = undo(s);
    expect([back.savedId, back.savedAt, back.dirty]).toEqual(['A', 't2', true]);
    // Further back: R's versions, as they were.
    back = undo(back);
    expect([back.savedId, back.savedAt, back.dirty, back.scenario.name]).toEqual(['R', 't1', false, 'R']);
    // A version equal to what was saved is saved.
    const same = afterSave(addEdit(planA(), {kind: 'growth-remove', id: 'GP04'}), planA().scenario, {id: 'A', savedAt: 't3'}, true);
    expect(undo(same)).toMatchObject({savedId: 'A', savedAt: 't3', dirty: false});
  });

  it('a draft relinked on saving goes back no further than the last other saved scenario', () => {
    let s = toBaseline(planA());
    s = addEdit(s, {kind: 'growth-remove', id: 'GP01'});
    s = afterSave(s, s.scenario, {id: 'R', savedAt: 't5'}, true);
    s = undo(s);
    expect([s.savedId, s.dirty, s.scenario.edits]).toEqual(['R', true, []]);
    s = undo(s);
    expect([s.savedId, s.savedAt, s.dirty, s.scenario.name]).toEqual(['A', 't1', false, 'Plan A']);
  });

  it('a renamed scenario saved as a copy leaves its versions with the scenario it was opened from', () => {
    let s = named(planA(), 'Plan B');
    s = afterSave(s, s.scenario, {id: 'B', savedAt: 't2'}, false);
    expect([s.savedId, s.dirty]).toEqual(['B', false]);
    s = undo(s);
    expect([s.savedId, s.savedAt, s.dirty, s.scenario.name]).toEqual(['A', 't1', false, 'Plan A']);
  });
});

describe('redo: the steps undone, until a new change', () => {
  const gp = (id: string) => ({kind: 'growth-remove' as const, id});
  const planA = () => afterSave(setSettings(newSession(), {potential: {weights: {lq_employment: 2}}}), {...setSettings(newSession(), {potential: {weights: {lq_employment: 2}}}).scenario, name: 'Plan A'}, {id: 'A', savedAt: 't1'}, true);

  it('walks forward over what Undo walked back, and nothing more', () => {
    let s = addEdit(addEdit(newSession(), gp('GP01')), gp('GP02'));
    const two = s.scenario;
    expect(redo(s)).toBe(s);
    s = undo(undo(s));
    expect([s.scenario.edits, s.redo.length]).toEqual([[], 2]);
    s = redo(s);
    expect(s.scenario.edits).toEqual([gp('GP01')]);
    s = redo(s);
    expect([s.scenario, s.dirty, s.redo.length, s.undo.length]).toEqual([two, true, 0, 2]);
    expect(redo(s)).toBe(s);
    // Undo after Redo is the same step back again.
    expect(undo(s).scenario.edits).toEqual([gp('GP01')]);
  });

  it('a new edit, a slider drag, Open or "Back to the baseline" after an Undo clears the steps to redo', () => {
    const undone = undo(addEdit(newSession(), gp('GP01')));
    expect(undone.redo).toHaveLength(1);
    expect(addEdit(undone, gp('GP02')).redo).toEqual([]);
    expect(setSettings(undone, {potential: {weights: {pc: 2}}}).redo).toEqual([]);
    expect(endDrag(liveSettings(undone, {potential: {weights: {pc: 2}}}), versionOf(undone)).redo).toEqual([]);
    // A drag that ends where it started is no change: the step to redo stays.
    expect(endDrag(undone, versionOf(undone)).redo).toHaveLength(1);
    expect(replaceScenario(undone, planA().scenario, {id: 'A', savedAt: 't1'}).redo).toEqual([]);
    const a = undo(addEdit(planA(), gp('GP01')));
    expect(toBaseline(a).redo).toEqual([]);
  });

  it('brings back the record each version was: Undo of Open, then Redo, is Plan A again, saved', () => {
    let s = addEdit(newSession(), gp('GP09'));
    s = replaceScenario(s, planA().scenario, {id: 'A', savedAt: 't1'});
    s = redo(undo(s));
    expect([s.savedId, s.savedAt, s.dirty, s.scenario.name]).toEqual(['A', 't1', false, 'Plan A']);
    // And "Back to the baseline", Undo, Redo: the baseline, no record's, nothing unsaved.
    s = redo(undo(toBaseline(s)));
    expect([s.savedId, s.savedAt, s.dirty, s.scenario.edits]).toEqual([null, null, false, []]);
  });

  it('Save after Undo relinks the versions to redo: Redo, then Save, updates the record just saved', () => {
    // A draft of two edits; Undo; saved as R: the version undone is R's now, unsaved edits of it.
    let s = undo(addEdit(addEdit(newSession(), gp('GP01')), gp('GP02')));
    s = afterSave(s, {...s.scenario, name: 'R'}, {id: 'R', savedAt: 't1'}, true);
    s = redo(s);
    expect([s.savedId, s.savedAt, s.dirty, s.scenario.edits.length]).toEqual(['R', 't1', true, 2]);
    expect(savePlan(s.scenario.name, {id: 'R', name: 'R', changed: s.savedAt !== 't1'}, 'Scenario 2')).toEqual({kind: 'update', id: 'R', name: 'R'});
    // Plan A edited, Undo, saved again at t2: the edit to redo knows the new date, and that it differs from it.
    s = undo(addEdit(planA(), gp('GP03')));
    s = afterSave(s, s.scenario, {id: 'A', savedAt: 't2'}, true);
    s = redo(s);
    expect([s.savedId, s.savedAt, s.dirty]).toEqual(['A', 't2', true]);
    // Without the relinking (a copy under another name), the versions stay Plan A's.
    s = undo(addEdit(planA(), gp('GP04')));
    s = afterSave(s, {...s.scenario, name: 'Plan B'}, {id: 'B', savedAt: 't3'}, false);
    expect(redo(s)).toMatchObject({savedId: 'A', savedAt: 't1', dirty: true});
  });

  it('says what a step changed: an edit added or removed, the settings, the name, another scenario, the baseline', () => {
    const v = (s: ScenarioSession) => versionOf(s);
    const one = addEdit(newSession(), gp('GP01'));
    const two = addEdit(one, gp('GP02'));
    expect(stepChange(v(one), v(two))).toEqual({kind: 'edit-added', edit: gp('GP02'), edits: two.scenario.edits});
    expect(stepChange(v(two), v(removeEdit(two, 0)))).toEqual({kind: 'edit-removed', edit: gp('GP01'), edits: two.scenario.edits});
    expect(stepChange(v(one), v(setSettings(one, {potential: {weights: {pc: 2}}})))).toEqual({kind: 'settings'});
    expect(stepChange(v(one), v(withScenario(one, {...one.scenario, name: 'Plan C'})))).toEqual({kind: 'name', name: 'Plan C'});
    expect(stepChange(v(two), v(replaceScenario(two, planA().scenario, {id: 'A', savedAt: 't1'})))).toEqual({kind: 'replaced', name: 'Plan A'});
    expect(stepChange(v(planA()), v(toBaseline(planA())))).toEqual({kind: 'baseline'});
  });
});

describe('a saved scenario renamed in place', () => {
  const gp = (id: string) => ({kind: 'growth-remove' as const, id});
  const saved = (name: string, id: string, savedAt: string) => {
    const s = addEdit(newSession(), gp('GP01'));
    return afterSave(s, {...s.scenario, name}, {id, savedAt}, true);
  };
  const renamed = {id: 'A', from: 'Plan A', to: 'Plan Z', previousSavedAt: 't1', savedAt: 't2'};

  it('the open scenario follows: its name and the record’s date, its unsaved edits still unsaved; Save then updates it', () => {
    let s = addEdit(saved('Plan A', 'A', 't1'), gp('GP02'));
    s = afterRename(s, renamed);
    expect([s.scenario.name, s.savedId, s.savedAt, s.dirty, s.scenario.edits.length]).toEqual(['Plan Z', 'A', 't2', true, 2]);
    expect(savePlan(s.scenario.name, {id: 'A', name: 'Plan Z', changed: s.savedAt !== 't2'}, 'Scenario 2')).toEqual({kind: 'update', id: 'A', name: 'Plan Z'});
    // Its undo and redo steps too: Undo is Plan Z as saved, not "Plan A", which Save would copy.
    const back = undo(s);
    expect([back.scenario.name, back.savedAt, back.dirty]).toEqual(['Plan Z', 't2', false]);
    expect(redo(afterRename(undo(addEdit(saved('Plan A', 'A', 't1'), gp('GP02'))), renamed))).toMatchObject({scenario: {name: 'Plan Z'}, savedAt: 't2', dirty: true});
    // Nothing recomputes for a name.
    expect(s.computeKey).toBe(addEdit(saved('Plan A', 'A', 't1'), gp('GP02')).computeKey);
  });

  it('what is not that record’s, or named otherwise, or of an older date, stays as it is', () => {
    const other = saved('Plan B', 'B', 't1');
    expect(afterRename(other, renamed)).toEqual(other);
    // Typed another name (unsaved): kept; the date follows.
    const typed = withScenario(saved('Plan A', 'A', 't1'), {...saved('Plan A', 'A', 't1').scenario, name: 'Plan Q'});
    expect(afterRename(typed, renamed)).toMatchObject({scenario: {name: 'Plan Q'}, savedAt: 't2'});
    // Saved over in another tab since (t0 here): still older, and Save keeps both, as before.
    expect(afterRename(saved('Plan A', 'A', 't0'), renamed)).toMatchObject({scenario: {name: 'Plan Z'}, savedAt: 't0'});
  });

  it('a comparison with it takes the new name', () => {
    const s = saved('Plan B', 'B', 't1');
    const scenario = {...emptyScenario('Plan A'), edits: [gp('GP05')]};
    const compare = {mode: 'difference' as const, against: {kind: 'saved' as const, id: 'A', name: 'Plan A', scenario}, other: null};
    expect(afterRename({...s, compare}, renamed).compare!.against).toEqual({kind: 'saved', id: 'A', name: 'Plan Z', scenario: {...scenario, name: 'Plan Z'}});
  });

  it('has Save’s rules for a name: not empty, and not another saved scenario’s (its own is fine)', () => {
    const list = [
      {id: 'A', scenario: {name: 'Plan A'}},
      {id: 'B', scenario: {name: 'Plan B '}},
    ];
    expect(renameProblem('', 'A', list)).toBe('empty');
    expect(renameProblem('Plan B', 'A', list)).toBe('taken');
    expect(renameProblem('Plan A', 'A', list)).toBeNull();
    expect(renameProblem('Plan C', 'A', list)).toBeNull();
  });
});

describe('the open scenario deleted', () => {
  const gp = (id: string) => ({kind: 'growth-remove' as const, id});
  const planA = () => {
    const s = addEdit(newSession(), gp('GP01'));
    return afterSave(s, {...s.scenario, name: 'Plan A'}, {id: 'A', savedAt: 't1'}, true);
  };

  it('stays open as a draft of no record; nothing unsaved unless its edits were (the page asks only for them)', () => {
    const s = afterDelete(planA(), 'A');
    expect([s.scenario, s.savedId, s.savedAt, s.dirty]).toEqual([planA().scenario, null, null, false]);
    const edited = afterDelete(addEdit(planA(), gp('GP02')), 'A');
    expect([edited.savedId, edited.dirty]).toEqual([null, true]);
    // The next edit is unsaved; Save makes a new record under its name.
    expect(addEdit(s, gp('GP03')).dirty).toBe(true);
    expect(savePlan(s.scenario.name, null, 'Scenario 1', [])).toEqual({kind: 'new', name: 'Plan A'});
    // Its versions still name the record (Undo of the deletion puts it back under the same id).
    expect(undo(afterDelete(addEdit(planA(), gp('GP02')), 'A')).savedId).toBe('A');
  });

  it('another scenario deleted changes nothing here', () => {
    const s = planA();
    expect(afterDelete(s, 'B')).toBe(s);
  });
});

describe('a reload of this tab keeps which saved scenario it is and whether its edits were saved', () => {
  const scenario = {
    ...emptyScenario('Plan A'),
    settings: {potential: {weights: {spec: 3}}, thresholds: {lqMinimum: 1.5}},
    edits: [
      {kind: 'input' as const, region: 'KG-C' as const, sector: 'C', indicator: 'employment' as const, year: null, op: 'scale' as const, value: 50},
      {kind: 'growth-add' as const, id: 'gp-1', name: 'Новый', region: 'KG-O' as const, lon: 72.81, lat: 40.52},
    ],
  };
  /** The scenario as the link brings it back. */
  const fromLink = (s: typeof scenario) => {
    const code = encodeScenario(s);
    const parsed = code.ok ? decodeScenario(code.code) : null;
    if (!parsed?.ok) throw new Error('not a link');
    return parsed.scenario;
  };

  it('the same content: the saved record and the unsaved edits come back', () => {
    const session = {...newSession(scenario), savedId: 'A', savedAt: 't1', dirty: true};
    const memory = JSON.parse(JSON.stringify(tabMemory(session)));
    expect(linkSession(fromLink(scenario), memory)).toMatchObject({savedId: 'A', savedAt: 't1', dirty: true, undo: []});
    expect(linkSession(fromLink(scenario), {...memory, dirty: false})).toMatchObject({savedId: 'A', dirty: false});
  });

  it('a comparison with a saved scenario comes back too (the link carries only one with the baseline); one with the baseline is the link’s', () => {
    const planA = {...emptyScenario('План А'), edits: [{kind: 'growth-remove' as const, id: 'GP01'}]};
    const against = {kind: 'saved' as const, id: 'A', name: 'План А', scenario: planA};
    const session = {...newSession(scenario), savedId: 'B', savedAt: 't2', compare: {mode: 'difference' as const, against, other: null}};
    const memory = JSON.parse(JSON.stringify(tabMemory(session)));
    expect(linkSession(fromLink(scenario), memory).compare).toEqual({mode: 'difference', against, other: null});
    // Not from another scenario's memory, nor the baseline's comparison (the link has it, vs=).
    expect(linkSession(fromLink({...scenario, name: 'Plan C'}), memory).compare).toBeNull();
    expect(tabMemory({...session, compare: {mode: 'swipe', against: {kind: 'baseline'}, other: null}}).compare).toBeUndefined();
  });

  it('a link from elsewhere (no memory, or of another scenario) is saved in no record, and not unsaved edits', () => {
    const memory = tabMemory({...newSession(scenario), savedId: 'A', savedAt: 't1', dirty: true});
    for (const s of [linkSession(fromLink(scenario), null), linkSession(fromLink({...scenario, name: 'Plan B'}), memory)]) expect([s.savedId, s.savedAt, s.dirty]).toEqual([null, null, false]);
  });
});

describe('savePlan: a scenario saved since in another tab', () => {
  it('is not overwritten: this one is saved as a numbered copy and both are kept', () => {
    const changed = {id: 's-1', name: 'Plan A', changed: true};
    expect(savePlan('Plan A', changed, 'Scenario 2', ['Plan B'])).toEqual({kind: 'conflict', name: 'Plan A (2)', kept: 'Plan A'});
    expect(savePlan('', changed, 'Scenario 2')).toEqual({kind: 'conflict', name: 'Plan A (2)', kept: 'Plan A'});
    // Renamed as well: a copy, as any renamed scenario.
    expect(savePlan('Plan C', changed, 'Scenario 2')).toEqual({kind: 'copy', name: 'Plan C', kept: 'Plan A'});
    expect(savePlan('Plan A', {...changed, changed: false}, 'Scenario 2')).toEqual({kind: 'update', id: 's-1', name: 'Plan A'});
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
    // The exact differences, with each change as printed (two decimals here).
    expect(c.rows).toEqual(differences(a, b).map((r) => ({...r, shown: r.diff, decimals: 2})));
    expect(c.classes).toEqual(differenceClasses([0, 0.5, -1]).classes);
    expect(comparison(a, b, 'light')).toBe(c);
    expect(comparison(a, b, 'dark')).not.toBe(c);
    expect(comparison(a, b, 'dark').classOf(0).color).toEqual(NO_CHANGE_COLOR.dark);
    expect(comparison(b, a, 'light').rows[1]!.diff).toBe(-0.5);
  });
});
