// The build plugins of issue 9 (build/): what each one changes, on small inputs. The built site as a
// whole is checked by the e2e suite (every layer drawn, every language, the CSP in force).
import {describe, expect, it} from 'vitest';
import {CONTENT_SECURITY_POLICY, contentSecurityPolicy, CSP_DIRECTIVES} from '../../../build/content-security-policy';
import {deckWebglOnly} from '../../../build/deck-webgl-only';
import {minifyTemplates} from '../../../build/minify-templates';

type Hook = (this: unknown, ...args: unknown[]) => unknown;
const call = (hook: unknown, ...args: unknown[]) => {
  const fn = (typeof hook === 'function' ? hook : (hook as {handler: Hook}).handler) as Hook;
  return fn.call({}, ...args);
};

describe('deckWebglOnly', () => {
  const plugin = deckWebglOnly();

  it('empties the WGSL sources of deck.gl and luma.gl, keeping the module shape', () => {
    const code = 'import {x} from "./y.js";\nexport const source = /* wgsl */ `fn a() -> f32 { return ${x}; } ${`nested`}`;\nexport default `b`;\n';
    const out = call(plugin.transform, code, '/p/node_modules/@deck.gl/layers/dist/path-layer/path-layer.wgsl.js') as {code: string};
    expect(out.code).toBe('import {x} from "./y.js";\nexport const source = /* wgsl */ ``;\nexport default ``;\n');
    expect(call(plugin.transform, code, '/p/node_modules/@luma.gl/shadertools/dist/modules/math/fp64/fp64-arithmetic-wgsl.js')).toBeDefined();
  });

  it('leaves GLSL, the shader assembler and other packages alone', () => {
    const code = 'export const vs = `void main() {}`;';
    expect(call(plugin.transform, code, '/p/node_modules/@deck.gl/layers/dist/path-layer/path-layer-vertex.glsl.js')).toBeUndefined();
    expect(call(plugin.transform, code, '/p/node_modules/@luma.gl/shadertools/dist/lib/shader-assembly/wgsl-interface-scan.js')).toBeUndefined();
    expect(call(plugin.transform, code, '/p/src/layers/foo.wgsl.js')).toBeUndefined();
  });

  it('stubs @luma.gl/gpgpu and @loaders.gl for deck.gl only', async () => {
    const id = call(plugin.resolveId, '@loaders.gl/core', '/p/node_modules/@deck.gl/core/dist/lib/layer.js') as string;
    expect(id).toMatch(/kg-deck-stub/);
    expect(call(plugin.resolveId, '@loaders.gl/core', '/p/src/main.ts')).toBeUndefined();
    const stub = call(plugin.load, id) as string;
    for (const name of ['load', 'parse', 'fetchFile', 'registerLoaders', 'ImageLoader']) expect(stub).toMatch(new RegExp(`export (async )?(const|function) ${name}\\b`));
    const gpgpu = call(plugin.load, call(plugin.resolveId, '@luma.gl/gpgpu', '/p/node_modules/@deck.gl/core/dist/lib/attribute/attribute-buffer-groups.js')) as string;
    for (const name of ['backendRegistry', 'cleanEvaluateSync', 'GPUDataEvaluator', 'interleave']) expect(gpgpu).toContain(`export const ${name}`);
  });
});

describe('contentSecurityPolicy', () => {
  it('allows no inline script, no eval and no inline style', () => {
    expect(CSP_DIRECTIVES['script-src']).toEqual(["'self'"]);
    expect(CSP_DIRECTIVES['style-src']).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-(inline|eval)/);
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
  });

  it('goes into index.html right after the charset, before any script', () => {
    const html = '<head>\n    <meta charset="utf-8" />\n    <script type="module" src="./a.js"></script>\n</head>';
    const out = call(contentSecurityPolicy().transformIndexHtml, html) as string;
    expect(out.indexOf('http-equiv="Content-Security-Policy"')).toBeGreaterThan(out.indexOf('charset'));
    expect(out.indexOf('http-equiv="Content-Security-Policy"')).toBeLessThan(out.indexOf('<script'));
    expect(out).toContain(`content="${CONTENT_SECURITY_POLICY}"`);
    expect(() => call(contentSecurityPolicy().transformIndexHtml, '<head></head>')).toThrow(/charset/);
  });
});

describe('minifyTemplates', () => {
  const plugin = minifyTemplates();
  const source = [
    'const W = 296;',
    'const styles = css`',
    '  :host {',
    '    display: block;',
    '    max-width: calc(${W} * 1px);',
    '  }',
    '`;',
    'const view = html`<p>  two  <b>words</b> </p>',
    '  <img alt="" src=${src}>',
    '  <span>${a}</span> <span>${b}</span>`;',
  ].join('\n');

  it("minifies the CSS of our components' css templates, interpolations kept", async () => {
    const out = (await call(plugin.transform, source, '/p/src/ui/kg-x.ts')) as {code: string; map: string};
    expect(out.code).toContain('css`:host{display:block;max-width:calc(${W} * 1px)}`');
    expect(JSON.parse(out.map).mappings).toBeTruthy();
  });

  it('collapses the whitespace of HTML templates to one space, never none, and keeps empty attributes; leaves other files alone', async () => {
    const out = (await call(plugin.transform, source, '/p/src/ui/kg-x.ts')) as {code: string};
    expect(out.code).toContain('html`<p> two <b>words</b> </p> <img alt="" src="${src}"> <span>${a}</span> <span>${b}</span>`');
    expect(await call(plugin.transform, source, '/p/node_modules/lit/index.js')).toBeNull();
    expect(await call(plugin.transform, 'const a = 1;', '/p/src/ui/kg-y.ts')).toBeNull();
  });
});
