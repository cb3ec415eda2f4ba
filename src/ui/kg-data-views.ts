import {css, html, nothing} from 'lit';
import {customElement, state} from 'lit/decorators.js';
import {t, type Lang} from '../i18n/i18n';
import {regionNamer} from '../i18n/region-names';
import {NEUTRAL_VALUE} from '../model/indicators';
import type {RegionCode} from '../model/region';
import {choroplethOf, type Choropleth} from '../state/choropleth';
import {COMPARE_CODES, type CompareCode} from '../state/view-state';
import {explorerStyles} from './explorer-styles';
import {cssColor, entryLabel, formatFixed, indicatorName, legendDecimals, rankText, referenceKey, sectorLabel, sourcesText, timeLabel, valueText} from './explorer-text';
import {sharedStyles} from './shared-styles';
import {styleProps} from './style-props';
import {StoreElement} from './store-element';
import {viewEvent} from './view-event';

type Tab = 'table' | 'compare';
type SortKey = 'region' | 'value' | 'rank';

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
      [role='tablist'] {
        display: flex;
        gap: 4px;
        margin-bottom: 8px;
      }
      [role='tab'][aria-selected='true'] {
        background: var(--kg-accent);
        border-color: var(--kg-accent);
        color: var(--kg-accent-text);
      }
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
        /* Sources may be long URLs: they wrap, not widen the table past the sidebar. */
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
      tr[aria-current='true'] td {
        background: color-mix(in srgb, var(--kg-accent) 14%, transparent);
      }
      tr[aria-current='true'] td:first-child button {
        font-weight: 700;
      }
      .unknown-value {
        color: var(--kg-text-muted);
        font-style: italic;
      }
      fieldset {
        border: 1px solid var(--kg-border);
        border-radius: var(--kg-radius);
        margin: 0 0 8px;
        padding: 4px 8px 8px;
      }
      legend {
        font-size: 0.85rem;
        padding: 0 4px;
      }
      .choices {
        display: grid;
        grid-template-columns: 1fr 1fr;
        gap: 2px 8px;
        font-size: 0.85rem;
      }
      .choices label {
        margin: 0;
        display: flex;
        gap: 6px;
        align-items: center;
      }
      .choices .national {
        grid-column: 1 / -1;
      }
      .bulk {
        display: flex;
        gap: 6px;
        margin-top: 6px;
      }
      .bars {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        gap: 6px;
      }
      .bar-row {
        display: grid;
        grid-template-columns: 1fr auto;
        gap: 2px 8px;
        font-size: 0.85rem;
      }
      .track {
        grid-column: 1 / -1;
        position: relative;
        height: 14px;
        background: var(--kg-surface-2);
        border-radius: 3px;
      }
      .fill {
        position: absolute;
        inset: 0 auto 0 0;
        border-radius: 3px;
        border: 1px solid rgb(0 0 0 / 0.2);
      }
      .fill.national {
        background: color-mix(in srgb, var(--kg-text-muted) 35%, transparent);
      }
      @media (max-width: 700px), (pointer: coarse) {
        th button,
        td button {
          min-height: 44px;
          min-width: 44px;
        }
        .choices label {
          min-height: 44px;
        }
      }
      .ref {
        position: absolute;
        top: -3px;
        bottom: -3px;
        width: 2px;
        background: var(--kg-text);
      }
      @media (forced-colors: active) {
        .ref {
          background: CanvasText;
        }
      }
    `,
  ];

  @state() private tab: Tab | null = null;
  @state() private sort: {key: SortKey; descending: boolean} = {key: 'value', descending: true};

  override render() {
    const {view} = this.state;
    const lang = view.lang;
    const tab = this.tab ?? (view.compare.length > 0 ? 'compare' : 'table');
    const c = choroplethOf(this.state);
    return html`<section>
      <div role="tablist" aria-label=${t(lang, 'explorer.label')} @keydown=${this.#tabKeys}>
        ${(['table', 'compare'] as const).map(
          (id) => html`<button
            role="tab"
            id="tab-${id}"
            aria-selected=${tab === id ? 'true' : 'false'}
            aria-controls="panel-${id}"
            tabindex=${tab === id ? '0' : '-1'}
            @click=${() => (this.tab = id)}
          >
            ${t(lang, id === 'table' ? 'table.tab' : 'compare.tab')}
          </button>`,
        )}
      </div>
      <div role="tabpanel" id="panel-${tab}" aria-labelledby="tab-${tab}">
        ${c ? (tab === 'table' ? this.#table(lang, c) : this.#compare(lang, c)) : this.#noResult(lang)}
      </div>
    </section>`;
  }

  /** While the first result of a computed indicator is on its way, or if it failed. */
  #noResult(lang: Lang) {
    const indicator = this.state.indicator;
    if (indicator?.status === 'error') return html`<p class="small error">${t(lang, 'legend.error', {reason: indicator.error ?? ''})}</p>`;
    return html`<p class="small muted">${t(lang, 'legend.pending')}</p>`;
  }

  #tabKeys(e: KeyboardEvent) {
    if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
    const current = this.tab ?? (this.state.view.compare.length > 0 ? 'compare' : 'table');
    this.tab = current === 'table' ? 'compare' : 'table';
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#tab-${this.tab}`)?.focus());
  }

  #caption(lang: Lang, c: Choropleth, withSource: boolean): string {
    const r = c.result;
    return t(lang, withSource ? 'table.caption' : 'compare.caption', {
      indicator: indicatorName(lang, r.ind),
      sector: sectorLabel(lang, r.sector),
      time: timeLabel(r),
      source: `${t(lang, 'source.label')}: ${sourcesText(lang, r.sources)}`,
    });
  }

  #table(lang: Lang, c: Choropleth) {
    const names = regionNamer(this.state.atlas!.tables.regions);
    const selected = this.state.view.region;
    const rows = [...c.result.values].sort((a, b) => {
      const {key, descending} = this.sort;
      const dir = descending ? -1 : 1;
      if (key === 'region') return dir * names(a.code, lang).localeCompare(names(b.code, lang), lang);
      // Unknown values go last whichever way the column is sorted.
      if (a.value === null || b.value === null) return a.value === null ? (b.value === null ? 0 : 1) : -1;
      return key === 'value' ? dir * (a.value - b.value) : -dir * (a.value - b.value);
    });
    const header = (key: SortKey, label: string, numeric = false) => {
      const active = this.sort.key === key;
      const ariaSort = active ? (this.sort.descending ? 'descending' : 'ascending') : 'none';
      return html`<th scope="col" class=${numeric ? 'num' : ''} aria-sort=${ariaSort}>
        <button
          title=${t(lang, 'table.sort', {column: label})}
          @click=${() => (this.sort = {key, descending: active ? !this.sort.descending : key !== 'region'})}
        >
          ${label}${active ? (this.sort.descending ? ' ▼' : ' ▲') : ''}
        </button>
      </th>`;
    };
    const band = c.result.settings?.stabilityBand;
    return html`<table>
      <caption>${this.#caption(lang, c, true)}</caption>
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
            <th scope="row">
              <button
                aria-pressed=${v.code === selected ? 'true' : 'false'}
                title=${t(lang, 'table.select', {region: name})}
                @click=${() => this.dispatchEvent(viewEvent({region: v.code === selected ? null : v.code}))}
              >
                ${name}
              </button>
            </th>
            <td class="num ${v.status === 'ok' ? '' : 'unknown-value'}">${valueText(lang, v, c.result.decimals)}</td>
            <td class="num">
              ${rank !== undefined ? html`${rank}<span class="visually-hidden"> / ${c.ranking.ranked}</span>` : '—'}
              ${rank !== undefined && v.rankRange && v.rankRange[0] !== v.rankRange[1] ? html` <span class="muted small">(${v.rankRange[0]}–${v.rankRange[1]})</span>` : nothing}
            </td>
            <td>
              <span
                class="swatch ${v.status === 'ok' ? '' : 'unknown'}"
                ${styleProps({'background-color': cssColor(c.fill(v.code))})}
                data-color=${cssColor(c.fill(v.code))}
              ></span>
              <span class="visually-hidden">${entry ? entryLabel(lang, entry, legendDecimals(c.classification.method, c.result)) : ''}</span>
            </td>
          </tr>`;
        })}
      </tbody>
    </table>
    ${band !== undefined && rows.some((v) => v.rankRange)
      ? html`<p class="small muted" data-kind="rank-stability">${t(lang, 'table.rankRangeNote', {band: Math.round(band * 100)})}</p>`
      : nothing}`;
  }

  /** The comparison, highest value first (the national level at 1.0 among them), unknown values last. */
  #byValue(codes: readonly CompareCode[], c: Choropleth): CompareCode[] {
    const value = (code: CompareCode) => (code === 'KG' ? NEUTRAL_VALUE : c.value(code).value);
    return [...codes].sort((a, b) => {
      const va = value(a);
      const vb = value(b);
      if (va === null || vb === null) return va === null ? (vb === null ? 0 : 1) : -1;
      return vb - va;
    });
  }

  #compare(lang: Lang, c: Choropleth) {
    const names = regionNamer(this.state.atlas!.tables.regions);
    const chosen = this.state.view.compare;
    const set = (codes: readonly CompareCode[]) => this.dispatchEvent(viewEvent({compare: COMPARE_CODES.filter((x) => codes.includes(x))}));
    const toggle = (code: CompareCode, on: boolean) => set(on ? [...chosen, code] : chosen.filter((x) => x !== code));
    const label = (code: CompareCode) => (code === 'KG' ? t(lang, referenceKey(c.result.ind, 'compare.national')) : names(code, lang));
    const known = c.result.values.flatMap((v) => (v.value !== null && chosen.includes(v.code) ? [v.value] : []));
    const max = Math.max(NEUTRAL_VALUE, ...known) * 1.05;
    const pct = (x: number) => `${Math.max(0, (x / max) * 100).toFixed(2)}%`;
    return html`<fieldset>
        <legend>${t(lang, 'compare.choose')}</legend>
        <div class="choices">
          ${COMPARE_CODES.map(
            (code) => html`<label class=${code === 'KG' ? 'national' : ''}>
              <input type="checkbox" value=${code} .checked=${chosen.includes(code)} @change=${(e: Event) => toggle(code, (e.target as HTMLInputElement).checked)} />
              ${label(code)}
            </label>`,
          )}
        </div>
        <div class="bulk">
          <button class="small" @click=${() => set(COMPARE_CODES)}>${t(lang, 'compare.all')}</button>
          <button class="small" @click=${() => set([])}>${t(lang, 'compare.none')}</button>
        </div>
      </fieldset>
      ${chosen.length === 0
        ? html`<p class="small muted">${t(lang, 'compare.empty')}</p>`
        : html`<p class="small" id="compare-caption">${this.#caption(lang, c, false)}</p>
            <ul class="bars" aria-labelledby="compare-caption">
              ${this.#byValue(chosen, c).map((code) => {
                if (code === 'KG')
                  return html`<li class="bar-row" data-code="KG">
                    <span>${label(code)}</span><span class="num">${formatFixed(lang, NEUTRAL_VALUE, c.result.decimals)}</span>
                    <span class="track" aria-hidden="true"
                      ><span class="fill national" ${styleProps({width: pct(NEUTRAL_VALUE)})}></span><span class="ref" ${styleProps({left: pct(NEUTRAL_VALUE)})}></span
                    ></span>
                  </li>`;
                const v = c.value(code as RegionCode);
                const rank = rankText(lang, c, v.code);
                return html`<li class="bar-row" data-code=${code}>
                  <span>${label(code)}${rank !== null ? html` <span class="muted small">· ${rank}</span>` : nothing}</span>
                  <span class="num ${v.status === 'ok' ? '' : 'unknown-value'}">${valueText(lang, v, c.result.decimals)}</span>
                  <span class="track" aria-hidden="true">
                    ${v.value !== null
                      ? html`<span class="fill" ${styleProps({width: pct(v.value), 'background-color': cssColor(c.fill(v.code))})}></span>`
                      : html`<span class="fill swatch unknown" ${styleProps({width: '100%', 'background-color': cssColor(c.fill(v.code)), opacity: '0.5'})}></span>`}
                    <span class="ref" ${styleProps({left: pct(NEUTRAL_VALUE)})}></span>
                  </span>
                </li>`;
              })}
            </ul>
            ${chosen.includes('KG') ? html`<p class="source">${t(lang, referenceKey(c.result.ind, 'compare.nationalNote'))}</p>` : nothing}
            <p class="source">${t(lang, 'source.label')}: ${sourcesText(lang, c.result.sources)}</p>`}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kg-data-views': KgDataViews;
  }
}
