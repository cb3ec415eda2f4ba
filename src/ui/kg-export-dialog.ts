import {css, html, nothing} from 'lit';
import {customElement, query, state} from 'lit/decorators.js';
import {addMessages, t} from '../i18n/i18n';
import {ExportNotReadyError, filesTitle, makeAllDataCsv, makeCsv, makeGeoJson, makePng, plannedPngSize, saveBlob, type MadeFile, type PngPreset} from '../export/exporters';
import {printView} from '../export/print-view';
import {choroplethOf} from '../state/choropleth';
import {dialogStyles} from './dialog-styles';
import {sharedStyles} from './shared-styles';
import {StoreElement} from './store-element';
import {shareDialogs} from '../i18n/messages/share-dialogs';

addMessages(shareDialogs);

type Kind = 'png-1' | 'png-2' | 'png-article' | 'print' | 'csv' | 'csv-semicolon' | 'geojson' | 'all-csv' | 'all-csv-semicolon';

/** Each picture button's preset (exporters.ts PngPreset). */
const PNG_PRESETS: Partial<Record<Kind, PngPreset>> = {'png-1': 1, 'png-2': 2, 'png-article': 'article'};

/**
 * The download dialog: the current view as a picture (PNG at screen size or double, or laid out for an
 * article's 640 px column), printed on an A4 page (print-view.ts) and its data (CSV,
 * GeoJSON), all made in the browser. Loaded on first open, with the exporters.
 */
@customElement('kg-export-dialog')
export class KgExportDialog extends StoreElement {
  static override styles = [
    sharedStyles,
    dialogStyles,
    // A button that cannot be used now (a picture without WebGL, all of them while a file is made) looks so.
    css`
      button:disabled,
      button[aria-disabled='true'] {
        color: var(--kg-text-muted);
        border-style: dashed;
        cursor: not-allowed;
      }
    `,
  ];

  @query('dialog') private dialog!: HTMLDialogElement;
  @state() private busy: Kind | null = null;
  @state() private status: {kind: 'working' | 'done' | 'failed'; text: string} | null = null;

  open(): void {
    this.status = null;
    if (!this.dialog.open) this.dialog.showModal();
    this.requestUpdate();
  }

  /** The map's size on screen, CSS pixels. */
  #mapSize(): {width: number; height: number} | null {
    const map = document.getElementById('map');
    return map && map.clientWidth > 0 ? {width: map.clientWidth, height: map.clientHeight} : null;
  }

  override render() {
    const lang = this.state.view.lang;
    const c = choroplethOf(this.state);
    const size = this.#mapSize();
    const pngLabel = (kind: 'png-1' | 'png-2' | 'png-article') => {
      const p = size && this.dialog?.open ? plannedPngSize(this.state, PNG_PRESETS[kind]!, size) : null;
      return t(lang, kind === 'png-1' ? 'exportDialog.png1' : kind === 'png-2' ? 'exportDialog.png2' : 'exportDialog.pngArticle', {width: p?.width ?? '…', height: p?.height ?? '…'});
    };
    // The picture is made from the map's own drawing (WebGL). Without WebGL there is none to make, however
    // often one asks ("not ready, try again" never came true): the PNG buttons are disabled and say why;
    // while a lost context is away, until it is back. The data files need no map.
    const noPicture = this.state.mapProblem;
    // The data or the boundaries could not be loaded: no file can be made, and the dialog says why
    // (its buttons were disabled without a word).
    const noData = !c && this.state.phase === 'error';
    const button = (kind: Kind, label: string) => {
      const png = kind.startsWith('png') || kind === 'print';
      // While a file is made the buttons wait, aria-disabled rather than disabled: the button pressed (a
      // picture takes a second or more) kept the focus no longer, which fell to the page's body for good.
      return html`<button
        data-export=${kind}
        ?disabled=${!c || (png && noPicture !== null)}
        aria-disabled=${this.busy !== null ? 'true' : 'false'}
        aria-describedby=${noData ? 'no-data' : png && noPicture ? 'png-unavailable' : nothing}
        aria-busy=${this.busy === kind ? 'true' : 'false'}
        @click=${() => this.busy === null && this.#make(kind)}
      >
        ${label}
      </button>`;
    };
    return html`<dialog aria-labelledby="export-title">
      <header>
        <h2 id="export-title">${t(lang, 'exportDialog.title')}</h2>
        <button @click=${() => this.dialog.close()}>${t(lang, 'exportDialog.close')}</button>
      </header>
      <div class="body">
        ${noData
          ? html`<p class="error" id="no-data">${t(lang, 'exportDialog.noData')}</p>`
          : html`<p>${t(lang, 'exportDialog.intro', {view: c ? filesTitle(this.state, c, lang) : '…'})}</p>`}
        <h3>${t(lang, 'exportDialog.image')}</h3>
        <p class="small muted">${t(lang, 'exportDialog.imageNote')}</p>
        <div class="row">${button('png-1', pngLabel('png-1'))} ${button('png-2', pngLabel('png-2'))}</div>
        <div class="row">${button('png-article', pngLabel('png-article'))}</div>
        <p class="small muted">${t(lang, 'exportDialog.pngArticleNote')}</p>
        <div class="row">${button('print', t(lang, 'exportDialog.print'))}</div>
        <p class="small muted">${t(lang, 'exportDialog.printNote')}</p>
        ${noPicture
          ? html`<p class="small error" id="png-unavailable">${t(lang, noPicture === 'no-webgl' ? 'exportDialog.pngNoWebgl' : 'exportDialog.pngLost')}</p>`
          : nothing}
        <h3>${t(lang, 'exportDialog.data')}</h3>
        <div class="row">
          ${button('csv', t(lang, 'exportDialog.csv'))} ${button('csv-semicolon', t(lang, 'exportDialog.csvSemicolon'))}
          ${button('geojson', t(lang, 'exportDialog.geojson'))}
        </div>
        <p class="small muted">${t(lang, 'exportDialog.csvNote')}</p>
        <p class="small muted">${t(lang, 'exportDialog.csvSemicolonNote')}</p>
        <p class="small muted">${t(lang, 'exportDialog.geojsonNote')}</p>
        <div class="row">${button('all-csv', t(lang, 'exportDialog.allData'))} ${button('all-csv-semicolon', t(lang, 'exportDialog.allDataSemicolon'))}</div>
        <p class="small muted">${t(lang, 'exportDialog.allDataNote')}</p>
        <p class="status" role="status">${this.status && this.status.kind !== 'failed' ? this.status.text : ''}</p>
        ${this.status?.kind === 'failed' ? html`<p class="error small" role="alert">${this.status.text}</p>` : nothing}
        <p class="small muted">${t(lang, 'exportDialog.credit')}</p>
      </div>
    </dialog>`;
  }

  async #make(kind: Kind): Promise<void> {
    const lang = this.state.view.lang;
    this.busy = kind;
    this.status = {kind: 'working', text: t(lang, 'exportDialog.working', {file: kind.startsWith('png') ? 'PNG' : kind === 'print' ? 'PDF' : kind.includes('csv') ? 'CSV' : 'GEOJSON'})};
    try {
      if (kind === 'print') {
        // The dialog closes first: only the print container is to be printed, not the dialog over the page.
        await printView(this.state, () => this.dialog.close());
        this.status = null;
        return;
      }
      const progress = (done: number, of: number) => (this.status = {kind: 'working', text: t(lang, 'exportDialog.allDataWorking', {done, of})});
      const file: MadeFile =
        kind === 'all-csv' || kind === 'all-csv-semicolon'
          ? await makeAllDataCsv(this.state, kind === 'all-csv' ? 'standard' : 'decimal-comma', progress)
          : kind === 'csv' || kind === 'csv-semicolon'
          ? makeCsv(this.state, kind === 'csv' ? 'standard' : 'decimal-comma')
          : kind === 'geojson' ? makeGeoJson(this.state) : await makePng(this.state, PNG_PRESETS[kind]!);
      saveBlob(file.blob, file.fileName);
      this.status = {kind: 'done', text: t(lang, 'exportDialog.done', {file: file.fileName})};
    } catch (error) {
      const reason = error instanceof ExportNotReadyError ? t(lang, 'exportDialog.notReady') : error instanceof Error ? error.message : String(error);
      this.status = {kind: 'failed', text: t(lang, 'exportDialog.failed', {reason})};
    } finally {
      this.busy = null;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kg-export-dialog': KgExportDialog;
  }
}
