/**
 * Runs a work handler over a durable JetStream pull consumer.
 *
 * Messages are pulled with `fetch` only for free handler slots, so this process never holds
 * more than `maxInFlight` unsettled messages (but for the extras a re-issued pull may bring
 * with `keepOrder`): a message waiting in a local buffer would have its ack timer running
 * while another process sits idle. Each fetch ends after `fetchExpiresMs` at the latest, so
 * the loop recovers on its own from server restarts.
 */
import { ErrorCode, NatsError, type Consumer as JsConsumer, type ConsumerMessages, type JsMsg } from 'nats';
import { BusUnavailableError, type Consumer, type WorkHandler, type WorkMessage } from './bus.js';
import { checkNakDelayMs, type ResolvedConsumeOptions } from './bus-options.js';
import type { BusErrorReporter } from './error-reporter.js';
import { decodePayload } from './json-payload.js';
import { toBusError } from './nats-errors.js';

const TEXT = new TextDecoder();
const MAX_RETRY_DELAY_MS = 5000;
/**
 * Pause after a pull the server ended early without a message: it refuses pulls while the
 * durable's `max_ack_pending` is reached (another process holds the messages), and pulling
 * again at once would spin between the processes.
 */
const REFUSED_PULL_DELAY_MS = 20;

function isClosedConnection(error: unknown): boolean {
  return error instanceof NatsError && (error.code === ErrorCode.ConnectionClosed || error.code === ErrorCode.ConnectionDraining);
}

/** One delivery of a JetStream message. The first settlement wins; later ones do nothing. */
class NatsWorkMessage implements WorkMessage {
  private settled = false;

  constructor(
    private readonly msg: JsMsg,
    readonly data: unknown,
  ) {}

  get subject(): string {
    return this.msg.subject;
  }

  get deliveryCount(): number {
    return this.msg.info.deliveryCount;
  }

  get isSettled(): boolean {
    return this.settled;
  }

  /** Resolves once the server confirmed the ack. */
  async ack(): Promise<void> {
    if (this.settled) return;
    this.settled = true;
    try {
      await this.msg.ackAck();
    } catch (error) {
      throw toBusError(error, `Ack of ${this.msg.subject}`);
    }
  }

  nak(delayMs?: number): void {
    const delay = checkNakDelayMs(delayMs);
    if (this.settled) return;
    this.settled = true;
    this.ignoringClosedConnection(() => this.msg.nak(delay > 0 ? delay : undefined));
  }

  working(): void {
    if (!this.settled) this.ignoringClosedConnection(() => this.msg.working());
  }

  term(): void {
    if (this.settled) return;
    this.settled = true;
    this.ignoringClosedConnection(() => this.msg.term());
  }

  /** Settling on a closed connection is moot: the server redelivers after the ack wait. */
  private ignoringClosedConnection(settle: () => void): void {
    try {
      settle();
    } catch (error) {
      if (!isClosedConnection(error)) throw toBusError(error, `Settling ${this.msg.subject}`);
    }
  }
}

/** The {@link Consumer} returned by `NatsBus.consume`. */
export class NatsConsumerRunner implements Consumer {
  private inFlight = 0;
  /** Messages asked for by open fetches and not received yet. */
  private requested = 0;
  private stopping = false;
  private failures = 0;
  private retryTimer: NodeJS.Timeout | null = null;
  private pumpScheduled = false;
  private readonly fetches = new Set<ConsumerMessages>();
  private readonly idleWaiters: (() => void)[] = [];
  private stopPromise: Promise<void> | null = null;

  constructor(
    private readonly consumer: JsConsumer,
    private readonly options: ResolvedConsumeOptions,
    private readonly handler: WorkHandler,
    private readonly reportError: BusErrorReporter,
    private readonly fetchExpiresMs: number,
    private readonly onStopped: (runner: NatsConsumerRunner) => void,
  ) {}

  start(): void {
    this.pump();
  }

  /** Stops pulling (open pulls are cancelled); resolves once running handlers have returned. */
  stop(): Promise<void> {
    if (!this.stopPromise) {
      this.stopping = true;
      if (this.retryTimer) clearTimeout(this.retryTimer);
      this.retryTimer = null;
      for (const fetch of this.fetches) void fetch.close();
      this.onStopped(this);
      this.stopPromise = this.inFlight === 0 ? Promise.resolve() : new Promise<void>((resolve) => this.idleWaiters.push(resolve));
    }
    return this.stopPromise;
  }

  /**
   * Opens a fetch for the free slots not already asked for: at once when nothing is asked for;
   * else, once half the slots are free, and never with `keepOrder`. Topping up at every settled
   * message would open a pull (an inbox, a request the server queues and expires) per message
   * while an open one still has room. With `keepOrder` one fetch at a time: each fetch is read by
   * a loop of its own, and two loops reading their buffered messages take turns, which would
   * hand the messages to the handler out of the order they came in.
   */
  private pump(): void {
    if (this.stopping || this.retryTimer) return;
    const free = this.options.maxInFlight - this.inFlight - this.requested;
    const topUp = !this.options.keepOrder && free >= Math.ceil(this.options.maxInFlight / 2);
    if (free > 0 && (this.requested === 0 || topUp)) void this.fetchBatch(free);
  }

  /** {@link pump} once the messages settled in this turn are counted (a batch settles together). */
  private pumpSoon(): void {
    if (this.pumpScheduled) return;
    this.pumpScheduled = true;
    setImmediate(() => {
      this.pumpScheduled = false;
      this.pump();
    });
  }

  private async fetchBatch(batch: number): Promise<void> {
    const startedAt = Date.now();
    this.requested += batch;
    let received = 0;
    let failed = false;
    let messages: ConsumerMessages | undefined;
    try {
      messages = await this.consumer.fetch({ max_messages: batch, expires: this.fetchExpiresMs });
      this.fetches.add(messages);
      if (this.stopping) void messages.close();
      for await (const msg of messages) {
        received++;
        if (this.stopping) {
          // Handed back now, it would be redelivered ahead of earlier messages this process still holds.
          if (!this.options.keepOrder) this.settleQuietly(() => msg.nak());
          continue;
        }
        // After a reconnect the client re-issues the pull, which may over-deliver: extras are
        // handed back, or handled when the order must be kept (handed back, they would come after later ones).
        if (received > batch && !this.options.keepOrder) {
          this.settleQuietly(() => msg.nak());
          continue;
        }
        if (received <= batch) this.requested--;
        this.run(msg);
      }
      this.failures = 0;
    } catch (error) {
      failed = true;
      if (!this.stopping) {
        this.reportError(error, `pulling from ${this.options.stream.name}/${this.options.durable}`);
      }
    } finally {
      if (messages) this.fetches.delete(messages);
      this.requested -= Math.max(0, batch - received);
    }
    if (failed) this.retryLater();
    else if (received === 0 && Date.now() - startedAt < this.fetchExpiresMs / 2) this.pumpAfter(REFUSED_PULL_DELAY_MS);
    else this.pump();
  }

  private pumpAfter(delayMs: number): void {
    if (this.stopping || this.retryTimer) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      this.pump();
    }, delayMs);
  }

  private retryLater(): void {
    if (this.stopping || this.retryTimer) return;
    const delayMs = Math.min(MAX_RETRY_DELAY_MS, 250 * 2 ** this.failures++);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      this.pump();
    }, delayMs);
  }

  private run(msg: JsMsg): void {
    this.inFlight++;
    void this.handle(msg).finally(() => {
      this.inFlight--;
      if (this.inFlight === 0) for (const wake of this.idleWaiters.splice(0)) wake();
      this.pumpSoon();
    });
  }

  private async handle(msg: JsMsg): Promise<void> {
    let data: unknown;
    try {
      data = decodePayload(TEXT.decode(msg.data));
    } catch (error) {
      this.reportError(error, `dropping undecodable message on ${msg.subject}`);
      this.settleQuietly(() => msg.term());
      return;
    }
    const work = new NatsWorkMessage(msg, data);
    try {
      await this.handler(work);
    } catch (error) {
      this.reportError(error, `work handler of durable ${this.options.durable} on ${msg.subject}`);
      if (work.isSettled) return;
      this.settleQuietly(() => (work.deliveryCount >= this.options.maxDeliver ? work.term() : work.nak()));
    }
  }

  private settleQuietly(settle: () => void): void {
    try {
      settle();
    } catch (error) {
      if (!this.stopping && !isClosedConnection(error) && !(error instanceof BusUnavailableError)) {
        this.reportError(error, `settling a message of ${this.options.durable}`);
      }
    }
  }
}
