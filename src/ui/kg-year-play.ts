// "Play the years" beside the year slider: the map steps through the indicator's years, one a little
// over a second, so that a visitor sees a change over time without dragging the slider year by year.
// Code-split with the picker's extras (picker-extras.ts).
import {css, html} from 'lit';
import {customElement, property, state} from 'lit/decorators.js';
import {addMessages, t} from '../i18n/i18n';
import {scenarios} from '../i18n/messages/scenarios';
import {sharedStyles} from './shared-styles';
import {StoreElement} from './store-element';
import {viewEvent} from './view-event';

addMessages(scenarios);

/** How long each year stays on the map (ms): long enough to read the legend's colours. */
export const YEAR_STEP_MS = 1200;

/**
 * The year after `year` while playing through `years`, or null at the end. Not `from`, the year a
 * change over time is compared with: shown, the comparison would end (year-compare.ts, fromFits), and
 * the years after it would play as values, not changes.
 */
export function nextYear(year: number, years: {min: number; max: number}, from: number | null = null): number | null {
  const next = year + 1 === from ? year + 2 : year + 1;
  return next <= years.max ? next : null;
}

@customElement('kg-year-play')
export class KgYearPlay extends StoreElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
        margin-top: 6px;
      }
      button {
        min-height: 32px;
      }
    `,
  ];

  @property({attribute: false}) years: {min: number; max: number} = {min: 0, max: -1};
  /** The year this control last put on the map while playing, and of what; null when not playing. */
  @state() private playing: {year: number; ind: string; sector: string} | null = null;
  #timer: ReturnType<typeof setTimeout> | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stop();
  }

  override willUpdate(): void {
    // Moved by the visitor while playing (the slider, a link, another indicator or industry): stopped.
    const {view} = this.state;
    const p = this.playing;
    if (p && (this.#year() !== p.year || view.ind !== p.ind || view.sector !== p.sector)) this.#stop();
  }

  override render() {
    const lang = this.state.view.lang;
    const on = this.playing !== null;
    return html`<button type="button" @click=${on ? () => this.#stop() : () => this.#play()}>
      <span aria-hidden="true">${on ? '❚❚' : '▶'}</span> ${t(lang, on ? 'year.pause' : 'year.play')}
    </button>`;
  }

  #year(): number {
    return this.state.view.year ?? this.years.max;
  }

  #play(): void {
    // From the first year when the last is on the map; else on from the year shown.
    const from = this.state.view.from;
    const first = this.years.min === from ? nextYear(from, this.years) : this.years.min;
    const start = this.#year() >= this.years.max ? first : this.#year();
    if (start !== null) this.#show(start);
  }

  #show(year: number): void {
    const {ind, sector} = this.state.view;
    this.playing = {year, ind, sector};
    if (year !== this.#year()) this.dispatchEvent(viewEvent({year}));
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#step(), YEAR_STEP_MS);
  }

  #step(): void {
    if (this.playing === null) return;
    // A year still being computed stays until it is on the map.
    if (this.state.indicator?.status === 'pending') {
      this.#timer = setTimeout(() => this.#step(), YEAR_STEP_MS / 4);
      return;
    }
    const next = nextYear(this.playing.year, this.years, this.state.view.from);
    if (next === null) this.#stop();
    else this.#show(next);
  }

  #stop(): void {
    clearTimeout(this.#timer);
    this.playing = null;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kg-year-play': KgYearPlay;
  }
}
