import {css, html, nothing} from 'lit';
import {customElement, state} from 'lit/decorators.js';
import {t, type Lang} from '../i18n/i18n';
import {regionNamer} from '../i18n/region-names';
import {lazyModule} from '../lazy-module';
import type {RegionCode} from '../model/region';
import {choroplethOf, type Choropleth} from '../state/choropleth';
import {announce} from './announce';
import {explorerStyles} from './explorer-styles';
import {cssColor, entryLabel, indicatorFailure, legendDecimals, referenceKey, labelledSources, valueText} from './explorer-text';
import {viewCaption} from './view-caption';
import {sharedStyles} from './shared-styles';
import {styleProps} from './style-props';
import {StoreElement} from './store-element';
import {viewEvent} from './view-event';

const regionCompare = lazyModule(() => import('./kg-region-compare'));
const regionGrid = lazyModule(() => import('./kg-region-grid'));

const TABS = ['table', 'compare', 'grid'] as const;
type Tab = (typeof TABS)[number];
type SortKey = 'region' | 'value' | 'rank';

/** How a table is sorted: by which column, which way. */
export interface TableSort<K extends string> {
  key: K;
  descending: boolean;
}

/** Two values of a sorted column, `dir` 1 up or −1 down: unknown values go last whichever way. */
export function unknownLast(x: number | null, y: number | null, dir: number): number {
  if (x === null || y === null) return x === null ? (y === null ? 0 : 1) : -1;
  return dir * (x - y);
}

/**
 * A sortable column's header (the indicator's table and the difference table): its button sorts by it,
 * highest first (regions A–Z, ranks from 1), and again the other way; the arrow is for the eye, aria-sort says it.
 */
export function sortHeader<K extends string>(lang: Lang, key: K, label: string, sort: TableSort<K>, numeric: boolean, set: (sort: TableSort<K>) => void) {
  const active = sort.key === key;
  return html`<th scope="col" class=${numeric ? 'num' : ''} aria-sort=${active ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
    <button
      title=${t(lang, 'table.sort', {column: label})}
      @click=${() => {
        const descending = active ? !sort.descending : key !== 'region' && key !== 'rank';
        set({key, descending});
        // Said too: screen readers do not reliably say a change of aria-sort on the button pressed.
        announce(t(lang, descending ? 'table.sortedDown' : 'table.sortedUp', {column: label}));
      }}
    >
      ${label}${active ? html`<span aria-hidden="true">${sort.descending ? ' ▼' : ' ▲'}</span>` : ''}
    </button>
  </th>`;
}

/** A region's row header: a button that pins the region (the map and the profile follow), or unpins it. */
export function regionRowHeader(host: EventTarget, lang: Lang, code: RegionCode, name: string, selected: RegionCode | null) {
  return html`<th scope="row">
    <button
      aria-pressed=${code === selected ? 'true' : 'false'}
      title=${t(lang, 'table.select', {region: name})}
      @click=${() => host.dispatchEvent(viewEvent({region: code === selected ? null : code}))}
    >
      ${name}
    </button>
  </th>`;
}

/** The table's look (the difference table, kg-difference-views.ts, has it too). */
export const tableStyles = css`
  table {
    width: 100%;
    border-collapse: collapse;
    font-size: 0.85rem;
  }
  caption {
    text-align: left;
    font-size: 0.78rem;
    color: var(--kg-text-muted);
    padding-bottom: 6px;
    caption-side: top;
  }
  /* The sources, after the table (its description): long web addresses wrap, not widen the sidebar. */
  #table-source {
    overflow-wrap: anywhere;
  }
  th,
  td {
    padding: 3px 4px;
    border-bottom: 1px solid var(--kg-border);
    text-align: left;
    vertical-align: middle;
  }
  th button,
  td button {
    background: transparent;
    border: none;
    padding: 2px;
    min-height: 28px;
    text-align: left;
    font-weight: inherit;
  }
  th button {
    font-weight: 700;
  }
  .num {
    text-align: right;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  /* A column's name may wrap ("Значение" over its arrow): its figures keep to one line. */
  th.num {
    white-space: normal;
  }
  tr[aria-current='true'] td {
    background: color-mix(in srgb, var(--kg-accent) 14%, transparent);
  }
  tr[aria-current='true'] td:first-child button {
    font-weight: 700;
  }
  /* The class's range under its swatch, small: the narrow sidebar keeps its four columns, and the
     range its whole width ("≥ 2,00", not "≥" over "2,00"). */
  td.class {
    font-size: 0.78rem;
  }
  /* The range on its own line by an inline block as wide as the cell, not a block swatch: a copied
     selection (Ctrl+C) gives one line per region, as a block would start a line of its own. */
  td.class .range {
    display: inline-block;
    width: 100%;
  }
  /* The words for screen readers (" / 9" after a rank) are not copied: the cell copies as "1". */
  td .visually-hidden {
    user-select: none;
  }
  .unknown-value {
    color: var(--kg-text-muted);
    font-style: italic;
  }
  @media (max-width: 700px), (pointer: coarse) {
    th button,
    td button {
      min-height: 44px;
      min-width: 44px;
    }
  }
`;

/**
 * The current indicator as an accessible, sortable table synced with the map (choosing a row pins
 * the region; pinning a region on the map marks its row), and the region comparison.
 */
@customElement('kg-data-views')
export class KgDataViews extends StoreElement {
  static override styles = [
    sharedStyles,
    explorerStyles,
    css`
      /* A tab that does not fit goes to a line of its own: with the touch screen's 44 px least width
         (shared-styles.ts), not their words', the tabs were squeezed into "Табли|ца", "Сравне|ние". */
      [role='tablist'] {
        display: flex;
        flex-wrap: wrap;
        gap: 4px;
        margin-bottom: 8px;
      }
      [role='tab'][aria-selected='true'] {
        background: var(--kg-accent);
        border-color: var(--kg-accent);
        color: var(--kg-accent-text);
      }
      /* Wider than the sidebar (Russian with a reader's own text spacing, WCAG 1.4.12), the table
         scrolls sideways on its own rather than being cut off by the sidebar; its caption wraps to
         what is seen of it and stays there. Positioned, it holds the words for screen readers (absolute,
         .visually-hidden) in its sideways scroll too: they widened the sidebar, which scrolled sideways
         with the table (200 % text). */
      .wide {
        position: relative;
        overflow-x: auto;
        container-type: inline-size;
      }
      .wide caption {
        position: sticky;
        left: 0;
        max-width: 100cqw;
      }
    `,
    tableStyles,
  ];

  @state() private tab: Tab | null = null;
  @state() private sort: TableSort<SortKey> = {key: 'value', descending: true};

  override render() {
    const {view} = this.state;
    const lang = view.lang;
    const tab = this.tab ?? (view.compare.length > 0 ? 'compare' : 'table');
    const c = choroplethOf(this.state);
    // A heading (for the eye the tabs are enough), so that a screen reader's headings and landmarks lead
    // to the table as they lead to the sidebar's other parts: it was the one without either.
    return html`<section aria-labelledby="views-title">
      <h2 id="views-title" class="visually-hidden">${t(lang, 'table.views')}</h2>
      <div role="tablist" aria-labelledby="views-title" @keydown=${this.#tabKeys}>
        ${TABS.map(
          (id) => html`<button
            role="tab"
            id="tab-${id}"
            aria-selected=${tab === id ? 'true' : 'false'}
            aria-controls="panel-${id}"
            tabindex=${tab === id ? '0' : '-1'}
            @click=${() => (this.tab = id)}
          >
            ${t(lang, `${id}.tab`)}
          </button>`,
        )}
      </div>
      <div role="tabpanel" id="panel-${tab}" aria-labelledby="tab-${tab}">
        ${tab === 'grid' ? this.#grid() : c ? (tab === 'table' ? this.#table(lang, c) : this.#compare(lang, c)) : this.#noResult(lang)}
      </div>
    </section>`;
  }

  /** While the first result of a computed indicator is on its way, or if it failed. */
  #noResult(lang: Lang) {
    const indicator = this.state.indicator;
    if (indicator?.status === 'error') return html`<p class="small error">${indicatorFailure(lang, indicator.errorCode)}</p>`;
    return html`<p class="small muted">${t(lang, 'legend.pending')}</p>`;
  }

  #tabKeys(e: KeyboardEvent) {
    if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
    const current = this.tab ?? (this.state.view.compare.length > 0 ? 'compare' : 'table');
    this.tab = TABS[(TABS.indexOf(current) + (e.key === 'ArrowLeft' ? TABS.length - 1 : 1)) % TABS.length]!;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#tab-${this.tab}`)?.focus());
  }

  /** The comparison, code-split: few open it, and it brings its own words. */
  #compare(lang: Lang, c: Choropleth) {
    if (!regionCompare.moduleOrLoad(this.lazyLoaded)) return nothing;
    return html`<kg-region-compare .store=${this.store} caption=${viewCaption(lang, c.result).line}></kg-region-compare>`;
  }

  /**
   * Every region × every industry, code-split (kg-region-grid.ts). Drawn while the map's industry is
   * computed too: the grid has its own values and says itself what it waits for.
   */
  #grid() {
    return regionGrid.moduleOrLoad(this.lazyLoaded) ? html`<kg-region-grid .store=${this.store}></kg-region-grid>` : nothing;
  }

  #table(lang: Lang, c: Choropleth) {
    // Under a difference map, the table of the differences the map shows (code-split, with the comparison).
    if (this.state.regionPaint) return html`<kg-difference-table .store=${this.store}></kg-difference-table>`;
    const names = regionNamer(this.state.atlas!.tables.regions);
    const selected = this.state.view.region;
    const {key, descending} = this.sort;
    const dir = descending ? -1 : 1;
    const rows = [...c.result.values].sort((a, b) => {
      if (key === 'region') return dir * names(a.code, lang).localeCompare(names(b.code, lang), lang);
      // The rank is the value's order read the other way (rank 1 = the highest value).
      return unknownLast(a.value, b.value, key === 'value' ? dir : -dir);
    });
    const header = (k: SortKey, label: string, numeric = false) => sortHeader(lang, k, label, this.sort, numeric, (sort) => (this.sort = sort));
    const band = c.result.settings?.stabilityBand;
    // The caption names the table (its accessible name, said on entering it) with its unit, as under
    // the indicator picker (the value column's figures mean nothing without it); the sources, long,
    // are its description, after it.
    return html`<div class="wide"><table aria-describedby="table-source">
      <caption>${viewCaption(lang, c.result).line}. ${t(lang, referenceKey(c.result.ind, 'ind.unit'))}</caption>
      <thead>
        <tr>
          ${header('region', t(lang, 'table.region'))} ${header('value', t(lang, 'table.value'), true)}
          ${header('rank', t(lang, 'table.rank'), true)}
          <th scope="col">${t(lang, 'table.class')}</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map((v) => {
          const name = names(v.code, lang);
          const rank = c.ranking.rank.get(v.code);
          const entry = c.entry(v.code);
          return html`<tr data-code=${v.code} aria-current=${v.code === selected ? 'true' : 'false'}>
            ${regionRowHeader(this, lang, v.code, name, selected)}
            <td class="num ${v.status === 'ok' ? '' : 'unknown-value'}">${valueText(lang, v, c.result.decimals)}</td>
            <td class="num">
              ${rank !== undefined ? html`${rank}<span class="visually-hidden"> / ${c.ranking.ranked}</span>` : '—'}
              ${rank !== undefined && v.rankRange && v.rankRange[0] !== v.rankRange[1] ? html` <span class="muted small">(${v.rankRange[0]}–${v.rankRange[1]})</span>` : nothing}
            </td>
            <td class="class">
              <span
                class="swatch ${v.status === 'ok' ? '' : 'unknown'}"
                ${styleProps({'background-color': cssColor(c.fill(v.code))})}
                data-color=${cssColor(c.fill(v.code))}
              ></span
              ><span class="range">${entry ? entryLabel(lang, entry, legendDecimals(c.classification.method, c.result)) : ''}</span>
            </td>
          </tr>`;
        })}
      </tbody>
    </table></div>
    ${band !== undefined && rows.some((v) => v.rankRange)
      ? html`<p class="small muted" data-kind="rank-stability">${t(lang, 'table.rankRangeNote', {band: Math.round(band * 100)})}</p>`
      : nothing}
    <p class="small muted" id="table-source">${labelledSources(lang, c.result.sources)}</p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kg-data-views': KgDataViews;
  }
}
