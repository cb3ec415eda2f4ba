// A camera move the page makes, as against one of the user's (see AtlasMap onViewChange). Apart from
// atlas-map.ts so that modules that only move the camera do not load the map's code with it.

/**
 * The event data of a camera move the page makes (a fit, a pan that brings a thing into view), as
 * maplibre's camera methods take it (`map.panBy(offset, options, PAGE_MOVE)`); maplibre copies it onto
 * the move's events. Such a move puts no camera into the link.
 */
export const PAGE_MOVE = {pageMove: true};

/** Whether a camera event is of a move the page made (PAGE_MOVE). */
export const isPageMove = (e: object): boolean => 'pageMove' in e;
