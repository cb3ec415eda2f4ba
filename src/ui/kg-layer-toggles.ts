import {css, html, nothing, svg} from 'lit';
import {customElement} from 'lit/decorators.js';
import {t, type Lang} from '../i18n/i18n';
import {lazyModule} from '../lazy-module';
import {LAYER_COLORS, type LayerColors} from '../map/layer-colors';
import {LINK_FAMILIES, type LinkFamily} from '../model/link-families';
import {POPULATION_CLASSES} from '../model/growth-points';
import {LAYER_IDS, type LayerId} from '../state/view-state';
import {populationClassLabel} from './layer-text';
import {sharedStyles} from './shared-styles';
import {StoreElement} from './store-element';
import {viewEvent} from './view-event';

const LAYER_LABEL = {regions: 'layers.regions', growth: 'layers.growth', energy: 'layers.energy', links: 'layers.links'} as const;

/** The energy and links legends (./layer-legends.ts): code-split, loaded when either layer is first shown. */
const lazyLegends = lazyModule(() => import('./layer-legends'));

/**
 * Opening the panel together with the layer would cover most of a phone's map, and below 1280 px the
 * sidebar's column with the checkbox just pressed (styles.css): only on wide screens.
 */
const WIDE = '(min-width: 1280px)';

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
        overflow-wrap: anywhere;
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
        flex: none;
        width: 18px;
        height: 18px;
        margin: 0;
        accent-color: var(--kg-accent);
      }
      /* With a reader's larger text the button goes under the layer's name, and a word longer than the
         room left beside a symbol or a checkbox breaks (overflow-wrap above): at 200 % both stuck out of
         the sidebar ("Многорегиональные", "Открыть панель"), which scrolled sideways and cut the text. */
      .row {
        display: flex;
        flex-wrap: wrap;
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
    // The green-clusters panel opens with its layer on wide screens, and closes with it everywhere.
    if (id === 'energy' && (!checked || window.matchMedia?.(WIDE).matches)) this.store!.update({energyPanel: checked ? {focus: null, beside: true} : null});
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
    if (id !== 'energy' && id !== 'links') return nothing;
    const legends = lazyLegends.moduleOrLoad(this.lazyLoaded);
    if (!legends) return nothing;
    return id === 'energy' ? legends.energyLegend(this.state, lang, colors) : legends.linksLegend(this.state, lang);
  }

  /** A touch screen (hover: none) shows no tooltip: its legend says a tap opens a point's details (in its region's profile). */
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
    return html`<div class="legend">
      <h3>${t(lang, 'growth.legend.population')}</h3>
      <div class="swatches">${POPULATION_CLASSES.map((c, i) => html`<span class="key">${dot(c.radius)}<span>${populationClassLabel(lang, i)}</span></span>`)}</div>
      <div class="key">${dot(POPULATION_CLASSES[2].radius, true)}<span>${t(lang, 'growth.legend.centre')}</span></div>
      <div class="key">
        <svg width="30" height="30" viewBox="0 0 30 30" aria-hidden="true">
          <circle cx="15" cy="15" r="9" fill="var(--kg-surface-2)" stroke="var(--kg-border)" stroke-width="1.5" />
          <circle cx="15" cy="15" r="12.5" fill="none" stroke=${rgb(colors.growthFill)} stroke-width="3" />
        </svg>
        <span>${t(lang, 'growth.legend.separate')}</span>
      </div>
      <p class="note muted">
        ${t(lang, 'growth.legend.caveat')} ${t(lang, window.matchMedia?.('(hover: none)').matches ? 'growth.legend.tap' : 'growth.legend.names')}
      </p>
      <p class="sources muted">${t(lang, 'layers.sources')}: ${t(lang, 'growth.source')}</p>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kg-layer-toggles': KgLayerToggles;
  }
}
