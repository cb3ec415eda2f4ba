import {css, html, nothing} from 'lit';
import {customElement} from 'lit/decorators.js';
import {t} from '../i18n/i18n';
import {sharedStyles} from './shared-styles';
import {StoreElement} from './store-element';

/**
 * The page's own failures as visible, translated alerts: the calculation engine's (a crashed worker,
 * restarted; its words come with the engine's client, engine-errors.ts), and a part of the site that
 * could not be loaded on demand (main.ts). The engine's technical detail, in English, is folded away
 * under the page's own words: it helps whoever reports the problem, not the reader.
 */
@customElement('kg-engine-status')
export class KgEngineStatus extends StoreElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      .error {
        display: flex;
        flex-wrap: wrap;
        gap: 8px;
        align-items: flex-start;
        padding: 8px 10px;
        background: var(--kg-error-bg);
        color: var(--kg-error-text);
        border-radius: var(--kg-radius);
        box-shadow: var(--kg-shadow);
        margin-bottom: 6px;
        max-width: 640px;
      }
      /* The text takes the row's room, the buttons only their words': on a narrow phone they go below
         it (squeezed beside it, they broke a word into a letter or two per line). */
      .text {
        flex: 1 1 14em;
      }
      button {
        flex: none;
      }
      p {
        margin: 0;
      }
      details {
        font-size: 0.85em;
        margin-top: 4px;
      }
    `,
  ];

  override render() {
    const {engineError, loadFailed, view} = this.state;
    const lang = view.lang;
    const dismiss = (clear: () => void) => html`<button @click=${clear}>${t(lang, 'engine.error.dismiss')}</button>`;
    return html`${engineError
      ? html`<div class="error" role="alert" data-kind="engine">
          <div class="text">
            <p>${t(lang, engineError.code === 'crashed' ? 'engine.error.crashed' : 'engine.error.failed')}</p>
            <details>
              <summary>${t(lang, 'engine.error.detail')}</summary>
              <code>${engineError.message}</code>
            </details>
          </div>
          ${dismiss(() => this.store!.update({engineError: null}))}
        </div>`
      : nothing}
    ${loadFailed
      ? html`<div class="error" role="alert" data-kind="load">
          <p class="text">${t(lang, 'load.error')}</p>
          <button @click=${() => location.reload()}>${t(lang, 'load.reload')}</button>
          ${dismiss(() => this.store!.update({loadFailed: false}))}
        </div>`
      : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kg-engine-status': KgEngineStatus;
  }
}
