// @vitest-environment happy-dom
// "Play the years": steps the map's year one at a time, waits for a year still being computed, stops at
// the last year, on Pause, and when the visitor moves the year themselves.
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import type {Topology} from 'topojson-specification';
import {afterEach, beforeAll, describe, expect, it, vi} from 'vitest';
import {decodeBoundaries} from '../../../src/io/boundaries';
import {createAppStore, updateView, type AppStore, type AtlasData} from '../../../src/state/app-state';
import {loadIndicators} from '../../../src/state/indicator-loader';
import {defaultViewState} from '../../../src/state/view-state';
import {VIEW_EVENT} from '../../../src/ui/view-event';
import {YEAR_STEP_MS, nextYear, type KgYearPlay} from '../../../src/ui/kg-year-play';
import {computedResult} from '../model/helpers';
import {shippedTables} from '../model/shipped-data';
import {cleanUp} from './component-store';

// The engine, answering each year once the test opens the gate (open unless a test closes it).
let gate: Promise<void> = Promise.resolve();

let atlas: AtlasData;
beforeAll(() => {
  const topo = JSON.parse(readFileSync(join(import.meta.dirname, '../../../geo/kg.topo.json'), 'utf8')) as Topology;
  atlas = {tables: shippedTables(), boundaries: decodeBoundaries(topo)};
});
const stops: (() => void)[] = [];
afterEach(() => {
  for (const stop of stops.splice(0)) stop();
  cleanUp();
  vi.useRealTimers();
});

const YEARS = {min: 2010, max: 2013};

async function player(year: number | null): Promise<{store: AppStore; play: KgYearPlay; button: () => HTMLButtonElement}> {
  vi.useFakeTimers();
  const store = createAppStore({...defaultViewState('en'), ind: 'mfg-lq', year}, [], 'light');
  store.update({atlas, phase: 'ready'});
  loadIndicators(store, (request) => gate.then(() => computedResult([1, 1, 1, 1, 1, 1, 1, 1, 1], {year: request.year})));
  const apply = (e: Event) => updateView(store, (e as CustomEvent).detail);
  document.addEventListener(VIEW_EVENT, apply);
  stops.push(() => document.removeEventListener(VIEW_EVENT, apply));
  const play = document.createElement('kg-year-play');
  play.years = YEARS;
  play.store = store;
  document.body.append(play);
  await play.updateComplete;
  return {store, play, button: () => play.shadowRoot!.querySelector('button')!};
}

async function after(play: KgYearPlay, ms: number): Promise<void> {
  await vi.advanceTimersByTimeAsync(ms);
  await play.updateComplete;
}

describe('playing the years', () => {
  it('goes on a year at a time from the year shown, and stops at the last one', async () => {
    const {store, play, button} = await player(2011);
    expect(button().textContent).toContain('Play the years');
    button().click();
    await play.updateComplete;
    expect(button().textContent).toContain('Pause');
    expect(store.state.view.year).toBe(2011);
    await after(play, YEAR_STEP_MS);
    expect(store.state.view.year).toBe(2012);
    await after(play, YEAR_STEP_MS);
    expect(store.state.view.year ?? YEARS.max).toBe(2013);
    await after(play, YEAR_STEP_MS);
    expect(store.state.view.year ?? YEARS.max).toBe(2013);
    expect(button().textContent).toContain('Play the years');
  });

  it('starts again from the first year when the last is shown', async () => {
    const {store, play, button} = await player(null);
    button().click();
    await play.updateComplete;
    expect(store.state.view.year).toBe(2010);
  });

  it('waits while a year is being computed', async () => {
    const {store, play, button} = await player(2010);
    let open = () => {};
    gate = new Promise((resolve) => (open = resolve));
    button().click();
    await after(play, YEAR_STEP_MS);
    expect(store.state.view.year).toBe(2011);
    expect(store.state.indicator?.status).toBe('pending');
    await after(play, YEAR_STEP_MS * 3);
    expect(store.state.view.year).toBe(2011);
    open();
    await after(play, YEAR_STEP_MS / 4);
    expect(store.state.indicator?.error ?? null).toBeNull();
    expect(store.state.indicator?.status).toBe('ready');
    expect(store.state.view.year).toBe(2012);
    gate = Promise.resolve();
  });

  it('stops on Pause, and when the visitor moves the year', async () => {
    const {store, play, button} = await player(2010);
    button().click();
    await play.updateComplete;
    button().click();
    await after(play, YEAR_STEP_MS * 2);
    expect(store.state.view.year).toBe(2010);
    expect(button().textContent).toContain('Play the years');
    button().click();
    await after(play, YEAR_STEP_MS);
    expect(store.state.view.year).toBe(2011);
    updateView(store, {year: 2010});
    await after(play, YEAR_STEP_MS * 2);
    expect(store.state.view.year).toBe(2010);
    expect(button().textContent).toContain('Play the years');
  });

  it('has no year after the last, and passes over the year a change over time is compared with', () => {
    expect(nextYear(2012, YEARS)).toBe(2013);
    expect(nextYear(2013, YEARS)).toBeNull();
    expect(nextYear(2010, YEARS, 2011)).toBe(2012);
    expect(nextYear(2012, YEARS, 2013)).toBeNull();
  });

  // Shown, the year compared with ends the comparison (fromFits): the years after it played as values.
  it('plays a change over time through every year but the one compared with, which stays compared', async () => {
    const {store, play, button} = await player(2010);
    updateView(store, {from: 2011});
    await play.updateComplete;
    button().click();
    await after(play, YEAR_STEP_MS);
    expect(store.state.view.year).toBe(2012);
    expect(store.state.view.from).toBe(2011);
  });

  it('stops when another indicator or industry is chosen, its year kept', async () => {
    const {store, play, button} = await player(2011);
    button().click();
    await play.updateComplete;
    updateView(store, {ind: 'grp-pc', sector: 'TOTAL'});
    await after(play, YEAR_STEP_MS * 2);
    expect(store.state.view.year).toBe(2011);
    expect(button().textContent).toContain('Play the years');
  });
});
