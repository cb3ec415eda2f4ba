// The height written into the embed code (README "Embedding"): the embedded view's own height at the
// widths an article's column has, so that a frame without the resize script shows all of it, the
// source and the map's credits included. As Datawrapper does, measured, not guessed: the dialog lays
// out the embedded view's header and footer at each width (kg-embed-dialog.ts); the map between them
// has a height that depends on the frame's width only (styles.css, body.embed .kg-main). Pure.

/** The article widths the code is sized for: a phone's column to a wide desktop column. */
export const ARTICLE_WIDTHS = [320, 600, 740] as const;

/** The embedded map's height at a frame width: `clamp(240px, 60vw, 640px)` in styles.css. */
export function embedMapHeight(width: number): number {
  return Math.min(640, Math.max(240, 0.6 * width));
}

/** What the embedded view measured at one width: its header's and footer's heights in CSS pixels. */
export interface EmbedLayout {
  width: number;
  header: number;
  footer: number;
}

/** Room for what a measurement may not see (a font that arrives late, a line that wraps in the frame). */
export const FRAME_MARGIN = 16;

/**
 * The frame's height: the tallest of the embedded view at the measured widths, with a margin, rounded
 * up to 10 px, within the dialog's limits (200–2000). Null without a usable measurement.
 */
export function frameHeightFor(layouts: readonly EmbedLayout[]): number | null {
  const heights = layouts.filter((l) => l.header > 0 && l.footer > 0).map((l) => l.header + embedMapHeight(l.width) + l.footer);
  if (heights.length === 0) return null;
  return Math.min(2000, Math.max(200, Math.ceil((Math.max(...heights) + FRAME_MARGIN) / 10) * 10));
}
