// The phone layout's breakpoint, for script: the same width as the `@media (max-width: 700px)` rules of
// styles.css and the components (CSS cannot import it).
export const PHONE_MEDIA = '(max-width: 700px)';
// A short window (a phone on its side, a browser zoomed in) wide enough for the sidebar still has the
// phone's compact header and "i" credits, and a pinned region is brought into view beside the profile:
// the `@media (max-width: 700px), (max-height: 480px)` rules.
export const COMPACT_MEDIA = `${PHONE_MEDIA}, (max-height: 480px)`;
