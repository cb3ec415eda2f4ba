// Where the basemap's context names go. These are cartographic choices (anchors chosen so that each
// name sits inside its feature near Kyrgyzstan at country zoom), not data.
import type {MessageKey} from '../i18n/i18n';

export interface ContextLabel {
  key: MessageKey;
  position: [number, number];
  kind: 'country' | 'water';
}

export const CONTEXT_LABELS: ContextLabel[] = [
  {key: 'neighbour.Kazakhstan', position: [75.2, 43.75], kind: 'country'},
  {key: 'neighbour.China', position: [78.6, 40.35], kind: 'country'},
  {key: 'neighbour.Uzbekistan', position: [71.45, 40.85], kind: 'country'},
  {key: 'neighbour.Tajikistan', position: [71.4, 39.2], kind: 'country'},
];

/**
 * Son-Kul is missing from the Natural Earth 50 m lakes we ship, so it is drawn as a labelled point,
 * not an invented outline. Position: 41.83 N, 75.13 E (lake centre; ../shared/geo/README.md §6).
 */
export const SON_KUL: {key: MessageKey; position: [number, number]} = {key: 'lake.son-kul', position: [75.13, 41.83]};
