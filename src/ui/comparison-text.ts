// The words of a scenario comparison, the same in the editor's comparison, the difference legend
// over the map, the sidebar (kg-difference-views.ts) and the PNG export: what the two sides are
// called, the difference map's title and legend entries, and the map in words.
import {addMessages, t, type Lang} from '../i18n/i18n';
import {scenarios} from '../i18n/messages/scenarios';
import {comparison, differenceDecimals, type DifferenceClass, type RegionDifference, type ShownRegionDifference} from '../model/difference';
import type {IndicatorResult} from '../model/indicator-result';
import type {RegionCode} from '../model/region';
import {emptyScenario, normaliseSettings, type Scenario} from '../model/scenario';
import {rgbaToHex} from '../model/palette';
import {MAP_COLORS} from '../map/map-colors';
import type {AppState} from '../state/app-state';
import {formatFixed, indicatorName, sectorLabel, timeLabel, valueSources} from './explorer-text';
import {unknownLast} from './kg-data-views';

addMessages(scenarios);

/**
 * Whether the difference legend over the map goes to its lower left: a pinned region's profile or the
 * green-clusters panel is open, and over the map's right they hid it (kg-scenario-legend's styles place
 * it; kg-difference-views' words say where it is).
 */
export const legendBesidePanel = (s: AppState): boolean => s.view.region !== null || s.energyPanel !== null;

/**
 * The difference table's order by the change (`dir` −1: largest increase first), unknown last: as printed
 * (and painted), −0.01 before −0.007 going down whatever the exact changes were (−0.0050 and −0.0063);
 * equal printed changes in the order of the exact ones. The page's table and the printed one.
 */
export const byChange =
  (dir: number) =>
  (a: ShownRegionDifference, b: ShownRegionDifference): number =>
    unknownLast(a.shown, b.shown, dir) || unknownLast(a.diff, b.diff, dir);

/**
 * The indicator in the other year while the map shows the change from it (`from=`, kg-year-compare.ts),
 * else null: its paint is on the map (a key of its own) and its result is the one asked for.
 */
export function yearOther(state: AppState): IndicatorResult | null {
  const o = state.yearOther;
  return state.view.from !== null && state.regionPaint?.of === 'year' && o?.status === 'ready' ? o.result : null;
}

/** What the two sides are called: this scenario, and the baseline or a saved scenario; or the two years. */
export function comparisonNames(lang: Lang, state: AppState): {thisName: string; otherName: string} {
  const year = yearOther(state);
  if (year) return {thisName: String(state.indicator?.result?.year), otherName: String(year.year)};
  const against = state.scenario?.compare?.against;
  const otherName = !against || against.kind === 'baseline' ? t(lang, 'scenario.baseline') : against.name || t(lang, 'scenario.untitled');
  const thisName = state.scenario?.scenario.name || t(lang, 'scenario.thisScenario');
  // The open scenario's edits against its own saved version: the same name twice would say nothing.
  if (against?.kind === 'saved' && against.id === state.scenario?.savedId)
    return {thisName: t(lang, 'scenario.compare.nameEdited', {name: thisName}), otherName: t(lang, 'scenario.compare.nameSaved', {name: otherName})};
  return {thisName, otherName};
}

/**
 * A difference with its sign (+0.12, −0.05, −0.001, 0), or "no data". A region's change is printed
 * as its row's `shown` with the row's decimals (shownDifference): the difference of the values printed
 * beside it.
 */
export function signedDifference(lang: Lang, diff: number | null, decimals: number): string {
  if (diff === null) return t(lang, 'scenario.noData');
  return diff === 0 ? '0' : `${diff > 0 ? '+' : '−'}${formatFixed(lang, Math.abs(diff), differenceDecimals(diff, decimals))}`;
}

/** A difference class in words: "no change", or higher/lower by how much. */
export function differenceLabel(lang: Lang, c: DifferenceClass, decimals: number): string {
  if (c.step === 0) return t(lang, 'scenario.compare.noChange');
  return t(lang, c.step > 0 ? 'scenario.compare.higher' : 'scenario.compare.lower', {from: formatFixed(lang, c.from, decimals), to: formatFixed(lang, c.to, decimals)});
}

export interface DifferenceMapLegend {
  title: string;
  /** Each region's values on both sides and their difference (exact and as printed), in REGION_CODES order. */
  rows: ShownRegionDifference[];
  /** Highest first, as the legend lists them. */
  classes: DifferenceClass[];
  /** The class a change as printed (a row's `shown`) is painted in (as on the map). */
  classOf: (d: number) => DifferenceClass;
  decimals: number;
  /** The colour of a region without a difference (painted dotted, as no data), or null when none is. */
  unknown: string | null;
  /** Both sides' sources (two years may have theirs: a population from another count). */
  sources: string[];
  /** Both sides' sources of one region's values. */
  regionSources: (code: RegionCode) => string[];
}

/** The difference map's title and classes, or null when the map does not show a difference map. */
export function differenceMapLegend(lang: Lang, state: AppState): DifferenceMapLegend | null {
  const compare = state.scenario?.compare;
  const result = state.indicator?.result;
  const year = yearOther(state);
  const other = year ?? compare?.other?.result;
  if ((!year && compare?.mode !== 'difference') || !state.regionPaint || !result || !other) return null;
  const {rows, classes, classOf, unknown, decimals} = comparison(result, other, state.theme);
  const {thisName, otherName} = comparisonNames(lang, state);
  return {
    unknown: unknown ? rgbaToHex(MAP_COLORS[state.theme].noData) : null,
    title: t(lang, year ? 'year.compare.title' : 'scenario.compare.mapTitle', {indicator: indicatorName(lang, result.ind), a: thisName, b: otherName, from: otherName, to: thisName}),
    rows,
    classes: [...classes].reverse(),
    classOf,
    decimals,
    sources: bothSides(result.sources, other.sources),
    regionSources: (code) => bothSides(valueSources(code, result), valueSources(code, other)),
  };
}

/** This side's sources, then those of the other side not already named. */
function bothSides(these: readonly string[], others: readonly string[]): string[] {
  const all = new Set([...these, ...others]);
  // A scenario's values are said as such before their sources (sourcesText), whichever side it is.
  return all.delete('scenario') ? ['scenario', ...all] : [...all];
}

/**
 * The difference map in words (the text summary while it is shown), or null when the map does not
 * show one: its title, how many regions are higher, lower and unchanged, the largest increase and
 * decrease, and which regions have no difference. Counted as the map paints them (any non-zero
 * difference is off the neutral colour); the largest are compared as shown, so ties read as ties.
 */
/**
 * What a difference map shows, as its table's caption and its tooltip say it: "Difference map: …, “Plan”
 * minus “Baseline” — C — Manufacturing — 2024"; a change over time's title has its years ("Change
 * 2010 → 2024: …"), which are not said again after it.
 */
export function differenceCaption(lang: Lang, state: AppState, title: string, result: IndicatorResult): string {
  return [title, sectorLabel(lang, result.sector), state.regionPaint?.of === 'year' ? null : timeLabel(result)].filter(Boolean).join(' — ');
}

export function differenceSummary(lang: Lang, state: AppState, regionName: (code: RegionCode, lang: Lang) => string): string | null {
  const legend = differenceMapLegend(lang, state);
  const result = state.indicator?.result;
  if (!legend || !result) return null;
  const {thisName, otherName} = comparisonNames(lang, state);
  const {rows} = legend;
  const names = (list: ShownRegionDifference[]) => list.map((r) => regionName(r.code, lang)).join(', ');
  const sentences = [`${differenceCaption(lang, state, legend.title, result)}.`];
  const known = rows.filter((r): r is ShownRegionDifference & {shown: number} => r.shown !== null);
  if (known.length === 0) sentences.push(t(lang, 'difference.none'));
  else {
    const higher = known.filter((r) => r.shown > 0);
    const lower = known.filter((r) => r.shown < 0);
    // Two years are not names to quote («2024» выше, чем «2010»): said as years.
    const counts = state.regionPaint?.of === 'year' ? 'difference.countsYears' : 'difference.counts';
    sentences.push(t(lang, counts, {a: thisName, b: otherName, higher: higher.length, lower: lower.length, same: known.length - higher.length - lower.length}));
    for (const [side, key, pick] of [
      [higher, 'difference.largestUp', Math.max],
      [lower, 'difference.largestDown', Math.min],
    ] as const) {
      if (side.length === 0) continue;
      const extreme = pick(...side.map((r) => r.shown));
      const at = side.filter((r) => r.shown === extreme);
      sentences.push(t(lang, key, {regions: names(at), value: signedDifference(lang, extreme, at[0]!.decimals)}));
    }
  }
  const unknown = rows.filter((r) => r.diff === null);
  if (unknown.length > 0) sentences.push(t(lang, 'difference.unknown', {regions: names(unknown)}));
  return sentences.join(' ');
}

/** A rank's move in words, "from 8 to 7, up 1": the difference table's arrows read out, and the tooltip's rank. */
export function rankMove(lang: Lang, from: number, to: number, change: number): string {
  return t(lang, 'scenario.compare.rankMove', {from, to, change: t(lang, change > 0 ? 'scenario.compare.up' : 'scenario.compare.down', {n: Math.abs(change)})});
}

/** One region on the difference map in words: the lines of its tooltip and of the map keyboard's read-out. */
export interface RegionDifferenceWords {
  /** What the map shows, as the difference table's caption: "Difference map: …, “Plan” minus “Baseline” — C — Manufacturing — 2024". */
  title: string;
  /** Both sides' values, as the table's columns: "Baseline: 0.46 → Plan: 0.55". */
  values: string;
  /** The difference the region is painted for, with its legend class: "Change: +0.09 (higher by 0.06–0.09)". */
  change: string;
  /** The move of its rank, as the editor's table reads it: "Rank: from 8 to 7, up 1". */
  rank: string;
  /** Why a region no edit names changes (movedByTotals), or null. */
  why: string | null;
  /** The sources of both sides' values. */
  sources: string[];
}

/**
 * One region on the difference map in words, or null when the map does not show one. The same
 * numbers and words as the difference table (the rows of `differenceMapLegend`), so the tooltip of a
 * region painted for "+0.09" says +0.09, not the scenario's own value.
 */
export function regionDifferenceWords(lang: Lang, state: AppState, code: RegionCode): RegionDifferenceWords | null {
  const legend = differenceMapLegend(lang, state);
  const result = state.indicator?.result;
  const row = legend?.rows.find((r) => r.code === code);
  if (!legend || !result || !row) return null;
  const {thisName, otherName} = comparisonNames(lang, state);
  const {decimals, classOf} = legend;
  const num = (v: number | null) => (v === null ? t(lang, 'scenario.noData') : formatFixed(lang, v, row.decimals));
  const step = row.shown === null ? null : classOf(row.shown);
  const rank =
    row.rank === null || row.otherRank === null
      ? t(lang, 'scenario.noData')
      : row.rankChange === 0
        ? String(row.rank)
        : rankMove(lang, row.otherRank, row.rank, row.rankChange!);
  return {
    title: differenceCaption(lang, state, legend.title, result),
    values: `${otherName}: ${num(row.other)} → ${thisName}: ${num(row.value)}`,
    change: `${t(lang, 'scenario.compare.change')}: ${signedDifference(lang, row.shown, row.decimals)}${step && step.step !== 0 ? ` (${differenceLabel(lang, step, decimals)})` : ''}`,
    rank: `${t(lang, 'scenario.compare.rank')}: ${rank}`,
    why: movedByTotals(state, legend.rows).has(code) ? t(lang, 'difference.regionTotals') : null,
    sources: legend.regionSources(code),
  };
}

/**
 * The regions whose difference no edit of theirs explains: with an edit of a region's statistics, the
 * others move too (an LQ or a share is measured against the national total, which includes the edited
 * region), often by less than the table's last decimal. Said, so a planner does not take it for an
 * error. Empty when no edit of the map's year names a region, and when the two sides' settings differ
 * (the weights and thresholds move every region by design: the totals are not why).
 */
export function movedByTotals(state: AppState, rows: readonly RegionDifference[]): Set<RegionCode> {
  const session = state.scenario;
  // Not a scenario's comparison (the change between two years): no edit is why.
  if (!session?.compare) return new Set();
  const against = session.compare?.against;
  const other = against?.kind === 'saved' ? against.scenario : emptyScenario('');
  const settings = (s: Scenario) => JSON.stringify(normaliseSettings(s.settings));
  if (settings(session.scenario) !== settings(other)) return new Set();
  // An edit of another year leaves this map's totals as they were (a period's map: any year may count).
  const year = state.indicator?.result?.year ?? null;
  const edited = new Set(
    [...session.scenario.edits, ...other.edits].flatMap((e) => (e.kind === 'input' && (e.year === null || year === null || e.year === year) ? [e.region] : [])),
  );
  if (edited.size === 0) return new Set();
  return new Set(rows.filter((r) => r.diff !== null && r.diff !== 0 && !edited.has(r.code)).map((r) => r.code));
}
