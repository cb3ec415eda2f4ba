import {css, html, nothing} from 'lit';
import {customElement, property} from 'lit/decorators.js';
import {TABLE_FRAGMENT} from '../embed/embed-urls';
import {addMessages, t, type Lang} from '../i18n/i18n';
import {embedView} from '../i18n/messages/embed-view';
import {regionNamer} from '../i18n/region-names';
import {choroplethOf} from '../state/choropleth';
import {sharedStyles} from './shared-styles';
import {StoreElement} from './store-element';
import {rankText, valueText} from './explorer-text';
import {sharedSourcesText} from './scenario-caption';
import {viewEvent} from './view-event';
import type {AppState} from '../state/app-state';
import {LAYER_COLORS} from '../map/layer-colors';
import {energyKey, growthKey, linksKey, type LayerKey} from './layer-keys';
import {legend} from './layer-legends';
import './kg-attribution';
import './kg-data-views';

addMessages(embedView); // the words this module uses, wherever it is loaded from

/** The point and link layers shown, each with its key and sources (as the PNG's keys, exporters.ts). */
function layerKeys(state: AppState, lang: Lang): {layer: string; title: string; key: LayerKey}[] {
  const colors = LAYER_COLORS[state.theme];
  const tables = state.atlas?.tables ?? null;
  const css = getComputedStyle(document.documentElement);
  // How the map paints Bishkek's and Osh's markers, for the growth key's ring.
  const city = {fill: css.getPropertyValue('--kg-surface-2').trim() || '#eef0f3', line: css.getPropertyValue('--kg-border').trim() || '#c9ced6'};
  return state.view.layers.flatMap((layer) => {
    const key =
      layer === 'growth' ? growthKey(lang, colors, city) : layer === 'energy' ? energyKey(tables, lang, colors, false) : layer === 'links' && tables ? linksKey(tables, state.view.linksets, lang) : null;
    return key ? [{layer, title: t(lang, `layers.${layer}`), key}] : [];
  });
}

/**
 * The embedded view's bottom (embed=1): the pinned region, the other layers drawn, the source and the
 * map's attribution, the data table on request (or from the start, `#table`) and the data as CSV.
 */
@customElement('kg-embed-footer')
export class KgEmbedFooter extends StoreElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
        padding: 6px 12px 10px;
        background: var(--kg-surface);
        font-size: 0.8rem;
        border-top: 1px solid var(--kg-border);
      }
      p {
        margin: 2px 0;
      }
      .selected {
        font-size: 0.9rem;
        display: flex;
        align-items: center;
        gap: 8px;
        flex-wrap: wrap;
      }
      .selected button {
        min-height: 28px;
        padding: 2px 8px;
        font-size: 0.8rem;
      }
      .muted {
        color: var(--kg-text-muted);
      }
      kg-attribution {
        display: block;
        padding: 0;
        background: none;
        color: var(--kg-text-muted);
        font-size: 0.75rem;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 6px 8px;
        margin-top: 6px;
      }
      .actions button {
        font-size: 0.8rem;
        min-height: 30px;
      }
      .brand {
        margin-left: auto;
        color: var(--kg-text-muted);
      }
      .table {
        margin: 6px -12px 0;
      }
      /* The other layers' keys, each on request; their sources always in view. */
      details {
        margin: 2px 0;
      }
      /* Its own triangle, drawn alike in every browser and frame size. */
      summary {
        cursor: pointer;
        min-height: 24px;
        list-style: none;
      }
      summary::-webkit-details-marker {
        display: none;
      }
      summary::before {
        /* The symbol alone first: a browser without alternative text for content (Safari before
           17.4) drops the second declaration. */
        content: '▸';
        content: '▸' / '';
        margin-right: 6px;
      }
      details[open] > summary::before {
        content: '▾';
        content: '▾' / '';
      }
      .legend {
        margin: 2px 0 6px 14px;
      }
      .legend h3 {
        font-size: 0.78rem;
        font-weight: 600;
        margin: 6px 0 2px;
        color: var(--kg-text-muted);
      }
      .key {
        display: flex;
        align-items: center;
        gap: 6px;
        min-height: 20px;
      }
      .key > :first-child {
        flex: 0 0 auto;
      }
      .swatches {
        display: flex;
        flex-wrap: wrap;
        gap: 2px 12px;
      }
      .legend .note {
        margin: 4px 0 0;
      }
      .legend .sources {
        display: none; /* said below, whether the key is open or not */
      }
      .table[hidden] {
        display: none;
      }
      /* On paper (the article printed with its frame): no buttons; the layers' keys open (Chromium). */
      @media print {
        button {
          display: none;
        }
        details::details-content {
          content-visibility: visible;
        }
        summary::before {
          content: none;
        }
      }
    `,
  ];

  /** The data table shown: from the start with `#table` in the address (the journalist's choice, embedUrl). */
  @property({attribute: false}) tableOpen = location.hash === TABLE_FRAGMENT;

  override render() {
    const {view} = this.state;
    const lang = view.lang;
    const c = choroplethOf(this.state);
    const names = this.state.atlas ? regionNamer(this.state.atlas.tables.regions) : null;
    const pinned = view.region && c && names ? c.value(view.region) : null;
    const rank = pinned ? rankText(lang, c!, pinned.code) : null;
    const keys = layerKeys(this.state, lang);
    return html`${pinned && names
        ? html`<p class="selected" aria-live="polite">
            <span
              >${t(lang, 'embed.selected', {region: names(pinned.code, lang), value: valueText(lang, pinned, c!.result.decimals)})}${rank ? ` · ${rank}` : ''}</span
            >
            <button @click=${() => this.dispatchEvent(viewEvent({region: null}))}>${t(lang, 'embed.clearSelection')}</button>
          </p>`
        : nothing}
      ${keys.map(({layer, title, key}) => html`<details data-layer=${layer}><summary>${t(lang, 'embed.key', {layer: title})}</summary>${legend(lang, key)}</details>`)}
      ${c ? html`<p class="source">${t(lang, 'source.label')}: ${sharedSourcesText(lang, this.state, c.result)}</p>` : nothing}
      ${keys.map(({layer, title, key}) => html`<p class="source" data-layer=${layer}>${title} — ${t(lang, 'layers.sources').toLowerCase()}: ${key.sources}</p>`)}
      <kg-attribution .store=${this.store}></kg-attribution>
      <div class="actions">
        <button aria-expanded=${this.tableOpen ? 'true' : 'false'} aria-controls="table" @click=${() => (this.tableOpen = !this.tableOpen)}>
          ${t(lang, this.tableOpen ? 'embed.table.hide' : 'embed.table.show')}
        </button>
        <button ?disabled=${!c} @click=${this.#downloadCsv}>${t(lang, 'embed.getData')}</button>
        <span class="brand">${t(lang, 'app.title')}</span>
      </div>
      <div class="table" id="table" ?hidden=${!this.tableOpen}>
        ${this.tableOpen ? html`<kg-data-views .store=${this.store}></kg-data-views>` : nothing}
      </div>`;
  }

  #downloadCsv = async () => {
    const {downloadCsv} = await import('../export/exporters');
    downloadCsv(this.state);
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'kg-embed-footer': KgEmbedFooter;
  }
}
