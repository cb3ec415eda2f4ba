import {css, html, nothing} from 'lit';
import {customElement, query, state} from 'lit/decorators.js';
import {formatNumber} from '../i18n/format';
import {addMessages, t, type Lang} from '../i18n/i18n';
import {regionNamer} from '../i18n/region-names';
import {embedUrl, fullMapUrl, pageBase} from '../embed/embed-urls';
import {embedSnippet} from '../embed/snippet';
import {ARTICLE_WIDTHS, frameHeightFor} from '../embed/frame-height';
// The embedded view's parts, laid out here to size the frame.
import './kg-embed-header';
import './kg-embed-footer';
import {scenarioCaption, sentence, sharedSourcesText, showsScenario} from './scenario-caption';
import type {IndicatorResult} from '../model/indicator-result';
import {indicatorRequestKey, normaliseResult} from '../state/indicator-loader';
import {computeIndicatorLazily} from '../worker/lazy-engine';
import {choroplethOf} from '../state/choropleth';
import type {Theme} from '../state/view-state';
import {differenceMapLegend} from './comparison-text';
import {copyText} from './copy-text';
import {applyFrameMedia, MediaProbe} from './frame-media';
import {dialogStyles} from './dialog-styles';
import {differenceWords} from './kg-summary';
import {sharedStyles} from './shared-styles';
import {StoreElement} from './store-element';
import {summaryText} from './summary-text';
import {viewCaption} from './view-caption';
import {shareDialogs} from '../i18n/messages/share-dialogs';

addMessages(shareDialogs);

type ThemeChoice = 'auto' | Theme;
type Field = 'code' | 'summary' | 'link';
/** What the row of a field's buttons last said: copied, or not, or the share sheet failed. */
type Status = {field: Field; message: 'embedDialog.copied' | 'embedDialog.copyFailed' | 'embedDialog.shareFailed'};

/**
 * Height of the frame until the embedded view is measured (frame-height.ts), or when it cannot be: the tallest default view measured, Russian at 320 px with a pinned region and the
 * energy layer (752 px), with a margin.
 */
export const DEFAULT_FRAME_HEIGHT = 800;

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '0.0.0.0']);

/**
 * Whether the browser can hand a link to the system's share sheet (the Web Share API: phones and some
 * desktop browsers); canShare, where there is one, says whether it takes this link.
 */
function canShareLink(url: string): boolean {
  return typeof navigator.share === 'function' && (typeof navigator.canShare !== 'function' || navigator.canShare({url}));
}

/**
 * The Share dialog (the header's Share, README "Embedding"): first the link to this view, to copy or to
 * hand to the system's share sheet, as a phone's visitor sends the map on (a messenger); then, for
 * journalists, a copy-ready snippet (a responsive iframe of the current view with embed=1, and the
 * optional script that fits its height) and the text description for alt text. Loaded on first open.
 */
@customElement('kg-embed-dialog')
export class KgEmbedDialog extends StoreElement {
  static override styles = [
    sharedStyles,
    dialogStyles,
    css`
      /* The embed part under the link: a part of its own, for journalists. */
      h3.part {
        border-top: 1px solid var(--kg-border);
        margin-top: 18px;
        padding-top: 14px;
      }
    `,
  ];

  @query('dialog') private dialog!: HTMLDialogElement;
  @state() private theme: ThemeChoice = 'auto';
  @state() private height = DEFAULT_FRAME_HEIGHT;
  /** The journalist typed a height: kept, not measured over. */
  #heightChosen = false;
  /** The height in the code is the embedded view's, measured (for the tests: data-height on the code). */
  @state() private measured = false;
  @state() private resize = true;
  @state() private keepCamera = false;
  /** The frame opens with its data table shown (`#table`). */
  @state() private withTable = false;
  /** A line under the frame linking to the view, for readers whose app drops frames. */
  @state() private withLink = false;
  @state() private status: Status | null = null;
  /**
   * The baseline's values of the view, for a scenario too large for a link (see #baselineResult). Not
   * reactive: it is asked for while rendering, and its answer asks for the render again.
   */
  #baseline: {key: string; result: IndicatorResult | null} | null = null;

  open(): void {
    this.theme = this.state.view.theme ?? 'auto';
    this.status = null;
    if (!this.dialog.open) this.dialog.showModal();
    if (!this.#heightChosen) void this.#measureHeight();
  }

  /**
   * The code's height from the embedded view itself (README "Embedding"): its header and footer for
   * this view, laid out out of sight at the widths of an article's column with the styles a frame of
   * that width applies (frame-media.ts), around the map's height at each (frame-height.ts). The view
   * cannot change while the dialog is open.
   */
  async #measureHeight(): Promise<void> {
    const box = document.createElement('div');
    box.setAttribute('aria-hidden', 'true');
    box.inert = true;
    box.style.cssText = 'position:absolute;left:-10000px;top:0;visibility:hidden';
    const parts = [document.createElement('kg-embed-header'), document.createElement('kg-embed-footer')] as const;
    for (const part of parts) {
      part.store = this.store;
      part.style.display = 'block'; // styles.css shows them only in an embedded view
    }
    parts[1].tableOpen = this.withTable;
    box.append(...parts);
    document.body.append(box);
    // The parts' media queries answered as inside a frame of each width (frame-media.ts), not for this
    // window: a phone's 44 px buttons at 320 and 600 px, and no compact header in a short window.
    const probe = new MediaProbe();
    try {
      await Promise.all([...parts.map((p) => p.updateComplete), document.fonts?.ready]);
      // The parts' own elements (the attribution, a difference legend) render in the next frame.
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const layouts = ARTICLE_WIDTHS.map((width) => {
        box.style.width = `${width}px`;
        applyFrameMedia(box, probe, width, DEFAULT_FRAME_HEIGHT);
        const [header, footer] = parts.map((p) => p.getBoundingClientRect().height);
        return {width, header: header!, footer: footer!};
      });
      const height = frameHeightFor(layouts);
      if (height !== null && !this.#heightChosen) {
        this.height = height;
        this.measured = true;
      }
    } finally {
      box.remove();
      probe.remove();
    }
  }

  override render() {
    const {view} = this.state;
    const lang = view.lang;
    const c = choroplethOf(this.state);
    const base = pageBase(location);
    const caption = c ? viewCaption(lang, c.result).line : t(lang, 'app.title');
    const src = embedUrl(view, {base, theme: this.theme === 'auto' ? null : this.theme, keepCamera: this.keepCamera, table: this.withTable});
    // A scenario too large for a link is not in the code (no s=): the frame shows the baseline, and is
    // named and described as the baseline.
    const lost = showsScenario(this.state) && view.s === null ? (this.state.scenario!.tooLong ?? 0) : null;
    // The frame's name says what a screen reader's user is about to enter, a scenario included; a
    // difference map by its own title (which names the scenario and what it is compared with).
    const difference = c && lost === null ? differenceMapLegend(lang, this.state) : null;
    const framed = difference
      ? `${difference.title} — ${viewCaption(lang, c!.result).subtitle}`
      : [caption, lost === null && scenarioCaption(lang, this.state)].filter(Boolean).join(' · ');
    const title = t(lang, 'embedDialog.frameTitle', {view: framed, atlas: t(lang, 'app.title')});
    const link = fullMapUrl(view, base);
    const code = embedSnippet({src, title, height: this.height, resize: this.resize, link: this.withLink ? {href: link, text: title} : undefined});
    // The frame shows what the page shows: under a difference map, its alt text is that map in words.
    const diff = c && lost === null && this.state.regionPaint ? differenceWords.summary?.(lang, this.state) : null;
    const described = lost === null ? c?.result : this.#baselineResult(c?.result ?? null);
    // Its source as a reader of the article is told it (a scenario named, not "open in this browser").
    const source = (r: IndicatorResult) => (r.sources.length > 0 ? ` ${sentence(t(lang, 'summary.source', {source: sharedSourcesText(lang, this.state, r)}))}` : '');
    const summary = diff
      ? `${diff}${source(c!.result)}`
      : described && this.state.atlas
        ? `${summaryText(lang, described, regionNamer(this.state.atlas.tables.regions))}${source(described)}`
        : '';
    // A saved scenario lives in this browser only: a link carries the open scenario, not this comparison.
    const against = this.state.scenario?.compare?.against;
    const local = LOCAL_HOSTS.has(location.hostname) || location.protocol === 'file:';
    return html`<dialog aria-labelledby="embed-title" @close=${() => (this.status = null)}>
      <header>
        <h2 id="embed-title">${t(lang, 'embedDialog.title')}</h2>
        <button @click=${() => this.dialog.close()}>${t(lang, 'embedDialog.close')}</button>
      </header>
      <div class="body">
        ${local ? html`<p class="warning small">${t(lang, 'embedDialog.localOrigin', {origin: location.origin})}</p>` : nothing}
        <label for="link">${t(lang, 'embedDialog.link')}</label>
        <input id="link" type="url" readonly .value=${link} />
        ${lost !== null ? html`<p class="warning small" data-kind="link-scenario-too-long">${t(lang, 'embedDialog.linkScenarioTooLong')}</p>` : nothing}
        ${this.#copyRow(
          lang,
          'link',
          link,
          'embedDialog.copyLink',
          canShareLink(link) ? html`<button data-action="share" @click=${() => void this.#share(link)}>${t(lang, 'embedDialog.share')}</button>` : nothing,
        )}
        <h3 class="part">${t(lang, 'embedDialog.embedHeading')}</h3>
        <p>${t(lang, 'embedDialog.intro', {view: framed})}</p>
        ${lost !== null
          ? html`<p class="warning small" data-kind="scenario-too-long">${t(lang, 'embedDialog.scenarioTooLong', {length: formatNumber(lang, lost)})}</p>`
          : nothing}
        ${against?.kind === 'saved'
          ? html`<p class="warning small" data-kind="saved-comparison">${t(lang, 'embedDialog.savedComparison', {other: against.name})}</p>`
          : nothing}
        <label for="code">${t(lang, 'embedDialog.code')}</label>
        <textarea id="code" readonly rows="9" spellcheck="false" data-height=${this.measured ? 'measured' : 'default'} .value=${code}></textarea>
        ${this.#copyRow(lang, 'code', code, 'embedDialog.copyCode')}
        <fieldset>
          <legend>${t(lang, 'embedDialog.theme')}</legend>
          ${(['auto', 'light', 'dark'] as const).map(
            (choice) => html`<label class="inline"
              ><input type="radio" name="theme" value=${choice} .checked=${this.theme === choice} @change=${() => (this.theme = choice)} />${t(
                lang,
                `embedDialog.theme.${choice}`,
              )}</label
            >`,
          )}
        </fieldset>
        <label class="inline"
          ><input type="checkbox" name="resize" .checked=${this.resize} @change=${(e: Event) => (this.resize = (e.target as HTMLInputElement).checked)} />${t(
            lang,
            'embedDialog.resize',
          )}</label
        >
        <p class="small muted">${t(lang, 'embedDialog.resizeNote')}</p>
        <label class="inline"
          ><input
            type="checkbox"
            name="camera"
            .checked=${this.keepCamera}
            @change=${(e: Event) => (this.keepCamera = (e.target as HTMLInputElement).checked)}
          />${t(lang, 'embedDialog.keepCamera')}</label
        >
        <label class="inline"
          ><input
            type="checkbox"
            name="table"
            .checked=${this.withTable}
            @change=${(e: Event) => {
              this.withTable = (e.target as HTMLInputElement).checked;
              // The open table makes the view taller: the height in the code is measured again.
              this.measured = false;
              if (!this.#heightChosen) void this.#measureHeight();
            }}
          />${t(lang, 'embedDialog.openTable')}</label
        >
        <label class="inline"
          ><input type="checkbox" name="link" .checked=${this.withLink} @change=${(e: Event) => (this.withLink = (e.target as HTMLInputElement).checked)} />${t(
            lang,
            'embedDialog.addLink',
          )}</label
        >
        <label for="height">${t(lang, 'embedDialog.height')}</label>
        <input
          id="height"
          type="number"
          min="200"
          max="2000"
          step="10"
          .value=${String(this.height)}
          @change=${(e: Event) => {
            const value = Number((e.target as HTMLInputElement).value);
            this.#heightChosen = true;
            this.height = Number.isFinite(value) ? Math.max(200, Math.min(2000, Math.round(value))) : DEFAULT_FRAME_HEIGHT;
          }}
        />
        <label for="summary">${t(lang, 'embedDialog.summary')}</label>
        <textarea id="summary" class="prose" readonly rows="5" .value=${summary}></textarea>
        ${this.#copyRow(lang, 'summary', summary, 'embedDialog.copySummary')}
        <p><a href=${src} target="_blank" rel="noopener">${t(lang, 'embedDialog.preview')} ↗</a></p>
      </div>
    </dialog>`;
  }

  /**
   * The view's values without the scenario: the same as the page's for a published indicator (a
   * scenario changes none), else asked of the engine once (null until it answers, or if it fails).
   */
  #baselineResult(shown: IndicatorResult | null): IndicatorResult | null {
    if (!shown || shown.origin === 'published') return shown;
    const view = this.state.view;
    const {ind, sector, year, basis, data} = view;
    const key = `${indicatorRequestKey({...view, s: null})}|${this.state.userDataset?.importedAt ?? ''}`;
    if (this.#baseline?.key !== key) {
      const baseline: {key: string; result: IndicatorResult | null} = {key, result: null};
      this.#baseline = baseline;
      const request = {ind, sector, year, basis, data, channel: 'embed-baseline'};
      computeIndicatorLazily(request).then(
        (r) => {
          if (this.#baseline !== baseline) return;
          baseline.result = normaliseResult(r, request, this.state.userDataset?.name);
          this.requestUpdate();
        },
        () => {},
      );
    }
    return this.#baseline.result;
  }

  /**
   * The system's share sheet with the page's title and the same link the field shows. The visitor
   * closing the sheet (AbortError) is no failure; another (no permission, data refused) is said, with
   * the Copy button beside it.
   */
  async #share(link: string): Promise<void> {
    this.status = null;
    try {
      await navigator.share({title: document.title, url: link});
    } catch (e) {
      if ((e as {name?: unknown} | null)?.name !== 'AbortError') this.status = {field: 'link', message: 'embedDialog.shareFailed'};
    }
  }

  #copyRow(lang: Lang, field: Field, text: string, label: 'embedDialog.copyCode' | 'embedDialog.copySummary' | 'embedDialog.copyLink', more: unknown = nothing) {
    const status = this.status?.field === field ? this.status : null;
    return html`<div class="row">
      <button data-copy=${field} @click=${async () => {
        const ok = await copyText(text, this.renderRoot.querySelector<HTMLTextAreaElement | HTMLInputElement>(`#${field}`));
        this.status = {field, message: ok ? 'embedDialog.copied' : 'embedDialog.copyFailed'};
      }}>${t(lang, label)}</button>
      ${more}
      <span class="status" role="status">${status ? t(lang, status.message) : ''}</span>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kg-embed-dialog': KgEmbedDialog;
  }
}
