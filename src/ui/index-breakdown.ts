// Why a region has its composite-index value: its components, their weights and how they are
// combined — the engine's own figures from the worker's result, not computed again here — and the
// components left out for this sector and year. Shown in the region profile.
import {html, nothing} from 'lit';
import {addMessages, t, type Lang, type MessageKey} from '../i18n/i18n';
import {indexComponents} from '../i18n/messages/index-components';
import {POTENTIAL_COMPONENTS, type PotentialComponent} from '../model/cluster-potential';
import type {IndicatorResult} from '../model/indicator-result';
import type {RegionCode} from '../model/region';
import {formatFixed, indicatorName} from './explorer-text';

addMessages(indexComponents);

const componentName = (lang: Lang, k: PotentialComponent) => t(lang, `index.component.${k}` as MessageKey);

/**
 * A label as a word within a sentence ("Специализация" → "специализация"): its first letter lower
 * case, unless the label starts with an abbreviation ("LQ on employment", "ВРП …").
 */
export function inSentence(lang: Lang, label: string): string {
  return /^\p{Lu}\p{Ll}/u.test(label) ? label[0]!.toLocaleLowerCase(lang) + label.slice(1) : label;
}

/** Component names listed within a sentence. */
const componentList = (lang: Lang, ks: readonly PotentialComponent[]) => ks.map((k) => inSentence(lang, componentName(lang, k))).join(', ');

/**
 * "Components used (1 of 4): LQ on employment." when the index rests on fewer than all its components
 * for this sector and year (the others have no data, or the scenario weighs them 0): a composite of one
 * is that one coefficient, and a reader quoting the value should know. Null when all are used.
 */
export function componentsUsed(lang: Lang, result: IndicatorResult): string | null {
  const used = result.components;
  if (result.ind !== 'potential' || !used || used.length >= POTENTIAL_COMPONENTS.length) return null;
  const components = componentList(lang, POTENTIAL_COMPONENTS.filter((k) => used.includes(k)));
  return t(lang, 'index.used', {n: used.length, total: POTENTIAL_COMPONENTS.length, components});
}

/** componentsUsed as a line of the tooltip and the profile, under the value. */
export function componentsLine(lang: Lang, result: IndicatorResult) {
  const text = componentsUsed(lang, result);
  return text ? html`<div class="small" data-kind="components-used">${text}</div>` : nothing;
}

export function indexBreakdown(lang: Lang, result: IndicatorResult, code: RegionCode, regionName: string) {
  const values = result.values.find((v) => v.code === code)?.components;
  const settings = result.settings;
  if (result.ind !== 'potential' || !values || !settings || !result.components) return nothing;
  const used = POTENTIAL_COMPONENTS.filter((k) => result.components!.includes(k));
  // Left out either by the planner (weight 0) or because no region has the component here.
  const zeroWeight = POTENTIAL_COMPONENTS.filter((k) => !used.includes(k) && settings.weights[k] === 0);
  const noData = POTENTIAL_COMPONENTS.filter((k) => !used.includes(k) && settings.weights[k] !== 0);
  const decimals = Math.max(2, result.decimals);
  return html`<details class="why" data-testid="index-breakdown">
    <summary>${t(lang, 'index.why')}</summary>
    <table>
      <caption>
        ${t(lang, 'index.why.caption', {indicator: indicatorName(lang, result.ind), region: regionName, aggregation: t(lang, `engine.aggregation.${settings.aggregation}`)})}
      </caption>
      <thead>
        <tr>
          <th scope="col">${t(lang, 'index.why.component')}</th>
          <th scope="col" class="num">${t(lang, 'index.why.value')}</th>
          <th scope="col" class="num">${t(lang, 'index.why.weight')}</th>
        </tr>
      </thead>
      <tbody>
        ${used.map((k) => {
          const value = values[k];
          return html`<tr data-component=${k}>
            <th scope="row">${componentName(lang, k)}</th>
            <td class="num ${typeof value === 'number' ? '' : 'unknown'}">${typeof value === 'number' ? formatFixed(lang, value, decimals) : t(lang, 'status.no_data')}</td>
            <td class="num">${formatFixed(lang, settings.weights[k], 2)}</td>
          </tr>`;
        })}
      </tbody>
    </table>
    ${zeroWeight.length > 0 ? html`<p class="small muted" data-kind="zero-weight">${t(lang, 'index.why.zeroWeight', {components: componentList(lang, zeroWeight)})}</p>` : nothing}
    ${noData.length > 0 ? html`<p class="small muted" data-kind="no-data">${t(lang, 'index.why.unused', {components: componentList(lang, noData)})}</p>` : nothing}
  </details>`;
}
