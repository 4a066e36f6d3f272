/**
 * The {@link Bus} of distributed mode, over a NATS server: core NATS for events and
 * request/reply, JetStream work-queue streams with durable pull consumers for work.
 *
 * Written for nats-server 2.9, so one filter subject per consumer. A work-queue stream
 * refuses two durable consumers with overlapping filters (including two unfiltered ones):
 * every process that should share a kind of work must use the same durable name, and
 * different durables on one stream need disjoint filters.
 *
 * Reconnection never gives up, so NATS restarts are ridden out: core subscriptions are
 * re-established by the client, consumers resume pulling, and streams (file storage) keep
 * their messages. Core messages published while the server is down are lost, as in NATS.
 */
import { DebugEvents, ErrorCode, Events, NatsError, connect } from 'nats';
import { BusTimeoutError, BusUnavailableError, } from './bus.js';
import { consumeInBatches } from './batch-consumer.js';
import { checkMsgId, checkStreamSpec, checkTimeoutMs, resolveConsumeOptions } from './bus-options.js';
import { defaultLogger } from '../observability/logger.js';
import { DEFAULT_MAX_PAYLOAD_BYTES, decodePayload, encodePayload } from './json-payload.js';
import { NatsConsumerRunner } from './nats-consumer.js';
import { DEAD_LETTER_WATCHERS, deadLetterStream, isNoMessageFound } from './nats-dead-letters.js';
import { JetStreamProvisioner } from './jetstream-provisioner.js';
import { jetStreamErrorCode, toBusError } from './nats-errors.js';
import { checkNatsOptions, describeNatsServers, toConnectionOptions } from './nats-options.js';
import { QueuedSubscription } from './queued-subscription.js';
import { checkName, checkQueueName, parseFilter, parseSubject } from './subject-match.js';
export { describeNatsServers, natsOptionsFromEnv, InvalidNatsConfigError } from './nats-options.js';
const TEXT_ENCODER = new TextEncoder();
const TEXT_DECODER = new TextDecoder();
/** {@link Bus} over a NATS server with JetStream enabled. Create it with {@link NatsBus.connect}. */
export class NatsBus {
    nc;
    jsm;
    js;
    options;
    kind = 'nats';
    reportError;
    logger;
    subscriptions = new Set();
    pendingRequests = new Set();
    runners = new Set();
    provisioner;
    connected = true;
    closePromise = null;
    constructor(nc, jsm, js, options) {
        this.nc = nc;
        this.jsm = jsm;
        this.js = js;
        this.options = options;
        this.logger = options.logger ?? defaultLogger();
        this.reportError = options.onError ?? ((error, context) => this.logger.error({ err: error, context }, `Bus error: ${context}`));
        this.logger.info({ event: 'bus.connected', server: nc.getServer(), connection: options.name }, `Connected to NATS at ${nc.getServer()}`);
        this.provisioner = new JetStreamProvisioner(jsm);
        void this.watchStatus();
        void nc.closed().then(() => this.onConnectionClosed());
    }
    /**
     * Connects and checks that JetStream is available. By default waits until a server
     * answers (see {@link NatsBusOptions.waitOnFirstConnect}).
     * @throws InvalidNatsConfigError on bad options, BusUnavailableError when the server
     *   cannot be used (refused, bad credentials, JetStream disabled)
     */
    static async connect(options) {
        checkNatsOptions(options);
        let nc;
        try {
            nc = await connect(toConnectionOptions(options));
        }
        catch (error) {
            throw new BusUnavailableError(`Cannot connect to NATS at ${describeNatsServers(options.servers)}: ${error.message}`, {
                cause: error,
            });
        }
        try {
            const timeout = options.jetStreamTimeoutMs ?? 5000;
            const jsm = await nc.jetstreamManager({ timeout });
            return new NatsBus(nc, jsm, nc.jetstream({ timeout }), options);
        }
        catch (error) {
            await nc.close();
            throw new BusUnavailableError(`NATS at ${describeNatsServers(options.servers)} has no usable JetStream`, { cause: error });
        }
    }
    publish(subject, data) {
        this.assertOpen();
        parseSubject(subject);
        const payload = this.encode(data);
        try {
            this.nc.publish(subject, payload);
        }
        catch (error) {
            throw toBusError(error, `Publish to ${subject}`);
        }
    }
    subscribe(subject, options = {}) {
        this.assertOpen();
        parseFilter(subject);
        const queue = options.queue === undefined ? undefined : checkQueueName(options.queue);
        if (options.callback !== undefined && typeof options.callback !== 'function') {
            throw new TypeError('callback must be a function');
        }
        let natsSub;
        const subscription = new QueuedSubscription(subject, options.callback, () => {
            this.subscriptions.delete(subscription);
            if (!this.nc.isClosed())
                natsSub?.unsubscribe();
        }, (error, msgSubject) => this.reportError(error, `subscription callback on ${msgSubject}`));
        try {
            natsSub = this.subscribeRaw(subject, queue, subscription);
        }
        catch (error) {
            throw toBusError(error, `Subscribe to ${subject}`);
        }
        void natsSub.closed.then(() => subscription.end());
        this.subscriptions.add(subscription);
        return subscription;
    }
    subscribeRaw(subject, queue, subscription) {
        return this.nc.subscribe(subject, {
            ...(queue === undefined ? {} : { queue }),
            callback: (error, msg) => {
                if (error) {
                    this.reportError(error, `subscription to ${subject}`);
                    subscription.end();
                    return;
                }
                let data;
                try {
                    data = decodePayload(TEXT_DECODER.decode(msg.data));
                }
                catch (decodeError) {
                    this.reportError(decodeError, `dropping undecodable message on ${msg.subject}`);
                    return;
                }
                subscription.deliver({
                    subject: msg.subject,
                    data,
                    respond: (reply) => {
                        const payload = this.encode(reply);
                        if (msg.reply)
                            msg.respond(payload);
                    },
                });
            },
        });
    }
    async request(subject, data, timeoutMs) {
        this.assertOpen();
        parseSubject(subject);
        checkTimeoutMs(timeoutMs);
        const payload = this.encode(data);
        let fail = () => undefined;
        const aborted = new Promise((_, reject) => {
            fail = reject;
        });
        this.pendingRequests.add(fail);
        try {
            const reply = await Promise.race([this.nc.request(subject, payload, { timeout: timeoutMs }), aborted]);
            return decodePayload(TEXT_DECODER.decode(reply.data));
        }
        catch (error) {
            if (error instanceof BusUnavailableError)
                throw error;
            throw toBusError(error, `Request to ${subject}`);
        }
        finally {
            this.pendingRequests.delete(fail);
        }
    }
    async ensureStream(stream) {
        this.assertOpen();
        await this.provisioner.ensureStream(checkStreamSpec(stream));
    }
    async send(subject, data, msgId) {
        this.assertOpen();
        parseSubject(subject);
        const id = checkMsgId(msgId);
        const payload = this.encode(data);
        try {
            await this.js.publish(subject, payload, id === undefined ? undefined : { msgID: id });
        }
        catch (error) {
            if (error instanceof NatsError && error.code === ErrorCode.NoResponders) {
                throw new BusTimeoutError(`Send to ${subject} failed: no stream captures this subject (no responders)`, {
                    cause: error,
                });
            }
            throw toBusError(error, `Send to ${subject}`);
        }
    }
    async consume(options, handler) {
        this.assertOpen();
        const resolved = resolveConsumeOptions(options);
        if (typeof handler !== 'function')
            throw new TypeError('handler must be a function');
        await this.provisioner.ensureStream(resolved.stream);
        await this.provisioner.ensureConsumer(resolved);
        let consumer;
        try {
            consumer = await this.js.consumers.get(resolved.stream.name, resolved.durable);
        }
        catch (error) {
            throw toBusError(error, `Opening consumer ${resolved.durable}`);
        }
        this.assertOpen();
        const runner = new NatsConsumerRunner(consumer, resolved, handler, this.reportError, this.options.fetchExpiresMs ?? 5000, (r) => this.runners.delete(r));
        this.runners.add(runner);
        runner.start();
        return runner;
    }
    consumeBatch(options, handler) {
        return consumeInBatches(this, options, handler);
    }
    /** The durable's `num_ack_pending`: delivered and not acked, expired ones included; 0 when it does not exist. */
    async unsettledCount(stream, durable) {
        this.assertOpen();
        const spec = checkStreamSpec(stream);
        checkName(durable, 'Durable name');
        try {
            return (await this.jsm.consumers.info(spec.name, durable)).num_ack_pending;
        }
        catch (error) {
            const code = jetStreamErrorCode(error);
            if (code === 10014 || code === 10059)
                return 0; // no such consumer, no such stream
            throw toBusError(error, `Reading consumer ${durable}`);
        }
    }
    /**
     * JetStream announces a message that ran out of deliveries with an advisory carrying its
     * stream sequence; the message itself stays in the stream (work-queue retention) until it
     * is read here and deleted. The advisories are captured by a stream of their own
     * ({@link deadLetterStream}) and read by a durable consumer, so a letter announced while no
     * watcher runs (a gateway restarting) waits for the next one instead of being lost.
     */
    async watchDeadLetters(stream, durable, handler) {
        this.assertOpen();
        const spec = checkStreamSpec(stream);
        checkName(durable, 'Durable name');
        await this.provisioner.ensureStream(spec);
        const consumer = await this.consume({ stream: deadLetterStream(spec.name, durable), durable: DEAD_LETTER_WATCHERS, maxInFlight: 1, maxDeliver: 10 }, async (advisoryMessage) => {
            const advisory = advisoryMessage.data;
            const seq = advisory?.stream_seq;
            if (typeof seq !== 'number')
                return advisoryMessage.term();
            let stored;
            try {
                stored = await this.jsm.streams.getMessage(spec.name, { seq });
            }
            catch (error) {
                // Already handled and deleted by a watcher that stopped before acknowledging.
                if (isNoMessageFound(error))
                    return advisoryMessage.ack();
                throw toBusError(error, `Dead letter ${seq} on ${spec.name}/${durable}`);
            }
            await handler({
                subject: stored.subject,
                data: decodePayload(TEXT_DECODER.decode(stored.data)),
                deliveryCount: typeof advisory?.deliveries === 'number' ? advisory.deliveries : 0,
            });
            await this.jsm.streams.deleteMessage(spec.name, seq).catch((error) => {
                if (!isNoMessageFound(error))
                    throw toBusError(error, `Deleting dead letter ${seq} on ${spec.name}`);
            });
            await advisoryMessage.ack();
        });
        return { stop: () => void consumer.stop() };
    }
    /**
     * Deletes a stream with its messages and consumers (for tests and operators). Stop the
     * consumers reading it first, or they keep retrying to pull.
     * @returns false when no such stream exists
     */
    async deleteStream(name) {
        this.assertOpen();
        return this.provisioner.deleteStream(checkName(name, 'Stream name'));
    }
    isConnected() {
        return this.closePromise === null && this.connected && !this.nc.isClosed();
    }
    async storedMessageCount(stream) {
        this.assertOpen();
        try {
            return (await this.jsm.streams.info(checkName(stream, 'Stream name'))).state.messages;
        }
        catch (error) {
            if (error instanceof NatsError && /stream not found/i.test(error.message))
                return 0;
            throw toBusError(error, `Reading stream ${stream}`);
        }
    }
    /**
     * Stops every consumer without waiting for running handlers (stop consumers first for a
     * graceful shutdown), rejects pending requests with {@link BusUnavailableError}, then
     * drains the connection: buffered messages are delivered to subscriptions, which then end.
     */
    close() {
        this.closePromise ??= this.shutdown();
        return this.closePromise;
    }
    async shutdown() {
        for (const runner of [...this.runners])
            void runner.stop();
        for (const fail of [...this.pendingRequests])
            fail(new BusUnavailableError('Request aborted: the bus is closed'));
        if (!this.nc.isClosed()) {
            const drainTimeoutMs = this.options.drainTimeoutMs ?? 5000;
            let timer;
            try {
                await Promise.race([
                    this.nc.drain(),
                    new Promise((resolve) => {
                        timer = setTimeout(resolve, drainTimeoutMs);
                    }),
                ]);
            }
            catch {
                // Already closing or closed: nothing left to drain.
            }
            finally {
                clearTimeout(timer);
                if (!this.nc.isClosed())
                    await this.nc.close();
            }
        }
        this.onConnectionClosed();
    }
    onConnectionClosed() {
        this.connected = false;
        for (const subscription of this.subscriptions)
            subscription.end();
        this.subscriptions.clear();
    }
    async watchStatus() {
        for await (const status of this.nc.status()) {
            const server = typeof status.data === 'string' ? status.data : undefined;
            if (status.type === Events.Disconnect) {
                this.connected = false;
                this.logger.warn({ event: 'bus.disconnected', server }, `Disconnected from NATS at ${server ?? '?'}; reconnecting`);
            }
            else if (status.type === Events.Reconnect) {
                this.connected = true;
                this.logger.info({ event: 'bus.reconnected', server }, `Reconnected to NATS at ${server ?? '?'}`);
            }
            else if (status.type === Events.LDM) {
                this.logger.warn({ event: 'bus.lame_duck', server }, 'The NATS server is entering lame duck mode');
            }
            else if (status.type === Events.Error) {
                const error = typeof status.data === 'string' ? status.data : JSON.stringify(status.data);
                this.logger.error({ event: 'bus.error', error }, `NATS error: ${error}`);
            }
            else if (status.type === DebugEvents.Reconnecting) {
                this.logger.debug({ event: 'bus.reconnecting', server }, `Trying to reconnect to NATS at ${server ?? '?'}`);
            }
        }
    }
    assertOpen() {
        if (this.closePromise !== null || this.nc.isClosed())
            throw new BusUnavailableError('The bus is closed');
    }
    encode(data) {
        return TEXT_ENCODER.encode(encodePayload(data, this.nc.info?.max_payload ?? DEFAULT_MAX_PAYLOAD_BYTES));
    }
}
//# sourceMappingURL=nats-bus.js.map