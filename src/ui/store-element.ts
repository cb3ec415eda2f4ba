// Base class of the components that read the application state: re-renders on every store change
// (Lit's template diffing keeps that cheap at this size). Writes go up as events (view-event.ts).
import {LitElement, type PropertyValues} from 'lit';
import {property} from 'lit/decorators.js';
import type {AppState, AppStore} from '../state/app-state';

export class StoreElement extends LitElement {
  /** Set by the composition root; the element renders nothing until it has a store. */
  @property({attribute: false}) store: AppStore | undefined;
  #unsubscribe: (() => void) | null = null;

  get state(): AppState {
    return this.store!.state;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#subscribe();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unsubscribe?.();
    this.#unsubscribe = null;
  }

  protected override shouldUpdate(changed: PropertyValues): boolean {
    if (changed.has('store')) this.#subscribe();
    return this.store !== undefined;
  }

  #subscribe(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = this.store && this.isConnected ? this.store.subscribe(() => this.requestUpdate()) : null;
  }
}
