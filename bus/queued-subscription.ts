/**
 * The {@link BusSubscription} both buses hand out: messages are either passed to a callback
 * or buffered for async iteration.
 */
import type { BusMessage, BusSubscription } from './bus.js';

/** Receives errors thrown by subscription callbacks, which have no caller to reject. */
export type CallbackErrorReporter = (error: unknown, subject: string) => void;

/**
 * A core subscription fed by a bus implementation through {@link QueuedSubscription.deliver}.
 *
 * Buffering is unbounded: a subscriber that iterates slower than messages arrive grows
 * memory (NATS would eventually flag it as a slow consumer).
 */
export class QueuedSubscription implements BusSubscription {
  private readonly buffer: BusMessage[] = [];
  private readonly waiters: ((result: IteratorResult<BusMessage>) => void)[] = [];
  private stopped = false;

  /**
   * @param subject the subscribed filter
   * @param callback when set, called for each message instead of buffering it
   * @param onUnsubscribe tells the bus to stop routing messages here
   * @param reportCallbackError receives what `callback` throws
   */
  constructor(
    readonly subject: string,
    private readonly callback: ((msg: BusMessage) => void) | undefined,
    private readonly onUnsubscribe: () => void,
    private readonly reportCallbackError: CallbackErrorReporter,
  ) {}

  /** False once unsubscribed or ended by the bus. */
  get isActive(): boolean {
    return !this.stopped;
  }

  /** Hands one message to the callback or to the iterator. Ignored once stopped. */
  deliver(msg: BusMessage): void {
    if (this.stopped) return;
    if (this.callback) {
      try {
        this.callback(msg);
      } catch (error) {
        this.reportCallbackError(error, msg.subject);
      }
      return;
    }
    const waiter = this.waiters.shift();
    if (waiter) waiter({ value: msg, done: false });
    else this.buffer.push(msg);
  }

  /**
   * Ends the subscription from the bus side (the bus is closing): messages already
   * buffered are still yielded, then iteration ends.
   */
  end(): void {
    if (this.stopped) return;
    this.stopped = true;
    this.releaseWaiters();
  }

  /** Stops delivery, drops buffered messages and ends iteration. Idempotent. */
  unsubscribe(): void {
    this.buffer.length = 0;
    const wasStopped = this.stopped;
    this.stopped = true;
    this.releaseWaiters();
    if (!wasStopped) this.onUnsubscribe();
  }

  [Symbol.asyncIterator](): AsyncIterator<BusMessage> {
    return {
      next: () => this.next(),
      return: (): Promise<IteratorResult<BusMessage>> => {
        this.unsubscribe();
        return Promise.resolve({ value: undefined, done: true });
      },
    };
  }

  private next(): Promise<IteratorResult<BusMessage>> {
    const msg = this.buffer.shift();
    if (msg) return Promise.resolve({ value: msg, done: false });
    if (this.stopped) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  private releaseWaiters(): void {
    for (const waiter of this.waiters.splice(0)) waiter({ value: undefined, done: true });
  }
}
