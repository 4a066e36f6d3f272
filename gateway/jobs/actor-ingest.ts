/**
 * Reads actor output from the durable stream, in order, and applies it to the jobs in
 * batches: whatever the stream has delivered (up to `maxBatch`) is applied in one store
 * transaction, its progress messages superseded within the batch coalesced
 * (`coalesce-progress.ts`), and the batch is acknowledged once that transaction has committed,
 * so a gateway restart loses nothing (the stream redelivers, the store drops what it already
 * applied). A batch that fails is applied again one message at a time, so one bad message is
 * handed back alone (with a growing delay) and the others are applied.
 *
 * Order across gateways: one gateway at a time ingests, the holder of the store's
 * `actor-ingest` lease (a store only one process opens always grants it). A gateway taking the
 * lease over from one that died first lets the messages the dead one held come back (they are
 * redelivered before newer ones), so each job's messages are still applied in the order its
 * actor sent them.
 */
import type { BatchSettling, Bus, Consumer, WorkMessage } from '../../bus/bus.js';
import { parseActorMessage, type ActorMessage } from '../../schema/actor-messages.js';
import { ACTOR_STREAM, GATEWAY_CONSUMER, subjects } from '../../schema/subjects.js';
import { InvalidMessageError } from '../../schema/wire.js';
import type { StoreLease } from '../store/job-store.js';
import { supersededProgress } from './coalesce-progress.js';
import type { JobService } from './job-service.js';
import { defaultLogger, warnTo } from '../../observability/logger.js';

/** The store lease held by the gateway that ingests. */
export const INGEST_LEASE = 'actor-ingest';

export interface ActorIngestOptions {
  readonly bus: Bus;
  readonly jobs: JobService;
  /** @default warnings of defaultLogger() */
  readonly warn?: (message: string, error?: unknown) => void;
  /** Most actor messages applied in one transaction. @default 256 */
  readonly maxBatch?: number;
  /** Redelivery of a message its gateway neither acknowledged nor handed back. @default 10000 */
  readonly ackWaitMs?: number;
  /** How often a gateway without the lease tries to take it. @default 1000 */
  readonly leaseRetryMs?: number;
}

/** One message of a batch, parsed. */
interface Parsed {
  readonly msg: WorkMessage;
  readonly message: ActorMessage;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms).unref());

/** Starts the ingest; stop the returned consumer to end it. */
export async function startActorIngest(options: ActorIngestOptions): Promise<Consumer> {
  await options.bus.ensureStream(ACTOR_STREAM);
  const ingest = new ActorIngest(options);
  await ingest.start();
  return ingest;
}

class ActorIngest implements Consumer {
  readonly #bus: Bus;
  readonly #jobs: JobService;
  readonly #warn: (message: string, error?: unknown) => void;
  readonly #maxBatch: number;
  readonly #ackWaitMs: number;
  readonly #leaseRetryMs: number;
  #stopping = false;
  #wake: (() => void) | null = null;
  #loop: Promise<void> = Promise.resolve();
  #stopped: Promise<void> | null = null;

  constructor(options: ActorIngestOptions) {
    this.#bus = options.bus;
    this.#jobs = options.jobs;
    this.#warn = options.warn ?? warnTo(defaultLogger());
    this.#maxBatch = options.maxBatch ?? 256;
    this.#ackWaitMs = options.ackWaitMs ?? 10_000;
    this.#leaseRetryMs = options.leaseRetryMs ?? 1000;
  }

  /**
   * Takes the lease if it is free and starts consuming (so a bad consumer configuration fails
   * the start); otherwise, or when messages of a dead holder must come back first, goes on in
   * the background.
   */
  async start(): Promise<void> {
    const lease = await this.#jobs.store.tryLease(INGEST_LEASE);
    let consumer: Consumer | null = null;
    try {
      if (lease && (await this.#bus.unsettledCount(ACTOR_STREAM, GATEWAY_CONSUMER)) === 0) consumer = await this.#consumeNow();
    } catch (error) {
      await lease?.release();
      throw error;
    }
    this.#loop = this.#run(lease, consumer).catch((error: unknown) => this.#warn('Actor ingest stopped', error));
  }

  stop(): Promise<void> {
    this.#stopped ??= (async () => {
      this.#stopping = true;
      this.#wake?.();
      await this.#loop;
    })();
    return this.#stopped;
  }

  async #run(lease: StoreLease | null, consumer: Consumer | null): Promise<void> {
    if (lease && !consumer) {
      consumer = await this.#consume(lease).catch(async (error: unknown) => {
        this.#warn('Could not start the actor ingest; retrying', error);
        await lease?.release();
        lease = null;
        return null;
      });
    }
    let refused = lease === null;
    while (!this.#stopping) {
      if (lease && consumer) {
        await this.#until(lease.lost);
        if (!this.#stopping) this.#warn('Lost the actor ingest lease (store connection dropped); stopping ingest until it is taken again');
        await consumer.stop();
        await lease.release();
        lease = null;
        consumer = null;
        continue;
      }
      await this.#until(sleep(refused ? this.#leaseRetryMs : 0));
      if (this.#stopping) break;
      try {
        lease = await this.#jobs.store.tryLease(INGEST_LEASE);
        if (!lease) {
          refused = true;
          continue;
        }
        consumer = await this.#consume(lease);
        refused = false;
        if (!consumer) break;
      } catch (error) {
        this.#warn('Could not start the actor ingest; retrying', error);
        await lease?.release();
        lease = null;
        refused = true;
      }
    }
    await consumer?.stop();
    await lease?.release();
  }

  /** Resolves when `promise` does or the ingest is stopping. */
  async #until(promise: Promise<void>): Promise<void> {
    if (this.#stopping) return;
    await Promise.race([promise, new Promise<void>((resolve) => (this.#wake = resolve))]);
    this.#wake = null;
  }

  /** Consumes once the messages a previous holder of the lease left unsettled can come back first. */
  async #consume(lease: StoreLease): Promise<Consumer | null> {
    if ((await this.#bus.unsettledCount(ACTOR_STREAM, GATEWAY_CONSUMER)) > 0) {
      // Held by a gateway that died (or lost the lease): once their ack wait is over they are redelivered before newer ones.
      await this.#until(Promise.race([sleep(this.#ackWaitMs + 1000), lease.lost]));
    }
    return this.#stopping ? null : this.#consumeNow();
  }

  #consumeNow(): Promise<Consumer> {
    return this.#bus.consumeBatch(
      {
        stream: ACTOR_STREAM,
        durable: GATEWAY_CONSUMER,
        filterSubject: subjects.allActorOutput,
        maxBatch: this.#maxBatch,
        maxAckPending: this.#maxBatch,
        ackWaitMs: this.#ackWaitMs, // a gateway killed holding messages delays the next one this long at most
        maxDeliver: 100, // with the delays below, about half an hour of store outage
        keepOrder: true, // what reaches a stopping gateway comes back to the next one after what it held, not before
      },
      (batch) => this.#applyBatch(batch),
    );
  }

  /**
   * Applies the batch and starts acknowledging it: the next batch need not wait for the acks'
   * round trips (the events are stored and published already; a lost ack is a redelivery the
   * store skips), only the messages stay held until they are acknowledged.
   */
  async #applyBatch(batch: readonly WorkMessage[]): Promise<BatchSettling | undefined> {
    const parsed: Parsed[] = [];
    for (const msg of batch) {
      try {
        parsed.push({ msg, message: parseActorMessage(msg.data) });
      } catch (error) {
        if (!(error instanceof InvalidMessageError)) throw error;
        this.#warn(`Dropping invalid actor message on ${msg.subject}: ${error.message}`);
        msg.term();
      }
    }
    if (parsed.length === 0) return undefined;
    if (parsed.length === 1) return this.#applyOne(parsed[0]);
    try {
      await this.#jobs.applyActorMessages(
        parsed.map((p) => p.message),
        supersededProgress(parsed.map((p) => p.message)),
      );
    } catch (error) {
      this.#warn(`Could not apply a batch of ${parsed.length} actor messages; applying them one by one`, error);
      const acks: Promise<void>[] = [];
      for (const one of parsed) acks.push((await this.#applyOne(one)).settled);
      return { settled: Promise.all(acks).then(() => undefined) };
    }
    return { settled: this.#ackAll(parsed.map((p) => p.msg)) }; // only now: the transaction that applied them has committed
  }

  /** One message on its own: applied (resolving with its acknowledgement under way), or handed back with a growing delay. */
  async #applyOne({ msg, message }: Parsed): Promise<BatchSettling> {
    try {
      await this.#jobs.applyActorMessage(message);
    } catch (error) {
      const delayMs = Math.min(30_000, 250 * 2 ** Math.min(msg.deliveryCount - 1, 10));
      this.#warn(`Could not apply ${message.type} of job ${message.jobId} (delivery ${msg.deliveryCount}); retrying in ${delayMs} ms`, error);
      msg.nak(delayMs);
      return { settled: Promise.resolve() };
    }
    return { settled: this.#ackAll([msg]) };
  }

  /** A lost ack only means a redelivery, which the store recognises as already applied. */
  async #ackAll(msgs: readonly WorkMessage[]): Promise<void> {
    const results = await Promise.allSettled(msgs.map((msg) => msg.ack()));
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed)
      this.#warn(
        `Could not acknowledge ${results.filter((r) => r.status === 'rejected').length} applied actor messages; they will be redelivered and skipped`,
        failed.reason,
      );
  }
}
