import {css, html, nothing} from 'lit';
import {customElement} from 'lit/decorators.js';
import {t} from '../i18n/i18n';
import {regionNamer} from '../i18n/region-names';
import {sharedStyles} from './shared-styles';
import {StoreElement} from './store-element';
import {viewEvent} from './view-event';

/** The pinned region's card. */
@customElement('kg-region-card')
export class KgRegionCard extends StoreElement {
  static override styles = [
    sharedStyles,
    css`
      .panel {
        padding: 10px 12px;
      }
      header {
        display: flex;
        gap: 8px;
        align-items: flex-start;
      }
      h2 {
        font-size: 1.05rem;
        margin: 0;
        flex: 1;
      }
      p {
        margin: 6px 0 0;
      }
    `,
  ];

  override render() {
    const {atlas, view} = this.state;
    if (!atlas || !view.region) return nothing;
    const lang = view.lang;
    const code = view.region;
    const row = atlas.tables.regions.find((r) => r.code === code);
    const feature = atlas.boundaries.regions.features.find((f) => f.properties.code === code);
    return html`<section class="panel" aria-labelledby="card-title">
      <header>
        <h2 id="card-title">${regionNamer(atlas.tables.regions)(code, lang)}</h2>
        <button @click=${() => this.dispatchEvent(viewEvent({region: null}))} aria-label=${t(lang, 'card.close')}>×</button>
      </header>
      <p class="muted">${row ? t(lang, `region.kind.${row.kind}`) : nothing} · ${code}</p>
      ${feature?.properties.schematic ? html`<p>${t(lang, 'region.schematic')}</p>` : nothing}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kg-region-card': KgRegionCard;
  }
}
