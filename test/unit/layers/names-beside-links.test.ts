// The region names with the cluster links shown: the links start and end at the names' points, so the
// names go beside those points, not on them under the links' converging lines (build-layers.ts).
import {describe, expect, it} from 'vitest';
import type {Layer} from '@deck.gl/core';
import {buildLayers} from '../../../src/layers/build-layers';
import type {DrawnName} from '../../../src/layers/label-layers';
import {createAppStore} from '../../../src/state/app-state';
import {defaultViewState, type LayerId} from '../../../src/state/view-state';
import {shippedBoundaries, shippedTables} from '../model/shipped-data';
import {NO_HANDLERS} from './no-handlers';

const OBLAST_NAMES = ['BATKEN', 'CHUY', 'ISSYK-KUL', 'JALAL-ABAD', 'NARYN', 'OSH', 'TALAS'];

/** The placements of the oblasts' names in the layers drawn at a desktop's country zoom. */
function oblastPlacements(layers: LayerId[]): Record<string, string> {
  const store = createAppStore({...defaultViewState('en'), layers}, [], 'light');
  const state = {...store.state, atlas: {boundaries: shippedBoundaries(), tables: shippedTables()}};
  const drawn = buildLayers(state, state.atlas, {fill: () => [0, 0, 0, 255], key: '', emphasised: null}, 5.9, NO_HANDLERS);
  const names = drawn.filter((l: Layer) => l.id.startsWith('labels-')).flatMap((l) => l.props.data as DrawnName[]);
  return Object.fromEntries(names.filter((n) => OBLAST_NAMES.includes(n.text)).map((n) => [n.text, n.placement]));
}

describe('region names and the cluster links', () => {
  it('sit on their points without the links, and beside them with the links', () => {
    const without = oblastPlacements(['regions', 'growth']);
    expect(Object.keys(without).sort()).toEqual(OBLAST_NAMES);
    // Most sit on their points when nothing is there (a growth point moves a few).
    expect(Object.values(without).filter((p) => p === 'center').length).toBeGreaterThanOrEqual(4);
    const beside = oblastPlacements(['regions', 'growth', 'links']);
    expect(Object.keys(beside).sort()).toEqual(OBLAST_NAMES);
    expect(Object.entries(beside).filter(([, p]) => p === 'center')).toEqual([]);
  });
});
