// Vite plugin: the CSS in our Lit components' css`…` templates, minified. Vite minifies our script
// but leaves template strings as written, indentation and all. HTML templates are left as written:
// whitespace between inline elements is meaningful there, and lit-html's markers must survive.
import {minifyHTMLLiterals} from 'minify-literals';
import type {Plugin} from 'vite';

export function minifyCssTemplates(): Plugin {
  return {
    name: 'kg-minify-css-templates',
    apply: 'build',
    enforce: 'pre',
    async transform(code, id) {
      if (!/[\\/]src[\\/].*\.ts$/.test(id) || !code.includes('css`')) return null;
      const minified = await minifyHTMLLiterals(code, {fileName: id, shouldMinify: () => false});
      // magic-string's map, typed more loosely than Vite's (its `version` may be a string).
      return minified && {code: minified.code, map: minified.map?.toString()};
    },
  };
}
