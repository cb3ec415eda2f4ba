import {css, html, nothing, svg} from 'lit';
import {customElement} from 'lit/decorators.js';
import {t, type Lang} from '../i18n/i18n';
import {clusterName, kyNamer} from '../i18n/place-names';
import {regionNamer} from '../i18n/region-names';
import {siteSymbol, svgDataUrl, symbolSize, symbolSvg, type SymbolSpec} from '../layers/energy-symbols';
import {LINK_WIDTH} from '../layers/layer-ids';
import {clusterColor, ENERGY_CATEGORY_COLORS, GREEN_CLUSTER_COLORS, greenRegionClusters, LAYER_COLORS, type LayerColors} from '../map/layer-colors';
import {LINK_FAMILIES, linkFamily, type LinkFamily} from '../model/link-families';
import {sitePosition} from '../model/energy-sites';
import {POPULATION_CLASSES} from '../model/growth-points';
import {LAYER_IDS, type LayerId} from '../state/view-state';
import {formatUpTo} from './layer-text';
import {sharedStyles} from './shared-styles';
import {StoreElement} from './store-element';
import {viewEvent} from './view-event';

const LAYER_LABEL = {regions: 'layers.regions', growth: 'layers.growth', energy: 'layers.energy', links: 'layers.links'} as const;

/** Opening the panel together with the layer would cover most of a phone's map: only on wide screens. */
const WIDE = '(min-width: 900px)';

/**
 * The map's layers as checkboxes, each shown layer with its legend (what every symbol means) and its
 * sources. Lives in the sidebar, as its own block below the indicator controls.
 */
@customElement('kg-layer-toggles')
export class KgLayerToggles extends StoreElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
        padding: 10px 12px;
        border-top: 1px solid var(--kg-border);
        font-size: 0.9rem;
      }
      h2 {
        font-size: 1rem;
        margin: 0 0 6px;
      }
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
      }
      li.layer {
        padding: 4px 0;
      }
      .toggle {
        display: flex;
        align-items: center;
        gap: 8px;
        min-height: 32px;
        cursor: pointer;
        font-weight: 600;
      }
      input[type='checkbox'] {
        width: 18px;
        height: 18px;
        margin: 0;
        accent-color: var(--kg-accent);
      }
      .row {
        display: flex;
        align-items: center;
        justify-content: space-between;
        gap: 8px;
      }
      .legend {
        margin: 4px 0 6px 26px;
      }
      .legend h3 {
        font-size: 0.8rem;
        font-weight: 600;
        margin: 8px 0 2px;
        color: var(--kg-text-muted);
      }
      .key {
        display: flex;
        align-items: center;
        gap: 6px;
        min-height: 22px;
      }
      .key > :first-child {
        flex: 0 0 auto;
      }
      .swatches {
        display: flex;
        flex-wrap: wrap;
        gap: 2px 12px;
      }
      .note,
      .sources {
        font-size: 0.8rem;
        margin: 6px 0 0;
      }
      fieldset {
        border: 0;
        margin: 2px 0 0 26px;
        padding: 0;
      }
      legend {
        font-size: 0.8rem;
        color: var(--kg-text-muted);
        padding: 0;
      }
      fieldset label {
        display: flex;
        align-items: flex-start;
        gap: 8px;
        min-height: 28px;
        padding: 2px 0;
        cursor: pointer;
      }
      fieldset input {
        margin-top: 2px;
      }
      button.open {
        font-size: 0.8rem;
        min-height: 28px;
        padding: 2px 8px;
      }
      img {
        display: block;
      }
      @media (max-width: 700px), (pointer: coarse) {
        .toggle,
        fieldset label {
          min-height: 44px;
          align-items: center;
        }
        fieldset input {
          margin-top: 0;
        }
        button.open {
          min-height: 44px;
        }
      }
    `,
  ];

  override render() {
    const {view} = this.state;
    const lang = view.lang;
    const on = (id: LayerId) => view.layers.includes(id);
    return html`<section aria-labelledby="kg-layers-title">
      <h2 id="kg-layers-title">${t(lang, 'layers.title')}</h2>
      <ul>
        ${LAYER_IDS.map(
          (id) => html`<li class="layer" data-layer=${id}>
            <div class="row">
              <label class="toggle">
                <input type="checkbox" name=${id} .checked=${on(id)} @change=${(e: Event) => this.#toggle(id, (e.target as HTMLInputElement).checked)} />
                <span>${t(lang, LAYER_LABEL[id])}</span>
              </label>
              ${id === 'energy'
                ? html`<button class="open" aria-haspopup="dialog" @click=${() => this.store!.update({energyPanel: {focus: null}})}>
                    ${t(lang, 'layers.energy.open')}
                  </button>`
                : nothing}
            </div>
            ${id === 'links' ? this.#linksets(lang) : nothing} ${on(id) ? this.#legend(id, lang) : nothing}
          </li>`,
        )}
      </ul>
    </section>`;
  }

  #toggle(id: LayerId, checked: boolean): void {
    const current = this.state.view.layers;
    const layers = LAYER_IDS.filter((l) => (l === id ? checked : current.includes(l)));
    this.dispatchEvent(viewEvent({layers}));
    if (id === 'energy' && checked && window.matchMedia?.(WIDE).matches) this.store!.update({energyPanel: {focus: null}});
  }

  #toggleFamily(family: LinkFamily, checked: boolean): void {
    const {linksets, layers} = this.state.view;
    const next = LINK_FAMILIES.filter((f) => (f === family ? checked : linksets.includes(f)));
    // Choosing a family shows the links layer too: the user asked to see those links.
    const showLinks = checked && !layers.includes('links');
    this.dispatchEvent(viewEvent({linksets: next, ...(showLinks ? {layers: LAYER_IDS.filter((l) => l === 'links' || layers.includes(l))} : {})}));
  }

  #linksets(lang: Lang) {
    const {linksets} = this.state.view;
    return html`<fieldset>
      <legend>${t(lang, 'layers.linksets.label')}</legend>
      ${LINK_FAMILIES.map(
        (f) => html`<label>
          <input type="checkbox" name=${`linkset-${f}`} .checked=${linksets.includes(f)} @change=${(e: Event) => this.#toggleFamily(f, (e.target as HTMLInputElement).checked)} />
          <span>${t(lang, `links.family.${f}`)}</span>
        </label>`,
      )}
    </fieldset>`;
  }

  #legend(id: LayerId, lang: Lang) {
    const colors = LAYER_COLORS[this.state.theme];
    if (id === 'growth') return this.#growthLegend(lang, colors);
    if (id === 'energy') return this.#energyLegend(lang, colors);
    if (id === 'links') return this.#linksLegend(lang);
    return nothing;
  }

  #growthLegend(lang: Lang, colors: LayerColors) {
    const rgb = (c: readonly number[]) => `rgb(${c[0]} ${c[1]} ${c[2]})`;
    const dot = (r: number, ring = false) => {
      const size = 2 * (r + (ring ? 5 : 2));
      const c = size / 2;
      return html`<svg width=${size} height=${size} viewBox="0 0 ${size} ${size}" aria-hidden="true">
        ${ring ? svg`<circle cx=${c} cy=${c} r=${r + 3.25} fill="none" stroke=${rgb(colors.growthFill)} stroke-width="1.5" />` : nothing}
        <circle cx=${c} cy=${c} r=${r} fill=${rgb(colors.growthFill)} stroke=${rgb(colors.growthLine)} stroke-width="1.5" />
      </svg>`;
    };
    const n = (x: number) => formatUpTo(lang, x, 0);
    const label = (i: number) => {
      const cls = POPULATION_CLASSES[i]!;
      if (i === 0) return t(lang, 'growth.legend.atLeast', {n: n(cls.min)});
      if (cls.min === 0) return t(lang, 'growth.legend.under', {n: n(POPULATION_CLASSES[i - 1]!.min)});
      return t(lang, 'growth.legend.range', {from: n(cls.min), to: n(POPULATION_CLASSES[i - 1]!.min - 1)});
    };
    return html`<div class="legend">
      <h3>${t(lang, 'growth.legend.population')}</h3>
      <div class="swatches">${POPULATION_CLASSES.map((c, i) => html`<span class="key">${dot(c.radius)}<span>${label(i)}</span></span>`)}</div>
      <div class="key">${dot(POPULATION_CLASSES[2].radius, true)}<span>${t(lang, 'growth.legend.centre')}</span></div>
      <div class="key">
        <svg width="30" height="30" viewBox="0 0 30 30" aria-hidden="true">
          <circle cx="15" cy="15" r="9" fill="var(--kg-surface-2)" stroke="var(--kg-border)" stroke-width="1.5" />
          <circle cx="15" cy="15" r="12.5" fill="none" stroke=${rgb(colors.growthFill)} stroke-width="3" />
        </svg>
        <span>${t(lang, 'growth.legend.separate')}</span>
      </div>
      <p class="note muted">${t(lang, 'growth.legend.caveat')}</p>
      <p class="sources muted">${t(lang, 'layers.sources')}: ${t(lang, 'growth.source')}</p>
    </div>`;
  }

  #energyLegend(lang: Lang, colors: LayerColors) {
    const {atlas} = this.state;
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

  #linksLegend(lang: Lang) {
    const {atlas, view} = this.state;
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
}

declare global {
  interface HTMLElementTagNameMap {
    'kg-layer-toggles': KgLayerToggles;
  }
}
