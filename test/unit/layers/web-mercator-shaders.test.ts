import {project} from '@deck.gl/core';
import {describe, expect, it} from 'vitest';
import {DECK_OFFSET_PROJECTION_ZOOM} from '../../../src/layers/layer-ids';
import {fixProjection} from '../../../src/layers/web-mercator-shaders';
import {MAX_ZOOM, MIN_ZOOM, PHONE_MAX_BOUNDS} from '../../../src/map/atlas-map';
import {VIEW_LIMITS} from '../../../src/state/view-state';

describe("deck.gl's projection, fixed to Web Mercator", () => {
  it("leaves no run-time choice of projection or coordinate system in deck.gl's project shader", () => {
    const fixed = fixProjection(project.vs!);
    expect(project.vs).toMatch(/project\.projectionMode == PROJECTION_MODE_GLOBE/);
    expect(fixed).not.toMatch(/project\.(projectionMode|coordinateSystem)/);
    expect(fixed).toMatch(/if \(PROJECTION_MODE_WEB_MERCATOR == PROJECTION_MODE_GLOBE\)/);
    // The uniform block keeps its fields: its layout is deck.gl's.
    expect(fixed).toMatch(/uniform projectUniforms \{[^}]*int projectionMode;[^}]*\}/s);
  });

  it('refuses a shader that no longer makes those choices, rather than pass it on unchanged', () => {
    expect(() => fixProjection('void main() {}')).toThrow(/project\.projectionMode/);
  });

  it('holds only because the map never zooms to where deck.gl changes projection', () => {
    expect(MAX_ZOOM).toBeLessThan(DECK_OFFSET_PROJECTION_ZOOM);
    // A link's view is held to the map's zooms and where its camera may go (src/state/url-state.ts).
    const {west, south, east, north, minZoom, maxZoom} = VIEW_LIMITS;
    expect([west, south, east, north, minZoom, maxZoom]).toEqual([...PHONE_MAX_BOUNDS, MIN_ZOOM, MAX_ZOOM]);
  });
});
