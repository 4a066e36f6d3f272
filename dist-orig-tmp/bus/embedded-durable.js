/**
 * In-memory durable consumer of an {@link EmbeddedStream}, with JetStream's pull-consumer
 * semantics: explicit acks, ack-wait redelivery, nak with delay, term, max deliveries, and
 * the work shared among every {@link EmbeddedRunner} attached under the same durable name.
 */
import { BusUnavailableError } from './bus.js';
import { EmbeddedWorkMessage } from './embedded-runner.js';
import { decodePayload } from './json-payload.js';
import { parseFilter, tokensMatch } from './subject-match.js';
/** The state of one durable consumer name on one stream; outlives the runners attached to it. */
export class EmbeddedDurable {
    name;
    store;
    filterTokens = null;
    filter;
    ackWaitMs;
    maxDeliver;
    ready = [];
    readyHead = 0;
    redeliver = [];
    deliveryCounts = new Map();
    inFlight = new Map();
    delayed = new Map();
    runners = [];
    nextRunner = 0;
    dispatchHandle = null;
    closed = false;
    constructor(name, store, options) {
        this.name = name;
        this.store = store;
        this.ackWaitMs = options.ackWaitMs;
        this.maxDeliver = options.maxDeliver;
        this.setFilter(options.filterSubject);
    }
    /** The filter subject, undefined when the durable takes every subject of the stream. */
    get filterSubject() {
        return this.filter;
    }
    /** Applies the options of a later `consume` call under the same name (last one wins, as in JetStream). */
    configure(options) {
        this.ackWaitMs = options.ackWaitMs;
        this.maxDeliver = options.maxDeliver;
        if (options.filterSubject !== this.filter)
            this.setFilter(options.filterSubject);
    }
    /** True when this durable takes messages on the subject with these tokens. */
    accepts(tokens) {
        return this.filterTokens === null || tokensMatch(this.filterTokens, tokens);
    }
    /** Messages delivered and not settled, or handed back with a delay. */
    unsettledCount() {
        return this.inFlight.size + this.delayed.size;
    }
    /** Called by the stream for each newly stored message this durable accepts. */
    onStored(seq) {
        this.ready.push(seq);
        this.scheduleDispatch();
    }
    /** Called by the stream when a message is gone for good. */
    onRemoved(seq) {
        const delivery = this.inFlight.get(seq);
        if (delivery)
            clearTimeout(delivery.timer);
        this.inFlight.delete(seq);
        const delay = this.delayed.get(seq);
        if (delay)
            clearTimeout(delay);
        this.delayed.delete(seq);
        this.deliveryCounts.delete(seq);
    }
    attach(runner) {
        this.runners.push(runner);
        this.scheduleDispatch();
    }
    detach(runner) {
        const index = this.runners.indexOf(runner);
        if (index >= 0)
            this.runners.splice(index, 1);
    }
    /** Looks for work for idle runners on the next turn of the event loop. */
    scheduleDispatch() {
        if (this.dispatchHandle || this.closed)
            return;
        this.dispatchHandle = setImmediate(() => {
            this.dispatchHandle = null;
            this.dispatch();
        });
    }
    /** Stops every timer; later settlements reject or do nothing. */
    close() {
        this.closed = true;
        if (this.dispatchHandle)
            clearImmediate(this.dispatchHandle);
        this.dispatchHandle = null;
        for (const delivery of this.inFlight.values())
            clearTimeout(delivery.timer);
        for (const timer of this.delayed.values())
            clearTimeout(timer);
        this.inFlight.clear();
        this.delayed.clear();
        this.runners.length = 0;
    }
    ack(delivery) {
        if (this.closed)
            return Promise.reject(new BusUnavailableError('Cannot ack: the bus is closed'));
        // A late ack of an expired delivery still counts, as in JetStream.
        if (this.store.messages.has(delivery.seq))
            this.store.remove(delivery.seq);
        return Promise.resolve();
    }
    term(delivery) {
        if (!this.closed && this.store.messages.has(delivery.seq))
            this.store.remove(delivery.seq);
    }
    nak(delivery, delayMs) {
        if (!this.isCurrent(delivery))
            return;
        clearTimeout(delivery.timer);
        this.inFlight.delete(delivery.seq);
        if (delivery.count >= this.maxDeliver) {
            this.store.deadLetter(this.name, delivery.seq, delivery.count);
            return;
        }
        if (delayMs > 0) {
            this.delayed.set(delivery.seq, setTimeout(() => {
                this.delayed.delete(delivery.seq);
                this.redeliver.push(delivery.seq);
                this.scheduleDispatch();
            }, delayMs));
            return;
        }
        this.redeliver.push(delivery.seq);
        this.scheduleDispatch();
    }
    working(delivery) {
        if (!this.isCurrent(delivery))
            return;
        clearTimeout(delivery.timer);
        delivery.timer = this.startAckTimer(delivery);
    }
    isCurrent(delivery) {
        return !this.closed && this.inFlight.get(delivery.seq) === delivery;
    }
    setFilter(filter) {
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
    dispatch() {
        for (;;) {
            const runner = this.pickRunner();
            if (!runner)
                return;
            const seq = this.takeNext();
            if (seq === undefined)
                return;
            const stored = this.store.messages.get(seq);
            const count = (this.deliveryCounts.get(seq) ?? 0) + 1;
            this.deliveryCounts.set(seq, count);
            const delivery = { seq, count };
            delivery.timer = this.startAckTimer(delivery);
            this.inFlight.set(seq, delivery);
            runner.run(new EmbeddedWorkMessage(this, delivery, stored.subject, decodePayload(stored.json)), this.maxDeliver);
        }
    }
    pickRunner() {
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
    takeNext() {
        while (this.redeliver.length > 0) {
            const seq = this.redeliver.shift();
            if (this.isAvailable(seq))
                return seq;
        }
        while (this.readyHead < this.ready.length) {
            const seq = this.ready[this.readyHead++];
            if (this.readyHead > 1024 && this.readyHead * 2 > this.ready.length) {
                this.ready = this.ready.slice(this.readyHead);
                this.readyHead = 0;
            }
            if (this.isAvailable(seq))
                return seq;
        }
        return undefined;
    }
    isAvailable(seq) {
        const stored = this.store.messages.get(seq);
        return stored !== undefined && !this.inFlight.has(seq) && !this.delayed.has(seq) && this.accepts(stored.tokens);
    }
    startAckTimer(delivery) {
        return setTimeout(() => this.onAckTimeout(delivery), this.ackWaitMs);
    }
    onAckTimeout(delivery) {
        if (!this.isCurrent(delivery))
            return;
        this.inFlight.delete(delivery.seq);
        if (delivery.count >= this.maxDeliver) {
            this.store.deadLetter(this.name, delivery.seq, delivery.count);
            return;
        }
        this.redeliver.push(delivery.seq);
        this.scheduleDispatch();
    }
}
//# sourceMappingURL=embedded-durable.js.map