import { parseActorMessage } from '../../schema/actor-messages.js';
import { ACTOR_STREAM, GATEWAY_CONSUMER, subjects } from '../../schema/subjects.js';
import { InvalidMessageError } from '../../schema/wire.js';
import { supersededProgress } from './coalesce-progress.js';
import { defaultLogger, warnTo } from '../../observability/logger.js';
/** The store lease held by the gateway that ingests. */
export const INGEST_LEASE = 'actor-ingest';
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms).unref());
/** Starts the ingest; stop the returned consumer to end it. */
export async function startActorIngest(options) {
    await options.bus.ensureStream(ACTOR_STREAM);
    const ingest = new ActorIngest(options);
    await ingest.start();
    return ingest;
}
class ActorIngest {
    #bus;
    #jobs;
    #warn;
    #maxBatch;
    #ackWaitMs;
    #leaseRetryMs;
    #stopping = false;
    #wake = null;
    #loop = Promise.resolve();
    #stopped = null;
    constructor(options) {
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
    async start() {
        const lease = await this.#jobs.store.tryLease(INGEST_LEASE);
        let consumer = null;
        try {
            if (lease && (await this.#bus.unsettledCount(ACTOR_STREAM, GATEWAY_CONSUMER)) === 0)
                consumer = await this.#consumeNow();
        }
        catch (error) {
            await lease?.release();
            throw error;
        }
        this.#loop = this.#run(lease, consumer).catch((error) => this.#warn('Actor ingest stopped', error));
    }
    stop() {
        this.#stopped ??= (async () => {
            this.#stopping = true;
            this.#wake?.();
            await this.#loop;
        })();
        return this.#stopped;
    }
    async #run(lease, consumer) {
        if (lease && !consumer) {
            consumer = await this.#consume(lease).catch(async (error) => {
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
                if (!this.#stopping)
                    this.#warn('Lost the actor ingest lease (store connection dropped); stopping ingest until it is taken again');
                await consumer.stop();
                await lease.release();
                lease = null;
                consumer = null;
                continue;
            }
            await this.#until(sleep(refused ? this.#leaseRetryMs : 0));
            if (this.#stopping)
                break;
            try {
                lease = await this.#jobs.store.tryLease(INGEST_LEASE);
                if (!lease) {
                    refused = true;
                    continue;
                }
                consumer = await this.#consume(lease);
                refused = false;
                if (!consumer)
                    break;
            }
            catch (error) {
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
    async #until(promise) {
        if (this.#stopping)
            return;
        await Promise.race([promise, new Promise((resolve) => (this.#wake = resolve))]);
        this.#wake = null;
    }
    /** Consumes once the messages a previous holder of the lease left unsettled can come back first. */
    async #consume(lease) {
        if ((await this.#bus.unsettledCount(ACTOR_STREAM, GATEWAY_CONSUMER)) > 0) {
            // Held by a gateway that died (or lost the lease): once their ack wait is over they are redelivered before newer ones.
            await this.#until(Promise.race([sleep(this.#ackWaitMs + 1000), lease.lost]));
        }
        return this.#stopping ? null : this.#consumeNow();
    }
    #consumeNow() {
        return this.#bus.consumeBatch({
            stream: ACTOR_STREAM,
            durable: GATEWAY_CONSUMER,
            filterSubject: subjects.allActorOutput,
            maxBatch: this.#maxBatch,
            maxAckPending: this.#maxBatch,
            ackWaitMs: this.#ackWaitMs, // a gateway killed holding messages delays the next one this long at most
            maxDeliver: 100, // with the delays below, about half an hour of store outage
        }, (batch) => this.#applyBatch(batch));
    }
    async #applyBatch(batch) {
        const parsed = [];
        for (const msg of batch) {
            try {
                parsed.push({ msg, message: parseActorMessage(msg.data) });
            }
            catch (error) {
                if (!(error instanceof InvalidMessageError))
                    throw error;
                this.#warn(`Dropping invalid actor message on ${msg.subject}: ${error.message}`);
                msg.term();
            }
        }
        if (parsed.length === 0)
            return;
        if (parsed.length === 1)
            return this.#applyOne(parsed[0]);
        try {
            await this.#jobs.applyActorMessages(parsed.map((p) => p.message), supersededProgress(parsed.map((p) => p.message)));
        }
        catch (error) {
            this.#warn(`Could not apply a batch of ${parsed.length} actor messages; applying them one by one`, error);
            for (const one of parsed)
                await this.#applyOne(one);
            return;
        }
        await this.#ackAll(parsed.map((p) => p.msg)); // only now: the transaction that applied them has committed
    }
    /** One message on its own: applied, or handed back with a growing delay. */
    async #applyOne({ msg, message }) {
        try {
            await this.#jobs.applyActorMessage(message);
        }
        catch (error) {
            const delayMs = Math.min(30_000, 250 * 2 ** Math.min(msg.deliveryCount - 1, 10));
            this.#warn(`Could not apply ${message.type} of job ${message.jobId} (delivery ${msg.deliveryCount}); retrying in ${delayMs} ms`, error);
            msg.nak(delayMs);
            return;
        }
        await this.#ackAll([msg]);
    }
    /** A lost ack only means a redelivery, which the store recognises as already applied. */
    async #ackAll(msgs) {
        const results = await Promise.allSettled(msgs.map((msg) => msg.ack()));
        const failed = results.find((r) => r.status === 'rejected');
        if (failed)
            this.#warn(`Could not acknowledge ${results.filter((r) => r.status === 'rejected').length} applied actor messages; they will be redelivered and skipped`, failed.reason);
    }
}
//# sourceMappingURL=actor-ingest.js.map