import {css, html, nothing, type TemplateResult} from 'lit';
import {customElement, query, state} from 'lit/decorators.js';
import {formatDateTime, formatNumber} from '../i18n/format';
import {addMessages, t, type Lang, type MessageKey} from '../i18n/i18n';
import {plainText} from '../i18n/plain-text';
import {regionNamer} from '../i18n/region-names';
import {validInfo} from '../io/user-dataset-check';
import {IMPORT_COLUMNS, type ImportColumn, type ImportEncoding, type ImportProblem} from '../io/import-format';
import {DATA_INDICATORS} from '../model/dataset';
import type {ComputableIndicator, DatasetSummary} from '../model/dataset-summary';
import {isRegionCode, REGION_CODES} from '../model/region';
import {updateView} from '../state/app-state';
import {importUserFile, removeUserData, showUserData} from '../state/user-data-import';
import {fileEntry} from '../model/user-data-view';
import {sharedStyles} from './shared-styles';
import {StoreElement} from './store-element';
import {importDialog} from '../i18n/messages/import-dialog';
import {engineErrors} from '../i18n/messages/engine-errors';
import {dialogFrameStyles} from './dialog-styles';
import {importProblemText} from './import-problem-text';

addMessages(importDialog);
// Its own failures are said in the engine's words (a table shared with the engine's client).
addMessages(engineErrors);

type Phase =
  | {kind: 'idle'}
  | {kind: 'reading'; name: string; progress: number}
  | {kind: 'keeping'; name: string}
  | {kind: 'failed'; name: string; problems: ImportProblem[]; count: number; encoding?: ImportEncoding}
  | {kind: 'done'; name: string; rows: number; headerLine: number; renamed: [string, ImportColumn][]; valuesRead: [string, string][]; valuesReadMore: number; encoding: ImportEncoding}
  | {kind: 'cancelled'}
  | {kind: 'removed'; visitOnly: boolean}
  | {kind: 'error'; message: string; detail?: string};

/**
 * Made-up numbers: the example shows the shape of a file, not data. The columns and codes are the
 * format's; the unit and source are free text, written in the reader's language.
 */
export function importExample(lang: Lang): string {
  const [thousands, persons, source] = ['engine.import.example.thousands', 'engine.import.example.persons', 'engine.import.example.source'].map((k) => t(lang, k as MessageKey));
  return `region_code,sector,indicator,year,value,unit,source
KG-C,C,employment,2022,150,${thousands},${source}
KG-C,TOTAL,employment,2022,400,${thousands},${source}
KG,C,employment,2022,300,${thousands},${source}
KG,TOTAL,employment,2022,2600,${thousands},${source}
KG-C,TOTAL,population,2022,1000000,${persons},${source}
`;
}

/** The import dialog: format, file picker and drop zone, progress, every problem, the kept dataset. */
@customElement('kg-import-dialog')
export class KgImportDialog extends StoreElement {
  static override styles = [
    sharedStyles,
    dialogFrameStyles,
    css`
      dialog {
        --kg-dialog-width: 720px;
      }
      .body {
        padding: 12px 16px 16px;
      }
      h2 {
        margin: 0;
        font-size: 1.15rem;
        flex: 1;
      }
      h3 {
        margin: 14px 0 6px;
        font-size: 1rem;
      }
      p {
        margin: 6px 0;
      }
      .zone {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 10px;
        padding: 16px;
        margin: 10px 0;
        border: 2px dashed var(--kg-border);
        border-radius: var(--kg-radius);
      }
      .zone.over {
        border-color: var(--kg-accent);
        background: color-mix(in srgb, var(--kg-accent) 10%, transparent);
      }
      .primary {
        background: var(--kg-accent);
        border-color: var(--kg-accent);
        color: var(--kg-accent-text);
      }
      [aria-disabled='true'] {
        opacity: 0.5;
        cursor: default;
      }
      progress {
        width: 100%;
        height: 14px;
      }
      .status {
        margin: 10px 0;
      }
      .ok {
        padding: 8px 10px;
        border-radius: var(--kg-radius);
        background: color-mix(in srgb, #2e7d32 14%, var(--kg-surface));
      }
      .bad {
        padding: 8px 10px;
        border-radius: var(--kg-radius);
        background: var(--kg-error-bg);
        color: var(--kg-error-text);
      }
      /* A warning, not an error: the file was imported. */
      .mismatch {
        padding: 2px 10px;
        border-radius: var(--kg-radius);
        border-left: 4px solid #b26a00;
        background: color-mix(in srgb, #b26a00 12%, var(--kg-surface));
      }
      ol.problems {
        margin: 6px 0 0;
        padding-left: 0;
        list-style: none;
        max-height: 40vh;
        overflow: auto;
      }
      ol.problems li {
        padding: 3px 0;
        border-top: 1px solid color-mix(in srgb, currentColor 20%, transparent);
      }
      .where {
        font-weight: 700;
        margin-right: 6px;
      }
      .current {
        border: 1px solid var(--kg-border);
        border-radius: var(--kg-radius);
        padding: 8px 12px;
        margin: 10px 0;
      }
      .current h3 {
        margin-top: 0;
        overflow-wrap: anywhere;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 8px;
        margin-top: 8px;
      }
      ul {
        margin: 4px 0;
        padding-left: 20px;
      }
      pre {
        overflow: auto;
        font-size: 0.8rem;
        background: var(--kg-surface-2);
        padding: 8px;
        border-radius: var(--kg-radius);
      }
      code {
        font-size: 0.9em;
      }
      .sources li {
        overflow-wrap: anywhere;
      }
      input[type='file'] {
        position: absolute;
        width: 1px;
        height: 1px;
        opacity: 0;
      }
      a {
        color: var(--kg-accent);
      }
    `,
  ];

  @state() private phase: Phase = {kind: 'idle'};
  @state() private over = false;
  @query('dialog') private dialog!: HTMLDialogElement;
  @query('input[type=file]') private input!: HTMLInputElement;
  @query('.zone button') private chooser!: HTMLButtonElement;
  #abort: AbortController | null = null;

  open(): void {
    if (!this.dialog.open) this.dialog.showModal();
  }

  /** Imports a file (from the picker, the drop zone or a drop anywhere on the page). */
  async importFile(file: File): Promise<void> {
    this.open();
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    // The file's name is quoted in the dialog's sentences and the header's badge: plain text. The file
    // is kept under that name (a File of the same data, not a copy of it).
    const name = plainText(file.name);
    if (name !== file.name) file = new File([file], name, {type: file.type, lastModified: file.lastModified});
    this.phase = {kind: 'reading', name, progress: 0};
    // A file dropped while another is read replaces it: the earlier one's last words must not show.
    const show = (phase: Phase) => {
      if (this.#abort === abort) this.phase = phase;
    };
    try {
      const result = await importUserFile(this.store!, file, {
        signal: abort.signal,
        onProgress: (progress) => show({kind: 'reading', name, progress}),
        onKeeping: () => show({kind: 'keeping', name}),
      });
      if (result.ok === true) show({kind: 'done', name, rows: result.rows, headerLine: result.headerLine, renamed: result.renamed, valuesRead: result.valuesRead, valuesReadMore: result.valuesReadMore, encoding: result.encoding});
      else show({kind: 'failed', name, problems: result.problems, count: result.problemCount, encoding: result.encoding});
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') show({kind: 'cancelled'});
      else show({kind: 'error', message: t(this.#lang, 'engine.error.failed'), detail: error instanceof Error ? error.message : String(error)});
    } finally {
      if (this.#abort === abort) this.#abort = null;
    }
  }

  get #lang(): Lang {
    return this.state.view.lang;
  }

  override render() {
    const lang = this.#lang;
    const {userDataset, view} = this.state;
    // No other file is chosen while one is read: the button says so with aria-disabled, not disabled (a
    // disabled button loses the keyboard focus, which fell to the page's body once the file was picked).
    const busy = this.phase.kind === 'reading' || this.phase.kind === 'keeping';
    // Remove must show whatever the kept description holds: the dialog is where it is removed.
    const readable = validInfo(userDataset);
    // Said only when the map does show the file: data=user on an indicator the file gives (not a
    // published one, which shows the atlas's figures whatever the data; nor one the file cannot give),
    // in a year it has.
    const entry = userDataset && view.data === 'user' ? fileEntry(userDataset.summary, view) : undefined;
    const shown = !!entry && (view.year === null || entry.years.includes(view.year));
    return html`<dialog aria-labelledby="import-title" @close=${() => this.#abort?.abort()}>
      <header>
        <h2 id="import-title">${t(lang, 'engine.import.title')}</h2>
        <button @click=${() => this.dialog.close()}>${t(lang, 'engine.import.close')}</button>
      </header>
      <div class="body">
        <p>${t(lang, 'engine.import.privacy')}</p>
        ${this.phase.kind === 'failed' || this.phase.kind === 'error'
          ? html`<div class="status">${this.#status(lang)}</div>`
          : html`<div class="status" role="status" aria-live="polite">${this.#status(lang)}</div>`}
        ${userDataset
          ? html`<section class="current" aria-labelledby="current-title">
              <h3 id="current-title">${t(lang, 'engine.import.current', {name: userDataset.name})}</h3>
              ${userDataset.notKept === undefined
                ? html`<p class="muted">${t(lang, 'engine.import.kept', {date: this.#date(userDataset.importedAt), rows: this.#number(userDataset.rows)})}</p>`
                : html`<p class="warning" data-kind="not-kept">${t(lang, 'engine.import.notKept', {rows: this.#number(userDataset.rows), reason: userDataset.notKept})}</p>
                    ${userDataset.keptBefore === undefined ? nothing : html`<p data-kind="kept-before">${t(lang, 'engine.import.keptBefore', {name: userDataset.keptBefore})}</p>`}`}
              ${readable ? this.#summary(userDataset.summary, lang) : nothing}
              ${shown ? html`<p><strong>${t(lang, 'engine.import.using')}</strong></p>` : nothing}
              <div class="actions">
                ${view.data === 'user' ? html`<button @click=${() => updateView(this.store!, {data: 'shipped'})}>${t(lang, 'engine.import.showShipped')}</button>` : nothing}
                ${!shown && readable && userDataset.summary.computable.length > 0
                  ? html`<button class="primary" @click=${() => showUserData(this.store!)}>${t(lang, 'engine.import.show')}</button>`
                  : nothing}
                <button @click=${this.#remove}>${t(lang, 'engine.import.remove')}</button>
              </div>
            </section>`
          : nothing}
        <div
          class="zone ${this.over ? 'over' : ''}"
          @dragover=${(e: DragEvent) => {
            e.preventDefault();
            this.over = true;
          }}
          @dragleave=${() => (this.over = false)}
          @drop=${this.#onDrop}
        >
          <input type="file" accept=".csv,text/csv,text/plain" tabindex="-1" aria-hidden="true" @change=${this.#onPick} />
          <button class="primary" @click=${() => !busy && this.input.click()} aria-disabled=${busy}>${t(lang, 'engine.import.choose')}</button>
          <span class="muted">${t(lang, 'engine.import.drop')}</span>
        </div>
        ${this.#format(lang, userDataset === null)}
      </div>
    </dialog>`;
  }

  #status(lang: Lang): TemplateResult | typeof nothing {
    const p = this.phase;
    switch (p.kind) {
      case 'idle':
        return nothing;
      case 'reading': {
        // Once every line is read, what is left (what the file gives, keeping it) has no measure of its
        // own: an indeterminate bar says it is still working, where a full one looked stuck (~1 s for 50 MB).
        const label = t(lang, p.progress < 1 ? 'engine.import.reading' : 'engine.import.summarising', {name: p.name});
        return html`<p>${label}</p>
          ${p.progress < 1 ? html`<progress max="1" .value=${p.progress} aria-label=${label}></progress>` : html`<progress aria-label=${label}></progress>`}
          <div class="actions"><button @click=${this.#cancel}>${t(lang, 'engine.import.cancel')}</button></div>`;
      }
      case 'keeping': {
        const label = t(lang, 'engine.import.keeping', {name: p.name});
        return html`<p>${label}</p>
          <progress aria-label=${label}></progress>`;
      }
      case 'failed': {
        // Once for the list: a problem that suggests a region names it in the page's language.
        const names = this.state.atlas ? regionNamer(this.state.atlas.tables.regions) : undefined;
        return html`<div class="bad" role="alert">
          <p><strong>${t(lang, 'engine.import.failed', {name: p.name, count: this.#number(p.count)})}</strong></p>
          <ol class="problems">
            ${p.problems.map((problem) => html`<li><span class="where">${this.#where(problem, lang)}:</span> ${importProblemText(problem, lang, names)}</li>`)}
          </ol>
          ${p.count > p.problems.length ? html`<p>${t(lang, 'engine.import.more', {count: this.#number(p.count - p.problems.length)})}</p>` : nothing}
          ${this.#encoding(p.encoding, lang)}
        </div>`;
      }
      case 'done':
        // A title row above the header was skipped: said, so a planner sees which line was read.
        return html`<p class="ok">${t(lang, 'engine.import.success', {name: p.name, rows: this.#number(p.rows)})}</p>
          ${p.headerLine > 1 ? html`<p class="header-line">${t(lang, 'engine.import.headerLine', {line: this.#number(p.headerLine)})}</p>` : nothing}
          ${p.renamed.length > 0
            ? html`<p class="columns-read">${t(lang, 'engine.import.columnsRead', {list: p.renamed.map(([cell, column]) => `${cell} → ${column}`).join(', ')})}</p>`
            : nothing}
          ${p.valuesRead.length > 0 ? html`<p class="values-read">${this.#valuesRead(p.valuesRead, p.valuesReadMore, lang)}</p>` : nothing}
          ${this.#encoding(p.encoding, lang)}`;
      case 'cancelled':
        return html`<p>${t(lang, 'engine.import.cancelled')}</p>`;
      case 'removed':
        return html`<p>${t(lang, p.visitOnly ? 'engine.import.removedVisit' : 'engine.import.removed')}</p>`;
      case 'error':
        // The detail (English, technical) folded away under the page's own words, as in the engine's banner.
        return html`<p class="bad" role="alert">${p.message}</p>
          ${p.detail ? html`<details><summary>${t(lang, 'engine.error.detail')}</summary><code>${p.detail}</code></details>` : nothing}`;
    }
  }

  /** Cells read from words ("Values read as: «Занятость» → employment; …"), as the column names are. */
  #valuesRead(read: [string, string][], more: number, lang: Lang): string {
    const words = read.map(([word, code]) => t(lang, 'engine.import.valueWord', {word, code})).join('; ');
    return t(lang, 'engine.import.valuesRead', {list: more > 0 ? t(lang, 'engine.import.listMore', {list: words, count: this.#number(more)}) : words});
  }

  /** A file that is not UTF-8 was read as Windows-1251: said, with what to check (its Kyrgyz letters). */
  #encoding(encoding: ImportEncoding | undefined, lang: Lang): TemplateResult | typeof nothing {
    return encoding === 'windows-1251' ? html`<p class="encoding">${t(lang, 'engine.import.cp1251')}</p>` : nothing;
  }

  #where(p: ImportProblem, lang: Lang): string {
    if (p.line === 0) return t(lang, 'engine.import.where.file');
    return p.column ? t(lang, 'engine.import.where.lineColumn', {line: p.line, column: p.column}) : t(lang, 'engine.import.where.line', {line: p.line});
  }

  #summary(s: DatasetSummary, lang: Lang): TemplateResult {
    const names = this.state.atlas ? regionNamer(this.state.atlas.tables.regions) : null;
    const region = (code: string) => (names && isRegionCode(code) ? names(code, lang) : code);
    const list = (codes: string[]) => codes.map(region).join(', ');
    const sources = this.#sources(s);
    return html`<p>${t(lang, 'engine.import.summary.regions', {list: s.regions.length > 0 ? list(s.regions) : '—'})}</p>
      ${s.missingRegions.length > 0 && s.missingRegions.length < REGION_CODES.length
        ? html`<p>${t(lang, 'engine.import.summary.missing', {list: list(s.missingRegions)})}</p>`
        : nothing}
      ${s.national ? nothing : html`<p>${t(lang, 'engine.import.summary.noNational')}</p>`}
      ${this.#mismatches(s, lang)}
      <p>${t(lang, 'engine.import.summary.years', {years: this.#years(s.years), sectors: s.sectors.join(', ') || '—'})}</p>
      ${s.computable.length > 0
        ? html`<p>${t(lang, 'engine.import.summary.computable')}</p>
            <ul class="computable">
              ${s.computable.map((c) => html`<li>${this.#computable(c, lang)}</li>`)}
            </ul>`
        : html`<p class="bad">${t(lang, 'engine.import.summary.nothing')}</p>`}
      ${sources.length > 0
        ? html`<p>${t(lang, 'engine.import.summary.sources')}</p>
            <ul class="sources">
              ${sources.map((src) => html`<li>${src}</li>`)}
            </ul>`
        : nothing}`;
  }

  /** National (KG) rows that disagree with their regions' sum (total-mismatch.ts): a warning, not a refusal. */
  #mismatches(s: DatasetSummary, lang: Lang): TemplateResult | typeof nothing {
    const items = s.totalMismatches ?? [];
    if (items.length === 0) return nothing;
    const more = (s.totalMismatchCount ?? items.length) - items.length;
    const n = (v: number) => formatNumber(lang, v, {maxDecimals: 1});
    return html`<div class="mismatch" role="note">
      <p class="warn">${t(lang, 'engine.import.summary.totalMismatch')}</p>
      <ul>
        ${items.map(
          (m) =>
            html`<li>${t(lang, 'engine.import.summary.totalMismatch.item', {
              sector: m.sector,
              indicator: m.indicator,
              year: String(m.year),
              national: n(m.national),
              regions: n(m.regions),
              difference: `${m.regions >= m.national ? '+' : '−'}${n(Math.abs(m.regions - m.national))}`,
              percent: m.national === 0 ? '—' : `${m.regions >= m.national ? '+' : '−'}${n((100 * Math.abs(m.regions - m.national)) / Math.abs(m.national))}`,
            })}</li>`,
        )}
      </ul>
      ${more > 0 ? html`<p>${t(lang, 'engine.import.more', {count: this.#number(more)})}</p>` : nothing}
    </div>`;
  }

  /** Sources named in the file (kept with the summary's dataset), at most ten. */
  #sources(s: DatasetSummary): string[] {
    return s.sources.slice(0, 10);
  }

  #computable(c: ComputableIndicator, lang: Lang): string {
    const key = (c.ind === 'lq' ? `engine.ind.lq.${c.basis}` : `engine.ind.${c.ind}`) as MessageKey;
    return t(lang, 'engine.import.summary.item', {name: t(lang, key), values: this.#number(c.values), sectors: this.#number(c.sectors.length), years: this.#years(c.years)});
  }

  #years(years: number[]): string {
    if (years.length === 0) return '—';
    return years.length === 1 ? String(years[0]) : `${years[0]}–${years.at(-1)}`;
  }

  #number(n: number): string {
    return formatNumber(this.#lang, n);
  }

  #date(iso: string): string {
    return formatDateTime(this.#lang, new Date(iso));
  }

  #format(lang: Lang, open: boolean): TemplateResult {
    const text = importExample(lang);
    const template = `data:text/csv;charset=utf-8,${encodeURIComponent(text)}`;
    return html`<details ?open=${open}>
      <summary>${t(lang, 'engine.import.format', {columns: IMPORT_COLUMNS.join(', ')})}</summary>
      <ul>
        <li>${t(lang, 'engine.import.format.region', {codes: REGION_CODES.join(', ')})}</li>
        <li>${t(lang, 'engine.import.format.sector')}</li>
        <li>${t(lang, 'engine.import.format.indicator', {list: DATA_INDICATORS.join(', ')})}</li>
        <li>${t(lang, 'engine.import.format.totals')}</li>
      </ul>
      <h3>${t(lang, 'engine.import.example')}</h3>
      <pre><code>${text}</code></pre>
      <a href=${template} download="atlas-import-template.csv">${t(lang, 'engine.import.template')}</a>
    </details>`;
  }

  #onPick = (e: Event) => {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = ''; // the same file can be picked again after a fix
    if (file) void this.importFile(file);
  };

  #onDrop = (e: DragEvent) => {
    e.preventDefault(); // handled here, not by the page-wide drop target
    this.over = false;
    const file = e.dataTransfer?.files[0];
    if (file) void this.importFile(file);
  };

  /** Cancel goes with the reading: the keyboard focus goes back to the file button, not to the page's body. */
  #cancel = () => {
    this.#abort?.abort();
    this.chooser.focus();
  };

  #remove = async () => {
    const visitOnly = this.state.userDataset?.notKept !== undefined;
    await removeUserData(this.store!);
    this.phase = {kind: 'removed', visitOnly};
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'kg-import-dialog': KgImportDialog;
  }
}
