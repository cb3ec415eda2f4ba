import {css, html, nothing} from 'lit';
import {customElement, state} from 'lit/decorators.js';
import {t} from '../i18n/i18n';
import type {KgImportDialog} from './kg-import-dialog';
import {openLazyDialog} from './lazy-dialog';
import {sharedStyles} from './shared-styles';
import {StoreElement} from './store-element';

const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');

/**
 * Header button "Import data" (the dialog loads on first use), a badge while the map shows the
 * imported data, and a page-wide drop target: a CSV dropped anywhere on the page is imported.
 */
@customElement('kg-import-button')
export class KgImportButton extends StoreElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: flex;
        align-items: center;
        gap: 6px;
        min-width: 0;
      }
      .badge {
        font-size: 0.8rem;
        padding: 2px 8px;
        border-radius: 999px;
        background: var(--kg-accent);
        color: var(--kg-accent-text);
        max-width: 14em;
        overflow: hidden;
        text-overflow: ellipsis;
        white-space: nowrap;
      }
      .drop {
        position: fixed;
        inset: 0;
        z-index: 50;
        display: grid;
        place-items: center;
        background: color-mix(in srgb, var(--kg-accent) 25%, transparent);
        border: 4px dashed var(--kg-accent);
        font-size: 1.3rem;
        font-weight: 700;
        pointer-events: none;
      }
      .drop span {
        background: var(--kg-surface);
        padding: 12px 18px;
        border-radius: var(--kg-radius);
        box-shadow: var(--kg-shadow);
      }
      @media (max-width: 600px) {
        .badge {
          display: none;
        }
      }
    `,
  ];

  @state() private dragging = false;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('dragover', this.#onDragOver);
    window.addEventListener('dragleave', this.#onDragLeave);
    window.addEventListener('drop', this.#onDrop);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('dragover', this.#onDragOver);
    window.removeEventListener('dragleave', this.#onDragLeave);
    window.removeEventListener('drop', this.#onDrop);
  }

  override render() {
    const {view, userDataset} = this.state;
    const lang = view.lang;
    return html`<button aria-haspopup="dialog" @click=${() => void this.#dialog()}>${t(lang, 'engine.import.button')}</button>
      ${view.data === 'user' && userDataset ? html`<span class="badge" title=${userDataset.name}>${t(lang, 'engine.import.badge', {name: userDataset.name})}</span>` : nothing}
      ${this.dragging ? html`<div class="drop" aria-hidden="true"><span>${t(lang, 'engine.import.dropPage')}</span></div>` : nothing}`;
  }

  #dialog(): Promise<KgImportDialog> {
    return openLazyDialog<KgImportDialog>('kg-import-dialog', () => import('./kg-import-dialog'), this.store!);
  }

  #onDragOver = (e: DragEvent) => {
    if (!hasFiles(e)) return;
    e.preventDefault(); // allows the drop
    if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    this.dragging = true;
  };

  #onDragLeave = (e: DragEvent) => {
    if (e.relatedTarget === null) this.dragging = false; // left the window
  };

  #onDrop = (e: DragEvent) => {
    this.dragging = false;
    const file = e.dataTransfer?.files[0];
    if (!file || e.defaultPrevented) return;
    e.preventDefault(); // the browser would otherwise open the file
    void this.#dialog().then((dialog) => dialog.importFile(file));
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'kg-import-button': KgImportButton;
  }
}
