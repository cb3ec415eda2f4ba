// Vite plugin: deck.gl as this site uses it — WebGL 2 only, data passed inline — without the parts
// that only WebGPU or remote data would need. deck.gl 9.4 bundles them unconditionally (they sit
// behind run-time checks such as `device.type === 'webgpu'`), about 50 KB of gzip on the first view:
// - the WGSL (WebGPU) shader sources of every layer and shader module: their template literals
//   become empty strings (the GLSL sources, which WebGL uses, are untouched);
// - @luma.gl/gpgpu, used by deck.gl only to pack attributes for WebGPU: a stub that throws if reached;
// - @loaders.gl, used by deck.gl to fetch a layer's `data` given as a URL (we never do) and by the
//   IconLayer to load its icons (ours are SVG data URLs): a small loader that decodes images with an
//   <img> and anything else as JSON.
// The e2e suite draws every layer and compares pixels, so a part wrongly removed shows there.
import {parseAst, type Plugin} from 'vite';

const GPGPU_STUB = `
const unavailable = () => { throw new Error('WebGPU support is not bundled with this site'); };
export const backendRegistry = {add() {}};
export const cleanEvaluateSync = unavailable;
export const GPUDataEvaluator = class { constructor() { unavailable(); } };
export const interleave = unavailable;
`;

const LOADERS_STUB = `
function loadImage(url) {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('could not load the image ' + String(url).slice(0, 60)));
    image.src = url;
  });
}
const isImage = (url) => /^data:image\\//.test(url) || /\\.(png|jpe?g|gif|webp|svg)(\\?|$)/i.test(url);
export async function load(url) {
  if (typeof url !== 'string') throw new Error('only URLs can be loaded');
  if (isImage(url)) return loadImage(url);
  const response = await fetch(url);
  if (!response.ok) throw new Error(url + ': HTTP ' + response.status);
  return response.json();
}
export const parse = () => Promise.reject(new Error('parse() is not bundled with this site'));
export const fetchFile = (url, init) => fetch(url, init);
export function registerLoaders() {}
export const ImageLoader = {id: 'image', name: 'Images', extensions: ['png', 'jpg', 'svg'], mimeTypes: ['image/png', 'image/svg+xml']};
`;

const STUBS: Record<string, string> = {
  '@luma.gl/gpgpu': GPGPU_STUB,
  '@luma.gl/gpgpu/webgpu': GPGPU_STUB,
  '@loaders.gl/core': LOADERS_STUB,
  '@loaders.gl/images': LOADERS_STUB,
};
const PREFIX = '\0kg-deck-stub:';
const VIS_GL = /node_modules[\\/](@deck\.gl|@luma\.gl)[\\/]/;
/** Files that hold WGSL source text (not the WGSL helpers of the shader assembler). */
const WGSL_SOURCE = /[\\/][^\\/]*(\.wgsl|-wgsl(-[a-z]+)?)\.js$/;

interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

/** The outermost template literals of a module (spans), in source order. */
function templateLiterals(code: string): [number, number][] {
  const spans: [number, number][] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    const n = node as Node;
    if (n.type === 'TemplateLiteral' && typeof n.start === 'number') {
      spans.push([n.start, n.end]);
      return;
    }
    for (const key of Object.keys(n)) if (key !== 'parent') visit(n[key]);
  };
  visit(parseAst(code));
  return spans.sort((a, b) => a[0] - b[0]);
}

export function deckWebglOnly(): Plugin {
  return {
    name: 'kg-deck-webgl-only',
    apply: 'build',
    enforce: 'pre',
    resolveId(source, importer) {
      if (importer && VIS_GL.test(importer) && source in STUBS) return PREFIX + source;
      return undefined;
    },
    load(id) {
      return id.startsWith(PREFIX) ? STUBS[id.slice(PREFIX.length)] : undefined;
    },
    transform(code, id) {
      if (!VIS_GL.test(id) || !WGSL_SOURCE.test(id)) return undefined;
      let out = '';
      let at = 0;
      for (const [start, end] of templateLiterals(code)) {
        out += code.slice(at, start) + '``';
        at = end;
      }
      return {code: out + code.slice(at), map: null};
    },
  };
}
