import {css, html, nothing, type PropertyValues} from 'lit';
import {customElement, property, state} from 'lit/decorators.js';
import {t, type Lang} from '../i18n/i18n';
import {regionNamer} from '../i18n/region-names';
import type {SavedScenario} from '../io/scenario-store';
import {startCompareMaps} from '../map/compare-map';
import {comparison, type DifferenceClass} from '../model/difference';
import {rgbaToHex} from '../model/palette';
import {MAP_COLORS} from '../map/map-colors';
import type {AppStore} from '../state/app-state';
import {updateSession} from '../state/scenario-session';
import type {CompareAgainst} from '../state/scenario-state';
import {compareChoices, staleComparison, type StaleComparison} from '../state/compare-check';
import {COMPARE_MODES, type CompareMode} from '../state/view-state';
import {comparisonNames, differenceLabel, differenceMapLegend, legendBesidePanel, rankMove, signedDifference} from './comparison-text';
import {formatFixed, indicatorName} from './explorer-text';
// The sidebar's words and table under a difference map: loaded with the comparison.
import {changeStyles} from './kg-difference-views';
import {scenarioHost} from './scenario-host';
import {sharedStyles} from './shared-styles';
import {StoreElement} from './store-element';
import {styleProps} from './style-props';

/**
 * The comparison's parts on the map: the difference legend over it and, for swipe or side by side,
 * the second map. Put in by the editor, or by a link whose `vs=` opens a comparison (then without
 * the editor, e.g. in an embedded view). Once per page.
 */
export function showComparisonOnMap(store: AppStore): void {
  // The embedded view has it in its header, as its indicator legend (kg-embed-header.ts): over a map
  // the size of an article's column, any corner covers regions.
  if (!store.state.view.embed && !document.querySelector('kg-scenario-legend')) {
    const legend = document.createElement('kg-scenario-legend');
    legend.store = store;
    (document.querySelector('.kg-map-area') ?? document.body).append(legend);
  }
  void scenarioHost().then((host) => startCompareMaps(store, host));
}

/**
 * The difference map's legend: the classes, highest first, each with its colour, and "no data" in
 * the map's dotted grey (`unknown`) when a region has no difference.
 */
export function differenceLegend(lang: Lang, classes: DifferenceClass[], decimals: number, unknown: string | null) {
  return html`<ul class="legend" aria-label=${t(lang, 'scenario.compare.legend')}>
    ${classes.map(
      (c) => html`<li data-step=${c.step}>
        <span class="swatch" ${styleProps({'background-color': rgbaToHex(c.color)})}></span>
        ${differenceLabel(lang, c, decimals)}
      </li>`,
    )}
    ${unknown
      ? html`<li data-step="unknown">
          <span class="swatch unknown" ${styleProps({'background-color': unknown})}></span>
          ${t(lang, 'scenario.noData')}
        </li>`
      : nothing}
  </ul>`;
}

/**
 * The same classes as one bar, lower (left) to higher (right), with the range's ends and 0 under it:
 * a quarter of the list's height, for where the legend shares the map with a panel (a pinned profile or
 * the green-clusters panel beside it; the list covered Batken and Osh at 1366 × 768). The classes are
 * equal thirds of the largest change each way (model/difference.ts), so the ends read the whole scale;
 * each class's words are in its swatch's tooltip and, for screen readers, in the list itself.
 */
export function differenceBar(lang: Lang, classes: DifferenceClass[], decimals: number, unknown: string | null) {
  const max = classes[0]!.to;
  return html`<ul class="legend bar" aria-label=${t(lang, 'scenario.compare.legend')}>
      ${[...classes].reverse().map((c) => {
        const words = differenceLabel(lang, c, decimals);
        return html`<li data-step=${c.step} title=${words}>
          <span class="swatch" ${styleProps({'background-color': rgbaToHex(c.color)})}></span><span class="visually-hidden">${words}</span>
        </li>`;
      })}
    </ul>
    <div class="bar-scale" aria-hidden="true">
      <span>${signedDifference(lang, -max, decimals)}<br />${t(lang, 'scenario.compare.lowerSide')}</span><span>0</span
      ><span>${signedDifference(lang, max, decimals)}<br />${t(lang, 'scenario.compare.higherSide')}</span>
    </div>
    ${unknown
      ? html`<p class="bar-unknown"><span class="swatch unknown" ${styleProps({'background-color': unknown})}></span>${t(lang, 'scenario.noData')}</p>`
      : nothing}`;
}

export const legendStyles = css`
  ul.legend {
    list-style: none;
    padding: 0;
    margin: 6px 0;
  }
  ul.legend li {
    display: flex;
    gap: 6px;
    align-items: center;
    font-size: 0.85rem;
  }
  .swatch {
    width: 18px;
    height: 12px;
    border: 1px solid var(--kg-swatch-border);
    flex: none;
  }
  /* No data: grey with the map's dot pattern, as in the indicator's legend (explorer-styles.ts). */
  .swatch.unknown {
    background-image: radial-gradient(circle, var(--kg-stipple, rgb(80 80 80)) 1.1px, transparent 1.4px);
    background-size: 5px 5px;
  }
  :host-context([data-theme='dark']) .swatch.unknown {
    --kg-stipple: rgb(190 190 190);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  ul.legend.bar {
    display: flex;
    margin: 6px 0 2px;
  }
  ul.legend.bar .swatch {
    width: 30px;
    height: 14px;
    border-left-width: 0;
  }
  ul.legend.bar li:first-child .swatch {
    border-left-width: 1px;
  }
  /* The ends under the bar's ends, 0 under its middle. */
  .bar-scale {
    display: grid;
    grid-template-columns: 1fr auto 1fr;
    width: 211px;
    font-size: 0.75rem;
    line-height: 1.2;
  }
  .bar-scale span:last-child {
    text-align: right;
  }
  .bar-unknown {
    display: flex;
    gap: 6px;
    align-items: center;
    margin: 4px 0 0;
    font-size: 0.8rem;
  }
`;

/**
 * The comparison: with what (the baseline or a saved scenario), how (difference map — the default,
 * as DemoLand's users asked — swipe, or side by side), the difference legend and the rank changes.
 */
@customElement('kg-scenario-compare')
export class KgScenarioCompare extends StoreElement {
  static override styles = [
    sharedStyles,
    legendStyles,
    css`
      :host {
        display: block;
        border-top: 1px solid var(--kg-border);
        padding: 4px 0 8px;
      }
      h3 {
        font-size: 0.95rem;
        margin: 8px 0 4px;
      }
      .row {
        display: flex;
        flex-wrap: wrap;
        gap: 6px;
        align-items: center;
        margin: 4px 0;
      }
      select {
        font: inherit;
        color: inherit;
        background: var(--kg-surface);
        border: 1px solid var(--kg-border);
        border-radius: 4px;
        min-height: 30px;
        max-width: 100%;
      }
      table {
        border-collapse: collapse;
        width: 100%;
        font-size: 0.85rem;
        font-variant-numeric: tabular-nums;
      }
      th,
      td {
        padding: 2px 4px;
        border-bottom: 1px solid color-mix(in srgb, currentColor 15%, transparent);
        text-align: right;
      }
      th:first-child,
      td:first-child {
        text-align: left;
      }
      caption {
        text-align: left;
        font-size: 0.85rem;
        padding-bottom: 4px;
      }
      .note {
        padding: 6px 8px;
        border-radius: var(--kg-radius);
        background: var(--kg-surface-2);
        margin: 6px 0;
      }
    `,
    changeStyles,
  ];

  @property({attribute: false}) saved: SavedScenario[] = [];
  /** A comparison that could no longer stand, now with the baseline (said until the next choice). */
  @state() private fallback: {name: string; why: StaleComparison} | null = null;

  /**
   * A comparison with the scenario now open (itself), or with a deleted one, goes back to the
   * baseline, and says so: the picker, which offers neither, then shows what is compared.
   */
  protected override willUpdate(changed: PropertyValues<this>): void {
    const session = this.state.scenario;
    const ids = (list: SavedScenario[] | undefined) => (list ?? []).map((r) => r.id);
    const before = changed.has('saved') ? ids(changed.get('saved')) : ids(this.saved);
    const against = session?.compare?.against;
    const why = staleComparison(against, session?.dirty ? null : (session?.savedId ?? null), before, ids(this.saved));
    if (!why || against?.kind !== 'saved') return;
    this.fallback = {name: against.name || t(this.state.view.lang, 'scenario.untitled'), why};
    updateSession(this.store!, (s) => (s.compare ? {...s, compare: {...s.compare, against: {kind: 'baseline'}, other: null}} : s));
  }

  protected override updated(): void {
    // The picker's own selection can outlive its option (Lit reuses an <option> for another scenario).
    const select = this.renderRoot.querySelector<HTMLSelectElement>('select[name="compare-with"]');
    const against = this.state.scenario?.compare?.against;
    const value = against?.kind === 'saved' ? against.id : 'baseline';
    if (select && select.value !== value) select.value = value;
  }

  override render() {
    const session = this.state.scenario;
    if (!session) return nothing;
    const lang = this.state.view.lang;
    const compare = session.compare;
    // The open scenario's own record is offered while it has unsaved edits: "my edits against what I saved".
    const options = compareChoices(this.saved, session);
    const label = (r: SavedScenario) => {
      const name = r.scenario.name || t(lang, 'scenario.untitled');
      return r.id === session.savedId ? t(lang, 'scenario.compare.asSaved', {name}) : name;
    };
    const againstValue = compare?.against.kind === 'saved' ? compare.against.id : 'baseline';
    return html`
      <h3>${t(lang, 'scenario.compare.title')}</h3>
      <div class="row">
        <label>
          ${t(lang, 'scenario.compare.with')}
          <select name="compare-with" @change=${(e: Event) => this.#against((e.target as HTMLSelectElement).value)}>
            <option value="baseline" ?selected=${againstValue === 'baseline'}>${t(lang, 'scenario.baseline')}</option>
            ${options.map((r) => html`<option value=${r.id} ?selected=${againstValue === r.id}>${label(r)}</option>`)}
          </select>
        </label>
      </div>
      <div class="row" role="group" aria-label=${t(lang, 'scenario.compare.how')}>
        ${COMPARE_MODES.map(
          (mode) => html`<button data-mode=${mode} aria-pressed=${compare?.mode === mode ? 'true' : 'false'} @click=${() => this.#mode(mode)}>
            ${t(lang, `scenario.compare.${mode}`)}
          </button>`,
        )}
        ${compare ? html`<button @click=${this.#stop}>${t(lang, 'scenario.compare.stop')}</button>` : nothing}
      </div>
      ${compare?.mode === 'swipe'
        ? // The divider is on the map, after the sidebar and the editor in the page's order (~46 Tab
          // presses from the top): one press from here.
          html`<div class="row"><button data-action="to-divider" @click=${() => document.querySelector<HTMLElement>('.kg-swipe-handle')?.focus()}>
            ${t(lang, 'scenario.compare.toDivider')}
          </button></div>`
        : nothing}
      ${this.fallback && compare
        ? html`<p class="note" role="status" data-fallback>${t(lang, `scenario.compare.fallback.${this.fallback.why}`, {name: this.fallback.name})}</p>`
        : nothing}
      ${compare ? this.#details(lang) : html`<p class="muted">${t(lang, 'scenario.compare.hint')}</p>`}
    `;
  }

  #details(lang: Lang) {
    const state = this.state;
    const compare = state.scenario!.compare!;
    const result = state.indicator?.result;
    const other = compare.other?.result;
    if (!result || !other || compare.other?.status === 'pending') return html`<p class="muted" role="status">${t(lang, 'scenario.compare.computing')}</p>`;
    const {rows, classes, unknown, decimals} = comparison(result, other, state.theme);
    const region = regionNamer(state.atlas!.tables.regions);
    // A row's values with its change's decimals: the change is their difference as printed (shownDifference).
    const num = (v: number | null, d: number) => (v === null ? t(lang, 'scenario.noData') : formatFixed(lang, v, d));
    const {thisName, otherName} = comparisonNames(lang, state);
    const published = result.origin === 'published';
    return html`
      ${published ? html`<p class="muted">${t(lang, 'scenario.compare.published')}</p>` : nothing}
      ${compare.mode === 'difference'
        ? differenceLegend(lang, [...classes].reverse(), decimals, unknown ? rgbaToHex(MAP_COLORS[state.theme].noData) : null)
        : // Swipe and side by side paint each side's values, not this table's differences (the planner's audit).
          html`<p class="muted" data-table-note>${t(lang, 'scenario.compare.tableNote')}</p>`}
      <table>
        <caption>
          ${t(lang, 'scenario.compare.caption', {indicator: indicatorName(lang, result.ind), a: thisName, b: otherName})}
        </caption>
        <thead>
          <tr>
            <th scope="col">${t(lang, 'scenario.compare.region')}</th>
            <th scope="col">${otherName}</th>
            <th scope="col">${thisName}</th>
            <th scope="col">${t(lang, 'scenario.compare.change')}</th>
            <th scope="col">${t(lang, 'scenario.compare.rank')}</th>
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (r) => html`<tr data-region=${r.code}>
              <th scope="row">${region(r.code, lang)}</th>
              <td>${num(r.other, r.decimals)}</td>
              <td>${num(r.value, r.decimals)}</td>
              <td class=${r.diff === null || r.diff === 0 ? '' : r.diff > 0 ? 'up' : 'down'}>${signedDifference(lang, r.shown, r.decimals)}</td>
              <td class=${!r.rankChange ? '' : r.rankChange > 0 ? 'up' : 'down'}>
                ${r.rank === null || r.otherRank === null
                  ? t(lang, 'scenario.noData')
                  : r.rankChange === 0
                    ? String(r.rank)
                    : // The arrows are for the eye; a screen reader (which ignores aria-label on a span)
                      // reads the move in words.
                      html`<span aria-hidden="true">${r.otherRank} → ${r.rank} ${r.rankChange! > 0 ? '▲' : '▼'}${Math.abs(r.rankChange!)}</span
                        ><span class="visually-hidden"
                          >${rankMove(lang, r.otherRank, r.rank, r.rankChange!)}</span
                        >`}
              </td>
            </tr>`,
          )}
        </tbody>
      </table>
    `;
  }

  #mode(mode: CompareMode): void {
    updateSession(this.store!, (s) => ({
      ...s,
      compare: {mode, against: s.compare?.against ?? {kind: 'baseline'}, other: s.compare?.other ?? null},
    }));
  }

  #against(value: string): void {
    this.fallback = null;
    const record = this.saved.find((r) => r.id === value);
    const against: CompareAgainst = record ? {kind: 'saved', id: record.id, name: record.scenario.name, scenario: record.scenario} : {kind: 'baseline'};
    // Starting a comparison shows the difference map first (DemoLand #13, #15).
    updateSession(this.store!, (s) => ({...s, compare: {mode: s.compare?.mode ?? 'difference', against, other: null}}));
  }

  /**
   * Ends the comparison; this button goes with it, and the focus to the difference map's button just
   * before it: the way to start comparing again.
   */
  #stop = () => {
    this.fallback = null;
    updateSession(this.store!, (s) => ({...s, compare: null}));
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('button[data-mode=difference]')?.focus());
  };
}

/**
 * The difference map's legend over the map (bottom right: China's side of the map, clear of the
 * regions; at the top on a phone or in a short window), while the difference map is shown and the editor, which has the same legend, is closed.
 * `inline`: in the embedded view's header instead, its classes in a row as the indicator's legend there.
 */
@customElement('kg-scenario-legend')
export class KgScenarioLegend extends StoreElement {
  static override styles = [
    sharedStyles,
    legendStyles,
    css`
      :host {
        position: absolute;
        right: 8px;
        bottom: var(--kg-credits-h, 28px);
        z-index: 2;
        max-width: min(280px, calc(100% - 16px));
      }
      .panel {
        padding: 6px 10px;
      }
      h2 {
        font-size: 0.85rem;
        margin: 0;
        overflow-wrap: anywhere;
      }
      /* Out of the legend's width (which the bar sets), cut with "…". */
      h2.one-line {
        width: 0;
        min-width: 100%;
        white-space: nowrap;
        overflow: hidden;
        text-overflow: ellipsis;
      }
      details {
        font-size: 0.8rem;
      }
      details table {
        border-collapse: collapse;
        width: 100%;
      }
      details th,
      details td {
        text-align: left;
        font-weight: normal;
        padding: 1px 4px;
        border-bottom: 1px solid var(--kg-border);
      }
      details td,
      details thead th:last-child {
        text-align: right;
        font-variant-numeric: tabular-nums;
      }
      /* Beside a pinned profile or the green-clusters panel (legendBesidePanel), which cover the map's
         right: its lower left (not where it is at the top, below). */
      @media (min-width: 701px) and (min-height: 481px) {
        :host([beside-panel]) {
          right: auto;
          left: 8px;
        }
      }
      /* On a phone, and in a short window, that corner has the attribution's button, and the legend would
         cover the south of the country: it goes to the top, over Kazakhstan's side. */
      @media (max-width: 700px), (max-height: 480px) {
        :host {
          top: 8px;
          bottom: auto;
        }
        .panel {
          padding: 4px 8px;
        }
        h2,
        ul.legend li {
          font-size: 0.75rem;
        }
        ul.legend {
          margin: 2px 0;
        }
      }
      /* In the embedded view's header: part of the page's flow, not over the map. */
      :host([inline]) {
        position: static;
        display: block;
        max-width: none;
        margin-top: 4px;
      }
      :host([inline]) .panel {
        padding: 0;
        border: 0;
        box-shadow: none;
        background: none;
      }
      :host([inline]) h2 {
        font-size: 0.85rem;
        font-weight: 600;
      }
      :host([inline]) ul.legend {
        display: flex;
        flex-wrap: wrap;
        gap: 2px 12px;
        margin: 4px 0 2px;
      }
      :host([inline]) ul.legend li {
        font-size: 0.8rem;
      }
      /* Its own triangle, drawn alike in every browser and frame size. */
      :host([inline]) summary {
        list-style: none;
        cursor: pointer;
      }
      :host([inline]) summary::-webkit-details-marker {
        display: none;
      }
      :host([inline]) summary::before {
        /* The symbol alone first: a browser without alternative text for content (Safari before
           17.4) drops the second declaration. */
        content: '▸';
        content: '▸' / '';
        margin-right: 6px;
      }
      :host([inline]) details[open] > summary::before {
        content: '▾';
        content: '▾' / '';
      }
    `,
  ];

  #legend: ReturnType<typeof differenceMapLegend> = null;

  protected override willUpdate(): void {
    const state = this.state;
    // The editor's comparison has this legend while open; a year comparison's is here (kg-year-compare.ts).
    this.#legend = state.scenario?.panel && state.scenario.compare ? null : differenceMapLegend(state.view.lang, state);
    // Reflected only while shown: the key help gives it the corner (styles.css .kg-map-keys).
    this.toggleAttribute('beside-panel', this.#legend !== null && legendBesidePanel(state));
  }

  override render() {
    const state = this.state;
    const lang = state.view.lang;
    const legend = this.#legend;
    if (!legend) return nothing;
    const region = regionNamer(state.atlas!.tables.regions);
    // The map's differences in words too: a link (vs=difference) shows them without the editor's table.
    // Beside a panel, the bar and a one-line title (whole in its tooltip; the profile names the map too).
    const bar = this.hasAttribute('beside-panel') && legend.classes.length > 1;
    return html`<section class="panel" aria-label=${t(lang, 'scenario.compare.legend')}>
      <h2 class=${bar ? 'one-line' : ''} title=${bar ? legend.title : nothing}>${legend.title}</h2>
      ${(bar ? differenceBar : differenceLegend)(lang, legend.classes, legend.decimals, legend.unknown)}
      <details>
        <summary>${t(lang, 'scenario.compare.byRegion')}</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">${t(lang, 'scenario.compare.region')}</th>
              <th scope="col">${t(lang, 'scenario.compare.change')}</th>
            </tr>
          </thead>
          <tbody>
            ${legend.rows.map(
              (r) => html`<tr data-region=${r.code}>
                <th scope="row">${region(r.code, lang)}</th>
                <td>${signedDifference(lang, r.shown, r.decimals)}</td>
              </tr>`,
            )}
          </tbody>
        </table>
      </details>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kg-scenario-compare': KgScenarioCompare;
    'kg-scenario-legend': KgScenarioLegend;
  }
}
