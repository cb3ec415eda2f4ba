import {css, html} from 'lit';
import {customElement, property} from 'lit/decorators.js';
import {t} from '../i18n/i18n';
import {sharedStyles} from './shared-styles';
import {StoreElement} from './store-element';

/**
 * Sources of the map's geometry and places (Natural Earth; GeoNames CC BY 4.0): a line along the map's
 * foot on large screens; on phones and in short windows (where the line took two lines of a short map,
 * under the profile's foot) an "i" button that shows the same text, so the credit stays one press away
 * without covering the map. Printed (an embedded view in an article), the line in full.
 */
@customElement('kg-attribution')
export class KgAttribution extends StoreElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
        font-size: 0.75rem;
      }
      .text {
        padding: 2px 8px;
        background: color-mix(in srgb, var(--kg-surface) 85%, transparent);
        border-top-left-radius: var(--kg-radius);
      }
      span + span::before {
        content: ' · ';
      }
      button {
        display: none;
      }
      @media screen and (max-width: 700px), screen and (max-height: 480px) {
        :host {
          display: flex;
          flex-direction: column;
          align-items: flex-end;
          gap: 4px;
          padding: 0 4px 4px 0;
        }
        button {
          display: block;
          width: 44px;
          height: 44px;
          padding: 0;
          border-radius: 50%;
          font: italic 700 1.1rem Georgia, 'DejaVu Serif', serif;
          background: var(--kg-surface);
          box-shadow: var(--kg-shadow);
          order: 2;
        }
        .text {
          display: none;
          max-width: calc(100vw - 16px);
          border-radius: var(--kg-radius);
          padding: 6px 8px;
          background: var(--kg-surface);
          box-shadow: var(--kg-shadow);
        }
        :host([open]) .text {
          display: block;
        }
        span {
          display: block;
        }
        span + span::before {
          content: none;
        }
      }
    `,
  ];

  /** Shown as an attribute: the page raises the open credits over the header and the sheets (styles.css). */
  @property({type: Boolean, reflect: true}) open = false;

  // A narrow map (a portrait tablet's, beside the sidebar) wraps the line across its whole foot, in two
  // or three lines: what the page places above it (the scale bar, a difference map's legend, the
  // panels' feet: `--kg-credits-h`, styles.css) goes up with it. The "i" button keeps them where they are.
  #lines = new ResizeObserver(() => {
    const text = this.renderRoot.querySelector<HTMLElement>('.text')!;
    const height = getComputedStyle(this.renderRoot.querySelector('button')!).display === 'none' ? text.offsetHeight : 0;
    if (height > 24) document.documentElement.style.setProperty('--kg-credits-h', `${height + 8}px`);
    else document.documentElement.style.removeProperty('--kg-credits-h');
  });

  override firstUpdated(): void {
    // The map's own credits (the embedded view's footer has its line in the page's flow).
    if (this.closest('.kg-map-area')) this.#lines.observe(this);
  }

  override render() {
    const lang = this.state.view.lang;
    return html`<button aria-expanded=${this.open ? 'true' : 'false'} aria-controls="attribution-text" aria-label=${t(lang, 'attribution.toggle')} @click=${() => (this.open = !this.open)}>
        i
      </button>
      <div id="attribution-text" class="text">
        <span>${t(lang, 'attribution.naturalEarth')}</span><span>${t(lang, 'attribution.geonames')}</span><span>${t(lang, 'attribution.schematic')}</span>
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kg-attribution': KgAttribution;
  }
}
