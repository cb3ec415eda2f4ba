// @vitest-environment happy-dom
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {createAppStore, updateView} from '../../../src/state/app-state';
import {URL_WRITE_INTERVAL_MS, syncUrlWithView} from '../../../src/state/url-sync';
import {defaultViewState} from '../../../src/state/view-state';

function setUp(replaceState: (query: string) => void = () => undefined) {
  const store = createAppStore({...defaultViewState('en'), ind: 'mfg-lq', sector: 'C', year: 2024}, [], 'light');
  const writes: string[] = [];
  const history = {
    state: null,
    replaceState: (_state: unknown, _title: string, url: string) => {
      replaceState(url);
      writes.push(new URL(url, 'http://atlas.test').searchParams.get('year') ?? '');
    },
  } as unknown as History;
  const page = new EventTarget();
  syncUrlWithView(store, history, page as unknown as Window);
  return {store, writes, page};
}

describe('syncUrlWithView', () => {
  beforeEach(() => {
    vi.useFakeTimers({toFake: ['setTimeout', 'clearTimeout', 'performance', 'Date']});
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('writes the view at once when nothing was written lately', () => {
    const {store, writes} = setUp();
    expect(writes).toEqual(['2024']);
    vi.advanceTimersByTime(URL_WRITE_INTERVAL_MS);
    updateView(store, {year: 2020});
    expect(writes).toEqual(['2024', '2020']);
  });

  it('writes a dragged slider at most once per interval, ending with its last value', () => {
    const {store, writes} = setUp();
    vi.advanceTimersByTime(URL_WRITE_INTERVAL_MS);
    // 60 changes a second for three seconds.
    for (let i = 0; i < 180; i++) {
      updateView(store, {year: 2010 + (i % 15)});
      vi.advanceTimersByTime(1000 / 60);
    }
    vi.advanceTimersByTime(URL_WRITE_INTERVAL_MS);
    expect(writes.length).toBeLessThanOrEqual(1 + 1 + Math.ceil(3000 / URL_WRITE_INTERVAL_MS) + 1);
    expect(writes.at(-1)).toBe(String(2010 + (179 % 15)));
    expect(store.state.view.year).toBe(2010 + (179 % 15));
  });

  it('writes a pending view when the page is left', () => {
    const {store, writes, page} = setUp();
    updateView(store, {year: 2015});
    expect(writes).toEqual(['2024']);
    page.dispatchEvent(new Event('pagehide'));
    expect(writes).toEqual(['2024', '2015']);
  });

  it('goes on when the browser refuses a write (Safari throws past its limit)', () => {
    let refuse = false;
    const {store, writes} = setUp(() => {
      if (refuse) throw new DOMException('Attempt to use history.replaceState() more than 100 times per 30 seconds', 'SecurityError');
    });
    refuse = true;
    vi.advanceTimersByTime(URL_WRITE_INTERVAL_MS);
    const heard: number[] = [];
    store.subscribe((s) => heard.push(s.view.year!));
    expect(() => updateView(store, {year: 2016})).not.toThrow();
    expect(heard).toEqual([2016]);
    expect(writes).toEqual(['2024']);
    // The refused write is tried again an interval later, with no further change needed.
    refuse = false;
    vi.advanceTimersByTime(URL_WRITE_INTERVAL_MS);
    expect(writes).toEqual(['2024', '2016']);
  });

  it('stops when asked: no pending write, no listener left', () => {
    const store = createAppStore({...defaultViewState('en'), ind: 'mfg-lq', sector: 'C', year: 2024}, [], 'light');
    const replaceState = vi.fn();
    const page = new EventTarget();
    const stop = syncUrlWithView(store, {state: null, replaceState} as unknown as History, page as unknown as Window);
    updateView(store, {year: 2015});
    stop();
    vi.advanceTimersByTime(URL_WRITE_INTERVAL_MS);
    page.dispatchEvent(new Event('pagehide'));
    updateView(store, {year: 2016});
    expect(replaceState).toHaveBeenCalledTimes(1);
  });
});
