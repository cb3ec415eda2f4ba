// Base class of the components that read the application state: re-renders on every store change but
// a pointer move alone (see watchesHover), and when a code-split feature's messages arrive; Lit's
// template diffing keeps that cheap. Writes go up as events (view-event.ts).
import {LitElement, type PropertyValues} from 'lit';
import {property} from 'lit/decorators.js';
import {onMessagesAdded} from '../i18n/i18n';
import type {LazyLoadHandlers} from '../lazy-module';
import type {AppState, AppStore} from '../state/app-state';

export class StoreElement extends LitElement {
  /** Set by the composition root; the element renders nothing until it has a store. */
  @property({attribute: false}) store: AppStore | undefined;
  /** Whether the element renders `state.hover` (else a change of the hover alone does not update it). */
  static watchesHover = false;
  #unsubscribe: (() => void) | null = null;
  #offMessages: (() => void) | null = null;

  get state(): AppState {
    return this.store!.state;
  }

  /**
   * What a code-split part this element draws is told (lazy-module.ts): draw again once it has come;
   * if it could not be loaded, the page says so (kg-engine-status) and the part stays undrawn.
   */
  protected readonly lazyLoaded: LazyLoadHandlers = {redraw: () => this.requestUpdate(), onLoadError: () => this.store?.update({loadFailed: true})};

  override connectedCallback(): void {
    super.connectedCallback();
    this.#subscribe();
    this.#offMessages = onMessagesAdded(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unsubscribe?.();
    this.#unsubscribe = null;
    this.#offMessages?.();
    this.#offMessages = null;
  }

  protected override shouldUpdate(changed: PropertyValues): boolean {
    if (changed.has('store')) this.#subscribe();
    return this.store !== undefined;
  }

  #subscribe(): void {
    this.#unsubscribe?.();
    const watchesHover = (this.constructor as typeof StoreElement).watchesHover;
    this.#unsubscribe =
      this.store && this.isConnected
        ? this.store.subscribe((s, prev) => {
            if (watchesHover || !onlyHoverChanged(s, prev)) this.requestUpdate();
          })
        : null;
  }
}

/**
 * A moving pointer changes `hover` many times a second; only the elements that show it (the tooltip)
 * re-render for that alone.
 */
function onlyHoverChanged(s: AppState, prev: AppState): boolean {
  for (const key of Object.keys(s) as (keyof AppState)[]) if (key !== 'hover' && !Object.is(s[key], prev[key])) return false;
  return true;
}
