/**
 * In-memory durable consumer of an {@link EmbeddedStream}, with JetStream's pull-consumer
 * semantics: explicit acks, ack-wait redelivery, nak with delay, term, max deliveries, and
 * the work shared among every {@link EmbeddedRunner} attached under the same durable name.
 */
import { BusUnavailableError } from './bus.js';
import type { ResolvedConsumeOptions } from './bus-options.js';
import { EmbeddedWorkMessage, type EmbeddedRunner } from './embedded-runner.js';
import { decodePayload } from './json-payload.js';
import { parseFilter, tokensMatch } from './subject-match.js';

/** A message as the stream stores it. */
export interface StoredMessage {
  readonly seq: number;
  readonly subject: string;
  readonly tokens: readonly string[];
  readonly json: string;
}

/** What a durable needs from its stream. */
export interface DurableStore {
  readonly messages: ReadonlyMap<number, StoredMessage>;
  /** Removes a message for good (acked, termed or out of deliveries). */
  remove(seq: number): void;
  /** Hands a message out of deliveries to the dead-letter watchers of `durable`, then removes it. */
  deadLetter(durable: string, seq: number, deliveries: number): void;
}

/** One delivery of a stored message; settlements of an outdated delivery are ignored. */
export interface Delivery {
  readonly seq: number;
  readonly count: number;
  timer: NodeJS.Timeout;
}

/** The state of one durable consumer name on one stream; outlives the runners attached to it. */
export class EmbeddedDurable {
  private filterTokens: readonly string[] | null = null;
  private filter: string | undefined;
  private ackWaitMs: number;
  private maxDeliver: number;
  private ready: number[] = [];
  private readyHead = 0;
  private redeliver: number[] = [];
  private readonly deliveryCounts = new Map<number, number>();
  private readonly inFlight = new Map<number, Delivery>();
  private readonly delayed = new Map<number, NodeJS.Timeout>();
  private readonly runners: EmbeddedRunner[] = [];
  private nextRunner = 0;
  private dispatchHandle: NodeJS.Immediate | null = null;
  private closed = false;

  constructor(
    readonly name: string,
    private readonly store: DurableStore,
    options: ResolvedConsumeOptions,
  ) {
    this.ackWaitMs = options.ackWaitMs;
    this.maxDeliver = options.maxDeliver;
    this.setFilter(options.filterSubject);
  }

  /** The filter subject, undefined when the durable takes every subject of the stream. */
  get filterSubject(): string | undefined {
    return this.filter;
  }

  /** Applies the options of a later `consume` call under the same name (last one wins, as in JetStream). */
  configure(options: ResolvedConsumeOptions): void {
    this.ackWaitMs = options.ackWaitMs;
    this.maxDeliver = options.maxDeliver;
    if (options.filterSubject !== this.filter) this.setFilter(options.filterSubject);
  }

  /** True when this durable takes messages on the subject with these tokens. */
  accepts(tokens: readonly string[]): boolean {
    return this.filterTokens === null || tokensMatch(this.filterTokens, tokens);
  }

  /** Messages delivered and not settled, or handed back with a delay. */
  unsettledCount(): number {
    return this.inFlight.size + this.delayed.size;
  }

  /** Called by the stream for each newly stored message this durable accepts. */
  onStored(seq: number): void {
    this.ready.push(seq);
    this.scheduleDispatch();
  }

  /** Called by the stream when a message is gone for good. */
  onRemoved(seq: number): void {
    const delivery = this.inFlight.get(seq);
    if (delivery) clearTimeout(delivery.timer);
    this.inFlight.delete(seq);
    const delay = this.delayed.get(seq);
    if (delay) clearTimeout(delay);
    this.delayed.delete(seq);
    this.deliveryCounts.delete(seq);
  }

  attach(runner: EmbeddedRunner): void {
    this.runners.push(runner);
    this.scheduleDispatch();
  }

  detach(runner: EmbeddedRunner): void {
    const index = this.runners.indexOf(runner);
    if (index >= 0) this.runners.splice(index, 1);
  }

  /** Looks for work for idle runners on the next turn of the event loop. */
  scheduleDispatch(): void {
    if (this.dispatchHandle || this.closed) return;
    this.dispatchHandle = setImmediate(() => {
      this.dispatchHandle = null;
      this.dispatch();
    });
  }

  /** Stops every timer; later settlements reject or do nothing. */
  close(): void {
    this.closed = true;
    if (this.dispatchHandle) clearImmediate(this.dispatchHandle);
    this.dispatchHandle = null;
    for (const delivery of this.inFlight.values()) clearTimeout(delivery.timer);
    for (const timer of this.delayed.values()) clearTimeout(timer);
    this.inFlight.clear();
    this.delayed.clear();
    this.runners.length = 0;
  }

  ack(delivery: Delivery): Promise<void> {
    if (this.closed) return Promise.reject(new BusUnavailableError('Cannot ack: the bus is closed'));
    // A late ack of an expired delivery still counts, as in JetStream.
    if (this.store.messages.has(delivery.seq)) this.store.remove(delivery.seq);
    return Promise.resolve();
  }

  term(delivery: Delivery): void {
    if (!this.closed && this.store.messages.has(delivery.seq)) this.store.remove(delivery.seq);
  }

  nak(delivery: Delivery, delayMs: number): void {
    if (!this.isCurrent(delivery)) return;
    clearTimeout(delivery.timer);
    this.inFlight.delete(delivery.seq);
    if (delivery.count >= this.maxDeliver) {
      this.store.deadLetter(this.name, delivery.seq, delivery.count);
      return;
    }
    if (delayMs > 0) {
      this.delayed.set(
        delivery.seq,
        setTimeout(() => {
          this.delayed.delete(delivery.seq);
          this.redeliver.push(delivery.seq);
          this.scheduleDispatch();
        }, delayMs),
      );
      return;
    }
    this.redeliver.push(delivery.seq);
    this.scheduleDispatch();
  }

  working(delivery: Delivery): void {
    if (!this.isCurrent(delivery)) return;
    clearTimeout(delivery.timer);
    delivery.timer = this.startAckTimer(delivery);
  }

  private isCurrent(delivery: Delivery): boolean {
    return !this.closed && this.inFlight.get(delivery.seq) === delivery;
  }

  private setFilter(filter: string | undefined): void {
    this.filter = filter;
    this.filterTokens = filter === undefined ? null : parseFilter(filter);
    // Rebuild the backlog in stream order from what the stream holds.
    this.ready = [];
    this.readyHead = 0;
    this.redeliver = [];
    for (const msg of this.store.messages.values()) {
      if (this.accepts(msg.tokens) && !this.inFlight.has(msg.seq) && !this.delayed.has(msg.seq)) {
        this.ready.push(msg.seq);
      }
    }
    this.scheduleDispatch();
  }

  private dispatch(): void {
    for (;;) {
      const runner = this.pickRunner();
      if (!runner) return;
      const seq = this.takeNext();
      if (seq === undefined) return;
      const stored = this.store.messages.get(seq)!;
      const count = (this.deliveryCounts.get(seq) ?? 0) + 1;
      this.deliveryCounts.set(seq, count);
      const delivery = { seq, count } as Delivery;
      delivery.timer = this.startAckTimer(delivery);
      this.inFlight.set(seq, delivery);
      runner.run(new EmbeddedWorkMessage(this, delivery, stored.subject, decodePayload(stored.json)), this.maxDeliver);
    }
  }

  private pickRunner(): EmbeddedRunner | undefined {
    for (let i = 0; i < this.runners.length; i++) {
      const runner = this.runners[(this.nextRunner + i) % this.runners.length];
      if (runner.hasCapacity()) {
        this.nextRunner = (this.nextRunner + i + 1) % this.runners.length;
        return runner;
      }
    }
    return undefined;
  }

  /** Redeliveries first (as JetStream does), then new messages in stream order. */
  private takeNext(): number | undefined {
    while (this.redeliver.length > 0) {
      const seq = this.redeliver.shift()!;
      if (this.isAvailable(seq)) return seq;
    }
    while (this.readyHead < this.ready.length) {
      const seq = this.ready[this.readyHead++];
      if (this.readyHead > 1024 && this.readyHead * 2 > this.ready.length) {
        this.ready = this.ready.slice(this.readyHead);
        this.readyHead = 0;
      }
      if (this.isAvailable(seq)) return seq;
    }
    return undefined;
  }

  private isAvailable(seq: number): boolean {
    const stored = this.store.messages.get(seq);
    return stored !== undefined && !this.inFlight.has(seq) && !this.delayed.has(seq) && this.accepts(stored.tokens);
  }

  private startAckTimer(delivery: Delivery): NodeJS.Timeout {
    return setTimeout(() => this.onAckTimeout(delivery), this.ackWaitMs);
  }

  private onAckTimeout(delivery: Delivery): void {
    if (!this.isCurrent(delivery)) return;
    this.inFlight.delete(delivery.seq);
    if (delivery.count >= this.maxDeliver) {
      this.store.deadLetter(this.name, delivery.seq, delivery.count);
      return;
    }
    this.redeliver.push(delivery.seq);
    this.scheduleDispatch();
  }
}
