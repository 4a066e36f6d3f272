import { abortReason } from './abort-reason.js';
/**
 * Bounds how many pages render at once in one actor service, across all its jobs: a counting
 * semaphore with a first-come, first-served queue whose waits can be aborted.
 */

/** Gives a permit back. Idempotent. */
export type ReleasePermit = () => void;

/** A counting semaphore; see the file comment. */
export class PageSemaphore {
  readonly #capacity: number;
  #inUse = 0;
  readonly #waiters: { grant: () => void; reject: (reason: unknown) => void }[] = [];

  /** @throws RangeError unless `capacity` is a positive integer */
  constructor(capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError(`capacity must be a positive integer (got ${capacity})`);
    this.#capacity = capacity;
  }

  /** Permits in total. */
  get capacity(): number {
    return this.#capacity;
  }

  /** Permits held now. */
  get inUse(): number {
    return this.#inUse;
  }

  /** Callers waiting for a permit. */
  get waiting(): number {
    return this.#waiters.length;
  }

  /**
   * Resolves with a release function once a permit is free (at once when one is). Rejects
   * with the signal's reason if it aborts first; the place in the queue is then given up.
   */
  acquire(signal: AbortSignal): Promise<ReleasePermit> {
    if (signal.aborted) return Promise.reject(abortReason(signal));
    if (this.#inUse < this.#capacity && this.#waiters.length === 0) {
      this.#inUse += 1;
      return Promise.resolve(this.#releaser());
    }
    return new Promise<ReleasePermit>((resolve, reject) => {
      const waiter = {
        grant: () => {
          signal.removeEventListener('abort', onAbort);
          resolve(this.#releaser());
        },
        reject,
      };
      const onAbort = (): void => {
        const index = this.#waiters.indexOf(waiter);
        if (index !== -1) this.#waiters.splice(index, 1);
        reject(abortReason(signal));
      };
      signal.addEventListener('abort', onAbort, { once: true });
      this.#waiters.push(waiter);
    });
  }

  #releaser(): ReleasePermit {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.#waiters.shift();
      if (next)
        next.grant(); // the permit passes straight to the next waiter
      else this.#inUse -= 1;
    };
  }
}
