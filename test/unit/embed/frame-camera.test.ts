// The embedded view's camera: the link to the full atlas keeps only a chosen camera (embed-urls.ts),
// and the frame fits the country into the part of the map it shows (frame-camera.ts).
import {describe, expect, it} from 'vitest';
import {fullMapUrl, keepsCamera} from '../../../src/embed/embed-urls';
import {framePadding} from '../../../src/embed/frame-camera';
import {parseUrlState} from '../../../src/state/url-state';
import {defaultViewState} from '../../../src/state/view-state';

const fitted = {lon: 74.775, lat: 41.2522, zoom: 3.5};

describe('the embedded view’s link to the full atlas', () => {
  it('drops the camera the frame fitted for itself, so that the full atlas fits the country to its own size', () => {
    expect(keepsCamera(fitted, {explicit: false, fitted})).toBe(false);
    // Before the frame has fitted (the map's own first fit): not chosen either.
    expect(keepsCamera(fitted, {explicit: false, fitted: null})).toBe(false);
    const view = {...defaultViewState('ru'), embed: true, view: fitted};
    const url = fullMapUrl(view, 'https://atlas.example.org/', keepsCamera(view.view, {explicit: false, fitted}));
    expect(url).not.toContain('view=');
    expect(parseUrlState(new URL(url).search, 'en').state).toMatchObject({embed: false, view: null, lang: 'ru'});
  });

  it('keeps a camera the embedding page’s address chose, or one the reader moved the map to', () => {
    expect(keepsCamera(fitted, {explicit: true, fitted: null})).toBe(true);
    expect(keepsCamera({...fitted, zoom: 6}, {explicit: false, fitted})).toBe(true);
    expect(keepsCamera({...fitted, lon: 72.8}, {explicit: false, fitted})).toBe(true);
    expect(keepsCamera(null, {explicit: true, fitted})).toBe(false);
    const view = {...defaultViewState('en'), embed: true, view: {lon: 72.8, lat: 40.5, zoom: 7}};
    expect(parseUrlState(new URL(fullMapUrl(view, 'https://a.example/', true)).search, 'en').state.view).toEqual(view.view);
  });
});

describe('framePadding', () => {
  it('fits into the map when the frame shows all of it', () => {
    expect(framePadding({top: 100, height: 240}, 400)).toEqual({top: 24, bottom: 24, left: 24, right: 24});
  });

  it('keeps the country above the frame’s lower edge when the map runs past it (400 × 300, map from 114 px)', () => {
    expect(framePadding({top: 114, height: 240}, 300)).toEqual({top: 24, bottom: 24 + 54, left: 24, right: 24});
  });

  it('keeps it below the frame’s top when the page is scrolled past the map’s top', () => {
    expect(framePadding({top: -40, height: 360}, 600)).toEqual({top: 64, bottom: 24, left: 24, right: 24});
  });

  it('fits into the whole map when the frame shows too little of it', () => {
    expect(framePadding({top: 250, height: 240}, 300)).toEqual({top: 24, bottom: 24, left: 24, right: 24});
  });
});
