// When a worker that owes answers has gone silent for too long, it is taken for dead. A browser can end
// a worker without any event (it was killed for memory, or closed itself): without this, the requests
// it owed would wait forever and the page would say "Computing…" for good (client.ts).
//
// What is timed is silence, not a request's age: the count starts when a request is sent to a worker
// that owed nothing, starts again at every message from the worker, and stops once nothing is owed.
// So a queue of requests answered one after another never trips it, and a dead worker is not kept
// "alive" by new requests sent to it.

/**
 * How long a worker that owes an answer may stay silent: 12 s. The heaviest real request (the composite
 * index with its rank stability, or a 10,000 × 100 import's matrices) takes 0.1–0.2 s on the 2-core
 * development machine under load, and the first request waits for the worker's script (11 KB gzip) to
 * load; a slow phone on a slow network might take 20 times as long, still well under 12 s. Longer
 * would leave a person looking at "Computing…" with no word of what happened; much shorter would risk
 * restarting a worker that was only slow.
 */
export const ENGINE_SILENCE_MS = 12_000;

export class Watchdog {
  #timer: ReturnType<typeof setTimeout> | null = null;

  /** `onSilent` is called once when the worker has owed an answer for `ms` without a word. */
  constructor(
    readonly ms: number,
    readonly onSilent: () => void,
  ) {}

  /** A request was sent: starts counting unless the count already runs (an earlier request is owed). */
  sent(): void {
    this.#timer ??= this.#start();
  }

  /** The worker said something: counts afresh while it still owes answers, else stops. */
  heard(stillOwed: boolean): void {
    this.stop();
    if (stillOwed) this.#timer = this.#start();
  }

  /** Nothing is owed any more (the worker was stopped or replaced). */
  stop(): void {
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
  }

  get running(): boolean {
    return this.#timer !== null;
  }

  #start(): ReturnType<typeof setTimeout> {
    return setTimeout(() => {
      this.#timer = null;
      this.onSilent();
    }, this.ms);
  }
}
