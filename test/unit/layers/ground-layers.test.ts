import {GeoJsonLayer, IconLayer, PathLayer, ScatterplotLayer, SolidPolygonLayer, TextLayer, _MultiIconLayer as MultiIconLayer} from '@deck.gl/layers';
import {describe, expect, it} from 'vitest';
import {
  GroundGeoJsonLayer,
  GroundPathLayer,
  GroundPolygonLayer,
  GroundScatterplotLayer,
  ScreenCharactersLayer,
  ScreenTextLayer,
  unsupportedGround,
  unsupportedPolygon,
  unsupportedScreenText,
} from '../../../src/layers/ground-layers';
import {ScreenIconLayer, unsupportedScreenIcon} from '../../../src/layers/icon-layers';
import {fixChoices} from '../../../src/layers/shader-choices';

/** The vertex shader a layer would compile, deck.gl's own and the fixed one. */
function vertexShaders(Deck: new (props: object) => unknown, Fixed: new (props: object) => unknown, props: object = {}) {
  const vs = (layer: unknown) => {
    // getShaders asks which kind of GPU device it compiles for.
    Object.assign(layer as object, {context: {device: {type: 'webgl'}, defaultShaderModules: []}});
    return (layer as {getShaders(type?: string): {vs: string}}).getShaders('top').vs;
  };
  return {deck: vs(new Deck({id: 'deck', ...props})), fixed: vs(new Fixed({id: 'fixed', ...props}))};
}

describe('fixChoices', () => {
  it('writes each run-time read as its constant, everywhere it occurs', () => {
    expect(fixChoices('if (a.b) x(); if (a.b) y();', [['a.b', 'false']], 'test')).toBe('if (false) x(); if (false) y();');
  });

  it('refuses a shader that no longer makes the choice, rather than pass it on unchanged', () => {
    expect(() => fixChoices('void main() {}', [['a.b', 'false']], 'TestLayer')).toThrow("TestLayer no longer reads a.b");
  });
});

describe('the fixed layers', () => {
  it("compile deck.gl's vertex shaders with the choices the atlas never varies written as constants", () => {
    const cases: Array<[new (props: object) => unknown, new (props: object) => unknown, string[]]> = [
      [SolidPolygonLayer, GroundPolygonLayer, ['solidPolygon.extruded', 'solidPolygon.isWireframe']],
      [PathLayer, GroundPathLayer, ['path.billboard']],
      [ScatterplotLayer, GroundScatterplotLayer, ['scatterplot.billboard']],
      [MultiIconLayer, ScreenCharactersLayer, ['icon.billboard', 'text.flipY', 'text.align.x > 0 || text.align.y > 0', 'instanceClipRect.z >= 0.']],
      [IconLayer, ScreenIconLayer, ['icon.billboard']],
    ];
    for (const [Deck, Fixed, reads] of cases) {
      const {deck, fixed} = vertexShaders(Deck, Fixed);
      for (const read of reads) {
        expect(deck).toContain(read);
        expect(fixed).not.toContain(read);
      }
      // Nothing else changes: same length but for the replaced reads.
      expect(fixed.length).toBeLessThan(deck.length);
      expect(fixed.length).toBeGreaterThan(deck.length * 0.95);
    }
  });

  it('are what GroundGeoJsonLayer and ScreenTextLayer draw their parts with', () => {
    const subLayerClass = (layer: unknown, id: string, Default: unknown) =>
      (layer as {getSubLayerClass(id: string, d: unknown): unknown}).getSubLayerClass(id, Default);
    const geojson = new GroundGeoJsonLayer({id: 'g', data: []});
    expect(subLayerClass(geojson, 'polygons-fill', SolidPolygonLayer)).toBe(GroundPolygonLayer);
    expect(subLayerClass(geojson, 'polygons-stroke', PathLayer)).toBe(GroundPathLayer);
    expect(subLayerClass(geojson, 'points-circle', ScatterplotLayer)).toBe(GroundScatterplotLayer);
    expect(subLayerClass(new ScreenTextLayer({id: 't', data: []}), 'characters', MultiIconLayer)).toBe(ScreenCharactersLayer);
    // deck.gl's own composites keep deck.gl's classes.
    expect(subLayerClass(new GeoJsonLayer({id: 'd', data: []}), 'polygons-fill', SolidPolygonLayer)).toBe(SolidPolygonLayer);
    expect(subLayerClass(new TextLayer({id: 'd', data: []}), 'characters', MultiIconLayer)).toBe(MultiIconLayer);
  });

  it('refuse props their fixed shader cannot draw, naming them', () => {
    const flat = {flipY: false};
    expect(unsupportedPolygon({extruded: false}, flat)).toBeNull();
    expect(unsupportedPolygon({extruded: true}, flat)).toBe('extruded');
    expect(unsupportedGround({billboard: false}, flat)).toBeNull();
    expect(unsupportedGround({billboard: true}, flat)).toBe('billboard');
    const text = {billboard: true, contentAlignHorizontal: 'none', contentAlignVertical: 'none', getContentBox: [0, 0, -1, -1]};
    expect(unsupportedScreenText(text, {})).toBeNull();
    expect(unsupportedScreenText({...text, billboard: false}, {})).toBe('billboard: false');
    expect(unsupportedScreenText({...text, contentAlignVertical: 'center'}, {})).toBe('contentAlign');
    expect(unsupportedScreenText({...text, getContentBox: () => [0, 0, 10, 10]}, {})).toBe('getContentBox');
    expect(unsupportedScreenText({...text, getContentBox: [0, 0, 40, -1]}, {})).toBe('getContentBox');
    expect(unsupportedScreenText(text, {flipY: true})).toBe('viewport.flipY');
    expect(unsupportedScreenIcon({billboard: true}, {})).toBeNull();
    expect(unsupportedScreenIcon({billboard: false}, {})).toBe('billboard: false');
  });

  it("match deck.gl's defaults, so a layer that sets nothing is drawn", () => {
    const defaults = (C: unknown) => new (C as new (p: object) => {props: Record<string, unknown>})({id: 'x'}).props;
    expect(unsupportedPolygon(defaults(GroundPolygonLayer), {})).toBeNull();
    expect(unsupportedGround(defaults(GroundPathLayer), {})).toBeNull();
    expect(unsupportedGround(defaults(GroundScatterplotLayer), {})).toBeNull();
    expect(unsupportedScreenText(defaults(ScreenCharactersLayer), {})).toBeNull();
    expect(unsupportedScreenIcon(defaults(ScreenIconLayer), {})).toBeNull();
  });

  it("smooth their lines' and circles' edges by default: deck.gl's canvas is not multisampled (atlas-map.ts)", () => {
    const defaults = (C: unknown) => new (C as new (p: object) => {props: Record<string, unknown>})({id: 'x'}).props;
    expect(defaults(PathLayer).antialiasing).toBe(false); // deck.gl's own default
    expect(defaults(GroundPathLayer).antialiasing).toBe(true);
    expect(defaults(GroundGeoJsonLayer).lineAntialiasing).toBe(true);
    expect(defaults(GroundScatterplotLayer).antialiasing).toBe(true);
    // And the rest of deck.gl's defaults stay.
    expect(defaults(GroundPathLayer).widthUnits).toBe('meters');
    expect(defaults(GroundGeoJsonLayer).stroked).toBe(true);
  });
});
