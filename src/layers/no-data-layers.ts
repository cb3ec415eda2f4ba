// A dot pattern over regions whose value is unknown: a second channel besides the grey fill, so that
// "no data" never reads as a pale class (and survives grey-scale printing and colour-vision deficiency).
// Dots on a fixed staggered lon/lat grid, kept inside each polygon with turf; no extra deck.gl extension.
import type {Layer} from '@deck.gl/core';
import {bbox, booleanPointInPolygon} from '@turf/turf';
import type {RegionFeature} from '../io/boundaries';
import type {RegionCode} from '../model/region';
import {GroundScatterplotLayer} from './ground-layers';

/** Grid spacing in degrees: about 12 px apart at the country view. */
const STEP = 0.12;

const DOT_COLOR: Record<'light' | 'dark', [number, number, number, number]> = {
  light: [85, 85, 85, 230],
  dark: [185, 185, 185, 230],
};

interface Dot {
  code: RegionCode;
  position: [number, number];
}

const cache = new WeakMap<readonly RegionFeature[], Dot[]>();

/** The pattern's dots inside each region (computed once per boundary set). */
export function stippleDots(regions: readonly RegionFeature[]): Dot[] {
  const cached = cache.get(regions);
  if (cached) return cached;
  const dots: Dot[] = [];
  for (const f of regions) {
    const [w, s, e, n] = bbox(f);
    for (let row = Math.floor(s / STEP); row * STEP <= n; row++) {
      const lat = row * STEP;
      const offset = row % 2 === 0 ? 0 : STEP / 2;
      for (let col = Math.floor(w / STEP) - 1; col * STEP + offset <= e; col++) {
        const lon = col * STEP + offset;
        if (lon >= w && booleanPointInPolygon([lon, lat], f as never)) dots.push({code: f.properties.code, position: [lon, lat]});
      }
    }
  }
  cache.set(regions, dots);
  return dots;
}

export interface NoDataLayersProps {
  regions: readonly RegionFeature[];
  unknown: ReadonlySet<RegionCode>;
  emphasised: ReadonlySet<RegionCode> | null;
  theme: 'light' | 'dark';
}

export function noDataLayers(p: NoDataLayersProps): Layer[] {
  const color = DOT_COLOR[p.theme];
  const faded: [number, number, number, number] = [color[0], color[1], color[2], Math.round(color[3] * 0.25)];
  const data = stippleDots(p.regions).filter((d) => p.unknown.has(d.code));
  return [
    new GroundScatterplotLayer<Dot>({
      id: 'regions-no-data-pattern',
      data,
      getPosition: (d) => d.position,
      getRadius: 1.3,
      radiusUnits: 'pixels',
      getFillColor: (d) => (p.emphasised && !p.emphasised.has(d.code) ? faded : color),
      updateTriggers: {getFillColor: `${p.theme}|${p.emphasised ? [...p.emphasised].join(',') : '*'}`},
      pickable: false,
    }),
  ];
}
