// The site's geometry: one TopoJSON built by geo/build.mjs (geo/kg.topo.json), served under a name with
// a hash of its content (assets/kg.topo-….json) as every other file the page loads: a release that
// changes the boundaries gives them a new name, so neither a browser's cache nor a previous release's
// service worker can hand the new page the old ones (with a fixed name the old worker did, from its
// copy, on the first visit after the release).
import BOUNDARIES_URL from '../../geo/kg.topo.json?url';
import type {Feature, FeatureCollection, Geometry, MultiLineString} from 'geojson';
import {feature} from 'topojson-client';
import type {Topology} from 'topojson-specification';
import type {RegionCode} from '../model/region';

export interface RegionProperties {
  code: RegionCode;
  /** True for Osh city: an equal-area disc, not a surveyed boundary. */
  schematic: boolean;
  /** Where the name goes: the pole of inaccessibility (cities: the centre). */
  label: [number, number];
  /** Geodesic area of the drawn polygon. */
  area_km2: number;
}

export type RegionFeature = Feature<Geometry, RegionProperties>;

/** Bishkek and Osh, the two cities among the regions (drawn as markers at country zoom). */
export function isCity(f: RegionFeature): boolean {
  return f.properties.code === 'KG-GB' || f.properties.code === 'KG-GO';
}

export interface Boundaries {
  regions: FeatureCollection<Geometry, RegionProperties>;
  neighbours: FeatureCollection<Geometry, {name: string}>;
  lakes: FeatureCollection<Geometry, {name: string | null; label: [number, number] | null}>;
  rivers: FeatureCollection;
  /** The regions' outlines with each border once (a border two regions share is one line). */
  borders: FeatureCollection<MultiLineString>;
}

export function decodeBoundaries(topo: Topology): Boundaries {
  const get = (name: string) => {
    const object = topo.objects[name];
    if (!object) throw new Error(`kg.topo.json has no "${name}" object`);
    return feature(topo, object) as FeatureCollection;
  };
  return {
    regions: get('regions') as Boundaries['regions'],
    neighbours: get('neighbours') as Boundaries['neighbours'],
    lakes: get('lakes') as Boundaries['lakes'],
    rivers: get('rivers'),
    borders: {type: 'FeatureCollection', features: [get('borders') as unknown as Feature<MultiLineString>]},
  };
}

export async function loadBoundaries(url = BOUNDARIES_URL): Promise<Boundaries> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return decodeBoundaries((await response.json()) as Topology);
}
