// The phone layout's breakpoint, for script: the same width as the `@media (max-width: 700px)` rules of
// styles.css and the components (CSS cannot import it).
export const PHONE_MEDIA = '(max-width: 700px)';
// A short window (a phone on its side, a browser zoomed in) wide enough for the sidebar still has the
// phone's compact header and "i" credits, and a pinned region is brought into view beside the profile:
// the `@media (max-width: 700px), (max-height: 480px)` rules.
export const COMPACT_MEDIA = `${PHONE_MEDIA}, (max-height: 480px)`;
// Where a panel may cover the map's lower part, across it: a phone's sheets, and a portrait tablet's
// scenario editor (kg-scenario-editor.ts), so that the camera may go further south (AtlasMap).
export const SHEET_BELOW_MEDIA = `${PHONE_MEDIA}, (max-width: 1023px) and (min-height: 481px)`;
