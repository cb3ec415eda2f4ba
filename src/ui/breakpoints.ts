// The phone layout's breakpoint, for script: the same width as the `@media (max-width: 700px)` rules of
// styles.css and the components (CSS cannot import it).
export const PHONE_MEDIA = '(max-width: 700px)';
// A short window (a phone on its side, a browser zoomed in) wide enough for the sidebar still has the
// phone's compact header and "i" credits, and a pinned region is brought into view beside the profile:
// the `@media (max-width: 700px), (max-height: 480px)` rules.
export const COMPACT_MEDIA = `${PHONE_MEDIA}, (max-height: 480px)`;
// Where a region pinned on the map (or an energy site tapped) is brought into view: phones (the panels
// are sheets over the map's lower part), windows up to 1023 px wide and short ones (the panels take the
// sidebar's column, styles.css), and touch screens (no tooltip: the panel is a tap's answer, and on a
// 1024 px tablet it opens over the map's right, where the tap was). Elsewhere a map click leaves the
// view where the user put it; a region pinned from elsewhere (a table row) is brought into view always.
export const REVEAL_MEDIA = '(max-width: 1023px), (max-height: 480px), (hover: none)';
