/**
 * The message bus shared by the gateway and the actor services.
 *
 * Two implementations exist with the same behaviour: {@link NatsBus} (distributed mode,
 * core NATS for events, JetStream for durable work) and {@link EmbeddedBus} (one process,
 * in memory). Payloads are JSON values; validation of their shape is the caller's job
 * (see `schema/`).
 *
 * Subject semantics are those of NATS: tokens separated by `.`, `*` matches one token,
 * `>` matches one or more trailing tokens.
 */

/** A message delivered to a core subscription. */
export interface BusMessage {
  readonly subject: string;
  readonly data: unknown;
  /** Replies to a {@link Bus.request}; a no-op when the sender did not ask for a reply. */
  respond(data: unknown): void;
}

/** A live core subscription. Iterate it, or stop it with {@link BusSubscription.unsubscribe}. */
export interface BusSubscription extends AsyncIterable<BusMessage> {
  readonly subject: string;
  /** Stops delivery and ends iteration. Idempotent. */
  unsubscribe(): void;
}

export interface SubscribeOptions {
  /** Queue group: each message goes to one member of the group only. */
  readonly queue?: string;
  /**
   * Called for each message instead of queuing it for iteration. When set, the
   * subscription is not meant to be iterated.
   */
  readonly callback?: (msg: BusMessage) => void;
}

/** A durable stream definition (JetStream stream with work-queue retention). */
export interface StreamSpec {
  /** Stream name, e.g. `PL_WORK`. */
  readonly name: string;
  /** Subjects captured by the stream, e.g. `['pl.work.>']`. */
  readonly subjects: readonly string[];
}

/** A message taken from a durable stream. It must be settled with ack, nak or term. */
export interface WorkMessage {
  readonly subject: string;
  readonly data: unknown;
  /** 1 on first delivery, 2 on the first redelivery, … */
  readonly deliveryCount: number;
  /** Settles the message as done; it is never delivered again. */
  ack(): Promise<void>;
  /** Hands the message back for redelivery after `delayMs` (default: at once). */
  nak(delayMs?: number): void;
  /** Resets the acknowledgement timer: the work is still in progress. */
  working(): void;
  /** Settles the message as failed for good; it is never delivered again. */
  term(): void;
}

export interface ConsumeOptions {
  /** The stream to read. */
  readonly stream: StreamSpec;
  /**
   * Durable consumer name; every process consuming with the same name shares the work
   * (each message goes to one of them).
   */
  readonly durable: string;
  /** Only messages whose subject matches this filter (one subject, wildcards allowed). */
  readonly filterSubject?: string;
  /** Most messages handled at once by this process. @default 1 */
  readonly maxInFlight?: number;
  /**
   * Most messages delivered and not yet settled across every process of this durable (NATS
   * `max_ack_pending`). 1 keeps the stream's order even when several processes consume it:
   * the next message goes out only once the previous one is settled. Unset: no such bound
   * beyond the processes' own `maxInFlight` (the embedded bus, one process, needs none).
   */
  readonly maxAckPending?: number;
  /** Redelivery when a message is neither settled nor marked working for this long. @default 30000 */
  readonly ackWaitMs?: number;
  /**
   * Most deliveries of one message. On the last one, {@link WorkMessage.deliveryCount}
   * equals this number, so a handler can tell it is the final attempt. @default 5
   */
  readonly maxDeliver?: number;
  /**
   * Keep the stream's order when the messages change hands (with `maxAckPending`, for a
   * durable one process at a time reads in order). NATS: messages that reach a consumer once
   * it is stopping are not handed back at once but left to come back after `ackWaitMs`, with
   * those it still held: handed back at once, they would be redelivered ahead of earlier
   * messages still held. Messages the server sends beyond those asked for (after a reconnect)
   * are handled rather than handed back. The embedded bus never hands back what it has not
   * delivered, so it keeps the order either way. @default false
   */
  readonly keepOrder?: boolean;
}

/** Options of {@link Bus.consumeBatch}: those of {@link ConsumeOptions} but `maxInFlight`. */
export interface BatchConsumeOptions extends Omit<ConsumeOptions, 'maxInFlight'> {
  /**
   * Most messages handed to the handler at once, and most messages this process holds
   * unsettled (the next batch is being received while one is handled). Set `maxAckPending`
   * to the same number to keep the stream's order across processes: then no process is
   * delivered anything while another holds a full batch. @default 100
   */
  readonly maxBatch?: number;
}

/**
 * What a batch handler may resolve with once the batch's effects are done but its messages are
 * still being settled (e.g. acks waiting for the server's confirmation): the next batch comes at
 * once, and the batch's messages count as held until `settled` resolves.
 */
export interface BatchSettling {
  /** Resolves once every message of the batch is settled (it should not reject). */
  readonly settled: Promise<void>;
}

/**
 * Handles one batch of durable messages, in delivery order; the next batch comes once it has
 * returned (or resolved with a {@link BatchSettling}). Settle each message with ack, nak or term;
 * rejecting or leaving messages unsettled has the consequences described for
 * {@link WorkHandler}, message by message.
 */
// void: a handler that returns nothing (`async (batch) => { … }`) stays a batch handler.
// eslint-disable-next-line @typescript-eslint/no-invalid-void-type
export type BatchHandler = (batch: readonly WorkMessage[]) => Promise<void | BatchSettling>;

/** A running durable consumer. */
export interface Consumer {
  /** Stops taking new messages; resolves once in-flight handlers have returned. */
  stop(): Promise<void>;
}

/**
 * Handles one durable message. Settle it with ack, nak or term. When the handler rejects
 * without settling, the message is handed back at once (nak), or dropped (term) on its
 * last delivery. When it resolves without settling, the message counts as lost by a dead
 * worker and is redelivered after `ackWaitMs`.
 */
/** A durable message given up after its last allowed delivery (never acked nor terminated). */
export interface DeadLetter {
  readonly subject: string;
  readonly data: unknown;
  /** Deliveries it had. */
  readonly deliveryCount: number;
}

export type DeadLetterHandler = (letter: DeadLetter) => void | Promise<void>;

/** A running dead-letter watch. */
export interface DeadLetterWatch {
  stop(): void;
}

export type WorkHandler = (msg: WorkMessage) => Promise<void>;

export interface Bus {
  /** `nats` or `embedded`. */
  readonly kind: 'nats' | 'embedded';
  /** Core publish: fire and forget, delivered to current subscribers only. */
  publish(subject: string, data: unknown): void;
  /** Core subscribe. */
  subscribe(subject: string, options?: SubscribeOptions): BusSubscription;
  /** Request/reply on a core subject; rejects with {@link BusTimeoutError} after `timeoutMs`. */
  request(subject: string, data: unknown, timeoutMs: number): Promise<unknown>;
  /** Creates the stream when missing (idempotent). */
  ensureStream(stream: StreamSpec): Promise<void>;
  /**
   * Durable publish into the stream that captures `subject`; resolves once stored.
   * `msgId` deduplicates: a second publish with the same id is dropped.
   */
  send(subject: string, data: unknown, msgId?: string): Promise<void>;
  /** Starts a durable consumer calling `handler` for each message. */
  consume(options: ConsumeOptions, handler: WorkHandler): Promise<Consumer>;
  /**
   * Starts a durable consumer calling `handler` with batches of messages: whatever has been
   * delivered when the handler is free, at most `maxBatch`, never waiting to fill a batch.
   */
  consumeBatch(options: BatchConsumeOptions, handler: BatchHandler): Promise<Consumer>;
  /**
   * Messages of the durable delivered and not yet settled (held by some process, or waiting
   * for their redelivery), for a consumer taking over the work of one that died.
   */
  unsettledCount(stream: StreamSpec, durable: string): Promise<number>;
  /**
   * Calls `handler` for each message of `stream` that the durable consumer `durable` gave up
   * on after its maximum deliveries (e.g. work that crashed every process that took it). The
   * message is removed from the stream once the handler has returned. With several watchers,
   * each letter goes to one of them; a letter given up while no watcher runs waits for the next.
   */
  watchDeadLetters(stream: StreamSpec, durable: string, handler: DeadLetterHandler): Promise<DeadLetterWatch>;
  /** True when the bus can currently carry messages. */
  isConnected(): boolean;
  /** Messages `stream` holds now (waiting or being worked on), for metrics; 0 when it does not exist. */
  storedMessageCount?(stream: string): Promise<number>;
  /** Flushes pending messages and closes. Idempotent. */
  close(): Promise<void>;
}

/** A request found no responder or got no reply in time: retrying later may work. */
export class BusTimeoutError extends Error {
  override readonly name = 'BusTimeoutError';
}

/** The bus is closed or cannot reach its server: retryable once it reconnects. */
export class BusUnavailableError extends Error {
  override readonly name = 'BusUnavailableError';
}

/** A subject, queue group, stream or consumer name is malformed: fix the caller, retrying will not help. */
export class InvalidSubjectError extends TypeError {
  override readonly name = 'InvalidSubjectError';
}

/**
 * A payload cannot travel on the bus: it is not JSON-serialisable (undefined, a function,
 * a BigInt, a cycle) or is larger than the server's maximum payload. Retrying will not help.
 */
export class InvalidPayloadError extends TypeError {
  override readonly name = 'InvalidPayloadError';
}

/**
 * A stream or consumer definition conflicts with what the bus already holds (overlapping
 * stream subjects, two consumers with overlapping filters on one work-queue stream, a filter
 * outside the stream's subjects). Fix the configuration: retrying will not help.
 */
export class StreamConfigError extends Error {
  override readonly name = 'StreamConfigError';
}

/**
 * Whether a bus error is permanent: sending the same message again can never succeed (a
 * payload over the maximum, a malformed subject, a stream configuration conflict).
 */
export function isPermanentBusError(error: unknown): boolean {
  // RangeError: a send option the bus refuses (an empty message id), as permanent as a bad subject.
  return error instanceof InvalidPayloadError || error instanceof InvalidSubjectError || error instanceof StreamConfigError || error instanceof RangeError;
}
