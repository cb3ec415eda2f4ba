import {css, html, nothing, type TemplateResult} from 'lit';
import {customElement, query, state} from 'lit/decorators.js';
import {numberFormatter} from '../i18n/format';
import {addMessages, t, type Lang} from '../i18n/i18n';
import {regionNamer} from '../i18n/region-names';
import {DEFAULT_POTENTIAL_SETTINGS, POTENTIAL_COMPONENTS} from '../model/cluster-potential';
import {formulaText, type FormulaDescriptor} from '../model/formula';
import type {IndicatorResult} from '../model/indicator-result';
import {printedNumber} from '../model/published-indicators';
import {CLASSIFICATION_FORMULAS, COEFFICIENT_FORMULAS, INDEX_FORMULAS} from '../model/methodology';
import {REGION_CODES} from '../model/region';
import {INDUSTRIES} from '../model/sectors';
import {computeIndicator, isSuperseded} from '../worker/client';
import {sourcesText} from './explorer-text';
import {sharedStyles} from './shared-styles';
import {StoreElement} from './store-element';
import {methodology} from '../i18n/messages/methodology';
import {indexComponents} from '../i18n/messages/index-components';
import {dialogFrameStyles} from './dialog-styles';

addMessages(methodology);
addMessages(indexComponents); // the aggregations' names, as the profile's breakdown words them

const COMPONENT_SYMBOL: Record<(typeof POTENTIAL_COMPONENTS)[number], string> = {
  lq_employment: 'LQ_emp',
  lq_establishments: 'LQ_est',
  pc: 'PC',
  spec: 'SPEC',
};

/**
 * A citation in Russian or Kyrgyz with its titles and names left in English ("Isard (1960), Methods of
 * Regional Analysis"): each Latin run marked as English, so that a screen reader reads it as English.
 */
export function citationTemplate(text: string, lang: Lang): (string | TemplateResult)[] {
  if (lang === 'en') return [text];
  const parts: (string | TemplateResult)[] = [];
  let last = 0;
  for (const m of text.matchAll(/[A-Za-z][A-Za-z0-9.,:;'’&/()\- ]*[A-Za-z0-9)]|[A-Za-z]/g)) {
    parts.push(text.slice(last, m.index), html`<span lang="en">${m[0]}</span>`);
    last = m.index + m[0].length;
  }
  parts.push(text.slice(last));
  return parts;
}

/** "LQ_ij = (x_ij / x_i)" → text with subscripts, as text nodes (never HTML). */
export function formulaTemplate(text: string): TemplateResult[] {
  return text.split('\n').map((line, n) => {
    const parts: (string | TemplateResult)[] = [];
    let last = 0;
    for (const m of line.matchAll(/([A-Za-zΣΠ]+)_([A-Za-z0-9·]+)/g)) {
      parts.push(line.slice(last, m.index), m[1]!, html`<sub>${m[2]}</sub>`);
      last = m.index + m[0].length;
    }
    parts.push(line.slice(last));
    return html`${n > 0 ? html`<br />` : nothing}${parts}`;
  });
}

/**
 * The methodology panel: what is published and what is computed, every formula the engine runs (from
 * the descriptors next to the code), a live check against a published figure, seed 002 Table 3.1 as
 * published, and the plain statement that the composite index is ours. Loaded on first open.
 */
/** The project's five source documents, as citations number them ("source 002"). */
const SOURCE_DOCUMENTS = ['000', '001', '002', '003', '004'] as const;

@customElement('kg-methodology')
export class KgMethodology extends StoreElement {
  static override styles = [
    sharedStyles,
    dialogFrameStyles,
    css`
      dialog {
        --kg-dialog-width: 920px;
      }
      h2 {
        margin: 0;
        font-size: 1.2rem;
        flex: 1;
      }
      .body {
        padding: 4px 16px 16px;
      }
      h3 {
        margin: 18px 0 6px;
        font-size: 1.05rem;
      }
      h4 {
        margin: 0 0 4px;
        font-size: 0.98rem;
      }
      p {
        margin: 6px 0;
      }
      article {
        border-top: 1px solid var(--kg-border);
        padding: 10px 0;
      }
      .formula {
        font-family: 'Noto Serif', 'DejaVu Serif', Georgia, serif;
        font-size: 1.08rem;
        padding: 6px 10px;
        background: var(--kg-surface-2);
        border-radius: var(--kg-radius);
        /* Wrapped, on a phone, where it cannot be read in one line: a cut line hid its end. */
        overflow-wrap: anywhere;
      }
      .label {
        font-weight: 700;
      }
      .ours {
        border-left: 4px solid var(--kg-accent);
        padding: 4px 12px;
        background: color-mix(in srgb, var(--kg-accent) 8%, transparent);
      }
      table {
        border-collapse: collapse;
        font-variant-numeric: tabular-nums;
        margin: 6px 0;
      }
      th,
      td {
        border: 1px solid var(--kg-border);
        padding: 3px 8px;
        text-align: right;
      }
      th:first-child,
      td:first-child {
        text-align: left;
      }
      thead th {
        background: var(--kg-surface-2);
        font-weight: 600;
      }
      /* A table wider than a phone scrolls sideways: a shadow on the side that has more (covered by a
         background that scrolls with the table once its end is reached: CSS alone, no script), and the
         keyboard reaches it (a named region with tabindex, not only Chromium's focusable scroller). */
      .scroll {
        overflow-x: auto;
        background:
          linear-gradient(to right, var(--kg-surface) 30%, transparent) left / 32px 100% no-repeat local,
          linear-gradient(to left, var(--kg-surface) 30%, transparent) right / 32px 100% no-repeat local,
          radial-gradient(farthest-side at 0 50%, var(--kg-scroll-shadow), transparent) left / 12px 100% no-repeat scroll,
          radial-gradient(farthest-side at 100% 50%, var(--kg-scroll-shadow), transparent) right / 12px 100% no-repeat scroll;
        --kg-scroll-shadow: color-mix(in srgb, var(--kg-text) 45%, transparent);
      }
      /* The check's four columns fit a 360 px phone in Kyrgyz, the published one beside the computed one
         (467 px wide, the published column cut off, before). */
      table.check {
        font-size: 0.9rem;
      }
      table.check :is(th, td) {
        padding: 3px 4px;
      }
      caption {
        caption-side: bottom;
        text-align: left;
        font-size: 0.85rem;
        padding-top: 4px;
      }
      .docs {
        display: grid;
        grid-template-columns: auto 1fr;
        gap: 6px 12px;
      }
      .docs dt {
        font-weight: 600;
        font-variant-numeric: tabular-nums;
      }
      .docs dd {
        margin: 0;
      }
    `,
  ];

  @query('dialog') private dialog!: HTMLDialogElement;
  @state() private check: IndicatorResult | null = null;

  open(): void {
    if (!this.dialog.open) this.dialog.showModal();
    if (!this.check) void this.#runCheck();
  }

  async #runCheck(): Promise<void> {
    try {
      this.check = await computeIndicator({ind: 'mfg-lq', sector: 'C', year: 2018, basis: 'employment', data: 'shipped', channel: 'methodology-check'});
    } catch (error) {
      if (!isSuperseded(error)) throw error;
    }
  }

  override render() {
    const lang = this.state.view.lang;
    return html`<dialog aria-labelledby="method-title">
      <header>
        <h2 id="method-title">${t(lang, 'engine.method.title')}</h2>
        <button @click=${() => this.dialog.close()}>${t(lang, 'engine.method.close')}</button>
      </header>
      <div class="body">
        <h3>${t(lang, 'engine.method.cluster.title')}</h3>
        <p>${t(lang, 'engine.method.cluster.text')}</p>
        <p>${t(lang, 'engine.method.intro')}</p>
        <h3>${t(lang, 'engine.method.kinds.title')}</h3>
        <p>${t(lang, 'engine.method.kinds.published')}</p>
        <p>${t(lang, 'engine.method.kinds.computed')}</p>
        <section class="ours" aria-labelledby="ours-title">
          <h3 id="ours-title">${t(lang, 'engine.method.index.title')}</h3>
          <p>${t(lang, 'engine.method.index.text')}</p>
          <p>${this.#defaults(lang)}</p>
        </section>
        <h3>${t(lang, 'engine.method.missing.title')}</h3>
        <p>${t(lang, 'engine.method.missing.text')}</p>
        <h3>${t(lang, 'engine.method.series.title')}</h3>
        <p>${t(lang, 'engine.method.series.mfg')}</p>
        <p>${t(lang, 'engine.method.series.grp')}</p>
        <p>${t(lang, 'engine.method.series.output')}</p>
        ${this.#checkTable(lang)}
        <h3>${t(lang, 'engine.method.formulas.title')}</h3>
        ${[...COEFFICIENT_FORMULAS, ...INDEX_FORMULAS].map((f) => this.#formula(f, lang))}
        <h3>${t(lang, 'engine.method.classes.title')}</h3>
        ${CLASSIFICATION_FORMULAS.map((f) => this.#formula(f, lang))}
        ${this.#seed002(lang)}
        <h3>${t(lang, 'engine.method.docs.title')}</h3>
        <p>${t(lang, 'engine.method.docs.intro')}</p>
        <dl class="docs">
          ${SOURCE_DOCUMENTS.map((n) => html`<dt>${n}</dt><dd>${t(lang, `engine.method.doc.${n}`)}</dd>`)}
        </dl>
      </div>
    </dialog>`;
  }

  #defaults(lang: Lang): string {
    const d = DEFAULT_POTENTIAL_SETTINGS;
    const weights = POTENTIAL_COMPONENTS.map((c) => `${COMPONENT_SYMBOL[c]} ${d.weights[c]}`).join(', ');
    return t(lang, 'engine.method.index.defaults', {
      weights,
      aggregation: t(lang, `engine.aggregation.${d.aggregation}`),
      band: Math.round(d.stabilityBand * 100),
    });
  }

  #formula(f: FormulaDescriptor, lang: Lang): TemplateResult {
    const number = {format: numberFormatter(lang, {maxDecimals: 4})};
    return html`<article id=${`formula-${f.id}`} data-formula=${f.id}>
      <h4>${f.title[lang]}</h4>
      <p class="formula">${formulaTemplate(formulaText(f.formula, lang))}</p>
      <p><span class="label">${t(lang, 'engine.method.meaning')}:</span> ${formulaTemplate(f.meaning[lang])}</p>
      ${f.example ? html`<p>${formulaTemplate(t(lang, 'engine.method.example', {given: formulaText(f.example.given, lang), result: number.format(f.example.result)}))}</p>` : nothing}
      <p class="muted"><span class="label">${t(lang, 'engine.method.source')}:</span> ${citationTemplate(f.source[lang], lang)}</p>
    </article>`;
  }

  #checkTable(lang: Lang): TemplateResult | typeof nothing {
    const atlas = this.state.atlas;
    if (!atlas) return nothing;
    const names = regionNamer(atlas.tables.regions);
    const fmt = (digits: number) => ({format: numberFormatter(lang, {minDecimals: digits})});
    const share = (code: string) => atlas.tables.manufacturingShare.find((r) => r.region_code === code && r.year === 2018)?.value;
    const national = share('KG');
    return html`<h3 id="check-title">${t(lang, 'engine.method.check.title')}</h3>
      <p>${t(lang, 'engine.method.check.text')}</p>
      <div class="scroll" tabindex="0" role="region" aria-labelledby="check-title">
        <table class="check" aria-labelledby="check-title">
          <thead>
            <tr>
              <th scope="col">${t(lang, 'engine.method.check.region')}</th>
              <th scope="col">${t(lang, 'engine.method.check.computed')}</th>
              <th scope="col">${t(lang, 'engine.method.check.published')}</th>
              <th scope="col">${t(lang, 'engine.method.check.range')}</th>
            </tr>
          </thead>
          <tbody>
            ${REGION_CODES.map((code) => {
              const computed = this.check?.values.find((v) => v.code === code);
              const s = share(code);
              const published = atlas.tables.lqEmployment2018.find((r) => r.region_code === code && r.section === 'C');
              const range = s !== undefined && national !== undefined ? [(s - 0.05) / (national + 0.05), (s + 0.05) / (national - 0.05)] : null;
              return html`<tr data-region=${code}>
                <th scope="row">${names(code, lang)}</th>
                <td class="computed">${this.check ? (computed?.value != null ? fmt(2).format(computed.value) : '—') : t(lang, 'engine.method.check.loading')}</td>
                <td class="published">${published ? fmt(printedNumber(published.lq).decimals).format(Number(published.lq)) : t(lang, 'engine.method.check.notListed')}</td>
                <td>${range ? html`${fmt(3).format(range[0]!)}–<wbr />${fmt(3).format(range[1]!)}` : '—'}</td>
              </tr>`;
            })}
          </tbody>
        </table>
      </div>
      ${this.check ? html`<p class="muted">${formulaTemplate(this.check.formula ?? '')} · ${sourcesText(lang, this.check.sources)}</p>` : nothing}`;
  }

  #seed002(lang: Lang): TemplateResult | typeof nothing {
    const atlas = this.state.atlas;
    if (!atlas) return nothing;
    const names = regionNamer(atlas.tables.regions);
    const fmt = {format: numberFormatter(lang, {minDecimals: 3})};
    const value = (code: string, industry: string) => atlas.tables.integral.find((r) => r.region_code === code && r.industry === industry)?.integral_coefficient;
    return html`<h3 id="seed002-title">${t(lang, 'engine.method.seed002.title')}</h3>
      <div class="scroll" tabindex="0" role="region" aria-labelledby="seed002-title">
        <table class="seed002">
          <caption>
            ${t(lang, 'engine.method.seed002.caption')}
          </caption>
          <thead>
            <tr>
              <th scope="col">${t(lang, 'engine.method.check.region')}</th>
              ${INDUSTRIES.map((i) => html`<th scope="col">${t(lang, `engine.industry.${i}`)}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${REGION_CODES.map(
              (code) => html`<tr>
                <th scope="row">${names(code, lang)}</th>
                ${INDUSTRIES.map((i) => {
                  const v = value(code, i);
                  return html`<td>${v === null || v === undefined ? '–' : fmt.format(v)}</td>`;
                })}
              </tr>`,
            )}
          </tbody>
        </table>
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kg-methodology': KgMethodology;
  }
}
