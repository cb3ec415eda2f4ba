// How a view is named wherever it leaves the page or stands alone: the embedded view's title, the
// iframe's title attribute, the exported picture, the dialogs. One place, so they always agree.
import {t, type Lang} from '../i18n/i18n';
import type {IndicatorResult} from '../model/indicator-result';
import type {Choropleth} from '../state/choropleth';
import {indicatorName, referenceKey, sectorLabel, timeLabel} from './explorer-text';

export interface ViewCaption {
  /** The indicator's name. */
  title: string;
  /** "Mining — 2015–2019". */
  subtitle: string;
  /** Both on one line: "Integral coefficient … — Mining — 2015–2019". */
  line: string;
}

export function viewCaption(lang: Lang, result: Pick<IndicatorResult, 'ind' | 'sector' | 'year' | 'period'>): ViewCaption {
  const title = indicatorName(lang, result.ind);
  const sector = sectorLabel(lang, result.sector);
  const time = timeLabel(result);
  const subtitle = `${sector} — ${time}`;
  return {title, subtitle, line: carriesTime(title, time) ? `${title} — ${sector}` : `${title} — ${subtitle}`};
}

/**
 * A name that carries its year ("Employment location quotient, 2018") does not repeat it on one line:
 * the rule of every caption that names the indicator and its time (this line, the Regions × industries
 * grid's).
 */
export function carriesTime(title: string, time: string): boolean {
  return title.endsWith(time);
}

/** The line under the legend: what 1.0 means on the diverging scale. */
export function legendNote(lang: Lang, c: Choropleth): string | null {
  return c.classification.centre !== null ? t(lang, referenceKey(c.result.ind, 'legend.centre')) : null;
}
