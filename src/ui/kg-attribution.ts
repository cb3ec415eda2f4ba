import {css, html} from 'lit';
import {customElement} from 'lit/decorators.js';
import {t} from '../i18n/i18n';
import {sharedStyles} from './shared-styles';
import {StoreElement} from './store-element';

/** Sources of the map's geometry and places, always visible (Natural Earth; GeoNames CC BY 4.0). */
@customElement('kg-attribution')
export class KgAttribution extends StoreElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
        font-size: 0.75rem;
        padding: 2px 8px;
        background: color-mix(in srgb, var(--kg-surface) 85%, transparent);
        border-top-left-radius: var(--kg-radius);
      }
      span + span::before {
        content: ' · ';
      }
    `,
  ];

  override render() {
    const lang = this.state.view.lang;
    return html`<span>${t(lang, 'attribution.naturalEarth')}</span><span>${t(lang, 'attribution.geonames')}</span
      ><span>${t(lang, 'attribution.schematic')}</span>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kg-attribution': KgAttribution;
  }
}
