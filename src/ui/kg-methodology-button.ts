import {html} from 'lit';
import {customElement} from 'lit/decorators.js';
import {t} from '../i18n/i18n';
import {openLazyDialog} from './lazy-dialog';
import {sharedStyles} from './shared-styles';
import {StoreElement} from './store-element';

/** Header button that opens the methodology panel (loaded on first click). */
@customElement('kg-methodology-button')
export class KgMethodologyButton extends StoreElement {
  static override styles = [sharedStyles];

  override render() {
    return html`<button aria-haspopup="dialog" @click=${this.#open}>${t(this.state.view.lang, 'engine.method.button')}</button>`;
  }

  #open = () => void openLazyDialog('kg-methodology', () => import('./kg-methodology'), this.store!);
}

declare global {
  interface HTMLElementTagNameMap {
    'kg-methodology-button': KgMethodologyButton;
  }
}
