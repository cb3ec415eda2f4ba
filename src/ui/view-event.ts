// Components change the view only by dispatching this event; main.ts applies it to the store.
import type {ViewState} from '../state/view-state';

export const VIEW_EVENT = 'kg-view';

export type ViewEvent = CustomEvent<Partial<ViewState>>;

export function viewEvent(patch: Partial<ViewState>): ViewEvent {
  return new CustomEvent(VIEW_EVENT, {detail: patch, bubbles: true, composed: true});
}

declare global {
  interface HTMLElementEventMap {
    [VIEW_EVENT]: ViewEvent;
  }
  interface DocumentEventMap {
    [VIEW_EVENT]: ViewEvent;
  }
}
