// The words of a scenario comparison, the same in the editor's comparison, the difference legend
// over the map and the PNG export: what the two sides are called, and the difference map's title
// and legend entries.
import {addMessages, t, type Lang} from '../i18n/i18n';
import {scenarios} from '../i18n/messages/scenarios';
import {comparison, type DifferenceClass, type RegionDifference} from '../model/difference';
import type {AppState} from '../state/app-state';
import {formatFixed, indicatorName} from './explorer-text';

addMessages(scenarios);

/** What the two sides are called: this scenario, and the baseline or a saved scenario. */
export function comparisonNames(lang: Lang, state: AppState): {thisName: string; otherName: string} {
  const against = state.scenario?.compare?.against;
  const otherName = !against || against.kind === 'baseline' ? t(lang, 'scenario.baseline') : against.name || t(lang, 'scenario.untitled');
  const thisName = state.scenario?.scenario.name || t(lang, 'scenario.thisScenario');
  return {thisName, otherName};
}

/** A difference with its sign (+0.12, −0.05, 0), or "no data". */
export function signedDifference(lang: Lang, diff: number | null, decimals: number): string {
  if (diff === null) return t(lang, 'scenario.noData');
  return diff === 0 ? '0' : `${diff > 0 ? '+' : '−'}${formatFixed(lang, Math.abs(diff), decimals)}`;
}

/** A difference class in words: "no change", or higher/lower by how much. */
export function differenceLabel(lang: Lang, c: DifferenceClass, decimals: number): string {
  if (c.step === 0) return t(lang, 'scenario.compare.noChange');
  return t(lang, c.step > 0 ? 'scenario.compare.higher' : 'scenario.compare.lower', {from: formatFixed(lang, c.from, decimals), to: formatFixed(lang, c.to, decimals)});
}

export interface DifferenceMapLegend {
  title: string;
  /** Each region's values on both sides and their difference, in REGION_CODES order. */
  rows: RegionDifference[];
  /** Highest first, as the legend lists them. */
  classes: DifferenceClass[];
  decimals: number;
}

/** The difference map's title and classes, or null when the map does not show a difference map. */
export function differenceMapLegend(lang: Lang, state: AppState): DifferenceMapLegend | null {
  const compare = state.scenario?.compare;
  const result = state.indicator?.result;
  const other = compare?.other?.result;
  if (compare?.mode !== 'difference' || !state.regionPaint || !result || !other) return null;
  const {rows, classes} = comparison(result, other, state.theme);
  const {thisName, otherName} = comparisonNames(lang, state);
  return {
    title: t(lang, 'scenario.compare.mapTitle', {indicator: indicatorName(lang, result.ind), a: thisName, b: otherName}),
    rows,
    classes: [...classes].reverse(),
    decimals: Math.max(2, result.decimals),
  };
}
