// The sidebar's comparison of regions: the chosen regions' values as bars, highest first, with 1.0 (the
// national level, or the integral coefficient's threshold) among them. Code-split from kg-data-views,
// whose "Compare" tab loads it with its words.
import {css, html, nothing} from 'lit';
import {customElement, property} from 'lit/decorators.js';
import {addMessages, t} from '../i18n/i18n';
import {regionCompare} from '../i18n/messages/region-compare';
import {regionNamer} from '../i18n/region-names';
import type {IndicatorResult} from '../model/indicator-result';
import {NEUTRAL_VALUE} from '../model/indicators';
import type {RegionCode} from '../model/region';
import {choroplethOf, type Choropleth} from '../state/choropleth';
import {COMPARE_CODES, type CompareCode} from '../state/view-state';
import {explorerStyles} from './explorer-styles';
import {tableStyles, unknownLast} from './kg-data-views';
import {cssColor, formatFixed, rankText, referenceKey, labelledSources, valueSources, valueText} from './explorer-text';
import {sharedStyles} from './shared-styles';
import {styleProps} from './style-props';
import {StoreElement} from './store-element';
import {viewEvent} from './view-event';

addMessages(regionCompare);

@customElement('kg-region-compare')
export class KgRegionCompare extends StoreElement {
  static override styles = [
    sharedStyles,
    explorerStyles,
    tableStyles, // its numbers and unknown values as the table's
    css`
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
      .ref {
        position: absolute;
        top: -3px;
        bottom: -3px;
        width: 2px;
        background: var(--kg-text);
      }
      @media (max-width: 700px), (pointer: coarse) {
        .choices label {
          min-height: 44px;
        }
      }
      @media (forced-colors: active) {
        .ref {
          background: CanvasText;
        }
      }
    `,
  ];

  /** What is compared (indicator, sector, time), as the table's caption words it. */
  @property() caption = '';

  /** The comparison, highest value first (1.0, the national level or the threshold, among them), unknown values last. */
  #byValue(codes: readonly CompareCode[], c: Choropleth): CompareCode[] {
    const value = (code: CompareCode) => (code === 'KG' ? NEUTRAL_VALUE : c.value(code).value);
    return [...codes].sort((a, b) => unknownLast(value(a), value(b), -1));
  }

  override render() {
    const c = choroplethOf(this.state);
    if (!c) return nothing;
    const lang = this.state.view.lang;
    const names = regionNamer(this.state.atlas!.tables.regions);
    const chosen = this.state.view.compare;
    const pinned = this.state.view.region;
    const set = (codes: readonly CompareCode[]) => this.dispatchEvent(viewEvent({compare: COMPARE_CODES.filter((x) => codes.includes(x))}));
    const toggle = (code: CompareCode, on: boolean) => set(on ? [...chosen, code] : chosen.filter((x) => x !== code));
    const label = (code: CompareCode) => (code === 'KG' ? t(lang, referenceKey(c.result.ind, 'compare.national')) : names(code, lang));
    const known = c.result.values.flatMap((v) => (v.value !== null && chosen.includes(v.code) ? [v.value] : []));
    const max = Math.max(NEUTRAL_VALUE, ...known) * 1.05;
    const pct = (x: number) => `${Math.max(0, (x / max) * 100).toFixed(2)}%`;
    // Under a difference map the bars still compare the regions' values (the scenario's), but not in
    // its classes' colours, which the map does not show then (kg-difference-views.ts).
    const diffMap = this.state.regionPaint !== null;
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
        ? // With a region pinned (the profile open), the usual first comparison is one press away.
          html`<p class="small muted">${t(lang, 'compare.empty')}</p>
            ${pinned ? html`<button class="small" data-compare-pinned @click=${() => set([pinned, 'KG'])}>${t(lang, 'compare.pinned', {region: names(pinned, lang)})}</button>` : nothing}`
        : html`<p class="small" id="compare-caption">${this.caption}</p>
            ${diffMap ? html`<p class="small muted" data-kind="comparison">${this.state.view.from !== null ? t(lang, 'year.compare.barsNote', {year: c.result.year ?? ''}) : t(lang, 'difference.barsNote')}</p>` : nothing}
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
                      ? html`<span class="fill" ${styleProps({width: pct(v.value), 'background-color': diffMap ? 'var(--kg-text-muted)' : cssColor(c.fill(v.code))})}></span>`
                      : html`<span class="fill swatch unknown" ${styleProps({width: '100%', 'background-color': cssColor(c.fill(v.code)), opacity: '0.5'})}></span>`}
                    <span class="ref" ${styleProps({left: pct(NEUTRAL_VALUE)})}></span>
                  </span>
                </li>`;
              })}
            </ul>
            ${chosen.includes('KG') ? html`<p class="source">${t(lang, referenceKey(c.result.ind, 'compare.nationalNote'))}</p>` : nothing}
            <p class="source">${labelledSources(lang, chosenSources(chosen, c.result))}</p>`}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kg-region-compare': KgRegionCompare;
  }
}

/** The sources of the bars shown: the chosen regions' own (the country's value rests on the column's). */
function chosenSources(chosen: readonly CompareCode[], result: IndicatorResult): string[] {
  return [...new Set(chosen.flatMap((code) => (code === 'KG' ? result.sources : valueSources(code, result))))];
}
