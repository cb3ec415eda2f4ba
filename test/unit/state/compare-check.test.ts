import {describe, expect, it} from 'vitest';
import {emptyScenario} from '../../../src/model/scenario';
import {staleComparison} from '../../../src/state/compare-check';

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
