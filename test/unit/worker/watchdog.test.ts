import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {ENGINE_SILENCE_MS, Watchdog} from '../../../src/worker/watchdog';

describe('the engine watchdog', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('gives a worker that owes an answer 10–15 s of silence', () => {
    expect(ENGINE_SILENCE_MS).toBeGreaterThanOrEqual(10_000);
    expect(ENGINE_SILENCE_MS).toBeLessThanOrEqual(15_000);
  });

  it('reports a worker silent for the whole time, once', () => {
    const silent = vi.fn();
    const w = new Watchdog(1000, silent);
    w.sent();
    vi.advanceTimersByTime(999);
    expect(silent).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(silent).toHaveBeenCalledTimes(1);
    expect(w.running).toBe(false);
    vi.advanceTimersByTime(10_000);
    expect(silent).toHaveBeenCalledTimes(1);
  });

  it('times silence, not age: every message from the worker starts the count again', () => {
    const silent = vi.fn();
    const w = new Watchdog(1000, silent);
    w.sent();
    w.sent(); // a second request owed: the count goes on from the first
    vi.advanceTimersByTime(800);
    w.heard(true); // the first answer; the second is still owed
    vi.advanceTimersByTime(800);
    expect(silent).not.toHaveBeenCalled();
    vi.advanceTimersByTime(200);
    expect(silent).toHaveBeenCalledTimes(1);
  });

  it('is not kept waiting by new requests to a worker that says nothing', () => {
    const silent = vi.fn();
    const w = new Watchdog(1000, silent);
    w.sent();
    for (let i = 0; i < 9; i++) {
      vi.advanceTimersByTime(100);
      w.sent();
    }
    vi.advanceTimersByTime(100);
    expect(silent).toHaveBeenCalledTimes(1);
  });

  it('stops once nothing is owed, and when stopped', () => {
    const silent = vi.fn();
    const w = new Watchdog(1000, silent);
    w.sent();
    w.heard(false);
    expect(w.running).toBe(false);
    w.sent();
    w.stop();
    vi.advanceTimersByTime(5000);
    expect(silent).not.toHaveBeenCalled();
  });
});
