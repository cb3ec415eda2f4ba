// The legends of the energy and links layers in the sidebar (<kg-layer-toggles>): code-split, as the
// default view shows neither layer; loaded, with their strings, the first time one of them is shown.
import {html, nothing} from 'lit';
import {addMessages, t, type Lang} from '../i18n/i18n';
import {layerLegends} from '../i18n/messages/layer-legends';
import {clusterName, kyNamer} from '../i18n/place-names';
import {regionNamer} from '../i18n/region-names';
import {siteSymbol, svgDataUrl, symbolSize, symbolSvg, type SymbolSpec} from '../layers/energy-symbols';
import {LINK_WIDTH} from '../layers/layer-ids';
import {clusterColor, ENERGY_CATEGORY_COLORS, GREEN_CLUSTER_COLORS, greenRegionClusters, type LayerColors} from '../map/layer-colors';
import {sitePosition} from '../model/energy-sites';
import {linkFamily} from '../model/link-families';
import type {AppState} from '../state/app-state';
import {formatUpTo} from './layer-text';

addMessages(layerLegends);

/** What the energy layer's symbols, lines and outlines mean, with the sources. */
export function energyLegend(state: AppState, lang: Lang, colors: LayerColors) {
  const {atlas} = state;
  const symbolColors = {outline: colors.energyOutline, hollow: colors.energyHollow};
  const base: SymbolSpec = {role: 'hub', color: ENERGY_CATEGORY_COLORS.large_hydro, status: 'operating', precision: 'site', radius: 7, ...symbolColors};
  const icon = (spec: Partial<SymbolSpec>) => {
    const s = {...base, ...spec};
    const size = symbolSize(s.radius);
    return html`<img src=${svgDataUrl(symbolSvg(s))} width=${size} height=${size} alt="" />`;
  };
  const sizeKey = (mw: number) => {
    const spec = siteSymbol({status: 'operating', coord_precision: 'site', capacity_mw: mw}, 'hub', ENERGY_CATEGORY_COLORS.large_hydro, symbolColors)!;
    return html`<span class="key">${icon(spec)}<span>${t(lang, 'energy.mw', {value: formatUpTo(lang, mw)})}</span></span>`;
  };
  const unlocated = atlas ? atlas.tables.energySites.filter((s) => !sitePosition(s)).length : 0;
  const greens = atlas ? greenRegionClusters(atlas.tables.clusters) : [];
  const region = atlas ? regionNamer(atlas.tables.regions) : null;
  const ky = atlas ? kyNamer(atlas.tables.namesKy) : null;
  const line = (color: string, width: number) =>
    html`<svg width="26" height="12" viewBox="0 0 26 12" aria-hidden="true"><line x1="2" y1="6" x2="24" y2="6" stroke=${color} stroke-width=${width} stroke-linecap="round" /></svg>`;
  return html`<div class="legend">
    <div class="key">${icon({})}<span>${t(lang, 'energy.legend.hub')}</span></div>
    <div class="key">${icon({role: 'spoke', color: ENERGY_CATEGORY_COLORS.solar})}<span>${t(lang, 'energy.legend.spoke')}</span></div>
    <div class="swatches">
      ${(['large_hydro', 'small_hydro', 'solar', 'wind'] as const).map(
        (c) =>
          html`<span class="key">${icon({role: c === 'large_hydro' ? 'hub' : 'spoke', color: ENERGY_CATEGORY_COLORS[c], radius: 6})}<span
              >${t(lang, `energy.category.${c}`)}</span
            ></span>`,
      )}
    </div>
    <h3>${t(lang, 'energy.legend.status')}</h3>
    <div class="swatches">
      ${(['operating', 'construction', 'planned'] as const).map(
        (s) => html`<span class="key">${icon({status: s})}<span>${t(lang, `energy.status.${s}`)}</span></span>`,
      )}
    </div>
    <h3>${t(lang, 'energy.legend.location')}</h3>
    ${(['site', 'approx', 'proxy'] as const).map(
      (p) => html`<div class="key">${icon({precision: p, radius: 8})}<span>${t(lang, `energy.precision.${p}`)}</span></div>`,
    )}
    <h3>${t(lang, 'energy.legend.size')}</h3>
    <div class="swatches">${[100, 500, 1500].map(sizeKey)}</div>
    <div class="key">${line(ENERGY_CATEGORY_COLORS.solar, 2)}<span>${t(lang, 'energy.legend.link')}</span></div>
    <div class="key">
      <svg width="26" height="12" viewBox="0 0 26 12" aria-hidden="true"><circle cx="13" cy="6" r="2" fill=${colors.energyOutline} /></svg>
      <span>${t(lang, 'energy.legend.stack')}</span>
    </div>
    ${greens.length > 0 && region && ky
      ? html`<h3>${t(lang, 'energy.legend.green')}</h3>
          ${greens.map(
            (g) =>
              html`<div class="key">${line(GREEN_CLUSTER_COLORS[g.id]!, 4)}<span
                  >${clusterName(g, lang, ky)} (${g.regions.map((c) => region(c, lang)).join(', ')})</span
                ></div>`,
          )}`
      : nothing}
    ${unlocated > 0 ? html`<p class="note">${t(lang, 'energy.legend.unlocated', {n: unlocated})}</p>` : nothing}
    <p class="sources muted">${t(lang, 'layers.sources')}: ${t(lang, 'energy.source')}</p>
  </div>`;
}

/** The cluster links of the families shown, each in its colour, with the sources. */
export function linksLegend(state: AppState, lang: Lang) {
  const {atlas, view} = state;
  if (!atlas) return nothing;
  const ky = kyNamer(atlas.tables.namesKy);
  const region = regionNamer(atlas.tables.regions);
  return html`<div class="legend">
    ${view.linksets.map((family) => {
      const rows = atlas.tables.clusters.filter((c) => linkFamily(c) === family);
      const linked = rows.filter((c) => new Set(c.regions).size > 1);
      const single = rows.filter((c) => new Set(c.regions).size === 1);
      return html`<h3>${t(lang, `links.family.${family}`)}</h3>
        ${linked.map(
          (c) => html`<div class="key">
            <svg width="26" height="12" viewBox="0 0 26 12" aria-hidden="true">
              <line x1="2" y1="6" x2="24" y2="6" stroke=${clusterColor(c.id)} stroke-width=${LINK_WIDTH[family]} stroke-linecap="round" />
            </svg>
            <span>${clusterName(c, lang, ky)}</span>
          </div>`,
        )}
        ${single.length > 0
          ? html`<p class="note muted">
              ${t(lang, 'links.legend.single', {list: single.map((c) => `${clusterName(c, lang, ky)} (${region(c.regions[0]!, lang)})`).join('; ')})}
            </p>`
          : nothing}`;
    })}
    <p class="sources muted">${t(lang, 'layers.sources')}: ${t(lang, 'links.source')}</p>
  </div>`;
}
