import {css, html} from 'lit';
import {customElement} from 'lit/decorators.js';
import {t} from '../i18n/i18n';
import {openLazyDialog} from './lazy-dialog';
import {sharedStyles} from './shared-styles';
import {StoreElement} from './store-element';

/** Header buttons for journalists: embed the view, download it (each dialog loaded on first click). */
@customElement('kg-share-buttons')
export class KgShareButtons extends StoreElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: flex;
        gap: 8px;
      }
    `,
  ];

  override render() {
    const lang = this.state.view.lang;
    return html`<button aria-haspopup="dialog" data-action="embed" @click=${this.#embed}>${t(lang, 'share.embed')}</button>
      <button aria-haspopup="dialog" data-action="export" @click=${this.#export}>${t(lang, 'share.export')}</button>`;
  }

  #embed = () => void openLazyDialog('kg-embed-dialog', () => import('./kg-embed-dialog'), this.store!);
  #export = () => void openLazyDialog('kg-export-dialog', () => import('./kg-export-dialog'), this.store!);
}

declare global {
  interface HTMLElementTagNameMap {
    'kg-share-buttons': KgShareButtons;
  }
}
