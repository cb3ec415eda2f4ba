import {css, html, nothing} from 'lit';
import {customElement} from 'lit/decorators.js';
import {lazyModule} from '../lazy-module';
import {sharedStyles} from './shared-styles';
import {StoreElement} from './store-element';

// The notices' words and their table load when there is one to show (few links give one).
const noticeList = lazyModule(() => import('./notice-list'));

/**
 * Polite notices (role=status): link parameters that could not be used, and the like; the data or the
 * boundaries that could not be loaded at start (an alert, with Reload). Worded by notice-list.ts,
 * code-split: when the network that failed the data does not bring it either, that failure is said as
 * any part of the site that did not load (kg-engine-status), in the page's language, with Reload.
 */
@customElement('kg-notices')
export class KgNotices extends StoreElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      .notice {
        display: flex;
        gap: 8px;
        align-items: flex-start;
        padding: 8px 10px;
        background: var(--kg-warning-bg);
        color: var(--kg-warning-text);
        border-radius: var(--kg-radius);
        box-shadow: var(--kg-shadow);
        margin-bottom: 6px;
        max-width: 640px;
      }
      .notice p {
        margin: 0;
        flex: 1;
      }
      .notice div {
        flex: 1;
      }
      .error {
        background: var(--kg-error-bg);
        color: var(--kg-error-text);
      }
    `,
  ];

  override render() {
    const {notices, view, error} = this.state;
    const lang = view.lang;
    // The keyboard focus must not fall to the page's body with the dismissed notice's button. The
    // notices render by position: the button stays, for the next notice, unless it was the last one's;
    // then the focus goes to the notice before, else to the map they were over. Each notice's Dismiss
    // is its last button (a kept dataset's notice has Remove too; the load alert has none).
    const dismiss = (i: number) => {
      const b = this.renderRoot.querySelectorAll<HTMLElement>('.notice:not(.error) button:last-child');
      if (!b[i + 1]) (b[i - 1] ?? document.querySelector<HTMLElement>('#map canvas'))?.focus();
      this.store!.update({notices: notices.filter((_, j) => j !== i)});
    };
    return html`<div role="status" aria-live="polite">
      ${notices.length > 0 || error ? (noticeList.moduleOrLoad(this.lazyLoaded)?.noticeList(lang, notices, dismiss, error) ?? nothing) : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kg-notices': KgNotices;
  }
}
