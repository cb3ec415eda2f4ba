// Links between the full atlas and an embedded view: the same permalink (README "Permalinks") with
// or without embed=1.
import {formatUrlState} from '../state/url-state';
import type {Theme, ViewState} from '../state/view-state';

export interface EmbedUrlOptions {
  /** The page's address without query, e.g. https://example.org/atlas/ */
  base: string;
  /** Colours of the embedded view; null = follow the reader's system. */
  theme: Theme | null;
  /** Keep the camera; otherwise the frame fits Kyrgyzstan to whatever size it has. */
  keepCamera: boolean;
}

export function embedUrl(view: ViewState, o: EmbedUrlOptions): string {
  return `${o.base}?${formatUrlState({...view, embed: true, theme: o.theme, view: o.keepCamera ? view.view : null})}`;
}

/** The full atlas showing what an embedded view shows. */
export function fullMapUrl(view: ViewState, base: string): string {
  return `${base}?${formatUrlState({...view, embed: false})}`;
}

/** The page's address without query or fragment. */
export function pageBase(location: Pick<Location, 'origin' | 'pathname'>): string {
  return `${location.origin}${location.pathname}`;
}
