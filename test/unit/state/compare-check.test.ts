import {describe, expect, it} from 'vitest';
import {emptyScenario, type Scenario} from '../../../src/model/scenario';
import {compareChoices, staleComparison} from '../../../src/state/compare-check';

const withA = {kind: 'saved', id: 'a', name: 'Plan A', scenario: emptyScenario('Plan A')} as const;

describe('staleComparison', () => {
  it('finds a comparison with the scenario open (itself) or with a deleted one', () => {
    expect(staleComparison(withA, 'b', ['a', 'b'], ['a', 'b'])).toBeNull();
    expect(staleComparison(withA, 'a', ['a', 'b'], ['a', 'b'])).toBe('self');
    expect(staleComparison(withA, 'b', ['a', 'b'], ['b'])).toBe('deleted');
    expect(staleComparison(withA, null, ['a'], [])).toBe('deleted');
  });

  it('takes a scenario not listed yet (the list loading) for neither', () => {
    expect(staleComparison(withA, 'b', [], ['b'])).toBeNull();
    expect(staleComparison(withA, null, [], [])).toBeNull();
  });

  it('has nothing to say of the baseline or of no comparison', () => {
    expect(staleComparison({kind: 'baseline'}, 'a', ['a'], [])).toBeNull();
    expect(staleComparison(undefined, 'a', ['a'], [])).toBeNull();
  });
});

describe('compareChoices', () => {
  const planA: Scenario = {...emptyScenario('План А'), edits: [{kind: 'growth-remove', id: 'GP01'}]};
  const planB: Scenario = {...emptyScenario('План Б'), edits: [{kind: 'growth-remove', id: 'GP02'}]};
  const saved = [
    {id: 'a', savedAt: '2026-12-07T01:00:00Z', scenario: planA},
    {id: 'b', savedAt: '2026-12-07T01:01:00Z', scenario: planB},
  ];
  const ids = (session: Parameters<typeof compareChoices>[1]) => compareChoices(saved, session).map((r) => r.id);

  it('offers the other saved scenarios, and the open one as saved only while it has unsaved edits', () => {
    expect(ids({scenario: planB, savedId: 'b', dirty: false})).toEqual(['a']);
    expect(ids({scenario: {...planB, edits: []}, savedId: 'b', dirty: true})).toEqual(['a', 'b']);
  });

  it('does not offer a saved scenario of the same content as a link’s draft: it would be compared with itself', () => {
    expect(ids({scenario: planB, savedId: null, dirty: false})).toEqual(['a']);
    expect(ids({scenario: emptyScenario(), savedId: null, dirty: false})).toEqual(['a', 'b']);
  });
});
