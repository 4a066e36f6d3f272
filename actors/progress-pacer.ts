/**
 * Paces a crawl actor's progress messages. A fast crawl finishes dozens of pages a second, and
 * each progress message is stored, published and sent to every subscriber of the job, though
 * no live view shows more than a few updates a second: at most one message per
 * `minIntervalMs` is sent, built when it is sent so that it carries the latest state, and a
 * request is never left unanswered for longer than that. While nothing asks, one is sent every
 * `maxIntervalMs`, which shows the crawl is alive.
 */

/** The timers a pacer uses (the real ones by default; tests pass a clock they move). */
export interface PacerClock {
  now(): number;
  setTimeout(callback: () => void, delayMs: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface ProgressPacerOptions {
  /** Shortest time between two progress messages, in milliseconds (0: every request is sent at once). */
  readonly minIntervalMs: number;
  /** Longest time without a progress message while the pacer runs, in milliseconds. */
  readonly maxIntervalMs: number;
  /** Sends one progress message. */
  readonly emit: () => void;
  /** @default the real clock and timers */
  readonly clock?: PacerClock;
}

const REAL_CLOCK: PacerClock = {
  now: () => performance.now(),
  setTimeout: (callback, delayMs) => setTimeout(callback, delayMs),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

export class ProgressPacer {
  readonly #minIntervalMs: number;
  readonly #maxIntervalMs: number;
  readonly #emit: () => void;
  readonly #clock: PacerClock;
  /** When the last message was sent; none yet: the first request is sent at once. */
  #lastSentAt = Number.NEGATIVE_INFINITY;
  #timer: unknown;
  /** A request waits for the end of the current interval. */
  #requested = false;
  #stopped = false;

  /** Starts the heartbeat: the first message goes out after `maxIntervalMs` unless one is requested sooner. */
  constructor(options: ProgressPacerOptions) {
    if (!(options.minIntervalMs >= 0) || !(options.maxIntervalMs > options.minIntervalMs)) {
      throw new RangeError(`need 0 ≤ minIntervalMs < maxIntervalMs (got ${options.minIntervalMs} and ${options.maxIntervalMs})`);
    }
    this.#minIntervalMs = options.minIntervalMs;
    this.#maxIntervalMs = options.maxIntervalMs;
    this.#emit = options.emit;
    this.#clock = options.clock ?? REAL_CLOCK;
    this.#schedule(this.#maxIntervalMs);
  }

  /** Asks for a progress message: sent now, or at the end of the current interval. */
  request(): void {
    if (this.#stopped || this.#requested) return;
    const waitMs = this.#lastSentAt + this.#minIntervalMs - this.#clock.now();
    if (waitMs <= 0) {
      this.#send();
      return;
    }
    this.#requested = true;
    this.#schedule(waitMs);
  }

  /** Sends nothing more, a request still waiting included (the terminal message carries the final state). */
  stop(): void {
    this.#stopped = true;
    this.#clock.clearTimeout(this.#timer);
  }

  #send(): void {
    this.#requested = false;
    this.#lastSentAt = this.#clock.now();
    this.#schedule(this.#maxIntervalMs);
    this.#emit();
  }

  #schedule(delayMs: number): void {
    this.#clock.clearTimeout(this.#timer);
    this.#timer = this.#clock.setTimeout(() => {
      if (!this.#stopped) this.#send();
    }, delayMs);
  }
}
