import {describe, expect, it, vi} from 'vitest';
import {ResultCache} from '../../../src/state/result-cache';

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('ResultCache', () => {
  it('keeps an answer once it arrives, and shares a request on its way', async () => {
    const cache = new ResultCache<number>(4);
    const compute = vi.fn(async () => 42);
    const a = cache.get('k', compute);
    expect(cache.settled('k')).toBeUndefined();
    const b = cache.get('k', compute);
    expect(await a).toBe(42);
    expect(await b).toBe(42);
    expect(cache.settled('k')).toBe(42);
    expect(compute).toHaveBeenCalledTimes(1);
  });

  it('forgets a failed answer, so that the next request asks again', async () => {
    const cache = new ResultCache<number>(4);
    await expect(cache.get('k', () => Promise.reject(new Error('superseded')))).rejects.toThrow('superseded');
    expect(cache.settled('k')).toBeUndefined();
    expect(await cache.get('k', async () => 7)).toBe(7);
  });

  it('drops the least recently used answers beyond its limit', async () => {
    const cache = new ResultCache<string>(2);
    await cache.get('a', async () => 'A');
    await cache.get('b', async () => 'B');
    cache.settled('a'); // used: b is now the oldest
    await cache.get('c', async () => 'C');
    await flush();
    expect(cache.settled('a')).toBe('A');
    expect(cache.settled('b')).toBeUndefined();
    expect(cache.settled('c')).toBe('C');
  });
});
