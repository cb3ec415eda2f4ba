// Links between the full atlas and an embedded view: the same permalink (README "Permalinks") with
// or without embed=1.
import {formatUrlState} from '../state/url-state';
import type {MapView, Theme, ViewState} from '../state/view-state';
import {sameMapView} from '../ui/map-view';

export interface EmbedUrlOptions {
  /** The page's address without query, e.g. https://example.org/atlas/ */
  base: string;
  /** Colours of the embedded view; null = follow the reader's system. */
  theme: Theme | null;
  /** Keep the camera; otherwise the frame fits Kyrgyzstan to whatever size it has. */
  keepCamera: boolean;
  /** The frame opens with its data table shown (TABLE_FRAGMENT). */
  table?: boolean;
}

/**
 * The fragment that opens an embedded view with its data table shown: `…&embed=1#table`. A fragment, not
 * a key of the query: it says where in the page to look, as a link to a heading does, and the address
 * bar keeps it as the view changes (url-sync.ts), while the view's keys stay the permalink's.
 */
export const TABLE_FRAGMENT = '#table';

export function embedUrl(view: ViewState, o: EmbedUrlOptions): string {
  return `${o.base}?${formatUrlState({...view, embed: true, theme: o.theme, view: o.keepCamera ? view.view : null})}${o.table ? TABLE_FRAGMENT : ''}`;
}

/**
 * The full atlas showing what an embedded view shows. `keepCamera` false: without the map's camera,
 * so that the full atlas fits the country to its own size.
 */
export function fullMapUrl(view: ViewState, base: string, keepCamera = true): string {
  return `${base}?${formatUrlState({...view, embed: false, view: keepCamera ? view.view : null})}`;
}

/** What an embedded view knows of its camera (src/embed/frame-fit.ts). */
export interface FrameCamera {
  /** The embedding page's address chose the camera (`view` in the frame's own first address). */
  explicit: boolean;
  /** The camera the frame last fitted Kyrgyzstan to its own size with; null before it has. */
  fitted: MapView | null;
}

/**
 * Whether the embedded view's link to the full atlas keeps its camera: one the embedding page chose,
 * or one the reader has moved the map to; not one the frame fitted to its own small size, which in a
 * full window shows the country tiny (the full atlas fits it anew).
 */
export function keepsCamera(current: MapView | null, frame: FrameCamera): boolean {
  if (current === null) return false;
  if (frame.explicit) return true;
  const f = frame.fitted;
  return f !== null && !sameMapView(f, current);
}

/** The page's address without query or fragment. */
export function pageBase(location: Pick<Location, 'origin' | 'pathname'>): string {
  return `${location.origin}${location.pathname}`;
}
