// deck.gl's layers, with their projection code fixed to the one case the atlas draws.
//
// Why: deck.gl's `project` shader module chooses at run time between Web Mercator, Web Mercator with
// a moving origin (zoom ≥ 12), globe and identity projections, and between four coordinate systems.
// Every layer's vertex shader carries all those paths, and a shader compiler compiles them all. On a
// machine without a GPU, Chromium's software WebGL (SwiftShader) then spends most of the first frame
// compiling: ~1.1 s of CPU for the atlas's four programs, measured one by one. The atlas only draws
// longitude/latitude data on a Web Mercator map below zoom 12 (AtlasMap's maxZoom), where deck.gl
// always picks plain Web Mercator. Written as constants, the choice leaves the other paths as dead
// code the compiler drops, and the same four programs compile in ~0.5 s.
//
// luma.gl, which assembles deck.gl's shaders, puts its default modules into every program, in place
// of a layer's module of the same name; so the fixed `project` and `project32` are made default
// modules of deck.gl's shader assembler, once, before any layer is drawn. Two things would undo it:
// a layer with another coordinate system than longitude/latitude (none sets `coordinateSystem`), and
// a shader module that brings deck.gl's own `project` as a dependency (deck.gl's `shadow`, the layer
// extensions; none is used). The e2e test of deck.gl's linked shaders fails in either case.
import {getShaderAssembler, project, project32} from '@deck.gl/core';
import {fixChoices, type FixedChoice} from './shader-choices';

/** The run-time choices in deck.gl's `project` GLSL, and the constant each always is here. */
const FIXED_CHOICES: readonly FixedChoice[] = [
  ['project.projectionMode', 'PROJECTION_MODE_WEB_MERCATOR'],
  ['project.coordinateSystem', 'COORDINATE_SYSTEM_LNGLAT'],
];

/** `source` with the projection fixed (see fixChoices). */
export function fixProjection(source: string): string {
  return fixChoices(source, FIXED_CHOICES, "deck.gl's project shader");
}

/** A copy of a shader module with other fields; never luma.gl's cached `instance` of the original. */
function copyModule<M extends object>(module: M, fields: Partial<M>): M {
  const {instance: _cached, ...rest} = module as M & {instance?: unknown};
  return {...(rest as M), ...fields};
}

const webMercatorProject = copyModule(project, {vs: fixProjection(project.vs!)});
const webMercatorProject32 = copyModule(project32, {dependencies: [webMercatorProject]});

/** Makes every deck.gl layer drawn from now on use the fixed projection. Idempotent. */
export function useWebMercatorShaders(): void {
  const assembler = getShaderAssembler('glsl');
  assembler.addDefaultModule(webMercatorProject);
  assembler.addDefaultModule(webMercatorProject32);
}
