/**
 * The in-process bus of embedded mode: NATS core and JetStream work-queue semantics in
 * memory, so gateway and actors behave the same as over a NATS server.
 *
 * Differences from NATS worth knowing: streams live in memory only (a process restart loses
 * them), buffers are unbounded (no slow-consumer protection), and a message that runs out of
 * deliveries is removed from the stream (JetStream keeps it, undeliverable).
 */
import { BusTimeoutError, BusUnavailableError, StreamConfigError, } from './bus.js';
import { DUPLICATE_WINDOW_MS, checkMsgId, checkStreamSpec, checkTimeoutMs, resolveConsumeOptions } from './bus-options.js';
import { consumeInBatches } from './batch-consumer.js';
import { EmbeddedRunner } from './embedded-runner.js';
import { logBusError } from './error-reporter.js';
import { EmbeddedStream } from './embedded-stream.js';
import { DEFAULT_MAX_PAYLOAD_BYTES, decodePayload, encodePayload } from './json-payload.js';
import { QueuedSubscription } from './queued-subscription.js';
import { checkName, checkQueueName, filtersOverlap, parseFilter, parseSubject, tokensMatch } from './subject-match.js';
function queueKey(record) {
    return `${record.filter}\u0000${record.queue ?? ''}`;
}
function positiveOption(value, name, fallback) {
    if (value === undefined)
        return fallback;
    if (!Number.isFinite(value) || value <= 0)
        throw new RangeError(`${name} must be a positive number, got ${value}`);
    return value;
}
/** In-process {@link Bus}. Create one per process and share it between gateway and actors. */
export class EmbeddedBus {
    kind = 'embedded';
    maxPayloadBytes;
    duplicateWindowMs;
    reportError;
    subscriptions = new Set();
    /** Round-robin position per queue group (keyed by filter and group name, as in NATS). */
    queueCursors = new Map();
    pendingRequests = new Set();
    streams = new Map();
    runners = new Set();
    closed = false;
    constructor(options = {}) {
        this.maxPayloadBytes = positiveOption(options.maxPayloadBytes, 'maxPayloadBytes', DEFAULT_MAX_PAYLOAD_BYTES);
        this.duplicateWindowMs = positiveOption(options.duplicateWindowMs, 'duplicateWindowMs', DUPLICATE_WINDOW_MS);
        this.reportError = options.onError ?? logBusError;
    }
    publish(subject, data) {
        this.assertOpen();
        const tokens = parseSubject(subject);
        this.route(subject, tokens, encodePayload(data, this.maxPayloadBytes), undefined);
    }
    subscribe(subject, options = {}) {
        this.assertOpen();
        const filterTokens = parseFilter(subject);
        const queue = options.queue === undefined ? undefined : checkQueueName(options.queue);
        if (options.callback !== undefined && typeof options.callback !== 'function') {
            throw new TypeError('callback must be a function');
        }
        const record = {
            filterTokens,
            filter: subject,
            queue,
            target: new QueuedSubscription(subject, options.callback, () => this.forget(record), (error, msgSubject) => this.reportError(error, `subscription callback on ${msgSubject}`)),
        };
        this.subscriptions.add(record);
        return record.target;
    }
    async request(subject, data, timeoutMs) {
        this.assertOpen();
        const tokens = parseSubject(subject);
        checkTimeoutMs(timeoutMs);
        const json = encodePayload(data, this.maxPayloadBytes);
        return new Promise((resolve, reject) => {
            let timer;
            const finish = () => {
                if (!this.pendingRequests.delete(fail))
                    return false;
                clearTimeout(timer);
                return true;
            };
            const fail = (error) => {
                if (finish())
                    reject(error);
            };
            const reply = (replyJson) => {
                if (finish())
                    resolve(decodePayload(replyJson));
            };
            this.pendingRequests.add(fail);
            if (this.route(subject, tokens, json, reply) === 0) {
                fail(new BusTimeoutError(`Request to ${subject} failed: no responders`));
                return;
            }
            timer = setTimeout(() => fail(new BusTimeoutError(`Request to ${subject} timed out after ${timeoutMs} ms`)), timeoutMs);
        });
    }
    async ensureStream(stream) {
        this.assertOpen();
        const spec = checkStreamSpec(stream);
        for (const other of this.streams.values()) {
            if (other.name === spec.name)
                continue;
            for (const mine of spec.subjects) {
                const clash = other.spec.subjects.find((theirs) => filtersOverlap(mine, theirs));
                if (clash !== undefined) {
                    throw new StreamConfigError(`Subjects of stream ${spec.name} overlap subject ${clash} of existing stream ${other.name}`);
                }
            }
        }
        const existing = this.streams.get(spec.name);
        if (existing)
            existing.setSubjects(spec.subjects);
        else
            this.streams.set(spec.name, new EmbeddedStream(spec.name, spec.subjects, this.duplicateWindowMs));
    }
    async send(subject, data, msgId) {
        this.assertOpen();
        const tokens = parseSubject(subject);
        const id = checkMsgId(msgId);
        const json = encodePayload(data, this.maxPayloadBytes);
        const stream = [...this.streams.values()].find((s) => s.captures(tokens));
        if (!stream) {
            throw new BusTimeoutError(`Send to ${subject} failed: no stream captures this subject (no responders)`);
        }
        stream.store(subject, tokens, json, id, Date.now());
    }
    async consume(options, handler) {
        this.assertOpen();
        const resolved = resolveConsumeOptions(options);
        if (typeof handler !== 'function')
            throw new TypeError('handler must be a function');
        await this.ensureStream(resolved.stream);
        const stream = this.streams.get(resolved.stream.name);
        const durable = stream.durable(resolved);
        const runner = new EmbeddedRunner(durable, resolved.maxInFlight, handler, this.reportError, (r) => this.runners.delete(r));
        this.runners.add(runner);
        durable.attach(runner);
        return runner;
    }
    consumeBatch(options, handler) {
        return consumeInBatches(this, options, handler);
    }
    async unsettledCount(stream, durable) {
        this.assertOpen();
        checkName(durable, 'Durable name');
        return this.streams.get(checkStreamSpec(stream).name)?.existingDurable(durable)?.unsettledCount() ?? 0;
    }
    async watchDeadLetters(stream, durable, handler) {
        this.assertOpen();
        checkName(durable, 'Durable name');
        await this.ensureStream(stream);
        const stop = this.streams.get(stream.name).watchDeadLetters(durable, handler);
        return { stop };
    }
    /**
     * Deletes a stream with its messages and durable consumers (for tests and operators).
     * Runners still attached to it receive nothing more.
     * @returns false when no such stream exists
     */
    async deleteStream(name) {
        this.assertOpen();
        checkName(name, 'Stream name');
        const stream = this.streams.get(name);
        if (!stream)
            return false;
        stream.close();
        this.streams.delete(name);
        return true;
    }
    isConnected() {
        return !this.closed;
    }
    async storedMessageCount(stream) {
        return this.streams.get(stream)?.messages.size ?? 0;
    }
    /**
     * Ends every subscription (buffered messages are still yielded), stops every consumer
     * without waiting for running handlers (stop consumers first for a graceful shutdown),
     * rejects pending requests with {@link BusUnavailableError} and drops all streams.
     */
    async close() {
        if (this.closed)
            return;
        this.closed = true;
        for (const record of this.subscriptions)
            record.target.end();
        this.subscriptions.clear();
        for (const fail of [...this.pendingRequests])
            fail(new BusUnavailableError('Request aborted: the bus is closed'));
        for (const runner of [...this.runners])
            void runner.stop();
        for (const stream of this.streams.values())
            stream.close();
        this.streams.clear();
    }
    forget(record) {
        this.subscriptions.delete(record);
        if (record.queue === undefined)
            return;
        const key = queueKey(record);
        for (const other of this.subscriptions)
            if (other.queue !== undefined && queueKey(other) === key)
                return;
        this.queueCursors.delete(key);
    }
    assertOpen() {
        if (this.closed)
            throw new BusUnavailableError('The bus is closed');
    }
    /**
     * Picks the receivers now (as a server routes on receipt) and delivers on a later turn of
     * the event loop, each receiver getting its own decoded copy.
     * @returns how many subscriptions will receive the message
     */
    route(subject, tokens, json, reply) {
        const targets = [];
        const groups = new Map();
        for (const record of this.subscriptions) {
            if (!record.target.isActive || !tokensMatch(record.filterTokens, tokens))
                continue;
            if (record.queue === undefined) {
                targets.push(record.target);
                continue;
            }
            const key = queueKey(record);
            const members = groups.get(key);
            if (members)
                members.push(record.target);
            else
                groups.set(key, [record.target]);
        }
        for (const [key, members] of groups) {
            const cursor = this.queueCursors.get(key) ?? 0;
            targets.push(members[cursor % members.length]);
            this.queueCursors.set(key, (cursor + 1) % members.length);
        }
        if (targets.length > 0) {
            setImmediate(() => {
                for (const target of targets)
                    target.deliver(this.message(subject, json, reply));
            });
        }
        return targets.length;
    }
    message(subject, json, reply) {
        const maxPayloadBytes = this.maxPayloadBytes;
        return {
            subject,
            data: decodePayload(json),
            respond(data) {
                const encoded = encodePayload(data, maxPayloadBytes);
                reply?.(encoded);
            },
        };
    }
}
//# sourceMappingURL=embedded-bus.js.map