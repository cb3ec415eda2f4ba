import {css, html, nothing} from 'lit';
import {customElement} from 'lit/decorators.js';
import {addMessages, t, type Lang} from '../i18n/i18n';
import {embedView} from '../i18n/messages/embed-view';
import {fullMapUrl, keepsCamera, pageBase} from '../embed/embed-urls';
import {frameCamera} from '../embed/frame-camera';
import {INDICATOR_INFO} from '../model/indicator-catalog';
import {INDICATORS} from '../model/indicators';
import {choroplethOf, type Choropleth} from '../state/choropleth';
import {explorerStyles} from './explorer-styles';
import {sharedStyles} from './shared-styles';
import {StoreElement} from './store-element';
import {legendItems, referenceKey} from './explorer-text';
import {legendNote, viewCaption} from './view-caption';
import {scenarioCaption} from './scenario-caption';
import {styleProps} from './style-props';

addMessages(embedView); // the words this module uses, wherever it is loaded from

/**
 * The embedded view's top (embed=1): what the map shows (indicator, sector, period), a link to the same
 * view in the full atlas, and the legend as a row of buttons that also filter the map.
 */
@customElement('kg-embed-header')
export class KgEmbedHeader extends StoreElement {
  static override styles = [
    sharedStyles,
    explorerStyles,
    css`
      :host {
        display: block;
        padding: 8px 12px 6px;
        background: var(--kg-surface);
        /* Narrow by its own width, not the window's: the same in the frame (where they are one) and where
           the embed dialog lays it out at an article's widths to size the frame (frame-height.ts). */
        container-type: inline-size;
      }
      .top {
        display: flex;
        align-items: flex-start;
        gap: 12px;
      }
      .titles {
        flex: 1;
        min-width: 0;
      }
      h1 {
        font-size: 1.05rem;
        line-height: 1.3;
        margin: 0;
      }
      .subtitle {
        margin: 2px 0 0;
        font-size: 0.88rem;
        color: var(--kg-text-muted);
      }
      a.open {
        flex: none;
        color: var(--kg-accent);
        font-size: 0.85rem;
        font-weight: 600;
        padding: 4px 0;
        min-height: 24px;
      }
      ul {
        list-style: none;
        margin: 6px 0 0;
        padding: 0;
        display: flex;
        flex-wrap: wrap;
        gap: 2px 4px;
      }
      li button {
        display: flex;
        align-items: center;
        gap: 6px;
        background: transparent;
        border-color: transparent;
        padding: 2px 6px;
        min-height: 28px;
        font-size: 0.85rem;
        font-variant-numeric: tabular-nums;
      }
      li button:hover {
        background: var(--kg-surface-2);
      }
      li button[aria-pressed='true'] {
        background: var(--kg-surface-2);
        border-color: var(--kg-accent);
        color: inherit;
      }
      .empty {
        color: var(--kg-text-muted);
      }
      .note {
        margin: 2px 0 0;
        font-size: 0.78rem;
        color: var(--kg-text-muted);
      }
      @container (max-width: 480px) {
        .top {
          flex-wrap: wrap;
          gap: 0 12px;
        }
        .titles {
          flex-basis: 100%;
        }
        h1 {
          font-size: 0.98rem;
        }
      }
      /* A short frame (a fixed-height iframe, no resize script): a compact header leaves the map most of
         it. Title, then subtitle and link on one line, the legend's buttons smaller. A taller frame
         only makes the header larger, so a frame sized to the content by the host's script settles. */
      @media (max-height: 500px) {
        :host {
          padding: 4px 10px 2px;
        }
        .top {
          flex-wrap: wrap;
          align-items: baseline;
          gap: 0 10px;
        }
        .titles {
          display: contents;
        }
        h1 {
          flex-basis: 100%;
          font-size: 0.9rem;
          line-height: 1.25;
        }
        .subtitle {
          flex: 1;
          min-width: 0;
          margin: 0;
          font-size: 0.78rem;
        }
        a.open {
          font-size: 0.78rem;
          padding: 0;
        }
        ul {
          margin-top: 2px;
          gap: 0 2px;
        }
        li button {
          min-height: 24px;
          padding: 0 4px;
          gap: 4px;
          font-size: 0.78rem;
        }
        .swatch {
          width: 14px;
          height: 11px;
        }
        .note {
          margin: 0;
          font-size: 0.72rem;
        }
      }
      /* Shorter still (e.g. 300 px): the legend on one row, its note on one line (whole in the page's
         text, for screen readers, and in its title). */
      @media (max-height: 360px) {
        ul {
          gap: 0;
        }
        li button {
          padding: 0 2px;
          gap: 3px;
          font-size: 0.7rem;
        }
        .swatch {
          width: 12px;
          height: 10px;
        }
        .note {
          white-space: nowrap;
          overflow: hidden;
          text-overflow: ellipsis;
        }
      }
    `,
  ];

  override render() {
    const {view} = this.state;
    const lang = view.lang;
    const c = choroplethOf(this.state);
    const caption = viewCaption(
      lang,
      c?.result ?? {ind: view.ind, sector: view.sector, year: INDICATORS[view.ind].years ? view.year : null, period: INDICATOR_INFO[view.ind].period},
    );
    return html`<div class="top">
        <div class="titles">
          <h1>${caption.title}</h1>
          <p class="subtitle">${[caption.subtitle, scenarioCaption(lang, this.state)].filter(Boolean).join(' · ')}</p>
        </div>
        <a class="open" href=${fullMapUrl(view, pageBase(location), keepsCamera(view.view, frameCamera))} target="_blank" rel="noopener" title=${t(lang, 'embed.openFull.title')}
          >${t(lang, 'embed.openFull')} ↗</a
        >
      </div>
      ${this.state.regionPaint
        ? // The difference map's own legend (kg-scenario-compare.ts, loaded with the comparison): here, as the
          // indicator's, rather than over a map the size of an article's column, where it covers regions.
          html`<kg-scenario-legend inline .store=${this.store}></kg-scenario-legend>`
        : c
          ? this.#legend(lang, c)
          : nothing}`;
  }

  /** The legend of the classes, each a filter button (as in the sidebar's legend). */
  #legend(lang: Lang, c: Choropleth) {
    const filter = this.state.legendFilter?.choropleth === c.key ? this.state.legendFilter.entry : null;
    const note = legendNote(lang, c) ?? t(lang, referenceKey(c.result.ind, 'ind.unit'));
    return html`<ul aria-label=${t(lang, 'embed.legendFilter')} @keydown=${this.#onKeydown}>
        ${legendItems(lang, c).map(({entry, label, color, unknown}) => {
          const pressed = filter === entry.key;
          return html`<li>
            <button
              class=${entry.regions.length === 0 ? 'empty' : ''}
              aria-pressed=${pressed ? 'true' : 'false'}
              data-entry=${entry.key}
              data-color=${color}
              @click=${() => this.store!.update({legendFilter: pressed ? null : {choropleth: c.key, entry: entry.key}})}
            >
              <span class="swatch ${unknown ? 'unknown' : ''}" ${styleProps({'background-color': color})}></span>${label}
            </button>
          </li>`;
        })}
      </ul>
      <p class="note" title=${note}>${note}</p>`;
  }

  #onKeydown(e: KeyboardEvent) {
    if (e.key === 'Escape' && this.state.legendFilter) {
      this.store!.update({legendFilter: null});
      e.stopPropagation();
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kg-embed-header': KgEmbedHeader;
  }
}
