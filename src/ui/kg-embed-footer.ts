import {css, html, nothing} from 'lit';
import {customElement, state} from 'lit/decorators.js';
import {addMessages, t} from '../i18n/i18n';
import {embedView} from '../i18n/messages/embed-view';
import {regionNamer} from '../i18n/region-names';
import {choroplethOf} from '../state/choropleth';
import {sharedStyles} from './shared-styles';
import {StoreElement} from './store-element';
import {rankText, valueText} from './explorer-text';
import {sharedSourcesText} from './scenario-caption';
import {viewEvent} from './view-event';
import './kg-attribution';
import './kg-data-views';

addMessages(embedView); // the words this module uses, wherever it is loaded from

const LAYER_NAMES = {growth: 'layers.growth', energy: 'layers.energy', links: 'layers.links'} as const;

/**
 * The embedded view's bottom (embed=1): the pinned region, the other layers drawn, the source and the
 * map's attribution, the data table on request and the data as CSV.
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
      .table[hidden] {
        display: none;
      }
    `,
  ];

  @state() private tableOpen = false;

  override render() {
    const {view} = this.state;
    const lang = view.lang;
    const c = choroplethOf(this.state);
    const names = this.state.atlas ? regionNamer(this.state.atlas.tables.regions) : null;
    const pinned = view.region && c && names ? c.value(view.region) : null;
    const rank = pinned ? rankText(lang, c!, pinned.code) : null;
    const others = view.layers.filter((l): l is keyof typeof LAYER_NAMES => l in LAYER_NAMES).map((l) => t(lang, LAYER_NAMES[l]));
    return html`${pinned && names
        ? html`<p class="selected" aria-live="polite">
            <span
              >${t(lang, 'embed.selected', {region: names(pinned.code, lang), value: valueText(lang, pinned, c!.result.decimals)})}${rank ? ` · ${rank}` : ''}</span
            >
            <button @click=${() => this.dispatchEvent(viewEvent({region: null}))}>${t(lang, 'embed.clearSelection')}</button>
          </p>`
        : nothing}
      ${others.length > 0 ? html`<p class="muted">${t(lang, 'embed.alsoOnMap', {layers: others.join(', ')})}</p>` : nothing}
      ${c ? html`<p class="source">${t(lang, 'source.label')}: ${sharedSourcesText(lang, this.state, c.result.sources)}</p>` : nothing}
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
