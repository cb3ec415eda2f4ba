// The data views' "Regions × industries" tab: for the current indicator and year, every region (rows)
// against every industry or sector the sector select offers (columns), as the U.S. Cluster Mapping
// site and the European observatory show it; or, for an indicator with a year slider, against every
// year of the map's industry (its change over time, as a table to read and to download). Code-split
// from kg-data-views, whose tab loads it with its words. A cell pressed shows its industry (or year) on
// the map and pins its region, as if chosen by hand.
//
// The values are the map's own: a published indicator's from the same tables (publishedIndicator), a
// computed one's from the same engine request the map makes for that industry (computeRequest, with the
// view's year, basis, data and scenario), each industry on its own worker channel so that they do not
// cancel each other nor the map's. The engine's whole-matrices answer (`matrices`) is not used: it has
// no published indicators, no reasons for unknown values and no scenario, so its numbers could part
// from the map's. Nothing is computed here but which class a value is in (src/model/region-grid.ts).
import {css, html, nothing} from 'lit';
import {customElement, state} from 'lit/decorators.js';
import {addMessages, t, type Lang, type MessageKey} from '../i18n/i18n';
import {regionGrid} from '../i18n/messages/region-grid';
import {regionNamer} from '../i18n/region-names';
import {MAP_COLORS} from '../map/map-colors';
import type {IndicatorResult} from '../model/indicator-result';
import {classColors} from '../model/palette';
import {isPublishedIndicator, publishedIndicator} from '../model/published-indicators';
import {REGION_CODES, type RegionCode} from '../model/region';
import {classMark, gridClassification, gridRows, gridSources} from '../model/region-grid';
import type {AppState} from '../state/app-state';
import {computeRequest, normaliseResult, resultKey} from '../state/indicator-loader';
import {computeIndicatorLazily} from '../worker/lazy-engine';
import {scenarioCaption, sharedSourcesText, showsScenario} from './scenario-caption';
import {carriesTime} from './view-caption';
import {dialogFrameStyles} from './dialog-styles';
import {explorerStyles} from './explorer-styles';
import {cssColor, indicatorName, legendDecimals, rangeLabel, referenceKey, sectorLabel, labelledSources, timeLabel, valueText} from './explorer-text';
import {tableStyles} from './kg-data-views';
import {pickerSectors, sliderYears} from './kg-indicator-picker';
import {sharedStyles} from './shared-styles';
import {styleProps} from './style-props';
import {StoreElement} from './store-element';
import {viewEvent} from './view-event';

addMessages(regionGrid);

/** Results kept (every industry of a few years, scenarios or bases); a few kilobytes each. */
const KEPT = 120;

type Column = IndicatorResult | 'failed' | null;

/** What the grid's columns are: the industries of the map's year, or the years of the map's industry. */
export type GridAcross = 'industries' | 'years';

/**
 * The years the grid can be laid across: the slider's, when it is a slider (a span of at most 40
 * years; imported data over more get a number field and no such grid); else none.
 */
export function gridYears(s: AppState): number[] {
  const years = sliderYears(s);
  return years && years.max - years.min <= 40 ? Array.from({length: years.max - years.min + 1}, (_, i) => years.min + i) : [];
}

/** A column's key: its industry, or its year. */
type ColumnKey = {sector: string} | {year: number};

/**
 * Each industry's result by its key (as the map's loader keys them), kept by the module, not by an
 * element: a grid drawn again (the tab left and chosen again) asks nothing twice, and two grids never
 * ask for the same industry on its channel by turns, each cancelling the other's request.
 */
const results = new Map<string, Column>();

@customElement('kg-region-grid')
export class KgRegionGrid extends StoreElement {
  static override styles = [
    sharedStyles,
    explorerStyles,
    tableStyles,
    dialogFrameStyles,
    css`
      /* Nineteen columns are wider than any sidebar or phone: the table scrolls sideways inside its own
         region (as the methodology's wide tables), the regions' names and the caption staying in sight. */
      .scroll {
        overflow-x: auto;
        container-type: inline-size;
      }
      .scroll:focus-visible {
        outline: 2px solid var(--kg-focus, var(--kg-accent));
        outline-offset: 2px;
      }
      caption {
        position: sticky;
        left: 0;
        max-width: 100cqw;
      }
      caption span {
        display: block;
      }
      caption .title {
        font-weight: 700;
        color: var(--kg-text);
      }
      table {
        width: auto;
      }
      /* The regions' names stay in sight while the industries scroll by: narrow (they wrap), so that a
         phone's or the sidebar's width still shows a column or two of values beside them. */
      th[scope='row'],
      thead th:first-child {
        position: sticky;
        left: 0;
        background: var(--kg-surface);
        z-index: 1;
        font-size: 0.78rem;
        min-width: 6em;
        max-width: 8.5em;
      }
      /* An industry's name wraps between words only ("Горнодобывающая" whole): its longest word is the
         column's least width. */
      thead th {
        vertical-align: bottom;
        font-size: 0.75rem;
        overflow-wrap: normal;
        word-break: normal;
        min-width: 9em;
      }
      /* A year is short: fifteen of them fit a wide dialog. */
      table.years thead th {
        min-width: 5em;
      }
      th.current {
        box-shadow: inset 0 -3px 0 var(--kg-accent);
      }
      thead button {
        font-weight: 700;
        text-align: start;
        width: 100%;
      }
      td button {
        display: inline-flex;
        align-items: center;
        gap: 4px;
        white-space: nowrap;
        font-variant-numeric: tabular-nums;
        width: 100%;
      }
      td button.unknown-value {
        white-space: normal;
        font-size: 0.75rem;
      }
      td[aria-current='true'] {
        background: color-mix(in srgb, var(--kg-accent) 14%, transparent);
      }
      td[aria-current='true'] button {
        font-weight: 700;
      }
      .mark {
        min-width: 1.6em;
        font-size: 0.75rem;
      }
      .key {
        list-style: none;
        margin: 6px 0 0;
        padding: 0;
        display: flex;
        flex-wrap: wrap;
        gap: 4px 12px;
        font-size: 0.8rem;
      }
      /* "Open wide": the same grid in a dialog as wide as the window, so that a desktop shows every
         industry at once rather than two at a time in the sidebar. */
      dialog {
        --kg-dialog-width: 1600px;
      }
      /* A phone's dialog is no wider than the sidebar's place there. */
      @media (max-width: 700px) {
        .open-wide {
          display: none;
        }
      }
      dialog .body {
        padding: 8px 16px 16px;
      }
      dialog h2 {
        margin: 0;
        font-size: 1.05rem;
        flex: 1;
        text-transform: none;
        letter-spacing: normal;
        color: var(--kg-text);
      }
      dialog th[scope='row'],
      dialog thead th:first-child {
        max-width: 12em;
        font-size: 0.85rem;
      }
      dialog thead th {
        font-size: 0.8rem;
      }
      .files {
        display: flex;
        flex-wrap: wrap;
        gap: 6px;
        margin-top: 8px;
      }
      .across {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 6px;
        margin-bottom: 8px;
        font-size: 0.85rem;
      }
      .key li {
        display: flex;
        gap: 4px;
        align-items: center;
      }
    `,
  ];

  /**
   * The cell that takes Tab (row, column; row -1 is the industries' header): the arrow keys move it
   * (one tab stop for the whole grid).
   */
  @state() private at: [number, number] | null = null;
  /** The grid is shown in its wide dialog ("Open wide"). */
  @state() private wide = false;
  /** What the last download said (the file saved, or why none was). */
  @state() private saved: string | null = null;
  /** The columns chosen: the industries, or the years (offered with a year slider). */
  @state() private chosenAcross: GridAcross = 'industries';
  /** The column last scrolled into sight (see updated). */
  #shownColumn: string | null = null;

  override render() {
    const s = this.state;
    if (!s.atlas) return nothing;
    const {view} = s;
    const lang = view.lang;
    const years = gridYears(s);
    const across: GridAcross = years.length > 1 ? this.chosenAcross : 'industries';
    const keys: ColumnKey[] = across === 'years' ? years.map((year) => ({year})) : pickerSectors(s).map((sector) => ({sector}));
    /** The words of the grid across industries, or those across years. */
    const say = (industries: MessageKey, years: MessageKey) => t(lang, across === 'years' ? years : industries);
    const choice = years.length > 1 ? this.#acrossChoice(lang, across) : nothing;
    const columns = keys.map((key) => this.#column(s, key));
    if (columns.includes('failed')) return html`${choice}<p class="small error">${say('grid.failed', 'grid.failedYears')}</p>`;
    if (columns.includes(null)) return html`${choice}<p class="small muted">${t(lang, 'legend.pending')}</p>`;
    const known = columns as IndicatorResult[];
    const {classification, fixedInstead} = gridClassification({method: view.classes, n: view.n, breaks: view.breaks});
    const colors = classColors(classification, s.theme);
    const unknown = MAP_COLORS[s.theme].noData;
    const rows = gridRows(REGION_CODES, known, classification);
    const names = regionNamer(s.atlas.tables.regions);
    const decimals = legendDecimals(classification.method, known[0]!);
    const range = (i: number) => rangeLabel(lang, classification.intervals[i]!.lower, classification.intervals[i]!.upper, decimals);
    const shownYear = view.year ?? years.at(-1);
    const isCurrent = (key: ColumnKey) => ('year' in key ? key.year === shownYear : key.sector === view.sector);
    const col = Math.max(0, keys.findIndex(isCurrent));
    const row = view.region ? REGION_CODES.indexOf(view.region) : 0;
    // The cell last moved to keeps the tab stop while it exists (another indicator may have fewer columns).
    const [atRow, atCol] = this.at && this.at[1] < keys.length ? this.at : [row, col];
    const title = across === 'years' ? `${indicatorName(lang, view.ind)} (${sectorLabel(lang, view.sector)})` : indicatorName(lang, view.ind);
    const time = across === 'years' ? `${years[0]}–${years.at(-1)}` : timeLabel(known[0]!);
    const label = (key: ColumnKey) => ('year' in key ? String(key.year) : sectorLabel(lang, key.sector));
    const scenario = scenarioCaption(lang, s);
    const tabStop = (r: number, c: number) => (r === atRow && c === atCol ? '0' : '-1');
    const grid = html`${fixedInstead ? html`<p class="small" data-kind="fixed-classes">${t(lang, 'grid.fixedInstead')}</p>` : nothing}
      ${s.regionPaint
        ? html`<p class="small" data-kind="not-differences">
            ${view.from !== null && !s.scenario?.compare
              ? across === 'years'
                ? t(lang, 'grid.notYearDifferencesYears', {from: view.from})
                : t(lang, 'grid.notYearDifferences', {from: view.from, year: time})
              : t(lang, 'grid.notDifferences')}
          </p>`
        : nothing}
      <div class="scroll" role="region" tabindex="0" aria-label=${say('grid.scroll', 'grid.scrollYears')}>
        <table class=${across} aria-describedby="grid-keys" @keydown=${this.#keys}>
          <caption>
            <span class="title">${carriesTime(title, time) ? title : `${title} — ${time}`}</span>
            ${scenario ? html`<span data-kind="scenario">${scenario}</span>` : nothing}
            <span>${t(lang, referenceKey(view.ind, 'ind.unit'))}</span>
            <span>${labelledSources(lang, gridSources(known))}</span>
          </caption>
          <thead>
            <tr>
              <th scope="col">${t(lang, 'table.region')}</th>
              ${keys.map(
                (key, c) =>
                  html`<th scope="col" class=${c === col ? 'current' : ''} data-sector=${'sector' in key ? key.sector : nothing} data-year=${'year' in key ? key.year : nothing}>
                    <button
                      data-row="-1"
                      data-col=${c}
                      tabindex=${tabStop(-1, c)}
                      title=${'year' in key ? t(lang, 'grid.yearColumn', {year: key.year}) : t(lang, 'grid.column', {sector: label(key)})}
                      @click=${() => {
                        this.at = [-1, c];
                        this.#show(key);
                      }}
                    >
                      ${label(key)}
                    </button>
                  </th>`,
              )}
            </tr>
          </thead>
          <tbody>
            ${rows.map((r, i) => {
              const name = names(r.code, lang);
              return html`<tr data-code=${r.code}>
                <th scope="row">${name}</th>
                ${r.cells.map((cell, c) => {
                  const known = cell.cls !== null;
                  const key = keys[c]!;
                  const current = isCurrent(key) && r.code === view.region;
                  return html`<td aria-current=${current ? 'true' : 'false'} data-sector=${cell.sector} data-year=${'year' in key ? key.year : nothing}>
                    <button
                      class=${known ? '' : 'unknown-value'}
                      data-row=${i}
                      data-col=${c}
                      tabindex=${tabStop(i, c)}
                      title=${'year' in key ? t(lang, 'grid.pickYear', {region: name, year: key.year}) : t(lang, 'grid.pick', {region: name, sector: label(key)})}
                      @click=${() => {
                        this.at = [i, c];
                        this.#show({...key, region: r.code});
                      }}
                    >
                      <span class="swatch ${known ? '' : 'unknown'}" ${styleProps({'background-color': cssColor(known ? colors[cell.cls!]! : unknown)})}></span>
                      <span class="value">${valueText(lang, cell.value, cell.decimals)}</span>
                      ${known
                        ? html`<span class="mark" aria-hidden="true">${classMark(classification, cell.cls!)}</span><span class="visually-hidden">(${range(cell.cls!)})</span>`
                        : nothing}
                    </button>
                  </td>`;
                })}
              </tr>`;
            })}
          </tbody>
        </table>
      </div>
      <ul class="key" aria-label=${t(lang, 'grid.classes')}>
        ${classification.intervals.map(
          (_, i) => html`<li data-class=${i}>
            <span class="swatch" ${styleProps({'background-color': cssColor(colors[i]!)})}></span>
            <span aria-hidden="true">${classMark(classification, i)}</span> ${range(i)}
          </li>`,
        )}
      </ul>
      <p class="small muted" id="grid-keys">${say('grid.keys', 'grid.keysYears')}</p>
      <div class="files">
        <button @click=${() => this.#download(known, across, 'standard')}>${t(lang, 'grid.download')}</button>
        <button @click=${() => this.#download(known, across, 'decimal-comma')}>${t(lang, 'grid.downloadExcel')}</button>
      </div>
      <p class="small muted">${say('grid.downloadNote', 'grid.downloadNoteYears')}</p>
      <p class="small" role="status">${this.saved ?? ''}</p>`;
    const open = html`<button class="open-wide" aria-haspopup="dialog" @click=${() => this.#setWide(true)}>${say('grid.openWide', 'grid.openWideYears')}</button>`;
    if (!this.wide) return html`${choice}${open}${grid}`;
    // The same grid, moved into the dialog while it is open (one grid: one tab stop, one set of ids).
    return html`${choice}${open}
      <dialog aria-labelledby="grid-wide-title" @close=${this.#closed}>
        <header>
          <h2 id="grid-wide-title">${say('grid.tab', 'grid.tabYears')}</h2>
          <button @click=${() => this.renderRoot.querySelector('dialog')!.close()}>${t(lang, 'grid.close')}</button>
        </header>
        <div class="body">${grid}</div>
      </dialog>`;
  }

  /** The grid moved into its dialog or back: a new scrolling box, whose current column is brought into sight. */
  #setWide(wide: boolean) {
    this.#shownColumn = null;
    this.wide = wide;
  }

  /** "Columns: Industries | Years": two buttons, the one chosen pressed. */
  #acrossChoice(lang: Lang, across: GridAcross) {
    const option = (value: GridAcross, key: MessageKey) =>
      html`<button aria-pressed=${across === value ? 'true' : 'false'} data-across=${value} @click=${() => this.#setAcross(value)}>${t(lang, key)}</button>`;
    return html`<div class="across" role="group" aria-label=${t(lang, 'grid.across')}>
      <span aria-hidden="true">${t(lang, 'grid.across')}:</span> ${option('industries', 'grid.acrossIndustries')} ${option('years', 'grid.acrossYears')}
    </div>`;
  }

  #setAcross(across: GridAcross) {
    this.chosenAcross = across;
    this.at = null;
    this.#shownColumn = null;
  }

  /** Puts a cell's or a column's industry or year on the map; from the wide dialog, closed so that the map is seen. */
  #show(patch: ColumnKey & {region?: RegionCode}) {
    this.dispatchEvent(viewEvent(patch));
    this.renderRoot.querySelector('dialog')?.close();
  }

  /** The dialog closed (its button or Escape): the grid back in the sidebar, the focus on "Open wide". */
  #closed = async () => {
    this.#setWide(false);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.open-wide')?.focus();
  };

  /** Saves the grid's values as CSV (its module, with the CSV writer, loaded on the first download). */
  async #download(columns: IndicatorResult[], across: GridAcross, format: 'standard' | 'decimal-comma') {
    const s = this.state;
    const lang = s.view.lang;
    try {
      const [{gridCsv}, {saveBlob}, {viewAssumptions}] = await Promise.all([import('../export/grid-csv'), import('../export/save-blob'), import('./scenario-text')]);
      const view = {
        lang,
        regionName: regionNamer(s.atlas!.tables.regions),
        sourceText: (cited: Pick<IndicatorResult, 'sources' | 'origin'>) => sharedSourcesText(lang, s, cited),
        userData: s.view.data === 'user',
        scenario: showsScenario(s),
        assumptions: viewAssumptions(lang, s),
      };
      const file = gridCsv(columns, view, across, format);
      saveBlob(new Blob([file.text], {type: 'text/csv;charset=utf-8'}), file.fileName);
      this.saved = t(lang, 'grid.saved', {file: file.fileName});
    } catch (error) {
      this.saved = t(lang, 'grid.saveFailed', {reason: error instanceof Error ? error.message : String(error)});
    }
  }

  /**
   * Brings the map's industry's (or year's) column into sight when it changes (or the grid first shows
   * it): at a sidebar's width only the first two columns are seen, and the one on the map may be any.
   * Only the table's own scroll moves, never the page (scrollIntoView would scroll it to the grid).
   */
  override updated() {
    const dialog = this.renderRoot.querySelector('dialog');
    if (dialog && !dialog.open) dialog.showModal();
    const scroll = this.renderRoot.querySelector<HTMLElement>('.scroll');
    const column = scroll?.querySelector<HTMLElement>('th.current');
    const shown = `${column?.dataset.sector ?? ''}|${column?.dataset.year ?? ''}`;
    if (!scroll || !column || shown === this.#shownColumn) return;
    this.#shownColumn = shown;
    const names = scroll.querySelector<HTMLElement>('thead th')!.getBoundingClientRect();
    const box = scroll.getBoundingClientRect();
    const {left, right} = column.getBoundingClientRect();
    if (left < names.right) scroll.scrollLeft -= names.right - left;
    else if (right > box.right) scroll.scrollLeft += Math.min(right - box.right, left - names.right);
  }

  /** One industry's (or year's) result: as the map has it (published tables, or the engine asked once). */
  #column(s: AppState, column: ColumnKey): Column {
    const view = {...s.view, ...column};
    const key = resultKey(s, view);
    if (s.indicator?.key === key && s.indicator.status === 'ready' && s.indicator.result) return s.indicator.result;
    if (results.has(key)) return results.get(key)!;
    if (isPublishedIndicator(view.ind)) return this.#keep(key, publishedIndicator(s.atlas!.tables, view.ind, view.sector));
    // Not from an element taken off the page: it would ask again at every answer, for nobody.
    if (!this.isConnected) return null;
    this.#keep(key, null);
    const request = {...computeRequest(s, view), channel: 'year' in column ? `grid:year:${column.year}` : `grid:${column.sector}`};
    const file = s.userDataset?.name;
    computeIndicatorLazily(request).then(
      (result) => this.#keep(key, normaliseResult(result, request, file)),
      // Replaced by a later request for this industry (the year moved on): asked again if still needed.
      (error: unknown) => (error instanceof Error && error.name === 'SupersededError' ? results.delete(key) : this.#keep(key, 'failed')),
    ).finally(() => this.requestUpdate());
    return null;
  }

  #keep(key: string, column: Column): Column {
    results.delete(key);
    results.set(key, column);
    if (results.size > KEPT) results.delete(results.keys().next().value!);
    return column;
  }

  /** Arrow keys, Home and End move between the cells' buttons (the grid is one tab stop). */
  #keys(e: KeyboardEvent) {
    const button = (e.target as HTMLElement).closest<HTMLButtonElement>('button[data-row]');
    if (!button) return;
    const moves: Record<string, [number, number]> = {ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1]};
    const rows = REGION_CODES.length;
    const cols = this.renderRoot.querySelectorAll('thead th').length - 1;
    let r = Number(button.dataset.row);
    let c = Number(button.dataset.col);
    if (moves[e.key]) {
      r = Math.min(rows - 1, Math.max(-1, r + moves[e.key]![0]));
      c = Math.min(cols - 1, Math.max(0, c + moves[e.key]![1]));
    } else if (e.key === 'Home') c = 0;
    else if (e.key === 'End') c = cols - 1;
    else return;
    e.preventDefault();
    this.at = [r, c];
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`button[data-row="${r}"][data-col="${c}"]`)?.focus());
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kg-region-grid': KgRegionGrid;
  }
}
