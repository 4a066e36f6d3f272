/**
 * Sends one job's actor messages to the gateway through the durable stream, in order,
 * retrying while the bus is briefly unavailable (e.g. NATS restarting).
 *
 * A message is published the moment it is queued, without waiting for the stream to confirm
 * the earlier ones: the connection keeps their order, and the actor's event loop, busy with
 * pages, delays no message behind another one's round trip. After a failed attempt the
 * messages go one at a time, each after the previous one is stored, until the queue is empty.
 */
import { randomUUID } from 'node:crypto';
import { subjects } from '../schema/subjects.js';
import { defaultLogger, warnTo } from '../observability/logger.js';
/** How long one message may keep failing (bus unavailable) before it is given up. */
const SEND_RETRY_FOR_MS = 60_000;
export class ActorOutput {
    #bus;
    #jobId;
    #warn;
    #tail = Promise.resolve();
    /** Messages queued and not yet stored (or given up). */
    #queued = 0;
    /** Set after a failed attempt: publish one at a time until the queue drains. */
    #serial = false;
    constructor(options) {
        this.#bus = options.bus;
        this.#jobId = options.jobId;
        this.#warn = options.warn ?? warnTo(defaultLogger());
    }
    /** Queues a message; resolves once it (and every earlier one) is stored on the bus. */
    send(message) {
        const full = { ...message, id: randomUUID(), jobId: this.#jobId, at: new Date().toISOString() };
        const subject = subjects.actorOutput(this.#jobId);
        // Settles to true once stored; never rejects (a failure sends it again, in order, below).
        const firstAttempt = this.#serial ? null : this.#attempt(subject, full);
        this.#queued++;
        this.#tail = this.#tail
            .then(async () => {
            if (firstAttempt && (await firstAttempt))
                return;
            this.#serial = true;
            await this.#sendWithRetry(subject, full);
        })
            .finally(() => {
            if (--this.#queued === 0)
                this.#serial = false;
        });
        return this.#tail;
    }
    #attempt(subject, message) {
        try {
            return this.#bus.send(subject, message, message.id).then(() => true, () => false);
        }
        catch {
            return Promise.resolve(false);
        }
    }
    /** Resolves once everything queued so far is sent (or given up). */
    flush() {
        return this.#tail;
    }
    async #sendWithRetry(subject, message) {
        const deadline = Date.now() + SEND_RETRY_FOR_MS;
        for (let attempt = 0;; attempt++) {
            try {
                await this.#bus.send(subject, message, message.id);
                return;
            }
            catch (error) {
                if (Date.now() >= deadline) {
                    this.#warn(`Gave up sending ${message.type} for job ${this.#jobId}`, error);
                    return;
                }
                await new Promise((r) => setTimeout(r, Math.min(2000, 100 * 2 ** attempt)));
            }
        }
    }
}
//# sourceMappingURL=actor-output.js.map