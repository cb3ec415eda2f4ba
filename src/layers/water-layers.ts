// Lakes and rivers, drawn above the region fills so that Issyk-Kul and Toktogul stay visible on
// the choropleth. Not pickable: hovering a lake picks the region beneath it.
import type {Layer} from '@deck.gl/core';
import type {Boundaries} from '../io/boundaries';
import {SON_KUL} from '../map/context-labels';
import type {MapColors} from '../map/map-colors';
import {linesForZoom} from '../model/line-detail';
import {perObject} from './per-object';
import {GroundGeoJsonLayer, GroundScatterplotLayer} from './ground-layers';
import {MeshLineLayer} from './mesh-line-layer';

/**
 * `zoom`: the map's, for the rivers' detail (src/model/line-detail.ts). `sonKulNamed`: whether Son-Kul's
 * name found room; its dot is drawn only with it: a bare dot beside a town's name seemed named by it
 * (Naryn's, on a 390 px phone).
 */
export function waterLayers(boundaries: Boundaries, colors: MapColors, zoom: number, sonKulNamed: boolean): Layer[] {
  return [
    new MeshLineLayer({id: 'water-rivers', data: linesForZoom(boundaries.rivers, zoom).features, color: colors.river, widthPixels: 1.5}),
    new GroundGeoJsonLayer({
      id: 'water-lakes',
      data: boundaries.lakes,
      stroked: false,
      filled: true,
      // Drawn with the region fills' vertex layout, so software WebGL compiles the polygon program
      // once, not twice (src/layers/per-object.ts): a colour per lake, and the picking attribute that
      // an integer highlightedObjectIndex makes deck.gl keep. -1 highlights nothing, and the lakes stay
      // unpickable (hovering a lake still names the region under it).
      ...perObject({getFillColor: colors.water}),
      highlightedObjectIndex: -1,
    }),
    // The lakes' edges, smoothed: a fill's edge is not (deck.gl's canvas is not multisampled,
    // atlas-map.ts), and the regions' fills have their borders over theirs.
    new MeshLineLayer({id: 'water-lake-edges', data: boundaries.lakes.features, color: colors.water, widthPixels: 1}),
    ...(sonKulNamed
      ? [
          new GroundScatterplotLayer({
            id: 'water-son-kul',
            data: [SON_KUL],
            getPosition: (d: typeof SON_KUL) => d.position,
            radiusUnits: 'meters',
            radiusMinPixels: 4,
            ...perObject({getRadius: 9000, getFillColor: colors.water, getLineColor: colors.water, getLineWidth: 1}),
          }),
        ]
      : []),
  ];
}
