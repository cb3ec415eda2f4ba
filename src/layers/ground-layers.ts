// deck.gl's layers as the atlas draws them: polygons, lines and circles lying flat on the map, and
// text facing the screen. Each leaf layer's vertex shader has its run-time choices between those and
// the other ways deck.gl can draw written as constants (see shader-choices.ts for why).
//
// Measured one program at a time in SwiftShader, each vertex shader already fixed to Web Mercator:
// polygons 88 → 44 ms (no extrusion, so no lighting), lines 157 → 86 ms and circles 90 → 66 ms (not
// billboards, so one projection path instead of two), text 120 → 60 ms (billboards, with no content
// box, alignment or flipped viewport). The fragment shaders gained nothing and are left alone.
//
// Every polygon, path, circle and text layer of the atlas is made from these classes, except the
// thin lines of one colour (borders, the selected outline, rivers: mesh-line-layer.ts, with its own
// shader). Each checks, whenever its props change, that it is asked to draw only what its fixed
// shader draws, and throws otherwise: deck.gl reports the error through the map's onError (which the
// e2e suite fails on) but still draws the layer, so this is a loud report, not a guard. The e2e test
// of deck.gl's linked shaders fails if a layer of the default view is drawn by deck.gl's own classes.
// Icons (energy sites and their focus ring) are fixed in icon-layers.ts, which only
// code-split layers load; the energy spokes' LineLayer is deck.gl's own (fixing it saved nothing
// measurable).
import type {_ConstructorOf as ConstructorOf, CompositeLayer, Layer, UpdateParameters} from '@deck.gl/core';
import {_MultiIconLayer as MultiIconLayer, GeoJsonLayer, PathLayer, ScatterplotLayer, SolidPolygonLayer, TextLayer} from '@deck.gl/layers';
import {fixChoices, type FixedChoice} from './shader-choices';

/** Polygons are flat: deck.gl's lighting of extruded sides and wireframes is never run. */
const FLAT_POLYGON: readonly FixedChoice[] = [
  ['solidPolygon.extruded', 'false'],
  ['solidPolygon.isWireframe', 'false'],
];
const GROUND_PATH: readonly FixedChoice[] = [['path.billboard', 'false']];
const GROUND_CIRCLE: readonly FixedChoice[] = [['scatterplot.billboard', 'false']];
const SCREEN_TEXT: readonly FixedChoice[] = [
  ['icon.billboard', 'true'],
  ['text.flipY', 'false'],
  ['text.align.x > 0 || text.align.y > 0', 'false'],
  // The character's content box (deck.gl's default [0, 0, -1, -1] clips nothing).
  ['instanceClipRect.z >= 0.', 'false'],
  ['instanceClipRect.w >= 0.', 'false'],
];

/** The prop (or viewport) asking a layer to draw what its fixed shader cannot, or null. */
export type Unsupported = (props: Record<string, unknown>, viewport: {flipY?: boolean}) => string | null;

export const unsupportedPolygon: Unsupported = (props) => (props.extruded ? 'extruded' : null);
export const unsupportedGround: Unsupported = (props) => (props.billboard ? 'billboard' : null);
export const unsupportedScreenText: Unsupported = (props, viewport) => {
  const box = props.getContentBox;
  if (!props.billboard) return 'billboard: false';
  if (props.contentAlignHorizontal !== 'none' || props.contentAlignVertical !== 'none') return 'contentAlign';
  if (!Array.isArray(box) || box[2] >= 0 || box[3] >= 0) return 'getContentBox';
  if (viewport.flipY) return 'viewport.flipY';
  return null;
};

// The classes are made by a function, and typed as deck.gl's class they extend (same props, same
// generics): only their shader and a check differ.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type LayerClass = abstract new (...props: any[]) => Layer;

export function withFixedShader<C extends LayerClass>(Base: C, layerName: string, choices: readonly FixedChoice[], unsupported: Unsupported, defaultProps?: Record<string, unknown>): C {
  abstract class Fixed extends Base {
    static layerName = layerName;
    // deck.gl merges a class's own defaultProps over its parent's.
    static defaultProps = defaultProps ?? {};

    override getShaders(type?: unknown) {
      const shaders = super.getShaders(type) as {vs: string};
      return {...shaders, vs: fixChoices(shaders.vs, choices, layerName)};
    }

    override updateState(params: UpdateParameters<this>) {
      super.updateState(params);
      const what = unsupported(params.props as unknown as Record<string, unknown>, params.context.viewport as {flipY?: boolean});
      if (what) throw new Error(`${this.id}: its fixed shader cannot draw ${what}`);
    }
  }
  return Fixed;
}

export const GroundPolygonLayer = withFixedShader(SolidPolygonLayer, 'GroundPolygonLayer', FLAT_POLYGON, unsupportedPolygon);
/** Paths smooth their own edges (deck.gl's canvas is not multisampled: atlas-map.ts). */
export const GroundPathLayer = withFixedShader(PathLayer, 'GroundPathLayer', GROUND_PATH, unsupportedGround, {antialiasing: true});
export const GroundScatterplotLayer = withFixedShader(ScatterplotLayer, 'GroundScatterplotLayer', GROUND_CIRCLE, unsupportedGround);
/** The characters of a ScreenTextLayer. */
export const ScreenCharactersLayer = withFixedShader(MultiIconLayer, 'ScreenCharactersLayer', SCREEN_TEXT, unsupportedScreenText);

/** deck.gl's leaf layer classes and the fixed ones drawn in their place. */
const FIXED = new Map<unknown, unknown>([
  [SolidPolygonLayer, GroundPolygonLayer],
  [PathLayer, GroundPathLayer],
  [ScatterplotLayer, GroundScatterplotLayer],
  [MultiIconLayer, ScreenCharactersLayer],
]);

/** A composite layer class whose parts are drawn by the fixed layers above. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function withFixedParts<C extends abstract new (...props: any[]) => CompositeLayer>(Base: C, layerName: string, defaultProps?: Record<string, unknown>): C {
  abstract class WithFixedParts extends Base {
    static layerName = layerName;
    static defaultProps = defaultProps ?? {};

    protected override getSubLayerClass<T extends Layer>(id: string, DefaultClass: ConstructorOf<T>): ConstructorOf<T> {
      return super.getSubLayerClass(id, (FIXED.get(DefaultClass) as ConstructorOf<T> | undefined) ?? DefaultClass);
    }
  }
  return WithFixedParts;
}

/** Outlines smooth their own edges, as GroundPathLayer's do (GeoJsonLayer passes its own default on). */
export const GroundGeoJsonLayer = withFixedParts(GeoJsonLayer, 'GroundGeoJsonLayer', {lineAntialiasing: true});
export const ScreenTextLayer = withFixedParts(TextLayer, 'ScreenTextLayer');
