import {css, html} from 'lit';
import {customElement} from 'lit/decorators.js';
import {t, type Lang} from '../i18n/i18n';
import {regionNamer} from '../i18n/region-names';
import type {RegionCode} from '../model/region';
import type {AppState} from '../state/app-state';
import type {RegionDifferenceWords} from './comparison-text';
import {choroplethOf} from '../state/choropleth';
import {StoreElement} from './store-element';
import {summaryText} from './summary-text';

/**
 * The difference map in words, given by the code-split comparison (kg-difference-views.ts): the map
 * (this summary) and one region (the tooltip, the map keyboard's read-out).
 */
export const differenceWords: {
  summary?: (lang: Lang, state: AppState) => string | null;
  region?: (lang: Lang, state: AppState, code: RegionCode) => RegionDifferenceWords | null;
} = {};

/**
 * The map in words, for screen readers (visually hidden, next to the map): highest and lowest regions,
 * how many are above the national level, which have no value and why. A polite live region: it is
 * read again when the indicator, sector, year or language changes, not on hover or pan.
 */
@customElement('kg-summary')
export class KgSummary extends StoreElement {
  static override styles = css`
    :host {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: normal;
    }
  `;

  override render() {
    const lang = this.state.view.lang;
    const c = choroplethOf(this.state);
    // Under a difference map, that map in words, not the scenario's values.
    const diff = this.state.regionPaint ? (differenceWords.summary?.(lang, this.state) ?? '') : null;
    const text = diff ?? (c && this.state.atlas ? summaryText(lang, c.result, regionNamer(this.state.atlas.tables.regions)) : '');
    return html`<h2>${t(lang, 'summary.label')}</h2>
      <p aria-live="polite" aria-atomic="true">${text}</p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kg-summary': KgSummary;
  }
}
