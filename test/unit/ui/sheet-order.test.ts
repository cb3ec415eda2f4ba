// @vitest-environment happy-dom
// The phone's sheets (scenario editor, region profile, green-clusters panel): the one opened last is on top.
import {describe, expect, it} from 'vitest';
import {createAppStore, type AppState} from '../../../src/state/app-state';
import type {ScenarioSession} from '../../../src/state/scenario-state';
import {defaultViewState} from '../../../src/state/view-state';
import {closesOnEscape} from '../../../src/ui/sheet-escape';
import {installSheetOrder, topSheet} from '../../../src/ui/sheet-order';

const base = createAppStore(defaultViewState('en'), [], 'light').state;
const editorOpen = {panel: true} as ScenarioSession;
const state = (p: {editor?: boolean; region?: string | null; energy?: string | null}): AppState => ({
  ...base,
  view: {...base.view, region: (p.region ?? null) as AppState['view']['region']},
  scenario: p.editor ? editorOpen : null,
  energyPanel: p.energy === undefined || p.energy === null ? null : {focus: p.energy},
});

describe('topSheet', () => {
  it('puts the sheet just opened on top, whichever it is', () => {
    expect(topSheet(state({editor: true, region: 'KG-N'}), state({editor: true}), 'editor')).toBe('profile');
    expect(topSheet(state({editor: true, region: 'KG-N'}), state({region: 'KG-N'}), 'profile')).toBe('editor');
    expect(topSheet(state({editor: true, energy: 'kambar-ata-1'}), state({editor: true}), 'editor')).toBe('energy');
  });

  it('keeps a profile on top when another region is pinned, and the editor when the region changes under it', () => {
    expect(topSheet(state({editor: true, region: 'KG-C'}), state({editor: true, region: 'KG-N'}), 'profile')).toBe('profile');
    // A new region is a new profile: it comes to the top even if the editor was there.
    expect(topSheet(state({editor: true, region: 'KG-C'}), state({editor: true, region: 'KG-N'}), 'editor')).toBe('profile');
  });

  it('gives the top back to the default order when the top sheet closes', () => {
    expect(topSheet(state({editor: true}), state({editor: true, region: 'KG-N'}), 'profile')).toBeNull();
    expect(topSheet(state({region: 'KG-N'}), state({editor: true, region: 'KG-N'}), 'editor')).toBeNull();
  });

  it('leaves the order alone on changes that open nothing', () => {
    const s = state({editor: true, region: 'KG-N'});
    expect(topSheet({...s, hover: null, legendFilter: null}, s, 'profile')).toBe('profile');
    expect(topSheet(s, s, null)).toBeNull();
  });
});

describe('installSheetOrder', () => {
  it('writes the top sheet on the body, and removes it when none is on top', () => {
    const store = createAppStore(defaultViewState('en'), [], 'light');
    const body = document.createElement('body');
    installSheetOrder(store, body);
    store.update({scenario: editorOpen});
    expect(body.dataset.topSheet).toBe('editor');
    store.update((s) => ({view: {...s.view, region: 'KG-N'}}));
    expect(body.dataset.topSheet).toBe('profile');
    store.update((s) => ({view: {...s.view, region: null}}));
    expect(body.dataset.topSheet).toBeUndefined();
  });
});

describe('closesOnEscape', () => {
  const escape = () => new KeyboardEvent('keydown', {key: 'Escape'});
  it('closes the open sheet on top, and only that one', () => {
    const s = state({editor: true, region: 'KG-N', energy: 'kambar-ata-1'});
    const closes = (top: string | undefined) => (['editor', 'profile', 'energy'] as const).filter((k) => closesOnEscape(escape(), k, s, top));
    expect(closes('profile')).toEqual(['profile']);
    expect(closes('energy')).toEqual(['energy']);
    // Two came at once and none is on top: the editor, then the green-clusters panel, then the profile.
    expect(closes(undefined)).toEqual(['editor']);
    expect((['profile', 'energy'] as const).filter((k) => closesOnEscape(escape(), k, state({region: 'KG-N', energy: 'x'}), undefined))).toEqual(['energy']);
  });

  it('closes nothing that is not open, and not for another key or one already taken', () => {
    expect(closesOnEscape(escape(), 'editor', state({region: 'KG-N'}), 'editor')).toBe(false);
    expect(closesOnEscape(new KeyboardEvent('keydown', {key: 'Enter'}), 'profile', state({region: 'KG-N'}))).toBe(false);
    const taken = new KeyboardEvent('keydown', {key: 'Escape', cancelable: true});
    taken.preventDefault();
    expect(closesOnEscape(taken, 'profile', state({region: 'KG-N'}))).toBe(false);
    expect(closesOnEscape(escape(), 'profile', state({region: 'KG-N'}))).toBe(true);
  });
});
