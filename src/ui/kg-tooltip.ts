import {css, html, nothing} from 'lit';
import {customElement} from 'lit/decorators.js';
import {freeMapBox, profileDrawn, profilePanel} from './map-view';
import {sharedStyles} from './shared-styles';
import {StoreElement} from './store-element';
import {tooltipContent} from './tooltip-content';

/** The hover tooltip of whatever is under the pointer. Text only: data is never rendered as HTML. */
@customElement('kg-tooltip')
export class KgTooltip extends StoreElement {
  static override watchesHover = true;
  static override styles = [
    sharedStyles,
    css`
      :host {
        position: absolute;
        z-index: 5;
        pointer-events: none;
        max-width: 280px;
      }
      .panel {
        padding: 6px 10px;
        font-size: 0.9rem;
      }
      .name {
        font-weight: 700;
      }
      .small {
        font-size: 0.8rem;
      }
      .indicator {
        margin-top: 4px;
        padding-top: 4px;
        border-top: 1px solid var(--kg-border);
      }
    `,
  ];

  override render() {
    const {hover} = this.state;
    if (!hover) return nothing;
    const content = tooltipContent(hover.target, this.state);
    if (content === nothing) return nothing;
    return html`<div class="panel" role="tooltip">${content}</div>`;
  }

  protected override updated(): void {
    this.#place();
    // A profile pinned with this hover may be drawn after it (its code loads on first use): it covers
    // part of the map only then.
    if (this.state.view.region && !profilePanel()) void profileDrawn().then(() => this.#place());
  }

  /**
   * Keeps the box inside the part of the map no panel covers (the pinned profile, an editor): beside
   * the pointer, flipped to its left near the free part's right edge and above it near the bottom.
   */
  #place(): void {
    const hover = this.state.hover;
    const free = this.parentElement ? freeMapBox(this.parentElement) : null;
    if (!hover || !free) return;
    this.style.left = `${hover.x > free.right - 300 ? Math.max(free.left, hover.x - 292) : hover.x + 14}px`;
    const height = this.getBoundingClientRect().height;
    this.style.top = `${hover.y + 14 + height > free.bottom ? Math.max(free.top, hover.y - 10 - height) : hover.y + 14}px`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kg-tooltip': KgTooltip;
  }
}
