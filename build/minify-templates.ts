// Vite plugin: our Lit components' css`…`, html`…` and svg`…` templates, minified. Vite minifies our
// script but leaves template strings as written, indentation and all (~300 B of the first view's gzip).
// HTML whitespace is collapsed conservatively, to one space, never none: between inline elements a
// space is meaningful. Empty attributes are kept (alt="" says an image is decorative).
import {minifyHTMLLiterals} from 'minify-literals';
import type {Plugin} from 'vite';

export function minifyTemplates(): Plugin {
  return {
    name: 'kg-minify-templates',
    apply: 'build',
    enforce: 'pre',
    async transform(code, id) {
      if (!/[\\/]src[\\/].*\.ts$/.test(id) || !/(css|html|svg)`/.test(code)) return null;
      const minified = await minifyHTMLLiterals(code, {
        fileName: id,
        minifyOptions: {conservativeCollapse: true, removeEmptyAttributes: false},
      });
      // magic-string's map, typed more loosely than Vite's (its `version` may be a string).
      return minified && {code: minified.code, map: minified.map?.toString()};
    },
  };
}
