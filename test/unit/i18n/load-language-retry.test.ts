// A language's messages that fail to load (a dropped request on a flaky mobile link) are asked for
// again before the page gives up: without them every word on the page would be a message key.
import {afterEach, describe, expect, it, vi} from 'vitest';

const load = vi.hoisted(() => ({failures: 0, calls: 0}));
vi.mock('../../../src/i18n/messages-loader', async (original) => {
  const real = await original<typeof import('../../../src/i18n/messages-loader')>();
  return {
    preloadedMessages: () => ({}),
    loadMessages: (lang: 'ky' | 'ru' | 'en') => {
      load.calls++;
      return load.failures-- > 0 ? Promise.reject(new TypeError('Failed to fetch dynamically imported module')) : real.loadMessages(lang);
    },
  };
});

const {hasLanguage, loadLanguage, t} = await import('../../../src/i18n/i18n');

afterEach(() => vi.useRealTimers());

describe('loadLanguage', () => {
  it('tries twice more, after 0.5 s and 1 s, before it gives up', async () => {
    vi.useFakeTimers();
    load.failures = 2;
    load.calls = 0;
    const done = loadLanguage('ru');
    await vi.advanceTimersByTimeAsync(499);
    expect(load.calls).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(load.calls).toBe(2);
    await vi.advanceTimersByTimeAsync(1000);
    await done;
    expect(load.calls).toBe(3);
    expect(hasLanguage('ru')).toBe(true);
    expect(t('ru', 'load.reload')).toBe('Перезагрузить');
  });

  it('fails when the third try fails too', async () => {
    vi.useFakeTimers();
    load.failures = 3;
    load.calls = 0;
    const done = loadLanguage('ky');
    const settled = expect(done).rejects.toThrow(/dynamically imported/);
    await vi.advanceTimersByTimeAsync(1500);
    await settled;
    expect(load.calls).toBe(3);
    expect(hasLanguage('ky')).toBe(false);
  });
});
