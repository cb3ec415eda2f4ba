// Where a planner sees a statistic's edit. The composite index the editor offers has no value for most
// regions in some years (its specialisation needs industrial output, which the shipped data have for
// three regions): an edit of Naryn's manufacturing employment share then showed no change at all on
// that map, and nothing said where it did. These say so, and which map shows it.
import type {IndicatorResult} from './indicator-result';
import type {IndicatorId} from './indicators';
import type {InputEdit} from './scenario';

/**
 * The indicator computed from the edited statistic itself, which changes with it wherever the statistic
 * is known: employment (or its share) → its location quotient (manufacturing: the manufacturing
 * employment LQ); establishments → their LQ; output → specialisation; GRP and population → GRP per
 * capita. None for a region's total of employment, establishments or output: a denominator, it moves
 * every industry's coefficients at once.
 */
export function indicatorForInput({indicator, sector}: Pick<InputEdit, 'indicator' | 'sector'>): {ind: IndicatorId; sector: string; basis?: 'employment' | 'establishments'} | null {
  if (indicator === 'grp' || indicator === 'grp_per_capita' || indicator === 'population') return {ind: 'grp-pc', sector: 'TOTAL'};
  if (sector === 'TOTAL') return null;
  if (indicator === 'employment' || indicator === 'employment_share') return sector === 'C' ? {ind: 'mfg-lq', sector: 'C'} : {ind: 'lq', sector, basis: 'employment'};
  if (indicator === 'establishments') return {ind: 'lq', sector, basis: 'establishments'};
  return {ind: 'spec', sector};
}

/**
 * Why the map's indicator cannot show an input edit, or null when it may: its figures are published (the
 * statistics do not make them), the edit is for another year than the map's, or the map has no value for
 * the edit's region.
 */
export function editUnseen(edit: InputEdit, result: Pick<IndicatorResult, 'origin' | 'year' | 'values'> | null | undefined): 'published' | 'other-year' | 'unknown-here' | null {
  if (!result) return null;
  if (result.origin === 'published') return 'published';
  if (edit.year !== null && result.year !== null && edit.year !== result.year) return 'other-year';
  const value = result.values.find((v) => v.code === edit.region);
  return value && value.status !== 'ok' ? 'unknown-here' : null;
}
