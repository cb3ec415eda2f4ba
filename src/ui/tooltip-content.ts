// What the tooltip says for each kind of hovered object. Each layer registers a renderer for its
// objects (by layer id); regions have their own. Renderers return Lit templates: text only, never HTML
// from data.
import {html, nothing, type TemplateResult} from 'lit';
import {addMessages, t} from '../i18n/i18n';
import {placeDetails} from '../i18n/messages/place-details';
import {regionNamer} from '../i18n/region-names';
import type {AppState, HoverTarget} from '../state/app-state';
import type {RegionCode} from '../model/region';
import {choroplethOf} from '../state/choropleth';
import {componentsLine} from './index-breakdown';
import {nationalComparison, rankText, labelledSources, valueSourceLine, valueText} from './explorer-text';
import {differenceWords} from './kg-summary';
import {viewCaption} from './view-caption';

addMessages(placeDetails); // the schematic boundary's note, with what is said about places

/** Where the content shows: the map's tooltip, or a profile's entry (the profile's region is its own). */
export type TooltipPlace = 'map' | 'profile';

export type TooltipRenderer = (id: string, state: AppState, place: TooltipPlace) => TemplateResult | typeof nothing;

const objectRenderers = new Map<string, TooltipRenderer>();

/** Registers the tooltip of a layer's objects (`layer` is the id used in HoverTarget). */
export function registerTooltip(layer: string, renderer: TooltipRenderer): void {
  objectRenderers.set(layer, renderer);
}

export function tooltipContent(target: HoverTarget, state: AppState, place: TooltipPlace = 'map'): TemplateResult | typeof nothing {
  if (target.kind === 'object') return objectRenderers.get(target.layer)?.(target.id, state, place) ?? nothing;
  return regionTooltip(target.code, state);
}

function regionTooltip(code: Extract<HoverTarget, {kind: 'region'}>['code'], state: AppState) {
  const {atlas, view} = state;
  if (!atlas) return nothing;
  const row = atlas.tables.regions.find((r) => r.code === code);
  const feature = atlas.boundaries.regions.features.find((f) => f.properties.code === code);
  return html`<div class="name">${regionNamer(atlas.tables.regions)(code, view.lang)}</div>
    <div class="muted">${row ? t(view.lang, `region.kind.${row.kind}`) : nothing}</div>
    ${feature?.properties.schematic ? html`<div class="muted">${t(view.lang, 'region.schematic')}</div>` : nothing}
    ${indicatorLines(code, state)}
    ${view.region === code ? nothing : html`<div class="small hint">${t(view.lang, 'region.profileHint')}</div>`}`;
}

/**
 * The current indicator's value (as published, or why it is unknown), rank and source; on a
 * difference map, what the region is painted for: both sides' values, the difference and the move of
 * its rank (the difference table's words, given by the code-split comparison).
 */
function indicatorLines(code: Extract<HoverTarget, {kind: 'region'}>['code'], state: AppState) {
  const c = choroplethOf(state);
  if (!c) return nothing;
  const lang = state.view.lang;
  const r = c.result;
  const diff = differenceWords.region?.(lang, state, code);
  const source = html`<div class="small muted source">${diff ? labelledSources(lang, diff.sources) : valueSourceLine(lang, code, r)} (${t(lang, `badge.${r.origin}`)})</div>`;
  if (diff)
    return html`<div class="indicator" data-difference>
      <div class="small">${diff.title}</div>
      <div>${diff.values}</div>
      <div><strong class="value">${diff.change}</strong></div>
      <div class="small">${diff.rank}</div>
      ${diff.why ? html`<div class="small">${diff.why}</div>` : nothing}
      ${source}
    </div>`;
  const v = c.value(code);
  const rank = rankText(lang, c, code);
  return html`<div class="indicator">
    <div class="small">${viewCaption(lang, r).line}</div>
    <div>
      <strong class="value">${valueText(lang, v, r.decimals)}</strong>
      ${rank !== null ? html` · ${rank}` : nothing}
    </div>
    <div class="small">${v.status === 'ok' ? nationalComparison(lang, r.ind, v, r.decimals) : t(lang, `status.${v.status}.about`)}</div>
    ${componentsLine(lang, r)}
    ${source}
  </div>`;
}

/**
 * The region a place lies in, with the map's current indicator there, on one line (a growth point's
 * tooltip): "Region: Naryn Region · Manufacturing employment location quotient — C — Manufacturing —
 * 2024: 0.57", its value as the region's tooltip prints it (or why it is unknown: "No production"); on
 * a difference map, what the region is painted for (its change). `label` names the region ("Region:
 * Naryn Region"). Null without a map of an indicator.
 */
export function regionValueLine(code: RegionCode, state: AppState, label: string): TemplateResult | null {
  const c = choroplethOf(state);
  if (!c) return null;
  const lang = state.view.lang;
  const diff = differenceWords.region?.(lang, state, code);
  return html`<div data-kind="region-value">
    ${label} ·
    ${diff ? html`${diff.title}. <strong>${diff.change}</strong>` : html`${viewCaption(lang, c.result).line}: <strong>${valueText(lang, c.value(code), c.result.decimals)}</strong>`}
  </div>`;
}
