import {css, html} from 'lit';
import {customElement} from 'lit/decorators.js';
import {LANGS, t, type Lang} from '../i18n/i18n';
import {sharedStyles} from './shared-styles';
import {StoreElement} from './store-element';
import {viewEvent} from './view-event';

/** Endonyms: each language is offered in its own name. */
const LANG_NAMES: Record<Lang, string> = {ky: 'Кыргызча', ru: 'Русский', en: 'English'};

/** The page header: title and language switch. */
@customElement('kg-header')
export class KgHeader extends StoreElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 6px 12px;
        min-height: var(--kg-header-h);
        padding: 6px 12px;
        background: var(--kg-surface);
        border-bottom: 1px solid var(--kg-border);
      }
      h1 {
        font-size: 1.1rem;
        margin: 0;
      }
      .tagline {
        font-size: 0.85rem;
      }
      /* The buttons wrap to a second line before the title is squeezed (long Kyrgyz labels). */
      .titles {
        flex: 1 1 300px;
        min-width: 0;
      }
      .langs {
        display: flex;
        gap: 4px;
      }
      @media (max-width: 600px) {
        :host {
          flex-wrap: wrap;
          gap: 6px 8px;
        }
        .titles {
          flex-basis: 100%;
        }
        .tagline {
          display: none;
        }
        h1 {
          font-size: 0.95rem;
        }
        .langs button {
          padding: 4px 6px;
          font-size: 0.8rem;
        }
      }
    `,
  ];

  override render() {
    const lang = this.state.view.lang;
    return html`
      <div class="titles">
        <h1>${t(lang, 'app.title')}</h1>
        <div class="tagline muted">${t(lang, 'app.tagline')}</div>
      </div>
      <slot></slot>
      <div class="langs" role="group" aria-label=${t(lang, 'lang.label')}>
        ${LANGS.map(
          (l) => html`<button
            lang=${l}
            aria-pressed=${l === lang ? 'true' : 'false'}
            @click=${() => this.dispatchEvent(viewEvent({lang: l}))}
          >
            ${LANG_NAMES[l]}
          </button>`,
        )}
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kg-header': KgHeader;
  }
}
