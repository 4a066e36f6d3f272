import { checkNakDelayMs } from './bus-options.js';
/** One delivery of a stored message to a handler. */
export class EmbeddedWorkMessage {
    durable;
    delivery;
    subject;
    data;
    settled = false;
    constructor(durable, delivery, subject, data) {
        this.durable = durable;
        this.delivery = delivery;
        this.subject = subject;
        this.data = data;
    }
    get deliveryCount() {
        return this.delivery.count;
    }
    get isSettled() {
        return this.settled;
    }
    ack() {
        if (this.settled)
            return Promise.resolve();
        this.settled = true;
        return this.durable.ack(this.delivery);
    }
    nak(delayMs) {
        const delay = checkNakDelayMs(delayMs);
        if (this.settled)
            return;
        this.settled = true;
        this.durable.nak(this.delivery, delay);
    }
    working() {
        if (!this.settled)
            this.durable.working(this.delivery);
    }
    term() {
        if (this.settled)
            return;
        this.settled = true;
        this.durable.term(this.delivery);
    }
}
/**
 * One `consume` call: runs the handler for messages of its durable, at most `maxInFlight`
 * at a time.
 */
export class EmbeddedRunner {
    durable;
    maxInFlight;
    handler;
    reportError;
    onStopped;
    active = 0;
    stopping = false;
    idleWaiters = [];
    stopPromise = null;
    constructor(durable, maxInFlight, handler, reportError, onStopped) {
        this.durable = durable;
        this.maxInFlight = maxInFlight;
        this.handler = handler;
        this.reportError = reportError;
        this.onStopped = onStopped;
    }
    hasCapacity() {
        return !this.stopping && this.active < this.maxInFlight;
    }
    run(msg, maxDeliver) {
        this.active++;
        Promise.resolve()
            .then(() => this.handler(msg))
            .catch((error) => {
            this.reportError(error, `work handler of durable ${this.durable.name} on ${msg.subject}`);
            if (msg.isSettled)
                return;
            if (msg.deliveryCount >= maxDeliver)
                msg.term();
            else
                msg.nak();
        })
            .finally(() => {
            this.active--;
            if (this.active === 0)
                for (const wake of this.idleWaiters.splice(0))
                    wake();
            this.durable.scheduleDispatch();
        });
    }
    /** Stops taking messages; resolves once running handlers have returned. */
    stop() {
        if (!this.stopPromise) {
            this.stopping = true;
            this.durable.detach(this);
            this.onStopped(this);
            this.stopPromise = this.active === 0 ? Promise.resolve() : new Promise((resolve) => this.idleWaiters.push(resolve));
        }
        return this.stopPromise;
    }
}
//# sourceMappingURL=embedded-runner.js.map