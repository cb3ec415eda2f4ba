// (state) → deck.gl layers. Layers are cheap descriptions rebuilt on every change; deck.gl matches
// them by id. This is the only place the draw order is decided.
import type {Layer, PickingInfo} from '@deck.gl/core';
import {regionNamer} from '../i18n/region-names';
import type {RegionFeature} from '../io/boundaries';
import {MAP_COLORS, type RGBA} from '../map/map-colors';
import type {RegionCode} from '../model/region';
import type {AppState, AtlasData} from '../state/app-state';
import {contextLabelLayers, regionLabelLayers} from './label-layers';
import {noDataLayers} from './no-data-layers';
import {regionsLayers} from './regions-layers';
import {waterLayers} from './water-layers';

export interface LayerHandlers {
  onRegionHover: (code: RegionCode | null, info: PickingInfo) => void;
  onRegionClick: (code: RegionCode) => void;
}

export interface RegionPaint {
  fill: (code: RegionCode) => RGBA;
  /** Changes whenever `fill`'s results change. */
  key: string;
  emphasised: ReadonlySet<RegionCode> | null;
  /** Regions whose value is unknown: drawn with a dot pattern over their fill. */
  unknown?: ReadonlySet<RegionCode>;
}

export function buildLayers(
  state: AppState,
  atlas: AtlasData,
  paint: RegionPaint,
  zoom: number,
  handlers: LayerHandlers,
): Layer[] {
  const colors = MAP_COLORS[state.theme];
  const {lang, layers: visible, region} = state.view;
  const regions = atlas.boundaries.regions.features as RegionFeature[];
  const names = regionNamer(atlas.tables.regions);
  const showRegions = visible.includes('regions');
  return [
    ...(showRegions
      ? regionsLayers({
          regions,
          colors,
          fill: paint.fill,
          fillKey: paint.key,
          selected: region,
          emphasised: paint.emphasised,
          zoom,
          onHover: handlers.onRegionHover,
          onClick: handlers.onRegionClick,
        })
      : []),
    ...(showRegions && paint.unknown?.size
      ? noDataLayers({regions, unknown: paint.unknown, emphasised: paint.emphasised, theme: state.theme})
      : []),
    ...waterLayers(atlas.boundaries, colors),
    ...contextLabelLayers(atlas.boundaries, colors, lang),
    ...(showRegions ? regionLabelLayers(regions, names, colors, lang) : []),
  ];
}
