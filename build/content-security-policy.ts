// The site's Content-Security-Policy (README "Security"). The build writes it into index.html as a
// <meta http-equiv> (any static host honours it); hosts that can send headers should send the same
// policy as a `Content-Security-Policy` header, which also covers the workers and can add
// `frame-ancestors` (a meta policy cannot). The e2e suite fails on any violation.
import type {Plugin} from 'vite';

export const CSP_DIRECTIVES: Record<string, string[]> = {
  'default-src': ["'self'"],
  // No inline script, no eval: every script is a file of the build.
  'script-src': ["'self'"],
  // Our styles are files or Lit's constructable stylesheets; inline style attributes are not allowed
  // (components set styles through the CSSOM: Lit's styleMap, element.style).
  'style-src': ["'self'"],
  // data: for the favicon and the energy symbols (SVG data URLs drawn by deck.gl); blob: for images
  // made in the page (e.g. a PNG export shown before it is saved).
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  // maplibre's worker, the engine's workers and the service worker are files of the build.
  'worker-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
};

export const CONTENT_SECURITY_POLICY = Object.entries(CSP_DIRECTIVES)
  .map(([directive, sources]) => `${directive} ${sources.join(' ')}`)
  .join('; ');

const CHARSET = /<meta charset="utf-8"\s*\/?>/i;

/** Writes the policy into the built index.html, right after the charset, before any script or style. */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'kg-content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        if (!CHARSET.test(html)) throw new Error('kg-content-security-policy: index.html has no <meta charset="utf-8">');
        return html.replace(CHARSET, (charset) => `${charset}\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`);
      },
    },
  };
}
