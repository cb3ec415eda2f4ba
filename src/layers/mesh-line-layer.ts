// Thin lines of one colour and one width in pixels, flat on the map, drawn as one mesh of triangles
// (src/model/line-mesh.ts says why: with software WebGL, deck.gl's PathLayer costs ~15 µs per
// segment in every frame; this layer a few milliseconds for all the borders).
//
// What it does not do, and PathLayer does: picking, a colour or width per line, widths in metres,
// rounded joins and caps, layer extensions (it throws if asked to be picked or extended). The region
// borders, the selected and the keyboard-focused region's outlines, the rivers and the lakes' edges
// need none of them (a sharp corner's miter is cut at MITER_LIMIT, line-mesh.ts). Its vertex shader
// asks deck.gl's `project` module only for Web Mercator, as the atlas's other layers do
// (web-mercator-shaders.ts).
import {Layer, project32, type DefaultProps, type LayerProps, type UpdateParameters} from '@deck.gl/core';
import {Geometry, Model} from '@luma.gl/engine';
import type {Feature} from 'geojson';
import {lineMesh, polylinesOf} from '../model/line-mesh';
import type {RGBA} from '../map/map-colors';

/**
 * CSS pixels the mesh reaches beyond the line on each side, for its smoothed edge. Half a device pixel
 * is enough, and is at most half a CSS pixel wherever devicePixelRatio ≥ 1.
 */
const FRINGE_PIXELS = 0.5;

const uniformBlock = /* glsl */ `\
layout(std140) uniform meshLineUniforms {
  vec4 color;
  float widthPixels;
} meshLine;
`;

const meshLineUniforms = {
  name: 'meshLine',
  vs: uniformBlock,
  uniformTypes: {color: 'vec4<f32>', widthPixels: 'f32'},
} as const;

/** A number as a GLSL float literal (1 → "1.0"). */
const glslFloat = (n: number) => (Number.isInteger(n) ? n.toFixed(1) : String(n));

// Edges are smoothed in the fragment shader, as deck.gl's own layers do (its canvas is not
// multisampled: atlas-map.ts says why). The mesh is drawn FRINGE_PIXELS wider on each side than the
// line, and each fragment is given the share of its pixel that the line covers, from its distance to
// the line's centre. That distance is ± the drawn half width at a vertex (line-mesh.ts puts each
// point's left vertex at an even index and its right one after it), interpolated across a segment's
// quad: as the miters keep a segment's edges parallel to it, that is the distance to the segment.
// (Where MITER_LIMIT shortens a miter, the corner is narrower than that says: the line's edge there
// is drawn a little inside the smoothed one.)
const vs = /* glsl */ `\
#version 300 es
#define SHADER_NAME mesh-line-layer-vertex-shader
in vec2 positions;
in vec2 extrusions;
out vec4 vColor;
// Device pixels from the line's centre, signed by side.
out float vDistance;
// The line's half width in device pixels.
flat out float vHalfWidth;
void main(void) {
  vec4 clip = project_position_to_clipspace(vec3(positions, 0.0), vec3(0.0), vec3(0.0));
  float halfDrawn = meshLine.widthPixels * 0.5 + ${glslFloat(FRINGE_PIXELS)};
  gl_Position = clip + vec4(project_pixel_size_to_clipspace(extrusions * halfDrawn), 0.0, 0.0);
  vColor = vec4(meshLine.color.rgb, meshLine.color.a * layer.opacity);
  vDistance = (gl_VertexID % 2 == 0 ? halfDrawn : -halfDrawn) * project.devicePixelRatio;
  vHalfWidth = meshLine.widthPixels * 0.5 * project.devicePixelRatio;
}
`;

const fs = /* glsl */ `\
#version 300 es
#define SHADER_NAME mesh-line-layer-fragment-shader
precision highp float;
in vec4 vColor;
in float vDistance;
flat in float vHalfWidth;
out vec4 fragColor;
void main(void) {
  float d = abs(vDistance);
  // The part of a one-pixel span centred at d that lies within [-vHalfWidth, vHalfWidth].
  float coverage = clamp(min(d + 0.5, vHalfWidth) - max(d - 0.5, -vHalfWidth), 0.0, 1.0);
  fragColor = vec4(vColor.rgb, vColor.a * coverage);
}
`;

export interface MeshLineLayerProps {
  /** The lines: each feature's LineString, MultiLineString, or (Multi)Polygon rings. */
  data: readonly Feature[];
  color: RGBA;
  widthPixels: number;
}

const defaultProps: DefaultProps<MeshLineLayerProps> = {
  color: {type: 'color', value: [0, 0, 0, 255]},
  widthPixels: {type: 'number', value: 1, min: 0},
};

export class MeshLineLayer extends Layer<MeshLineLayerProps & LayerProps> {
  static override layerName = 'MeshLineLayer';
  static override defaultProps = defaultProps;

  declare state: {model?: Model; empty?: boolean};

  override getShaders() {
    return super.getShaders({vs, fs, modules: [project32, meshLineUniforms]});
  }

  // The model is made in updateState, which deck.gl calls next with the data.
  override initializeState() {}

  override updateState(params: UpdateParameters<this>) {
    super.updateState(params);
    const {props, oldProps, changeFlags} = params;
    // Loud, as for the fixed deck.gl layers (ground-layers.ts): deck.gl would still draw the layer.
    if (props.pickable || props.extensions.length > 0) throw new Error(`${this.id}: a MeshLineLayer is neither picked nor extended`);
    if (changeFlags.extensionsChanged) {
      // deck.gl's default shader modules changed (never in the atlas): the shaders are made again.
      this.state.model?.destroy();
      this.state.model = undefined;
    }
    // The same features in a new list (the selected region's, made on every render) are the same lines.
    const sameLines = props.data.length === oldProps.data?.length && props.data.every((f, i) => f === oldProps.data[i]);
    if (this.state.model && (!changeFlags.dataChanged || sameLines)) return;
    const mesh = lineMesh(props.data.flatMap((f) => (f.geometry ? polylinesOf(f.geometry) : [])));
    this.state.empty = mesh.indices.length === 0;
    // No line: nothing to draw, and no empty buffers (which some browsers refuse).
    if (this.state.empty) return;
    const geometry = new Geometry({
      topology: 'triangle-list',
      attributes: {positions: {size: 2, value: mesh.positions}, extrusions: {size: 2, value: mesh.extrusions}},
      indices: mesh.indices,
      vertexCount: mesh.indices.length,
    });
    // A model is made once and given new geometry after (a new model each time would leave its vertex
    // array behind: luma.gl's Model.destroy does not free it).
    if (this.state.model) this.state.model.setGeometry(geometry);
    else this.state.model = new Model(this.context.device, {...this.getShaders(), id: this.props.id, geometry});
  }

  override draw() {
    const {model, empty} = this.state;
    if (!model || empty) return;
    const [r, g, b, a = 255] = this.props.color;
    model.shaderInputs.setProps({meshLine: {color: [r / 255, g / 255, b / 255, a / 255], widthPixels: this.props.widthPixels}});
    model.draw(this.context.renderPass);
  }
}
