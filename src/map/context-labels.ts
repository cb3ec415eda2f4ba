// Where the basemap's context names go. These are cartographic choices (anchors chosen so that each
// name sits inside its feature near Kyrgyzstan at country zoom), not data.
import type {MessageKey} from '../i18n/i18n';
import type {Placement} from '../model/label-placement';

export interface ContextLabel {
  key: MessageKey;
  position: [number, number];
  kind: 'country' | 'water';
  /**
   * Where the name goes: centred on its point, else, where a symbol covers part of the centred name
   * (at a phone's zoom the Osh marker reaches the Fergana valley's), ending or starting at the point
   * in these directions, away from Kyrgyzstan; else it is left out.
   */
  placements: readonly Placement[];
}

export const CONTEXT_LABELS: ContextLabel[] = [
  {key: 'neighbour.Kazakhstan', position: [75.2, 43.75], kind: 'country', placements: ['center', 'top', 'left', 'right']},
  {key: 'neighbour.China', position: [78.6, 40.35], kind: 'country', placements: ['center', 'right', 'bottom']},
  {key: 'neighbour.Uzbekistan', position: [71.45, 40.85], kind: 'country', placements: ['center', 'left', 'bottom']},
  {key: 'neighbour.Tajikistan', position: [71.4, 39.2], kind: 'country', placements: ['center', 'bottom', 'left']},
];

/**
 * Son-Kul is missing from the Natural Earth 50 m lakes we ship, so it is drawn as a labelled point,
 * not an invented outline. Position: 41.83 N, 75.13 E (lake centre; ../shared/geo/README.md §6).
 */
export const SON_KUL: {key: MessageKey; position: [number, number]} = {key: 'lake.son-kul', position: [75.13, 41.83]};
