import {html, nothing} from 'lit';
import {customElement} from 'lit/decorators.js';
import {t, type Lang} from '../i18n/i18n';
import {INDICATOR_INFO, pickableIndicators, sectorChoices, yearRange, type IndicatorGroup} from '../model/indicator-catalog';
import {acceptsSector, INDICATORS, isIndicatorId, yearFor, type IndicatorId} from '../model/indicators';
import {publishedLqSections} from '../model/published-indicators';
import {shippedInputSections} from '../model/shipped-dataset';
import {datasetStart} from '../model/dataset-start';
import {lazyModule} from '../lazy-module';
import {explorerStyles} from './explorer-styles';
import {indicatorName, referenceKey, sectorLabel, sourcesText, timeLabel} from './explorer-text';
import {sharedStyles} from './shared-styles';
import {styleProps} from './style-props';
import {StoreElement} from './store-element';
import {viewEvent} from './view-event';
import type {AppState} from '../state/app-state';

const GROUPS: IndicatorGroup[] = ['published', 'computed', 'imported'];
// The composite index's components in words (the profile's) and "Compare with year": code-split,
// loaded when the index or a year slider is shown (the first view has neither).
const extras = lazyModule(() => import('./picker-extras'));

/**
 * The sector select's options: the sections there is anything to show for (see sectorChoices). The
 * regions × industries grid (kg-region-grid.ts) has one column per option.
 */
export function pickerSectors(s: AppState): string[] {
  return sectorChoices(s.view.ind, s.view.sector, availableSections(s));
}

/** The years the slider offers: a computed indicator's are those its data have, once the engine has said (else the widest). */
export function sliderYears({view, indicator}: AppState): {min: number; max: number} | null {
  const dataYears = indicator?.result?.ind === view.ind ? indicator.result.domain?.years : undefined;
  return dataYears && dataYears.length > 1 ? {min: dataYears[0]!, max: dataYears.at(-1)!} : yearRange(view.ind);
}

/** The sections there is anything to show for, or null where all are offered (also the all-data download's). */
export function availableSections({view, atlas, userDataset}: AppState): ReadonlySet<string> | null {
  if (!atlas) return null;
  if (view.ind === 'lq2018') return publishedLqSections(atlas.tables);
  if (INDICATORS[view.ind].sectors !== 'dataset') return null;
  if (view.data === 'user') return userDataset ? new Set(userDataset.summary.sectors) : null;
  return shippedInputSections(atlas.tables);
}

/** Which indicator, sector and year the map shows; says whether it is published or computed, and its source. */
@customElement('kg-indicator-picker')
export class KgIndicatorPicker extends StoreElement {
  static override styles = [sharedStyles, explorerStyles];

  override render() {
    const {view, indicator} = this.state;
    const lang = view.lang;
    const info = INDICATOR_INFO[view.ind];
    const inds = pickableIndicators(view.data, view.ind);
    const domain = INDICATORS[view.ind].sectors;
    const sectors = pickerSectors(this.state);
    const sectorWord = domain === 'industry' ? 'picker.industry' : domain === 'gked' ? 'picker.section' : 'picker.sector';
    const years = sliderYears(this.state);
    // Before a result (which names its sources), the indicator's; of data=user, the imported data's.
    const sources = indicator?.result?.sources ?? (view.data == 'user' ? ['user-data'] : info.sources);
    const origin = info.group === 'published' ? 'published' : 'computed';
    return html`<section aria-labelledby="picker-title">
      <h2 id="picker-title">${t(lang, 'explorer.label')}</h2>
      <label for="ind">${t(lang, 'ind.label')}</label>
      <!-- The sidebar cuts a long name short: the whole of it on hover. -->
      <select id="ind" title=${indicatorName(lang, view.ind)} @change=${(e: Event) => this.#chooseIndicator((e.target as HTMLSelectElement).value)}>
        ${GROUPS.map((g) => {
          const members = inds.filter((id) => INDICATOR_INFO[id].group === g);
          return members.length === 0
            ? nothing
            : html`<optgroup label=${t(lang, `ind.group.${g}`)}>
                ${members.map((id) => html`<option value=${id} ?selected=${id === view.ind}>${indicatorName(lang, id)}</option>`)}
              </optgroup>`;
        })}
      </select>
      <p class="small">
        <span class="badge ${origin}" title=${t(lang, `badge.${origin}.title`)}>${t(lang, `badge.${origin}`)}</span>
        ${t(lang, `ind.${view.ind}.about`)}
      </p>
      ${this.#componentsUsed(lang)}
      <p class="small muted">${t(lang, referenceKey(view.ind, 'ind.unit'))}</p>
      ${sectors.length > 1
        ? html`<label for="sector">${t(lang, sectorWord)}</label>
            <select id="sector" title=${sectorLabel(lang, view.sector)} @change=${(e: Event) => this.dispatchEvent(viewEvent({sector: (e.target as HTMLSelectElement).value}))}>
              ${sectors.map((s) => html`<option value=${s} ?selected=${s === view.sector}>${this.#sectorOption(lang, s)}</option>`)}
            </select>`
        : html`<p class="small"><span class="muted">${t(lang, 'picker.sector')}:</span> ${sectorLabel(lang, view.sector)}</p>`}
      ${years ? this.#year(lang, years) : this.#period(lang, view.ind)}
      <p class="source"><span>${t(lang, 'source.label')}:</span> ${sourcesText(lang, sources)}</p>
    </section>`;
  }

  /**
   * Under the composite index's description, which components it rests on here when not all four ("1 of
   * 4: LQ on employment"): a composite of one is that coefficient, which a reader of "weighted
   * combination" would not guess (a desktop visitor's finding).
   */
  #componentsUsed(lang: Lang) {
    const result = this.state.indicator?.result;
    const text = result?.ind === 'potential' ? extras.moduleOrLoad(this.lazyLoaded)?.componentsUsed(lang, result) : null;
    return text ? html`<p class="small" data-kind="components-used">${text}</p>` : nothing;
  }

  #sectorOption(lang: Lang, sector: string) {
    const label = sectorLabel(lang, sector);
    const atlas = this.state.atlas;
    if (this.state.view.ind !== 'lq2018' || !atlas) return label;
    const count = new Set(atlas.tables.lqEmployment2018.filter((r) => r.section === sector).map((r) => r.region_code)).size;
    return `${label} (${t(lang, 'picker.publishedCount', {count})})`;
  }

  #year(lang: Lang, years: {min: number; max: number}) {
    const year = this.state.view.year ?? years.max;
    const set = (e: Event) => {
      const value = Number((e.target as HTMLInputElement).value);
      if (Number.isInteger(value) && value >= years.min && value <= years.max) this.dispatchEvent(viewEvent({year: value}));
    };
    // A slider for a span one can scan; a number field for the open-ended years of imported data.
    const wide = years.max - years.min > 40;
    return html`<label for="year">${t(lang, 'picker.year')}: <output for="year">${year}</output></label>
      ${wide
        ? html`<input id="year" type="number" min=${years.min} max=${years.max} .value=${String(year)} @change=${set} />`
        : html`<input id="year" type="range" min=${years.min} max=${years.max} step="1" .value=${String(year)} @input=${set} />
            <div class="small muted" aria-hidden="true" ${styleProps({display: 'flex', 'justify-content': 'space-between'})}>
              <span>${years.min}</span><span>${years.max}</span>
            </div>`}
      ${extras.moduleOrLoad(this.lazyLoaded)
        ? html`${wide ? nothing : html`<kg-year-play .store=${this.store} .years=${years}></kg-year-play>`}<kg-year-compare .store=${this.store} .years=${years}></kg-year-compare>`
        : nothing}`;
  }

  #period(lang: Lang, ind: IndicatorId) {
    const result = this.state.indicator?.result;
    const label = result && result.ind === ind ? timeLabel(result) : timeLabel({ind, year: INDICATORS[ind].years?.default ?? null, period: INDICATOR_INFO[ind].period});
    return html`<p class="small"><span class="muted">${t(lang, 'picker.period')}:</span> ${label}</p>`;
  }

  #chooseIndicator(value: string) {
    if (!isIndicatorId(value)) return;
    const spec = INDICATORS[value];
    const view = this.state.view;
    // Keep the sector when the new indicator has it too (e.g. lq2018 → potential), else its default.
    const sector = acceptsSector(spec, view.sector) && spec.sectors !== 'dataset' ? view.sector : spec.defaultSector;
    const year = yearFor(spec, view.year);
    const summary = this.state.userDataset?.summary;
    // An imported dataset's indicator opens where the file has values.
    const start = view.data === 'user' && spec.sectors === 'dataset' && summary ? datasetStart(summary, value, view.basis, {sector, year}) : {sector, year};
    this.dispatchEvent(viewEvent({ind: value, ...start}));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kg-indicator-picker': KgIndicatorPicker;
  }
}
