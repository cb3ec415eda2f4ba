import {describe, expect, it, vi} from 'vitest';
import {lazyModule} from '../../src/lazy-module';

/** A load the test settles by hand. */
function deferred<M>() {
  let resolve!: (m: M) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<M>((res, rej) => ((resolve = res), (reject = rej)));
  return {promise, resolve, reject};
}

const handlers = () => ({redraw: vi.fn(), onLoadError: vi.fn()});
const settled = () => new Promise((r) => setTimeout(r, 0));

describe('lazyModule', () => {
  it('loads once however many ask, and tells each who asked when it has arrived', async () => {
    const load = deferred<string>();
    const loader = vi.fn(() => load.promise);
    const m = lazyModule(loader);
    const a = handlers();
    const b = handlers();
    expect(m.moduleOrLoad(a)).toBeNull();
    expect(m.moduleOrLoad(b)).toBeNull();
    expect(m.pending()).toBe(true);
    load.resolve('module');
    await settled();
    expect(loader).toHaveBeenCalledTimes(1);
    expect(a.redraw).toHaveBeenCalledTimes(1);
    expect(b.redraw).toHaveBeenCalledTimes(1);
    expect(m.pending()).toBe(false);
    expect(m.moduleOrLoad(a)).toBe('module');
  });

  it('is not asked for again after a failure, which each who asked is told of once', async () => {
    const load = deferred<string>();
    const loader = vi.fn(() => load.promise);
    const m = lazyModule(loader);
    const a = handlers();
    m.moduleOrLoad(a);
    load.reject(new Error('offline'));
    await settled();
    expect(a.onLoadError).toHaveBeenCalledWith(new Error('offline'));
    expect(m.moduleOrLoad(a)).toBeNull();
    expect(a.onLoadError).toHaveBeenCalledTimes(1);
    expect(loader).toHaveBeenCalledTimes(1);
  });

  it('tells the same handlers once however often they ask while it loads', async () => {
    const load = deferred<string>();
    const m = lazyModule(() => load.promise);
    const a = handlers();
    m.moduleOrLoad(a);
    m.moduleOrLoad(a);
    m.moduleOrLoad(a);
    load.resolve('module');
    await settled();
    expect(a.redraw).toHaveBeenCalledTimes(1);
  });
});
