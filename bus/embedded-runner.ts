/**
 * The handler side of an embedded durable consumer: one {@link EmbeddedRunner} per
 * `consume` call, and the {@link WorkMessage} it hands to the handler.
 */
import type { WorkHandler, WorkMessage } from './bus.js';
import { checkNakDelayMs } from './bus-options.js';
import type { Delivery, EmbeddedDurable } from './embedded-durable.js';
import type { BusErrorReporter } from './error-reporter.js';

/** One delivery of a stored message to a handler. */
export class EmbeddedWorkMessage implements WorkMessage {
  private settled = false;

  constructor(
    private readonly durable: EmbeddedDurable,
    private readonly delivery: Delivery,
    readonly subject: string,
    readonly data: unknown,
  ) {}

  get deliveryCount(): number {
    return this.delivery.count;
  }

  get isSettled(): boolean {
    return this.settled;
  }

  ack(): Promise<void> {
    if (this.settled) return Promise.resolve();
    this.settled = true;
    return this.durable.ack(this.delivery);
  }

  nak(delayMs?: number): void {
    const delay = checkNakDelayMs(delayMs);
    if (this.settled) return;
    this.settled = true;
    this.durable.nak(this.delivery, delay);
  }

  working(): void {
    if (!this.settled) this.durable.working(this.delivery);
  }

  term(): void {
    if (this.settled) return;
    this.settled = true;
    this.durable.term(this.delivery);
  }
}

/**
 * One `consume` call: runs the handler for messages of its durable, at most `maxInFlight`
 * at a time.
 */
export class EmbeddedRunner {
  private active = 0;
  private stopping = false;
  private readonly idleWaiters: (() => void)[] = [];
  private stopPromise: Promise<void> | null = null;

  constructor(
    private readonly durable: EmbeddedDurable,
    private readonly maxInFlight: number,
    private readonly handler: WorkHandler,
    private readonly reportError: BusErrorReporter,
    private readonly onStopped: (runner: EmbeddedRunner) => void,
  ) {}

  hasCapacity(): boolean {
    return !this.stopping && this.active < this.maxInFlight;
  }

  run(msg: EmbeddedWorkMessage, maxDeliver: number): void {
    this.active++;
    Promise.resolve()
      .then(() => this.handler(msg))
      .catch((error: unknown) => {
        this.reportError(error, `work handler of durable ${this.durable.name} on ${msg.subject}`);
        if (msg.isSettled) return;
        if (msg.deliveryCount >= maxDeliver) msg.term();
        else msg.nak();
      })
      .finally(() => {
        this.active--;
        if (this.active === 0) for (const wake of this.idleWaiters.splice(0)) wake();
        this.durable.scheduleDispatch();
      });
  }

  /** Stops taking messages; resolves once running handlers have returned. */
  stop(): Promise<void> {
    if (!this.stopPromise) {
      this.stopping = true;
      this.durable.detach(this);
      this.onStopped(this);
      this.stopPromise = this.active === 0 ? Promise.resolve() : new Promise<void>((resolve) => this.idleWaiters.push(resolve));
    }
    return this.stopPromise;
  }
}
