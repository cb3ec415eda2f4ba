// The nine regions as GeoJSON (RFC 7946: WGS 84 longitude/latitude) with the current indicator's
// values as properties (the same fields as the CSV, plus the names in all three languages and
// whether the boundary is schematic: Osh city is a disc of its official area, not a survey).
// A top-level "metadata" member (a foreign member, allowed by RFC 7946 §6.1) says what the file is.
import type {Feature, FeatureCollection, Geometry, Position} from 'geojson';
import type {RegionProperties} from '../io/boundaries';
import type {Lang} from '../i18n/i18n';
import type {RegionCode} from '../model/region';
import type {ExportRow} from './indicator-rows';

export interface RegionExportProperties extends ExportRow {
  name_ky: string;
  name_ru: string;
  name_en: string;
  schematic: boolean;
}

export interface ExportMetadata {
  title: string;
  lang: Lang;
  permalink: string;
  attribution: string;
}

export type RegionsExport = FeatureCollection<Geometry, RegionExportProperties> & {metadata: ExportMetadata};

/** 5 decimals ≈ 1 m: far finer than the boundaries (Natural Earth 1:10m), and a smaller file. */
const DECIMALS = 5;

function roundPositions<T>(coords: T): T {
  if (typeof coords === 'number') return Number(coords.toFixed(DECIMALS)) as T;
  return (coords as unknown as Position[]).map((c) => roundPositions(c)) as T;
}

function roundGeometry(g: Geometry): Geometry {
  if (g.type === 'GeometryCollection') return {...g, geometries: g.geometries.map(roundGeometry)};
  return {...g, coordinates: roundPositions(g.coordinates)} as Geometry;
}

export function buildGeoJson(
  regions: FeatureCollection<Geometry, RegionProperties>,
  rows: readonly ExportRow[],
  regionName: (code: RegionCode, lang: Lang) => string,
  metadata: ExportMetadata,
): RegionsExport {
  const byCode = new Map(rows.map((r) => [r.region_code, r]));
  const features = regions.features.flatMap((f): Feature<Geometry, RegionExportProperties>[] => {
    const row = byCode.get(f.properties.code);
    if (!row) return [];
    return [
      {
        type: 'Feature',
        id: f.properties.code,
        geometry: roundGeometry(f.geometry),
        properties: {
          ...row,
          name_ky: regionName(row.region_code, 'ky'),
          name_ru: regionName(row.region_code, 'ru'),
          name_en: regionName(row.region_code, 'en'),
          schematic: f.properties.schematic,
        },
      },
    ];
  });
  return {type: 'FeatureCollection', metadata, features};
}
