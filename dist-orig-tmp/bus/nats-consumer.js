/**
 * Runs a work handler over a durable JetStream pull consumer.
 *
 * Messages are pulled with `fetch` only for free handler slots, so this process never holds
 * more than `maxInFlight` unsettled messages: a message waiting in a local buffer would have
 * its ack timer running while another process sits idle. Each fetch ends after
 * `fetchExpiresMs` at the latest, so the loop recovers on its own from server restarts.
 */
import { ErrorCode, NatsError } from 'nats';
import { BusUnavailableError } from './bus.js';
import { checkNakDelayMs } from './bus-options.js';
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
function isClosedConnection(error) {
    return error instanceof NatsError && (error.code === ErrorCode.ConnectionClosed || error.code === ErrorCode.ConnectionDraining);
}
/** One delivery of a JetStream message. The first settlement wins; later ones do nothing. */
class NatsWorkMessage {
    msg;
    data;
    settled = false;
    constructor(msg, data) {
        this.msg = msg;
        this.data = data;
    }
    get subject() {
        return this.msg.subject;
    }
    get deliveryCount() {
        return this.msg.info.deliveryCount;
    }
    get isSettled() {
        return this.settled;
    }
    /** Resolves once the server confirmed the ack. */
    async ack() {
        if (this.settled)
            return;
        this.settled = true;
        try {
            await this.msg.ackAck();
        }
        catch (error) {
            throw toBusError(error, `Ack of ${this.msg.subject}`);
        }
    }
    nak(delayMs) {
        const delay = checkNakDelayMs(delayMs);
        if (this.settled)
            return;
        this.settled = true;
        this.ignoringClosedConnection(() => this.msg.nak(delay > 0 ? delay : undefined));
    }
    working() {
        if (!this.settled)
            this.ignoringClosedConnection(() => this.msg.working());
    }
    term() {
        if (this.settled)
            return;
        this.settled = true;
        this.ignoringClosedConnection(() => this.msg.term());
    }
    /** Settling on a closed connection is moot: the server redelivers after the ack wait. */
    ignoringClosedConnection(settle) {
        try {
            settle();
        }
        catch (error) {
            if (!isClosedConnection(error))
                throw toBusError(error, `Settling ${this.msg.subject}`);
        }
    }
}
/** The {@link Consumer} returned by `NatsBus.consume`. */
export class NatsConsumerRunner {
    consumer;
    options;
    handler;
    reportError;
    fetchExpiresMs;
    onStopped;
    inFlight = 0;
    /** Messages asked for by open fetches and not received yet. */
    requested = 0;
    stopping = false;
    failures = 0;
    retryTimer = null;
    fetches = new Set();
    idleWaiters = [];
    stopPromise = null;
    constructor(consumer, options, handler, reportError, fetchExpiresMs, onStopped) {
        this.consumer = consumer;
        this.options = options;
        this.handler = handler;
        this.reportError = reportError;
        this.fetchExpiresMs = fetchExpiresMs;
        this.onStopped = onStopped;
    }
    start() {
        this.pump();
    }
    /** Stops pulling (open pulls are cancelled); resolves once running handlers have returned. */
    stop() {
        if (!this.stopPromise) {
            this.stopping = true;
            if (this.retryTimer)
                clearTimeout(this.retryTimer);
            this.retryTimer = null;
            for (const fetch of this.fetches)
                void fetch.close();
            this.onStopped(this);
            this.stopPromise = this.inFlight === 0 ? Promise.resolve() : new Promise((resolve) => this.idleWaiters.push(resolve));
        }
        return this.stopPromise;
    }
    /** Opens a fetch for every free slot not already asked for. */
    pump() {
        if (this.stopping || this.retryTimer)
            return;
        const free = this.options.maxInFlight - this.inFlight - this.requested;
        if (free > 0)
            void this.fetchBatch(free);
    }
    async fetchBatch(batch) {
        const startedAt = Date.now();
        this.requested += batch;
        let received = 0;
        let failed = false;
        let messages;
        try {
            messages = await this.consumer.fetch({ max_messages: batch, expires: this.fetchExpiresMs });
            this.fetches.add(messages);
            if (this.stopping)
                void messages.close();
            for await (const msg of messages) {
                received++;
                // After a reconnect the client re-issues the pull, which may over-deliver: hand extras back.
                if (this.stopping || received > batch) {
                    this.settleQuietly(() => msg.nak());
                    continue;
                }
                this.requested--;
                this.run(msg);
            }
            this.failures = 0;
        }
        catch (error) {
            failed = true;
            if (!this.stopping) {
                this.reportError(error, `pulling from ${this.options.stream.name}/${this.options.durable}`);
            }
        }
        finally {
            if (messages)
                this.fetches.delete(messages);
            this.requested -= Math.max(0, batch - received);
        }
        if (failed)
            this.retryLater();
        else if (received === 0 && Date.now() - startedAt < this.fetchExpiresMs / 2)
            this.pumpAfter(REFUSED_PULL_DELAY_MS);
        else
            this.pump();
    }
    pumpAfter(delayMs) {
        if (this.stopping || this.retryTimer)
            return;
        this.retryTimer = setTimeout(() => {
            this.retryTimer = null;
            this.pump();
        }, delayMs);
    }
    retryLater() {
        if (this.stopping || this.retryTimer)
            return;
        const delayMs = Math.min(MAX_RETRY_DELAY_MS, 250 * 2 ** this.failures++);
        this.retryTimer = setTimeout(() => {
            this.retryTimer = null;
            this.pump();
        }, delayMs);
    }
    run(msg) {
        this.inFlight++;
        void this.handle(msg).finally(() => {
            this.inFlight--;
            if (this.inFlight === 0)
                for (const wake of this.idleWaiters.splice(0))
                    wake();
            this.pump();
        });
    }
    async handle(msg) {
        let data;
        try {
            data = decodePayload(TEXT.decode(msg.data));
        }
        catch (error) {
            this.reportError(error, `dropping undecodable message on ${msg.subject}`);
            this.settleQuietly(() => msg.term());
            return;
        }
        const work = new NatsWorkMessage(msg, data);
        try {
            await this.handler(work);
        }
        catch (error) {
            this.reportError(error, `work handler of durable ${this.options.durable} on ${msg.subject}`);
            if (work.isSettled)
                return;
            this.settleQuietly(() => (work.deliveryCount >= this.options.maxDeliver ? work.term() : work.nak()));
        }
    }
    settleQuietly(settle) {
        try {
            settle();
        }
        catch (error) {
            if (!this.stopping && !isClosedConnection(error) && !(error instanceof BusUnavailableError)) {
                this.reportError(error, `settling a message of ${this.options.durable}`);
            }
        }
    }
}
//# sourceMappingURL=nats-consumer.js.map