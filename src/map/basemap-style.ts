// The default, offline basemap: a maplibre style built from our own boundary data. It has no tiles,
// no glyphs and no sprite, so drawing it needs no network at all. Water and region labels are drawn
// by deck.gl above the choropleth (see layers/), because lakes must sit on top of the region fills.
import type {StyleSpecification} from 'maplibre-gl';
import type {Boundaries} from '../io/boundaries';
import type {MapColors} from './map-colors';

export function basemapStyle(boundaries: Boundaries, colors: MapColors): StyleSpecification {
  return {
    version: 8,
    sources: {
      neighbours: {type: 'geojson', data: boundaries.neighbours},
    },
    layers: [
      {id: 'background', type: 'background', paint: {'background-color': colors.background}},
      {id: 'neighbours-fill', type: 'fill', source: 'neighbours', paint: {'fill-color': colors.neighbourFill}},
      {
        id: 'neighbours-line',
        type: 'line',
        source: 'neighbours',
        paint: {'line-color': colors.neighbourLine, 'line-width': 1},
      },
    ],
  };
}
