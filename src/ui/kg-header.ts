import {css, html} from 'lit';
import {customElement, state} from 'lit/decorators.js';
import {isLang, LANGS, t, type Lang} from '../i18n/i18n';
import {sharedStyles} from './shared-styles';
import {StoreElement} from './store-element';
import {viewEvent} from './view-event';

/** Endonyms: each language is offered in its own name. */
const LANG_NAMES: Record<Lang, string> = {ky: 'Кыргызча', ru: 'Русский', en: 'English'};

/**
 * The page header: title, the header's actions (slotted: import, methodology) and the language switch.
 * On phones (≤ 700 px) and in short windows (≤ 480 px) it keeps to one row whatever the language: the title may wrap to two lines, the
 * language switch becomes a compact select, and the actions go into a menu button.
 */
@customElement('kg-header')
export class KgHeader extends StoreElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 6px 12px;
        min-height: var(--kg-header-h);
        padding: 6px 12px;
        background: var(--kg-surface);
        border-bottom: 1px solid var(--kg-border);
        position: relative;
        z-index: 7;
      }
      h1 {
        font-size: 1.1rem;
        margin: 0;
      }
      .tagline {
        font-size: 0.85rem;
      }
      /* The buttons wrap to a second line before the title is squeezed (long Kyrgyz labels). */
      .titles {
        flex: 1 1 300px;
        min-width: 0;
      }
      .actions {
        display: flex;
        align-items: center;
        gap: 8px;
      }
      .langs {
        display: flex;
        gap: 4px;
      }
      .menu,
      .lang-select {
        display: none;
      }
      select {
        font: inherit;
        color: inherit;
        background: var(--kg-surface-2);
        border: 1px solid var(--kg-border);
        border-radius: var(--kg-radius);
        min-height: 44px;
        padding: 4px 6px;
      }
      /* Phones, and short windows (a phone on its side: in Kyrgyz the buttons took 154 of its 390 px). */
      @media (max-width: 700px), (max-height: 480px) {
        /* One row: the title shrinks and wraps rather than pushing the select and the menu to a
           second row, out of the header's fixed height and over the map; two where the title's longest
           word would not fit beside them (the reader's larger text: styles.css, --kg-header-wrap). */
        :host {
          flex-wrap: var(--kg-header-wrap, nowrap);
          gap: 6px;
          padding: 4px 8px;
          height: var(--kg-header-h);
        }
        .titles {
          flex-basis: var(--kg-title-basis, 0);
        }
        h1 {
          font-size: 0.95rem;
          line-height: 1.2;
          /* Two lines at most (Kyrgyz and Russian titles wrap). */
          display: -webkit-box;
          -webkit-line-clamp: 2;
          -webkit-box-orient: vertical;
          overflow: hidden;
        }
        .tagline,
        .langs {
          display: none;
        }
        .lang-select,
        .menu {
          display: block;
        }
        .lang-select {
          margin-left: auto;
        }
        .menu {
          min-width: 44px;
          min-height: 44px;
          padding: 0;
          font-size: 1.3rem;
          line-height: 1;
        }
        /* The actions drop down under the header, right-aligned, while the menu is open. */
        .actions {
          display: none;
          position: absolute;
          top: calc(100% + 4px);
          right: 8px;
          flex-direction: column;
          align-items: stretch;
          padding: 8px;
          background: var(--kg-surface);
          border: 1px solid var(--kg-border);
          border-radius: var(--kg-radius);
          box-shadow: var(--kg-shadow);
        }
        .actions.open {
          display: flex;
        }
      }
    `,
  ];

  @state() private menuOpen = false;

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('keydown', this.#onKey);
    this.addEventListener('focusout', this.#onFocusOut);
    this.addEventListener('click', this.#onActionClick, true);
    document.addEventListener('click', this.#onDocumentClick);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('keydown', this.#onKey);
    this.removeEventListener('focusout', this.#onFocusOut);
    this.removeEventListener('click', this.#onActionClick, true);
    document.removeEventListener('click', this.#onDocumentClick);
  }

  /**
   * Escape closes the open menu. So do Tab past its last action and Shift+Tab before its first (the
   * WAI-ARIA menu button): the actions come before the menu button in the DOM (the wide header's
   * order), so Tab would go back to the language select and the button. The button takes the focus:
   * Tab goes on from it to what follows it; Shift+Tab stays on it.
   */
  #onKey = (e: KeyboardEvent) => {
    if (this.menuOpen && (e.key == 'Escape' || (e.key == 'Tab' && e.target == (e.shiftKey ? this.firstElementChild : this.lastElementChild)))) {
      this.#closeMenu(true);
      e.stopPropagation();
      if (e.shiftKey) e.preventDefault();
    }
  };

  /**
   * Closing the menu hides the action that had the focus: it goes back to the menu's button (a dialog
   * the action opens returns it there when it closes), else it would be lost to the page's body.
   */
  #closeMenu(refocus: boolean): void {
    this.menuOpen = false;
    if (refocus) this.renderRoot.querySelector<HTMLElement>('.menu')?.focus();
  }

  /** A press outside the header closes the menu. */
  #onDocumentClick = (e: MouseEvent) => {
    if (this.menuOpen && !e.composedPath().includes(this)) this.#closeMenu(false);
  };

  /**
   * Choosing an action closes the menu, before the action runs (a capturing listener): the dialog it
   * opens then takes the focus from the menu's button, and gives it back there.
   */
  #onActionClick = (e: MouseEvent) => {
    if (this.menuOpen && e.composedPath().some((el) => el instanceof HTMLElement && el.parentElement === this)) this.#closeMenu(true);
  };

  /** The open menu's first action takes the focus; Tab goes on through the others. */
  #toggleMenu = async () => {
    this.menuOpen = !this.menuOpen;
    await this.updateComplete;
    if (this.menuOpen) this.querySelector('*')?.shadowRoot?.querySelector<HTMLElement>('button')?.focus();
  };

  /**
   * The keyboard leaving the open menu (past its last action) closes it. A focus lost to nothing (a
   * press on a button that does not take the focus, as in Safari) is not leaving: presses are
   * #onDocumentClick's and #onActionClick's.
   */
  #onFocusOut = (e: FocusEvent) =>
    e.relatedTarget &&
    setTimeout(() => {
      const active = document.activeElement;
      if (this.menuOpen && active?.parentElement !== this && !(active === this && this.shadowRoot!.activeElement?.matches('.menu'))) this.#closeMenu(false);
    });

  override render() {
    const lang = this.state.view.lang;
    // Even the language shown is asked for: it is then the last one asked for, and one still loading
    // (chosen just before) is not shown when it arrives (main.ts).
    const choose = (l: string) => isLang(l) && this.dispatchEvent(viewEvent({lang: l}));
    return html`
      <div class="titles">
        <h1>${t(lang, 'app.title')}</h1>
        <div class="tagline muted">${t(lang, 'app.tagline')}</div>
      </div>
      <div class="actions ${this.menuOpen ? 'open' : ''}" id="header-actions"><slot></slot></div>
      <div class="langs" role="group" aria-label=${t(lang, 'lang.label')}>
        ${LANGS.map(
          (l) => html`<button lang=${l} aria-pressed=${l === lang ? 'true' : 'false'} @click=${() => choose(l)}>${LANG_NAMES[l]}</button>`,
        )}
      </div>
      <select class="lang-select" aria-label=${t(lang, 'lang.label')} @change=${(e: Event) => choose((e.target as HTMLSelectElement).value)}>
        ${LANGS.map((l) => html`<option value=${l} lang=${l} ?selected=${l === lang}>${LANG_NAMES[l]}</option>`)}
      </select>
      <button
        class="menu"
        aria-expanded=${this.menuOpen ? 'true' : 'false'}
        aria-controls="header-actions"
        aria-label=${t(lang, 'header.menu')}
        @click=${this.#toggleMenu}
      >
        ⋮
      </button>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kg-header': KgHeader;
  }
}
