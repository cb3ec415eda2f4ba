// The text summary of the current indicator in words, in the UI language: what a screen reader hears
// instead of seeing the map, and what the embed dialog offers as alt text. Pure (no DOM); the facts
// come from src/model/text-summary.ts, the formatting from explorer-text.ts, so the numbers read
// exactly as the table shows them.
import {t, type Lang} from '../i18n/i18n';
import type {IndicatorResult} from '../model/indicator-result';
import type {RegionCode} from '../model/region';
import {summaryFacts} from '../model/text-summary';
import {formatFixed, referenceKey} from './explorer-text';
import {viewCaption} from './view-caption';

/** "Integral coefficient … — Mining — 2015–2019. Highest: Jalal-Abad Region, 5.449. Lowest: …" */
export function summaryText(
  lang: Lang,
  result: IndicatorResult,
  regionName: (code: RegionCode, lang: Lang) => string,
): string {
  const facts = summaryFacts(result);
  const number = (x: number) => formatFixed(lang, x, result.decimals);
  const names = (codes: readonly RegionCode[]) => codes.map((c) => regionName(c, lang)).join(', ');
  // Named as the table's caption names it (a name that carries its year does not say it twice).
  const sentences = [`${viewCaption(lang, result).line}.`];
  const {highest, lowest} = facts;
  if (!highest) sentences.push(t(lang, 'summary.none'));
  else if (facts.known === 1) sentences.push(t(lang, 'summary.single', {region: names(highest.codes), value: number(highest.value)}));
  else if (!lowest) sentences.push(t(lang, 'summary.allEqual', {count: facts.known, value: number(highest.value)}));
  else {
    for (const [extreme, key] of [
      [highest, 'highest'],
      [lowest, 'lowest'],
    ] as const) {
      sentences.push(
        extreme.codes.length === 1
          ? t(lang, `summary.${key}`, {region: names(extreme.codes), value: number(extreme.value)})
          : t(lang, `summary.${key}Tie`, {regions: names(extreme.codes), value: number(extreme.value)}),
      );
    }
  }
  if (facts.known > 1) {
    sentences.push(t(lang, referenceKey(result.ind, 'summary.national'), {above: facts.above, below: facts.below, known: facts.known}));
    if (facts.equal > 0) sentences.push(t(lang, referenceKey(result.ind, 'summary.nationalEqual'), {count: facts.equal}));
  }
  for (const group of facts.unknown) sentences.push(t(lang, 'summary.unknown', {status: t(lang, `status.${group.status}`), regions: names(group.codes)}));
  return sentences.join(' ');
}
