// Giving the keyboard focus back when a panel closes (the pinned profile, the green-clusters panel, the
// scenario editor): to what had it when the panel opened — the map, a table row, the button that
// opened it. Without this, closing a panel by its button removes the focused button with the panel,
// and the focus falls to the page's body: a keyboard user starts again from the top of the page.
import type {ReactiveController, ReactiveControllerHost} from 'lit';

/** The focused element, inside shadow roots too; `stopAt` when the focus is in its shadow root. */
export function deepActiveElement(stopAt: Element | null = null): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement && active !== stopAt) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * Remembers what had the focus when the host's panel opened, and focuses it again when the panel
 * closes, if the focus was in the panel or lost with it. A panel closed while the focus is elsewhere
 * (Escape pressed on the map closes the profile) leaves the focus there.
 */
export function returnFocusOnClose(host: ReactiveControllerHost & HTMLElement, isOpen: () => boolean): void {
  host.addController(new FocusReturn(host, isOpen));
}

class FocusReturn implements ReactiveController {
  #opener: HTMLElement | null = null;
  #wasOpen = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly isOpen: () => boolean,
  ) {}

  /** Before the host renders: an opening panel has not taken the focus yet. */
  hostUpdate(): void {
    const open = this.isOpen();
    if (open && !this.#wasOpen) {
      const active = deepActiveElement();
      this.#opener = active instanceof HTMLElement && active !== document.body ? active : null;
    }
  }

  /** After it rendered: a closed panel's content is gone, and the focus with it if it was there. */
  hostUpdated(): void {
    const open = this.isOpen();
    if (!open && this.#wasOpen) {
      const active = document.activeElement;
      const lost = !active || active === document.body || this.host.contains(active) || active === this.host;
      if (lost && this.#opener?.isConnected) this.#opener.focus();
      this.#opener = null;
    }
    this.#wasOpen = open;
  }
}
