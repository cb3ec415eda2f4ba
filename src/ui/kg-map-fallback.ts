import {css, html, nothing} from 'lit';
import {customElement} from 'lit/decorators.js';
import {addMessages, t} from '../i18n/i18n';
import {sharedStyles} from './shared-styles';
import {StoreElement} from './store-element';
import {robustness} from '../i18n/messages/robustness';

addMessages(robustness);

/**
 * Where the map would be when it cannot be drawn (no WebGL) or stopped drawing (its WebGL context was
 * lost): says so plainly and points to the table and the legend, which show every figure. Loaded and
 * shown only then (main.ts); it disappears when the map draws again.
 */
@customElement('kg-map-fallback')
export class KgMapFallback extends StoreElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        position: absolute;
        inset: 0;
        display: grid;
        place-items: center;
        padding: 16px;
        pointer-events: none;
        z-index: 4;
      }
      :host([hidden]) {
        display: none;
      }
      .panel {
        pointer-events: auto;
        max-width: 460px;
        padding: 14px 16px;
        border-left: 6px solid var(--kg-accent);
      }
      h2 {
        margin: 0 0 6px;
        font-size: 1.05rem;
      }
      p {
        margin: 0 0 10px;
      }
    `,
  ];

  protected override willUpdate(): void {
    this.hidden = this.state.mapProblem === null;
  }

  override render() {
    const {mapProblem, view} = this.state;
    if (mapProblem === null) return nothing;
    const lang = view.lang;
    const lost = mapProblem === 'context-lost';
    return html`<section class="panel" role="alert" aria-labelledby="fallback-title" data-problem=${mapProblem}>
      <h2 id="fallback-title">${t(lang, lost ? 'fallback.lost.title' : 'fallback.noWebgl.title')}</h2>
      <p>${t(lang, lost ? 'fallback.lost.text' : 'fallback.noWebgl.text')}</p>
      <button @click=${() => this.#showTable()}>${t(lang, 'fallback.showTable')}</button>
    </section>`;
  }

  #showTable(): void {
    const table = document.querySelector('kg-data-views');
    table?.scrollIntoView({block: 'start'});
    table?.shadowRoot?.querySelector<HTMLElement>('table th button, [role=tab]')?.focus();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kg-map-fallback': KgMapFallback;
  }
}
