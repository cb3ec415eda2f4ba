// How the explorer words and formats what it shows: numbers with the precision they were published
// with (Intl, per language), sector and indicator names, sources, class ranges and unknown values.
// Shared by the picker, legend, tooltip, table, comparison and profile so they always agree.
import {formatNumber as formatLocaleNumber} from '../i18n/format';
import {citationWords, hasMessage, t, type Lang, type MessageKey} from '../i18n/i18n';
import {INDICATOR_INFO, isSourceId, USER_FILE, type SourceId} from '../model/indicator-catalog';
import {OSH_OBLAST_BEFORE_2013_NOTE} from '../model/shipped-dataset';
import {shownValue, type IndicatorResult, type RegionValue} from '../model/indicator-result';
import type {IndicatorId} from '../model/indicators';
import type {RegionCode} from '../model/region';
import type {Choropleth} from '../state/choropleth';
import type {LegendEntry} from '../model/legend';
import {NEUTRAL_VALUE} from '../model/indicators';

/** The message for a key built at run time, or `fallback` when there is none. */
export function messageOr(lang: Lang, key: string, fallback: string): string {
  return hasMessage(lang, key) ? t(lang, key) : fallback;
}

/**
 * Why the indicator could not be computed, in the page's language: the legend's and the table's words.
 * The reason by the engine's error code comes with the engine's client (engine-errors.ts); a failure
 * without one (the client itself did not load) is said without a reason, never in the engine's English.
 */
export function indicatorFailure(lang: Lang, errorCode: string | undefined): string {
  return `${t(lang, 'legend.error')} ${messageOr(lang, `engine.reason.${errorCode}`, '')}`.trim();
}

/**
 * A number with exactly `decimals` decimals, in the language's notation (0,25 in ru/ky; see
 * i18n/format.ts): the figures of an indicator, all with its own decimals. Compare formatUpTo.
 */
export function formatFixed(lang: Lang, value: number, decimals: number): string {
  return formatLocaleNumber(lang, value, {minDecimals: decimals, maxDecimals: decimals});
}

export function indicatorName(lang: Lang, ind: IndicatorId): string {
  return t(lang, `ind.${ind}.name` as MessageKey);
}

export function sectorName(lang: Lang, sector: string): string {
  return messageOr(lang, `sector.${sector}`, sector);
}

/** A sector as the picker and captions show it: GKED sections with their letter. */
export function sectorLabel(lang: Lang, sector: string): string {
  const name = sectorName(lang, sector);
  return /^[A-S]$/.test(sector) ? `${sector} — ${name}` : name;
}

/**
 * The shipped statistics name their source by provenance ("github:…/data/9.2.2.xml (NSC KR national SDG
 * platform, …)"): the tables the atlas has words for are shown in the reader's language.
 */
const KNOWN_PROVENANCE: [RegExp, SourceId][] = [
  [/\b9\.2\.2\b/, 'sdg-9.2.2'],
  [/\b8\.1\.1\.2\b/, 'sdg-8.1.1.2'],
  [/\b1\.01\.00\.09\b/, 'nsc-grp'],
];

/**
 * A citation id (see indicator-catalog SOURCE_IDS) in words; a known shipped table too; any other
 * text through i18n/citations.ts (the engine's client loads it), which words the other shipped
 * sources and leaves the rest (URLs, imported data) as is.
 */
export function sourceText(lang: Lang, source: string): string {
  if (isSourceId(source)) return t(lang, `source.${source}`);
  // An imported file's name is worded by citations.ts, never taken for a shipped table ("sdg-9.2.2.csv").
  const known = source.startsWith(USER_FILE) ? 0 : KNOWN_PROVENANCE.find(([pattern]) => pattern.test(source))?.[1];
  if (!known) return citationWords(lang, source);
  return source.includes(OSH_OBLAST_BEFORE_2013_NOTE) ? `${t(lang, `source.${known}`)} (${t(lang, 'source.note.oshBefore2013')})` : t(lang, `source.${known}`);
}

/**
 * The sources in words, each once. A source cited with a note, "(…)" (Osh oblast before 2013) or
 * "[…]" (a headline figure's year), is not cited again without it.
 */
export function sourceTexts(lang: Lang, sources: readonly string[]): string[] {
  // ('scenario' qualifies the sources after it, see sourcesText; it is not one of them.)
  const texts = [...new Set(sources.filter((s) => s !== 'scenario').map((s) => sourceText(lang, s)))];
  return texts.filter((s) => !texts.some((other) => other.startsWith(`${s} (`) || other.startsWith(`${s} [`)));
}

/** The sources in words, or that there is none (a computed index with no input for its sector). */
export function sourcesText(lang: Lang, sources: readonly string[]): string {
  const [first = '', ...rest] = sources;
  // A scenario's values: said first, then the sources its inputs come from. So are an imported file's
  // ("Your data (file …)"), then the sources the file names, if any.
  if (first === 'scenario') return `${t(lang, 'source.scenario')}: ${sourcesText(lang, rest)}`;
  if (first.startsWith(USER_FILE)) return sourceText(lang, first) + (rest[0] ? `: ${sourcesText(lang, rest)}` : '');
  return first ? sourceTexts(lang, sources).join('; ') : t(lang, 'source.none');
}

/**
 * The sources of a value of one region: the note that Osh oblast's values up to 2012 include Osh
 * city is about Osh oblast, not about the column the other regions share it with.
 */
export function regionSources(code: string, sources: readonly string[]): string[] {
  return code === 'KG-O' ? [...sources] : sources.map((s) => s.replace(`; ${OSH_OBLAST_BEFORE_2013_NOTE}`, ''));
}

/**
 * What one region's value rests on: its own sources where the engine names them (a computed value
 * cites that region's figures and the national ones, not the other regions'), else the result's.
 */
export function valueSources(code: string, result: Pick<IndicatorResult, 'values' | 'sources'>): string[] {
  const own = result.values.find((v) => v.code === code)?.sources;
  return regionSources(code, own && own.length > 0 ? own : result.sources);
}

/** "Source: …": the label, then the sources in words (sourcesText). */
export function labelledSources(lang: Lang, sources: readonly string[]): string {
  return `${t(lang, 'source.label')}: ${sourcesText(lang, sources)}`;
}

/**
 * "Source: …" for one region's value. An unknown value came from nowhere: it names apart the sources
 * of the inputs the region has (a computed index's known components) and those its value is missing
 * from. Under "Source" alone, Naryn's unknown index named the investment agency's profiles of Bishkek
 * and Batken, which hold no figure of Naryn's (the audit of 7 December 2026). A scenario's or a file's
 * unknown values keep the whole line (their first source says what they are).
 */
export function valueSourceLine(lang: Lang, code: string, result: Pick<IndicatorResult, 'values' | 'sources'>): string {
  const v = result.values.find((x) => x.code === code);
  const [first = ''] = result.sources;
  if (v?.status !== 'no_data' || first === 'scenario' || first.startsWith(USER_FILE)) return labelledSources(lang, valueSources(code, result));
  const found = v.partialSources ?? [];
  const lacking = result.sources.filter((s) => !found.includes(s));
  const lines = [found.length > 0 ? labelledSources(lang, regionSources(code, found)) : '', lacking.length > 0 ? `${t(lang, 'source.lacking')}: ${sourcesText(lang, regionSources(code, lacking))}` : ''];
  return lines.filter(Boolean).join('. ') || labelledSources(lang, []);
}

/** The year or period a result is for. */
export function timeLabel(result: Pick<IndicatorResult, 'ind' | 'year' | 'period'>): string {
  return result.year !== null ? String(result.year) : (result.period ?? INDICATOR_INFO[result.ind].period ?? '');
}

export function statusText(lang: Lang, v: RegionValue): string {
  return t(lang, v.status === 'ok' ? 'status.ok' : `status.${v.status}`);
}

/** The value as published, or the reason it is unknown. */
export function valueText(lang: Lang, v: RegionValue, decimals: number): string {
  return v.status === 'ok' && v.value !== null ? formatFixed(lang, v.value, v.decimals ?? decimals) : t(lang, `status.${v.status === 'ok' ? 'no_data' : v.status}`);
}

/**
 * "Rank 3 of 9"; for the composite index also how stable that rank is: the best and worst rank when
 * each weight varies within the result's stability band (src/model/rank-stability.ts).
 */
export function rankText(lang: Lang, c: Pick<Choropleth, 'result' | 'ranking'>, code: RegionCode): string | null {
  const rank = c.ranking.rank.get(code);
  if (rank === undefined) return null;
  const total = c.ranking.ranked;
  const range = c.result.values.find((v) => v.code === code)?.rankRange;
  const band = c.result.settings?.stabilityBand;
  if (!range || band === undefined || band === 0) return t(lang, 'value.rank', {rank, total});
  const percent = Math.round(band * 100);
  return range[0] === range[1]
    ? t(lang, 'value.rankStable', {rank, total, band: percent})
    : t(lang, 'value.rankRange', {rank, total, best: range[0], worst: range[1], band: percent});
}

/**
 * A message about 1.0 on the indicator's scale, in the words of what 1.0 is there: the national level,
 * or the integral coefficient's threshold of an absolute advantage (`<key>.advantage`).
 */
export function referenceKey<K extends MessageKey>(ind: IndicatorId, key: K): MessageKey {
  return INDICATOR_INFO[ind].reference === 'advantage' ? (`${key}.advantage` as MessageKey) : key;
}

/**
 * Above, below or at 1.0 (the national level, or the integral coefficient's threshold), as `v` is
 * printed with `decimals`: "1.00" is at it; nothing when unknown.
 */
export function nationalComparison(lang: Lang, ind: IndicatorId, v: RegionValue, decimals: number): string | null {
  const value = shownValue(v, decimals);
  if (value === null) return null;
  return t(lang, referenceKey(ind, value > NEUTRAL_VALUE ? 'value.above' : value < NEUTRAL_VALUE ? 'value.below' : 'value.equal'));
}

export function entryLabel(lang: Lang, entry: LegendEntry, decimals: number): string {
  if (entry.kind === 'status') return t(lang, `status.${entry.status!}`);
  return rangeLabel(lang, entry.range!.from, entry.range!.to, decimals);
}

/** A class's range as the legend writes it ("< 0.50", "0.80 – 1.25", "≥ 2.00"; one value when from = to). */
export function rangeLabel(lang: Lang, from: number | null, to: number | null, decimals: number): string {
  const f = (x: number) => formatFixed(lang, x, decimals);
  if (from === null && to === null) return '—';
  if (from === null) return t(lang, 'legend.below', {value: f(to!)});
  if (to === null) return t(lang, 'legend.above', {value: f(from)});
  return from === to ? f(from) : t(lang, 'legend.range', {from: f(from), to: f(to)});
}

/** What a highlighted legend class is said as: its regions by name. */
export function highlightedText(lang: Lang, regions: readonly RegionCode[], name: (code: RegionCode, lang: Lang) => string): string {
  return t(lang, 'legend.highlighted', {regions: regions.map((r) => name(r, lang)).join(', ')});
}

/** CSS colour of a legend swatch. */
export function cssColor([r, g, b]: readonly number[]): string {
  return `rgb(${r}, ${g}, ${b})`;
}

/** Decimals of legend labels: the diverging ladder's round ratios need two; data ranges keep the data's. */
export function legendDecimals(method: string, result: Pick<IndicatorResult, 'decimals'>): number {
  return method === 'diverging' ? 2 : result.decimals;
}

export interface LegendItem {
  entry: LegendEntry;
  label: string;
  color: string;
  unknown: boolean;
}

/**
 * The legend's entries with their labels and colours: classes low to high, then the reasons a value
 * is unknown. The sidebar legend, the phone's legend strip, the embedded view and the PNG all list
 * these (each in its own order).
 */
export function legendItems(lang: Lang, c: Choropleth): LegendItem[] {
  const decimals = legendDecimals(c.classification.method, c.result);
  return [...c.legend.filter((e) => e.kind === 'class'), ...c.legend.filter((e) => e.kind === 'status')].map((entry) => ({
    entry,
    label: entryLabel(lang, entry, decimals),
    color: cssColor(entry.color),
    unknown: entry.kind === 'status',
  }));
}
