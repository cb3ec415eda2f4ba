// The downloads of the current view, put together from the state: the picture (PNG at 1× or 2×),
// the table (CSV) and the regions with their values (GeoJSON). Loaded on first use (its own chunk,
// with papaparse's writer); the pure builders are in the modules it imports.
import {formatNumber} from '../i18n/format';
import {addMessages, t, type Lang} from '../i18n/i18n';
import {embedView} from '../i18n/messages/embed-view';
import {regionNamer} from '../i18n/region-names';
import {fullMapUrl, pageBase} from '../embed/embed-urls';
import type {AppState} from '../state/app-state';
import {choroplethOf, type Choropleth} from '../state/choropleth';
import {rgbaToHex} from '../model/palette';
import {comparisonNames, differenceLabel, differenceMapLegend, signedDifference, type DifferenceMapLegend} from '../ui/comparison-text';
import {legendItems, rankText, referenceKey, valueText} from '../ui/explorer-text';
import {legendNote, viewCaption} from '../ui/view-caption';
import {scenarioCaption, sharedSourcesText, showsScenario} from '../ui/scenario-caption';
import {buildCsv, csvFileName, type CsvFormat} from './csv';
import {exportFileName, type FileNameParts} from './file-name';
import {buildGeoJson} from './geojson';
import {allDataCsv, allDataPairs, collectAllData} from './all-data';
import {availableSections} from '../ui/kg-indicator-picker';
import {publishedIndicator} from '../model/published-indicators';
import {computeRequest, normaliseResult} from '../state/indicator-loader';
import {computeIndicatorLazily} from '../worker/lazy-engine';
import {exportRows, withAssumptions, withComparison} from './indicator-rows';
import {viewAssumptions} from '../ui/scenario-text';
import {mapCapture} from './map-capture';
import {saveBlob} from './save-blob';

export {saveBlob};
import {composePng, measureWithCanvas} from './png-composer';
import {ARTICLE_PICTURE, PRINT_PICTURE, layoutPng, pictureFrame, type PngColors, type PngContent, type PngLayerKey} from './png-layout';
import {energyKey, growthKey, linksKey} from '../ui/layer-keys';
import {LAYER_COLORS} from '../map/layer-colors';
import {layerLegends} from '../i18n/messages/layer-legends';
import {PHONE_MEDIA} from '../ui/breakpoints';

addMessages(embedView); // the words this module uses, wherever it is loaded from
addMessages(layerLegends); // the energy and links keys' words

export class ExportNotReadyError extends Error {
  constructor() {
    super('the map is not ready');
  }
}

function ready(state: AppState): Choropleth {
  const c = choroplethOf(state);
  if (!c || !state.atlas) throw new ExportNotReadyError();
  return c;
}

function nameParts(state: AppState, c: Choropleth, lang: Lang | null, scale?: number): FileNameParts {
  const r = c.result;
  const difference = differenceMapLegend(lang ?? 'en', state) !== null;
  // What the file holds, not what the link holds: a scenario too large for a link has no s=.
  return {
    ind: r.ind,
    sector: r.sector,
    year: r.year,
    period: r.period,
    lang,
    userData: state.view.data === 'user',
    scenario: showsScenario(state),
    difference,
    // A change over time says since when: 2010→2024 and 2015→2024 are two files.
    from: difference && state.regionPaint?.of === 'year' ? state.view.from : null,
    scale,
  };
}

export interface MadeFile {
  blob: Blob;
  fileName: string;
}

/**
 * What the files hold, in words (the Download dialog's intro): as the Share dialog names the frame, a
 * difference map by its own title (the scenario and what it is compared with), a scenario's view with
 * the scenario's name; not the indicator alone, which the files are not.
 */
export function filesTitle(state: AppState, c: Choropleth, lang: Lang): string {
  const caption = viewCaption(lang, c.result);
  const difference = differenceMapLegend(lang, state);
  return difference ? `${difference.title} — ${caption.subtitle}` : [caption.line, scenarioCaption(lang, state)].filter(Boolean).join(' · ');
}

/** The rows of the current view: with the other side and the difference while a difference map is shown. */
export function viewRows(state: AppState, c: Choropleth, lang: Lang) {
  const cite = (sources: string[]) => sharedSourcesText(lang, state, {origin: c.result.origin, sources});
  const rows = exportRows(c.result, lang, regionNamer(state.atlas!.tables.regions), (cited) => cite(cited.sources));
  const difference = differenceMapLegend(lang, state);
  if (!difference) return withAssumptions(rows, viewAssumptions(lang, state));
  // A row of the difference cites both sides' values.
  const cited = rows.map((r) => ({...r, source: cite(difference.regionSources(r.region_code))}));
  return withAssumptions(withComparison(cited, comparisonNames(lang, state).otherName, difference.rows), viewAssumptions(lang, state));
}

/** The CSV; `decimal-comma` for spreadsheets set up for a decimal comma (csv.ts), named "-semicolon.csv". */
export function makeCsv(state: AppState, format: CsvFormat = 'standard'): MadeFile {
  const c = ready(state);
  const lang = state.view.lang;
  const rows = viewRows(state, c, lang);
  const fileName = exportFileName(nameParts(state, c, lang), 'csv');
  return {
    blob: new Blob([buildCsv(rows, format)], {type: 'text/csv;charset=utf-8'}),
    fileName: csvFileName(fileName, format),
  };
}

/**
 * Every indicator, industry and year as one CSV (all-data.ts), computed from the state as it is when
 * asked (its scenario, its data). `onProgress` hears how many indicator × industry pairs are done.
 */
export async function makeAllDataCsv(state: AppState, format: CsvFormat, onProgress: (done: number, of: number) => void): Promise<MadeFile> {
  const atlas = state.atlas;
  if (!atlas) throw new ExportNotReadyError();
  const lang = state.view.lang;
  const pairs = allDataPairs(state.view.data, (ind) => availableSections({...state, view: {...state.view, ind}}));
  const results = await collectAllData(
    pairs,
    {
      published: ({ind, sector}) => publishedIndicator(atlas.tables, ind, sector),
      computed: async ({ind, sector}, year) => {
        // On a channel of its own, one request at a time: the map's requests are not superseded.
        const request = {...computeRequest(state, {...state.view, ind, sector, year}), channel: 'all-data'};
        return normaliseResult(await computeIndicatorLazily(request), request, state.userDataset?.name);
      },
    },
    onProgress,
  );
  const names = regionNamer(atlas.tables.regions);
  const file = allDataCsv(
    results,
    {lang, regionName: names, sourceText: (r) => sharedSourcesText(lang, state, r), userData: state.view.data === 'user', scenario: showsScenario(state), assumptions: viewAssumptions(lang, state)},
    format,
  );
  return {blob: new Blob([file.text], {type: 'text/csv;charset=utf-8'}), fileName: file.fileName};
}

export function makeGeoJson(state: AppState): MadeFile {
  const c = ready(state);
  const lang = state.view.lang;
  const names = regionNamer(state.atlas!.tables.regions);
  const rows = viewRows(state, c, lang);
  const geojson = buildGeoJson(state.atlas!.boundaries.regions, rows, names, {
    title: viewCaption(lang, c.result).line,
    lang,
    permalink: fullMapUrl(state.view, pageBase(location)),
    attribution: [t(lang, 'attribution.naturalEarth'), t(lang, 'attribution.schematic')].join('; '),
  });
  return {
    blob: new Blob([JSON.stringify(geojson)], {type: 'application/geo+json'}),
    fileName: exportFileName(nameParts(state, c, lang), 'geojson'),
  };
}

export function downloadCsv(state: AppState): void {
  const file = makeCsv(state);
  saveBlob(file.blob, file.fileName);
}

/** The page's colours the picture uses, from its CSS (light theme's values where there is no page). */
interface PageStyle {
  colors: PngColors;
  fontFamily: string;
  /** How the map's city markers are painted, for the growth key's ring around Bishkek and Osh. */
  city: {fill: string; line: string};
}

/** The keys of the point and link layers shown, in the order of the layer list. */
function layerKeys(state: AppState, lang: Lang, city: PageStyle['city']): PngLayerKey[] {
  const colors = LAYER_COLORS[state.theme];
  const tables = state.atlas?.tables ?? null;
  const keys: PngLayerKey[] = [];
  for (const layer of state.view.layers) {
    const key =
      layer === 'growth' ? growthKey(lang, colors, city) : layer === 'energy' ? energyKey(tables, lang, colors, false) : layer === 'links' && tables ? linksKey(tables, state.view.linksets, lang) : null;
    if (key) keys.push({...key, title: t(lang, `layers.${layer}`), sourcesLine: `${t(lang, 'layers.sources')}: ${key.sources}`});
  }
  return keys;
}

/**
 * What the heavy outline around the pinned region is, with its value (as the embed's footer says it,
 * "Selected: …"): the picture outlines it but no key said so, and a value in a wide class (1.055 among
 * 0.80–1.25) could not be read off its colour. On a difference map, its difference.
 */
export function pinnedLine(state: AppState, c: Choropleth, lang: Lang, difference: DifferenceMapLegend | null): string | null {
  const code = state.view.region;
  const v = code && state.atlas ? c.value(code) : null;
  if (!code || !v) return null;
  const region = regionNamer(state.atlas!.tables.regions)(code, lang);
  if (difference) {
    const row = difference.rows.find((r) => r.code === code);
    const value = row && row.shown !== null ? signedDifference(lang, row.shown, row.decimals) : t(lang, 'scenario.noData');
    return t(lang, 'png.pinned', {region, value});
  }
  const rank = rankText(lang, c, code);
  return t(lang, 'png.pinned', {region, value: valueText(lang, v, c.result.decimals)}) + (rank ? ` · ${rank}` : '');
}

/** How many of a scenario's assumptions a picture lists (a dozen lines of a paragraph at most). */
const PICTURE_ASSUMPTIONS = 6;

/** The words and colours of the picture, from the state and the page's theme. */
export function pngContent(state: AppState, c: Choropleth, city: PageStyle['city'] = {fill: '#eef0f3', line: '#c9ced6'}): PngContent {
  const lang = state.view.lang;
  const caption = viewCaption(lang, c.result);
  // A comparison's difference map: its own title and legend, as over the map on the page.
  const difference = differenceMapLegend(lang, state);
  const pinned = pinnedLine(state, c, lang, difference);
  // What a scenario assumes, for a reader of the picture alone (the first few; the link has them all).
  const assumptions = viewAssumptions(lang, state, PICTURE_ASSUMPTIONS);
  const notes = [
    ...(difference ? [] : [legendNote(lang, c) ?? t(lang, referenceKey(c.result.ind, 'ind.unit'))]),
    ...(pinned ? [pinned] : []),
    ...(assumptions ? [t(lang, 'scenario.assumptions', {list: assumptions})] : []),
  ];
  return {
    title: difference?.title ?? caption.title,
    // The unit of what is painted: a difference map's title says what it is (the difference, in the
    // indicator's unit); the integral coefficient is not a ratio to the country (see referenceKey).
    subtitle: difference
      ? caption.subtitle
      : [caption.subtitle, scenarioCaption(lang, state), t(lang, referenceKey(c.result.ind, 'png.unit'))].filter(Boolean).join(' · '),
    legend: difference
      ? [
          ...difference.classes.map((d) => ({label: differenceLabel(lang, d, difference.decimals), color: rgbaToHex(d.color), unknown: false})),
          // A region without a difference is painted as no data: the legend says so, dotted as on the map.
          ...(difference.unknown ? [{label: t(lang, 'scenario.noData'), color: difference.unknown, unknown: true}] : []),
        ]
      : legendItems(lang, c).map(({label, color, unknown}) => ({label, color, unknown})),
    notes,
    keys: layerKeys(state, lang, city),
    source: t(lang, 'png.source', {source: sharedSourcesText(lang, state, difference ? {origin: c.result.origin, sources: difference.sources} : c.result)}),
    attribution: [t(lang, 'attribution.naturalEarth'), t(lang, 'attribution.geonames'), t(lang, 'attribution.schematic')].join(' · '),
    credit: t(lang, 'png.credit', {atlas: t(lang, 'app.title'), url: pageBase(location)}),
    distance: (km) => t(lang, 'map.km', {km: formatNumber(lang, km)}),
  };
}

function pageStyle(): PageStyle {
  const css = getComputedStyle(document.documentElement);
  const v = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  return {
    colors: {background: v('--kg-surface', '#ffffff'), text: v('--kg-text', '#15191f'), muted: v('--kg-text-muted', '#515a66'), border: v('--kg-border', '#c9ced6')},
    fontFamily: v('--kg-font', 'sans-serif'),
    city: {fill: v('--kg-surface-2', '#eef0f3'), line: v('--kg-border', '#c9ced6')},
  };
}

/**
 * The pictures the dialog offers: the map as on screen at 1× or 2×, or laid out for an article's
 * column (ARTICLE_PICTURE: 640 CSS px at 2×, whatever the screen) or for an A4 page (PRINT_PICTURE:
 * 700 CSS px at 3×, printed by print-view.ts).
 */
export type PngPreset = 1 | 2 | 'article' | 'print';

/** The framed presets' size: the map drawn at this CSS size, whatever the screen's. */
const FRAMED = {article: ARTICLE_PICTURE, print: PRINT_PICTURE} as const;

/** The picture's pixel size for a preset, for the map as it is now (announced in the dialog). */
export function plannedPngSize(state: AppState, preset: PngPreset, mapSize: {width: number; height: number}): {width: number; height: number} | null {
  const c = choroplethOf(state);
  if (!c) return null;
  const {colors, fontFamily, city} = pageStyle();
  // On a phone the picture shows a band of the map (capture-map.ts).
  const size =
    typeof preset === 'string' ? FRAMED[preset] : {width: mapSize.width, mapHeight: pictureFrame(mapSize, matchMedia(PHONE_MEDIA).matches).height};
  const scale = typeof preset === 'string' ? FRAMED[preset].scale : preset;
  const layout = layoutPng(pngContent(state, c, city), size, colors, measureWithCanvas(), fontFamily);
  return {width: Math.round(layout.width * scale), height: Math.round(layout.height * scale)};
}

export async function makePng(state: AppState, preset: PngPreset): Promise<MadeFile & {width: number; height: number}> {
  const c = ready(state);
  const capture = mapCapture();
  if (!capture) throw new ExportNotReadyError();
  const {colors, fontFamily, city} = pageStyle();
  const framed = typeof preset === 'string' ? FRAMED[preset] : null;
  const scale = framed ? framed.scale : (preset as 1 | 2);
  const frame = framed ? {width: framed.width, height: framed.mapHeight} : undefined;
  const png = await composePng({capture, content: pngContent(state, c, city), scale, ...(frame && {frame}), fitCountry: state.view.view === null, colors, fontFamily, dark: state.theme === 'dark'});
  const parts = {...nameParts(state, c, state.view.lang, scale), ...(framed && {width: framed.width})};
  return {blob: png.blob, width: png.width, height: png.height, fileName: exportFileName(parts, 'png')};
}
