import {css, html, nothing} from 'lit';
import {customElement} from 'lit/decorators.js';
import {sameTarget} from '../state/map-focus';
import {freeMapBox, profileDrawn, profilePanel} from './map-view';
import {sharedStyles} from './shared-styles';
import {StoreElement} from './store-element';
import {tooltipContent} from './tooltip-content';
import {placeTooltip, type Rect} from './tooltip-placement';

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
      /* A value's sources can run to a dozen lines (the composite index cites each input): three
         here, in full in the profile a click opens and under the table. */
      .source {
        display: -webkit-box;
        -webkit-box-orient: vertical;
        -webkit-line-clamp: 3;
        overflow: hidden;
      }
      .hint {
        margin-top: 4px;
        font-style: italic;
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

  /** The map's key help shows while the map has the keyboard focus: the tooltip is placed anew then. */
  readonly #refit = () => this.#place();

  override connectedCallback(): void {
    super.connectedCallback();
    this.parentElement?.addEventListener('focusin', this.#refit);
    this.parentElement?.addEventListener('focusout', this.#refit);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.parentElement?.removeEventListener('focusin', this.#refit);
    this.parentElement?.removeEventListener('focusout', this.#refit);
  }

  protected override updated(): void {
    // A touch screen has no hover, but a tap is reported as a pointer over what it touched, which it
    // never leaves: the tapped region stayed drawn in the hover's lighter colour, that of another class
    // (Naryn's brown < 0.50 as the sand of 0.50–0.80). Such a hover is dropped; the keyboard's is kept.
    const {hover, mapFocus} = this.state;
    if (hover && matchMedia('(hover: none)').matches && !sameTarget(hover.target, mapFocus)) {
      this.store!.update({hover: null});
      return;
    }
    this.#place();
    // A profile pinned with this hover may be drawn after it (its code loads on first use): it covers
    // part of the map only then.
    if (this.state.view.region && !profilePanel()) void profileDrawn().then(() => this.#place());
  }

  /**
   * Keeps the box inside the part of the map no panel covers (the pinned profile, an editor): beside
   * the pointer, flipped to its left near the free part's right edge and above it near the bottom, and
   * clear of the map's key help while that shows (tooltip-placement.ts).
   */
  #place(): void {
    const hover = this.state.hover;
    const area = this.parentElement;
    if (!hover || !area) return;
    const free = freeMapBox(area);
    // Its left edge first: the box's width, and so its height, depend on the room to its right.
    this.style.left = `${placeTooltip(hover, {width: 0, height: 0}, free).left}px`;
    const {width, height} = this.getBoundingClientRect();
    this.style.top = `${placeTooltip(hover, {width, height}, free, occupied(area)).top}px`;
  }
}

/** What else is over the map, in px relative to its area: the key help, while it shows (styles.css). */
function occupied(area: HTMLElement): Rect[] {
  const hint = area.querySelector('.kg-map-keys')?.getBoundingClientRect();
  if (!hint || hint.width === 0) return [];
  const a = area.getBoundingClientRect();
  return [{left: hint.left - a.left, top: hint.top - a.top, right: hint.right - a.left, bottom: hint.bottom - a.top}];
}

declare global {
  interface HTMLElementTagNameMap {
    'kg-tooltip': KgTooltip;
  }
}
