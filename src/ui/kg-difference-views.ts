// What the sidebar says while the map shows a difference map (scenario − baseline, or − a saved
// scenario). Code-split: loaded with the comparison (kg-scenario-compare.ts), which is there whenever
// a difference map is (state.regionPaint).
//
// Why: a difference map shows one thing, the difference, in its own diverging classes. Whatever in
// the sidebar describes "what the map shows" must describe that, or a reader matches colours and
// numbers that do not belong together. So, while it is shown:
// - the Table tab lists the differences the map paints (the other side, this side, the difference)
//   with each region's swatch in the difference map's colours — the same computation as the map,
//   its legend and the editor's table (model/difference.ts `comparison`); the scenario's own classes
//   would match nothing on the map, so they are not shown. Its values are still there, as a column;
// - the text summary (screen readers) says what the difference map shows: how many regions are
//   higher, lower, unchanged, the largest changes, where no difference can be computed;
// - the notes in place of the indicator's legend say where the difference map's legend really is:
//   in the Scenario panel while it is open (the legend over the map is hidden then), else over the
//   map — bottom right, or at the top on a phone-sized screen (kg-scenario-legend);
// - the Compare tab's bars keep the scenario's values (they compare regions, not sides) but lose the
//   class colours, and say so.
// Swipe and side by side show the scenario's own map: there the sidebar describes it, unchanged.
import {css, html} from 'lit';
import {customElement, property, state} from 'lit/decorators.js';
import {t} from '../i18n/i18n';
import {regionNamer} from '../i18n/region-names';
import {MAP_COLORS} from '../map/map-colors';
import type {ShownRegionDifference} from '../model/difference';
import {rgbaToHex} from '../model/palette';
import {byChange, comparisonNames, differenceCaption, legendBesidePanel, differenceLabel, differenceMapLegend, differenceSummary, movedByTotals, regionDifferenceWords, signedDifference} from './comparison-text';
import {explorerStyles} from './explorer-styles';
import {formatFixed, labelledSources} from './explorer-text';
import {COMPACT_MEDIA} from './breakpoints';
import {regionRowHeader, sortHeader, tableStyles, unknownLast, type TableSort} from './kg-data-views';
import {differenceWords} from './kg-summary';
import {sharedStyles} from './shared-styles';
import {StoreElement} from './store-element';
import {styleProps} from './style-props';

differenceWords.summary = (lang, s) => (s.atlas ? differenceSummary(lang, s, regionNamer(s.atlas.tables.regions)) : null);
differenceWords.region = regionDifferenceWords;
// The summary may have rendered before this module arrived.
document.querySelector('kg-summary')?.requestUpdate();

/**
 * Where the difference map's legend is, in place of the indicator's legend (the sidebar's legend,
 * the phone's sheet strip; the embedded view's header shows the legend itself). Rendered into its parent's paragraph (no
 * shadow root), so it reads and is styled as the parent's text.
 */
@customElement('kg-difference-note')
export class KgDifferenceNote extends StoreElement {
  /** Add that the indicator's classes come back (the sidebar's legend, which stands in for them). */
  @property({type: Boolean}) classes = false;
  #phone: MediaQueryList | undefined;
  #onMedia = () => this.requestUpdate();

  protected override createRenderRoot() {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#phone = window.matchMedia?.(COMPACT_MEDIA);
    this.#phone?.addEventListener?.('change', this.#onMedia);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#phone?.removeEventListener?.('change', this.#onMedia);
  }

  override render() {
    const lang = this.state.view.lang;
    // The editor (open) shows the legend and hides the one over the map; on a phone-sized screen the
    // legend over the map is at its top (kg-scenario-legend's styles; in a short window too), else bottom
    // right, or bottom left while a profile or the green-clusters panel is open (legendBesidePanel).
    const s = this.state;
    const where =
      s.scenario?.panel && s.scenario.compare
        ? 'difference.legendPanel'
        : this.#phone?.matches
          ? 'difference.legendTop'
          : legendBesidePanel(s)
            ? 'difference.legendLeft'
            : 'difference.legendCorner';
    return `${t(lang, where)}${this.classes ? ` ${t(lang, 'difference.classesBack')}` : ''}`;
  }
}

/** Higher in purple, lower in orange: the difference map's two sides (ColorBrewer PuOr), as text. */
export const changeStyles = css`
  .up {
    color: #5e3c99;
  }
  .down {
    color: #b35806;
  }
  :host-context([data-theme='dark']) .up {
    color: #b2abd2;
  }
  :host-context([data-theme='dark']) .down {
    color: #fdb863;
  }
`;

type SortKey = 'region' | 'other' | 'value' | 'diff';

/**
 * The Table tab under a difference map: each region's value on both sides and the difference, with
 * its swatch in the difference map's colours (in the difference's cell: five columns do not fit the
 * sidebar). Sortable, largest increase first; choosing a row pins
 * the region, as in the indicator's table.
 */
@customElement('kg-difference-table')
export class KgDifferenceTable extends StoreElement {
  static override styles = [
    sharedStyles,
    explorerStyles,
    tableStyles,
    changeStyles,
    css`
      /* Four columns in the sidebar: a little smaller than the indicator's table, and scrolled sideways
         rather than cut where a language's words still do not fit. */
      :host {
        display: block;
        overflow-x: auto;
      }
      table {
        font-size: 0.8rem;
      }
      td .swatch {
        margin-right: 4px;
      }
      /* The sides' names (a scenario's may be long) and "no data" in the reader's words ("нет данных"
         three times) wrap: the table fits the sidebar. */
      th.num,
      td.num {
        white-space: normal;
      }
    `,
  ];

  @state() private sort: TableSort<SortKey> = {key: 'diff', descending: true};

  override render() {
    const s = this.state;
    const lang = s.view.lang;
    const legend = differenceMapLegend(lang, s);
    const result = s.indicator?.result;
    if (!legend || !result || !s.atlas) return html`<p class="small muted" role="status">${t(lang, 'scenario.compare.computing')}</p>`;
    const names = regionNamer(s.atlas.tables.regions);
    const {thisName, otherName} = comparisonNames(lang, s);
    const {decimals, classOf} = legend;
    const selected = s.view.region;
    const {key, descending} = this.sort;
    const dir = descending ? -1 : 1;
    const byKey = (a: ShownRegionDifference, b: ShownRegionDifference) =>
      key === 'region' ? dir * names(a.code, lang).localeCompare(names(b.code, lang), lang) : key === 'diff' ? byChange(dir)(a, b) : unknownLast(a[key], b[key], dir);
    const rows = [...legend.rows].sort(byKey);
    // A row's values with its change's decimals (shownDifference): the change is their difference as printed.
    const num = (v: number | null, r: ShownRegionDifference) => (v === null ? html`<span class="unknown-value">${t(lang, 'scenario.noData')}</span>` : formatFixed(lang, v, r.decimals));
    const header = (k: SortKey, label: string) => sortHeader(lang, k, label, this.sort, k !== 'region', (sort) => (this.sort = sort));
    const swatch = (r: ShownRegionDifference) => {
      const color = rgbaToHex(r.shown === null ? MAP_COLORS[s.theme].noData : classOf(r.shown).color);
      // The class in words for screen readers (the colour's meaning), before the number.
      return html`<span class="swatch ${r.diff === null ? 'unknown' : ''}" ${styleProps({'background-color': color})} data-color=${color}></span
        ><span class="visually-hidden">${r.shown === null ? '' : `${differenceLabel(lang, classOf(r.shown), decimals)}: `}</span>`;
    };
    // As the indicator's table: the caption names it, the sources after it describe it.
    return html`<table data-kind="difference" aria-describedby="table-source">
      <caption>
        ${differenceCaption(lang, s, legend.title, result)}
      </caption>
      <thead>
        <tr>
          ${header('region', t(lang, 'table.region'))} ${header('other', otherName)} ${header('value', thisName)} ${header('diff', t(lang, 'scenario.compare.change'))}
        </tr>
      </thead>
      <tbody>
        ${rows.map((r) => {
          const name = names(r.code, lang);
          return html`<tr data-code=${r.code} aria-current=${r.code === selected ? 'true' : 'false'}>
            ${regionRowHeader(this, lang, r.code, name, selected)}
            <td class="num">${num(r.other, r)}</td>
            <td class="num">${num(r.value, r)}</td>
            <td class="num ${r.diff === null ? 'unknown-value' : r.diff > 0 ? 'up' : r.diff < 0 ? 'down' : ''}">${swatch(r)}${signedDifference(lang, r.shown, r.decimals)}</td>
          </tr>`;
        })}
      </tbody>
    </table>
    ${movedByTotals(s, legend.rows).size > 0 ? html`<p class="small" data-totals>${t(lang, 'difference.totals')}</p>` : ''}
    <p class="small muted" id="table-source">${labelledSources(lang, legend.sources)}</p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kg-difference-note': KgDifferenceNote;
    'kg-difference-table': KgDifferenceTable;
  }
}
