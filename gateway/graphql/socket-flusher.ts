/**
 * When the frames written to sockets leave: each socket is corked at its first write of a turn
 * and uncorked (one system call for everything written to it meanwhile) once the turn's promise
 * jobs are done, in the order the sockets were first written to.
 *
 * A run of uncorks holds the event loop, and on a busy machine each write can cost far more
 * than its CPU time: it wakes the receiving process, which may take the CPU from the gateway.
 * In a 500-page scrape watched by 100 graphql-ws clients on one 2-CPU machine, a round of
 * writes took 8 ms (median) for 1.9 ms of CPU, and actor messages waited meanwhile, unread.
 * So uncorking goes on for at most `sliceMs`, then yields to I/O (`setImmediate`) and goes on in
 * the next turn. A socket still waiting when more frames are written to it sends them all in
 * its one write.
 */
import type { Socket } from 'node:net';

/** @see SocketFlusher */
export const DEFAULT_FLUSH_SLICE_MS = 2;

/** What the flusher needs of a socket (`net.Socket`). */
export type CorkableSocket = Pick<Socket, 'cork' | 'uncork'>;

export class SocketFlusher {
  readonly #sliceMs: number;
  readonly #nowMs: () => number;
  /** Corked sockets waiting for their write, in the order they were corked. */
  readonly #waiting = new Set<CorkableSocket>();
  #scheduled = false;

  /**
   * @param sliceMs longest a run of uncorks holds the event loop before the rest wait for the
   *   next turn; 0 uncorks one socket per turn. @default 2
   * @param nowMs the clock the slice is measured with (tests give one they move themselves)
   * @throws RangeError when `sliceMs` is negative or not a finite number
   */
  constructor(sliceMs: number = DEFAULT_FLUSH_SLICE_MS, nowMs: () => number = () => performance.now()) {
    if (typeof sliceMs !== 'number' || !Number.isFinite(sliceMs) || sliceMs < 0) {
      throw new RangeError(`flushSliceMs must be a finite number of milliseconds ≥ 0, got ${String(sliceMs)}`);
    }
    this.#sliceMs = sliceMs;
    this.#nowMs = nowMs;
  }

  /** Sockets corked and not yet written. */
  get waiting(): number {
    return this.#waiting.size;
  }

  /** Holds what is written to `socket` from now until its turn to be written comes. */
  cork(socket: CorkableSocket): void {
    if (this.#waiting.has(socket)) return;
    this.#waiting.add(socket);
    socket.cork();
    if (this.#scheduled) return;
    this.#scheduled = true;
    // After the promise jobs of this turn (the fan-out of the events it applied), before any I/O.
    process.nextTick(() => this.#flush());
  }

  #flush(): void {
    const deadline = this.#nowMs() + this.#sliceMs;
    for (const socket of this.#waiting) {
      this.#waiting.delete(socket);
      socket.uncork();
      if (this.#nowMs() >= deadline) break;
    }
    if (this.#waiting.size === 0) this.#scheduled = false;
    else setImmediate(() => this.#flush());
  }
}
