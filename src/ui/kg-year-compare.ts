// "Compare with year" under the year slider (the change over time: src/state/year-compare.ts, which
// it loads, says what is shown and why). Code-split: the picker loads it with a year slider.
import {css, html, nothing} from 'lit';
import {customElement, property} from 'lit/decorators.js';
import {addMessages, t} from '../i18n/i18n';
import {scenarios} from '../i18n/messages/scenarios';
import type {AppStore} from '../state/app-state';
import {explorerStyles} from './explorer-styles';
import {sharedStyles} from './shared-styles';
import {StoreElement} from './store-element';
import {viewEvent} from './view-event';

addMessages(scenarios);

/** The store the comparison module was asked for: once, so that a failed load is not asked again at every render. */
let installing: AppStore | null = null;

/** "Compare with year: [none ▾]", under the year slider: the years the slider offers but its own. */
@customElement('kg-year-compare')
export class KgYearCompare extends StoreElement {
  static override styles = [
    sharedStyles,
    explorerStyles,
    css`
      :host {
        display: block;
        margin-top: 6px;
      }
    `,
  ];

  @property({attribute: false}) years: {min: number; max: number} = {min: 0, max: -1};

  override render() {
    const {view, scenario, yearOther} = this.state;
    // What the select chooses is kept in step by the comparison's own module (not during the render:
    // installing it updates the store), loaded once a year is chosen: it brings the difference map's
    // views, which every page with a year slider loaded before, comparison or not.
    const store = this.store!;
    if (view.from !== null && installing !== store) {
      installing = store;
      import('../state/year-compare').then((m) => m.installYearCompare(store), () => store.update({loadFailed: true}));
    }
    const lang = view.lang;
    const {min, max} = this.years;
    const years = Array.from({length: Math.max(0, max - min + 1)}, (_, i) => max - i).filter((y) => y !== view.year);
    const blocked = Boolean(scenario?.compare);
    const choose = (e: Event) => {
      const value = (e.target as HTMLSelectElement).value;
      this.dispatchEvent(viewEvent({from: value === '' ? null : Number(value)}));
    };
    return html`<label for="from">${t(lang, 'year.compare.label')}</label>
      <select id="from" ?disabled=${blocked} aria-describedby=${blocked ? 'from-note' : nothing} @change=${choose}>
        <option value="" ?selected=${view.from === null}>${t(lang, 'year.compare.none')}</option>
        ${years.map((y) => html`<option value=${y} ?selected=${y === view.from}>${y}</option>`)}
      </select>
      ${blocked ? html`<p class="small muted" id="from-note">${t(lang, 'year.compare.scenario')}</p>` : nothing}
      ${view.from !== null && yearOther?.status === 'error' ? html`<p class="small" role="status">${t(lang, 'year.compare.failed', {year: view.from})}</p>` : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kg-year-compare': KgYearCompare;
  }
}
