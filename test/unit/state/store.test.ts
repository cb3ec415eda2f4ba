import {afterEach, describe, expect, it, vi} from 'vitest';
import {Store} from '../../../src/state/store';

describe('Store', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('tells every listener of a change, and nothing when nothing changed', () => {
    const store = new Store({a: 1, b: 'x'});
    const heard: number[] = [];
    store.subscribe((s, prev) => heard.push(s.a * 10 + prev.a));
    store.update({a: 2});
    store.update({a: 2});
    store.update((s) => ({a: s.a + 1}));
    expect(heard).toEqual([21, 32]);
  });

  it('reports a listener that throws, and the listeners after it still hear the change', () => {
    const reported: unknown[] = [];
    vi.stubGlobal('reportError', (e: unknown) => reported.push(e));
    const store = new Store({year: 2020});
    const heard: number[] = [];
    store.subscribe(() => {
      throw new DOMException('Attempt to use history.replaceState() more than 100 times per 30 seconds', 'SecurityError');
    });
    store.subscribe((s) => heard.push(s.year));
    expect(() => store.update({year: 2021})).not.toThrow();
    expect(heard).toEqual([2021]);
    expect(reported).toHaveLength(1);
    expect((reported[0] as DOMException).name).toBe('SecurityError');
  });
});
