import {css, html, nothing} from 'lit';
import {customElement, state} from 'lit/decorators.js';
import {t, type Lang} from '../i18n/i18n';
import {CLASSIFICATION_METHODS, MAX_CLASSES, MIN_CLASSES, type ClassificationMethod} from '../model/classify';
import {regionNamer} from '../i18n/region-names';
import {lazyModule} from '../lazy-module';
import type {LegendEntry} from '../model/legend';
import {choroplethOf, type Choropleth} from '../state/choropleth';
import {announce} from './announce';
import {explorerStyles} from './explorer-styles';
import {formatFixed, highlightedText, indicatorFailure, legendItems, referenceKey, type LegendItem} from './explorer-text';
import {sharedStyles} from './shared-styles';
import {styleProps} from './style-props';
import {StoreElement} from './store-element';
import {viewEvent} from './view-event';

// The custom class limits' field and its words load when the custom classes are first chosen.
const breaks = lazyModule(() => import('./breaks-field'));

/** Classification controls and the legend; choosing a legend entry highlights its regions on the map. */
@customElement('kg-legend')
export class KgLegend extends StoreElement {
  static override styles = [
    sharedStyles,
    explorerStyles,
    css`
      .row {
        display: flex;
        gap: 8px;
      }
      .row > div:first-child {
        flex: 1;
        min-width: 0;
      }
      /* As wide as its label's longest word needs ("Класстардын"), at least 72 px. */
      .row > div:last-child {
        flex: 0 0 auto;
        min-width: 72px;
        max-width: 40%;
      }
      .breaks {
        display: flex;
        gap: 6px;
      }
      ul {
        list-style: none;
        margin: 8px 0 0;
        padding: 0;
        display: grid;
        gap: 2px;
      }
      li button {
        display: flex;
        width: 100%;
        align-items: center;
        gap: 8px;
        text-align: left;
        background: transparent;
        border-color: transparent;
        padding: 3px 6px;
        min-height: 30px;
      }
      li button:hover {
        background: var(--kg-surface-2);
      }
      li button[aria-pressed='true'] {
        background: var(--kg-surface-2);
        border-color: var(--kg-accent);
        color: inherit;
      }
      .label {
        flex: 1;
        font-variant-numeric: tabular-nums;
      }
      .count {
        font-size: 0.78rem;
        color: var(--kg-text-muted);
      }
      .about {
        margin: 0 0 4px 34px;
        font-size: 0.78rem;
        color: var(--kg-text-muted);
      }
      .empty .label {
        color: var(--kg-text-muted);
      }
      /* Forced colours replace the muted grey: the system's own for what is not available. */
      @media (forced-colors: active) {
        .empty .label {
          color: GrayText;
        }
      }
      @media (max-width: 700px), (pointer: coarse) {
        li button {
          min-height: 44px;
        }
      }
      /* A laptop's window (1366 × 768 and shorter): the indicator's description, unit, industry, period,
         source and the classes' controls come first, and the classes were below the sidebar's fold (all
         but the first in Kyrgyz). Their list sticks to the sidebar's bottom while it is below the fold,
         and scrolls back to its place with the rest: the legend itself, not a copy (no second legend for
         a screen reader, no code, the same buttons). A sticky box cannot leave its parent's, so the
         host and the section have no box of their own here: the list's parent is the sidebar's column.
         A short window (≤ 480 px) has the colour strip at the sidebar's top instead (kg-sheet-handle);
         a control a key reaches under the list lets it go back to its place (the indicator's: styles.css).
         Not on paper, where nothing scrolls. */
      @media screen and (min-width: 701px) and (min-height: 481px) {
        :host,
        section {
          display: contents;
        }
        section > * {
          margin-inline: 12px;
        }
        section::before,
        section::after {
          content: '';
          display: block;
          height: 10px;
        }
        section::after {
          border-bottom: 1px solid var(--kg-border);
        }
        ul {
          position: sticky;
          bottom: 0;
          margin: 8px 0 0;
          padding: 4px 12px;
          background: var(--kg-surface);
          box-shadow: 0 -1px var(--kg-border);
        }
        section > :focus-within ~ ul {
          position: static;
        }
      }
    `,
  ];

  /** What the custom-breaks field holds while being edited; null = show the view's breaks. */
  @state() private draft: string | null = null;

  override render() {
    const {view, indicator} = this.state;
    const lang = view.lang;
    const choropleth = choroplethOf(this.state);
    return html`<section aria-labelledby="legend-title" @keydown=${this.#onKeydown}>
      <h2 id="legend-title">${t(lang, 'legend.title')}</h2>
      <div class="row">
        <div>
          <label for="method">${t(lang, 'classes.method')}</label>
          <select id="method" title=${t(lang, `classes.method.${view.classes}`)} @change=${(e: Event) => this.#chooseMethod((e.target as HTMLSelectElement).value as ClassificationMethod, choropleth)}>
            ${CLASSIFICATION_METHODS.map((m) => html`<option value=${m} ?selected=${m === view.classes}>${t(lang, `classes.method.${m}`)}</option>`)}
          </select>
        </div>
        <div>
          <label for="n">${t(lang, 'classes.n')}</label>
          <select id="n" ?disabled=${view.classes === 'custom'} @change=${(e: Event) => this.dispatchEvent(viewEvent({n: Number((e.target as HTMLSelectElement).value)}))}>
            ${Array.from({length: MAX_CLASSES - MIN_CLASSES + 1}, (_, i) => MIN_CLASSES + i).map(
              (n) => html`<option value=${n} ?selected=${n === (view.classes === 'custom' ? (view.breaks?.length ?? 0) + 1 : view.n)}>${n}</option>`,
            )}
          </select>
        </div>
      </div>
      ${view.classes === 'custom' ? this.#breaksField(lang) : nothing}
      ${indicator?.status === 'pending' ? html`<p class="small muted" role="status">${t(lang, 'legend.pending')}</p>` : nothing}
      ${indicator?.status === 'error'
        ? // Asked again only where the engine itself failed: a missing import or an impossible request
          // would fail the same way.
          html`<p class="small error" role="alert">${indicatorFailure(lang, indicator.errorCode)}</p>
            ${indicator.errorCode === 'crashed' || indicator.errorCode === 'internal'
              ? html`<button data-kind="retry" @click=${() => this.store!.update({indicator: null})}>${t(lang, 'engine.retry')}</button>`
              : nothing}`
        : nothing}
      ${this.state.regionPaint
        ? html`<p class="small muted" data-kind="comparison"><kg-difference-note classes .store=${this.store}></kg-difference-note></p>`
        : choropleth
          ? this.#legend(lang, choropleth)
          : nothing}
    </section>`;
  }

  #legend(lang: Lang, c: Choropleth) {
    const items = legendItems(lang, c);
    const filter = this.state.legendFilter?.choropleth === c.key ? this.state.legendFilter.entry : null;
    const note = c.classification.note;
    return html`${c.classification.centre !== null ? html`<p class="small muted">${t(lang, referenceKey(c.result.ind, 'legend.centre'))}</p>` : nothing}
      ${note
        ? html`<p class="small muted">${t(lang, `classes.note.${note}`, {k: c.classification.intervals.length, n: c.classification.requested})}</p>`
        : nothing}
      <p class="small muted" id="legend-hint">${t(lang, 'legend.hint')}</p>
      <ul part="classes" aria-describedby="legend-hint">
        ${items.filter((i) => !i.unknown).reverse().map((i) => this.#entry(lang, i, filter, c.key))}
        ${items.filter((i) => i.unknown).map((i) => this.#entry(lang, i, filter, c.key))}
      </ul>
      ${filter !== null
        ? // This button goes with the filter: the focus goes back to the class that was highlighted (the
          // reader's place in the legend, just above; its aria-pressed now says the filter is off),
          // not to the page's body.
          html`<button class="small" @click=${() => {
            this.store!.update({legendFilter: null});
            void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`[data-entry="${filter}"]`)?.focus());
          }}>${t(lang, 'legend.showAll')}</button>`
        : nothing}`;
  }

  #entry(lang: Lang, {entry: e, label, color, unknown}: LegendItem, filter: string | null, key: string) {
    const pressed = filter === e.key;
    return html`<li class=${e.regions.length === 0 ? 'empty' : ''}>
        <button
          aria-pressed=${pressed ? 'true' : 'false'}
          data-entry=${e.key}
          data-color=${color}
          @click=${() => this.#press(lang, e, pressed ? null : key)}
        >
          <span class="swatch ${unknown ? 'unknown' : ''}" ${styleProps({'background-color': color})}></span>
          <span class="label">${label}</span>
          <span class="count">${t(lang, 'legend.count', {count: e.regions.length})}</span>
        </button>
      </li>
      ${e.kind === 'status' ? html`<li class="about">${t(lang, `status.${e.status!}.about`)}</li>` : nothing}`;
  }

  /**
   * Highlights `e`'s regions (`key`: the choropleth's; null: all regions again). What changed is seen
   * only on the map, so the highlighted regions are said too (a class without any says so in its name).
   */
  #press(lang: Lang, e: LegendEntry, key: string | null) {
    this.store!.update({legendFilter: key === null ? null : {choropleth: key, entry: e.key}});
    if (key !== null && e.regions.length) announce(highlightedText(lang, e.regions, regionNamer(this.state.atlas!.tables.regions)));
  }

  #breaksField(lang: Lang) {
    const field = breaks.moduleOrLoad(this.lazyLoaded);
    if (!field) return nothing;
    return field.breaksField(lang, this.state.view.breaks, this.draft, (draft) => (this.draft = draft), (b) => this.dispatchEvent(viewEvent({classes: 'custom', breaks: b})));
  }

  #chooseMethod(method: ClassificationMethod, c: Choropleth | null) {
    if (method !== 'custom') {
      this.dispatchEvent(viewEvent({classes: method, breaks: null}));
      return;
    }
    // Start custom breaks from what the map shows now, so choosing "custom" does not repaint it.
    const thresholds = c?.classification.thresholds ?? [];
    const round = (x: number) => Number(formatFixed('en', x, c?.result.decimals ?? 2).replace(/,/g, ''));
    const rounded = [...new Set(thresholds.map(round))].slice(0, MAX_CLASSES - 1);
    this.draft = null;
    this.dispatchEvent(viewEvent({classes: 'custom', breaks: rounded.length > 0 ? rounded : [1]}));
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
    'kg-legend': KgLegend;
  }
}
