import {css, html, nothing} from 'lit';
import {customElement, state} from 'lit/decorators.js';
import {addMessages, t, type Lang} from '../i18n/i18n';
import {sheetHandle} from '../i18n/messages/sheet-handle';
import {choroplethOf, type Choropleth} from '../state/choropleth';
import {PHONE_MEDIA} from './breakpoints';
import {indicatorName, legendItems, sectorLabel} from './explorer-text';
import {sharedStyles} from './shared-styles';
import {StoreElement} from './store-element';
import {styleProps} from './style-props';

addMessages(sheetHandle);

export type SheetSnap = 'peek' | 'half' | 'full';
const SNAPS: SheetSnap[] = ['peek', 'half', 'full'];

/** A press moves less than this (px); more is a drag. */
const DRAG_THRESHOLD = 6;

/**
 * On phones (≤ 700 px) the sidebar is a bottom sheet over the map, and this is its handle: the first
 * thing in the sheet, sticky at its top (except in a short window). Collapsed ("peek") the sheet shows
 * only the handle and a strip with the legend's colours, so the map stays readable; a press opens it to
 * half height (and back), a drag sets any height and snaps to peek, half or full. Keyboard focus moving
 * into a collapsed sheet opens it, so a focused control is never hidden, and moving out of it again
 * closes it. Hidden on wider screens (the sidebar is a column), except that a short one (a phone on its
 * side) keeps the strip, without the handle, at the column's top: the legend is below its fold.
 */
@customElement('kg-sheet-handle')
export class KgSheetHandle extends StoreElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: none;
      }
      /* In a short window with the sidebar (a phone on its side) the legend is below the column's fold:
         the strip stays at its top, without the handle (the column is no sheet). */
      @media (max-width: 700px), (max-height: 480px) {
        :host {
          display: block;
          position: sticky;
          top: 0;
          z-index: 2;
          background: var(--kg-surface);
          border-bottom: 1px solid var(--kg-border);
        }
      }
      /* A short window (a 1280 × 800 one at 400 % zoom is 320 × 200 px): stuck at the sheet's top, the
         handle and the strip filled all of the open sheet, and every control the keyboard reached was
         under them. Here they scroll away with the sheet's content (the browser then scrolls a focused
         control into view), and the open sheet takes the whole height (styles.css). */
      @media (max-width: 700px) and (max-height: 420px) {
        :host {
          position: relative;
        }
      }
      /* Shorter still, the strip left the map 25 px: the peek is the handle alone (the legend is the
         sheet's first section, a press away). */
      @media (max-width: 700px) and (max-height: 300px) {
        .strip {
          display: none;
        }
      }
      button.handle {
        display: flex;
        align-items: center;
        justify-content: center;
        gap: 10px;
        width: 100%;
        min-height: 44px;
        border: 0;
        border-radius: 14px 14px 0 0;
        background: transparent;
        font-size: 0.85rem;
        color: var(--kg-text-muted);
        touch-action: none;
      }
      .grip {
        width: 40px;
        height: 5px;
        border-radius: 3px;
        background: var(--kg-border);
        flex: none;
      }
      .strip {
        padding: 0 12px 8px;
        font-size: 0.78rem;
      }
      /* The collapsed sheet's strip takes a finger's drag, as the handle (#grabs); open, a swipe on it
         scrolls the sheet. */
      @media (max-width: 700px) {
        .grab {
          touch-action: none;
        }
      }
      @media (min-width: 701px) {
        button.handle {
          display: none;
        }
        .strip {
          padding-top: 8px;
        }
      }
      /* Which industry the colours show comes first, and the line may take two lines: cut at one, the
         indicator's long name left no room for it (Kyrgyz, Russian). What a third line would hold (the
         rest of the indicator's name) is cut; the peek grows with the strip (#peekFits). */
      .what {
        display: -webkit-box;
        -webkit-line-clamp: 2;
        -webkit-box-orient: vertical;
        overflow: hidden;
        margin-bottom: 4px;
      }
      .keys {
        display: flex;
        gap: 2px;
      }
      /* A range that does not fit its share of a phone's width takes two lines ("0.50 –" over "0.80"):
         cut short, it could not be read (the sheet's peek grows with it, see #peekFits). */
      .key {
        flex: 1;
        min-width: 0;
        text-align: center;
        font-variant-numeric: tabular-nums;
        overflow-wrap: anywhere;
        font-size: 0.72rem;
      }
      /* "Not published" and the like are words, not ranges: given a wider share, they break between
         words, not inside one. */
      .key:has(span.unknown) {
        flex: 1.7;
      }
      .key span.unknown {
        background-image: radial-gradient(circle, var(--kg-stipple, rgb(80 80 80)) 1.1px, transparent 1.4px);
        background-size: 5px 5px;
      }
      :host-context([data-theme='dark']) .key span.unknown {
        --kg-stipple: rgb(190 190 190);
      }
      .key span {
        display: block;
        height: 12px;
        border-radius: 2px;
        border: 1px solid var(--kg-swatch-border);
        margin-bottom: 2px;
      }
    `,
  ];

  @state() private snap: SheetSnap = 'peek';
  /** Whether the sheet is open because the keyboard's focus moved into it (#onFocusIn). */
  #openedByFocus = false;
  /** A press or drag under way; `strip` when it began on the strip (#onStripDown). */
  #drag: {pointer: number; startY: number; startHeight: number; moved: boolean; strip?: boolean} | null = null;

  get #sheet(): HTMLElement | null {
    return this.closest('.kg-sidebar');
  }

  /**
   * The collapsed sheet (its "peek") shows all of the handle and the legend's strip, whose labels may
   * take one line or two: its height, and where the map's area ends, follow the handle's. Set in the
   * next frame: resizing the map's area from this callback would resize what other observers (the
   * map's own) have already been told about in this one, which the browser reports as an error.
   */
  #peekFits = new ResizeObserver(() => requestAnimationFrame(() => this.#fitPeek()));

  /**
   * Not while the sheet is open: the strip changes height with the controls it is opened for (empty
   * while a computed indicator's first result is on its way, a line more or less for another industry
   * or year), and each change resized the map's area, with maplibre's and deck.gl's canvases, under
   * the open sheet, where it is not seen: 0.4–0.6 s of a phone's main thread (4× CPU throttling),
   * twice for a computed indicator. The peek follows when the sheet collapses (setSnap).
   */
  #fitPeek(): void {
    if (this.snap !== 'peek') return;
    const height = this.getBoundingClientRect().height;
    if (height > 0) document.documentElement.style.setProperty('--kg-sheet-peek', `${Math.ceil(height) + 1}px`); // + the sheet's top border
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#apply();
    this.#sheet?.addEventListener('focusin', this.#onFocusIn);
    this.#sheet?.addEventListener('focusout', this.#onFocusOut);
    this.#peekFits.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#sheet?.removeEventListener('focusin', this.#onFocusIn);
    this.#sheet?.removeEventListener('focusout', this.#onFocusOut);
    this.#peekFits.disconnect();
  }

  /** Opens the sheet to `snap` (phones only: elsewhere it only records the choice). */
  setSnap(snap: SheetSnap): void {
    this.#openedByFocus = false;
    this.snap = snap;
    this.#apply();
    // Collapsing: the peek the strip has now, measured once the handle shows its collapsed state and in
    // the same frame as the sheet's new height, which glides to it.
    if (snap === 'peek') void this.updateComplete.then(() => this.#fitPeek());
  }

  #apply(): void {
    const sheet = this.#sheet;
    if (!sheet) return;
    sheet.dataset.sheet = this.snap;
    sheet.style.removeProperty('height');
    if (this.snap === 'peek') sheet.scrollTop = 0;
  }

  #onFocusIn = (e: FocusEvent) => {
    if (this.snap === 'peek' && e.target !== this && window.matchMedia?.(PHONE_MEDIA).matches) {
      this.setSnap('half');
      this.#openedByFocus = true;
    }
  };

  /**
   * The keyboard leaving a sheet it opened (to the map, the header, a profile) closes it again: in a
   * short window the open sheet covers all of the map, which would have the focus unseen under it. A
   * sheet opened by a press or a drag stays as it was put; focus lost to nothing (a press on the page)
   * is not leaving.
   */
  #onFocusOut = (e: FocusEvent) => {
    const to = e.relatedTarget as Node | null;
    if (this.#openedByFocus && to && !this.#sheet?.contains(to)) this.setSnap('peek');
  };

  override render() {
    const lang = this.state.view.lang;
    const open = this.snap !== 'peek';
    const c = choroplethOf(this.state);
    return html`<button
        class="handle"
        aria-expanded=${open ? 'true' : 'false'}
        title=${t(lang, 'sheet.handle')}
        @click=${this.#onClick}
        @pointerdown=${this.#onDown}
        @pointermove=${this.#onMove}
        @pointerup=${this.#onUp}
        @pointercancel=${this.#onUp}
      >
        <span class="grip" aria-hidden="true"></span><span>${t(lang, open ? 'sheet.collapse' : 'sheet.expand')}</span>
      </button>
      <div
        class=${open ? '' : 'grab'}
        @pointerdown=${this.#onStripDown}
        @pointermove=${this.#onMove}
        @pointerup=${this.#onUp}
        @pointercancel=${this.#onUp}
      >
        ${this.state.regionPaint
          ? html`<div class="strip" data-kind="comparison"><kg-difference-note .store=${this.store}></kg-difference-note></div>`
          : c
            ? this.#strip(lang, c)
            : nothing}
      </div>`;
  }

  /**
   * Collapsed on a phone, the strip under the handle is grabbed as the handle is (a press opens the
   * sheet, a drag moves it): a finger swipes a bottom sheet anywhere on it, and the strip is most of
   * the collapsed sheet (the handle's row is 44 of its ~120 px). Open, it is the sheet's content again,
   * which a swipe scrolls; in a short wide window it is the sidebar's, no sheet. The handle stays the
   * control the keyboard and screen readers use (the strip is no button: the press is a pointer's).
   */
  #grabs = () => this.snap === 'peek' && !!window.matchMedia?.(PHONE_MEDIA).matches;

  /**
   * The strip's press is taken when the finger lifts (#onUp), not from the click that follows: the
   * browser makes no click of a tap that stops a fling still running (a swipe of the sheet's content
   * just before) or of a long press, and the strip is a pointer's control only (no keyboard's click to
   * wait for).
   */
  #onStripDown = (e: PointerEvent) => {
    if (this.#grabs()) this.#onDown(e, true);
  };

  /**
   * The legend's colours and ranges, for reading the map while the sheet is collapsed (the legend itself
   * is in the sheet). A difference map has its own legend: the strip says where it is instead (kg-difference-note).
   */
  #strip(lang: Lang, c: Choropleth) {
    const items = legendItems(lang, c).filter((i) => !i.unknown || i.entry.regions.length > 0);
    return html`<div class="strip" aria-hidden="true">
      <div class="what">${sectorLabel(lang, c.result.sector)} · ${indicatorName(lang, c.result.ind)}</div>
      <div class="keys">
        ${items.map(
          (i) => html`<div class="key" data-color=${i.color}>
            <span class="swatch ${i.unknown ? 'unknown' : ''}" ${styleProps({'background-color': i.color})}></span>${i.label}
          </div>`,
        )}
      </div>
    </div>`;
  }

  #onClick = () => {
    if (this.#drag?.moved) return;
    this.setSnap(this.snap === 'peek' ? 'half' : 'peek');
  };

  #onDown = (e: PointerEvent, strip?: boolean) => {
    const sheet = this.#sheet;
    if (!sheet || e.button !== 0) return;
    this.#drag = {pointer: e.pointerId, startY: e.clientY, startHeight: sheet.getBoundingClientRect().height, moved: false, strip};
    (e.currentTarget as HTMLElement).setPointerCapture?.(e.pointerId);
  };

  #onMove = (e: PointerEvent) => {
    const drag = this.#drag;
    const sheet = this.#sheet;
    if (!drag || !sheet || e.pointerId !== drag.pointer) return;
    const dy = drag.startY - e.clientY;
    if (!drag.moved && Math.abs(dy) < DRAG_THRESHOLD) return;
    drag.moved = true;
    sheet.dataset.dragging = '';
    sheet.style.height = `${Math.max(44, drag.startHeight + dy)}px`;
  };

  #onUp = (e: PointerEvent) => {
    const drag = this.#drag;
    const sheet = this.#sheet;
    if (!drag || !sheet || e.pointerId !== drag.pointer) return;
    if (drag.moved) {
      // Snap to the nearest of the three heights, measured as CSS gives them. Measured while the
      // height's transition is still off (data-dragging): with it on, each measurement was the height
      // the transition had reached, the finger's, so every snap was as near and the first (peek) won.
      const height = sheet.getBoundingClientRect().height;
      const heights = SNAPS.map((snap) => {
        sheet.dataset.sheet = snap;
        sheet.style.removeProperty('height');
        const h = sheet.getBoundingClientRect().height;
        return {snap, d: Math.abs(h - height)};
      });
      // Back at the finger's height before the transition is on again, so that the sheet glides from
      // there, not from the last height measured.
      sheet.style.height = `${height}px`;
      sheet.getBoundingClientRect();
      delete sheet.dataset.dragging;
      this.setSnap(heights.sort((a, b) => a.d - b.d)[0]!.snap);
      // The click that follows a drag is not a press.
      setTimeout(() => (this.#drag = null), 0);
    } else {
      this.#drag = null;
      if (drag.strip && e.type === 'pointerup') this.#onClick();
    }
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'kg-sheet-handle': KgSheetHandle;
  }
}
