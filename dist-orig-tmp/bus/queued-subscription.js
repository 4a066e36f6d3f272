/**
 * A core subscription fed by a bus implementation through {@link QueuedSubscription.deliver}.
 *
 * Buffering is unbounded: a subscriber that iterates slower than messages arrive grows
 * memory (NATS would eventually flag it as a slow consumer).
 */
export class QueuedSubscription {
    subject;
    callback;
    onUnsubscribe;
    reportCallbackError;
    buffer = [];
    waiters = [];
    stopped = false;
    /**
     * @param subject the subscribed filter
     * @param callback when set, called for each message instead of buffering it
     * @param onUnsubscribe tells the bus to stop routing messages here
     * @param reportCallbackError receives what `callback` throws
     */
    constructor(subject, callback, onUnsubscribe, reportCallbackError) {
        this.subject = subject;
        this.callback = callback;
        this.onUnsubscribe = onUnsubscribe;
        this.reportCallbackError = reportCallbackError;
    }
    /** False once unsubscribed or ended by the bus. */
    get isActive() {
        return !this.stopped;
    }
    /** Hands one message to the callback or to the iterator. Ignored once stopped. */
    deliver(msg) {
        if (this.stopped)
            return;
        if (this.callback) {
            try {
                this.callback(msg);
            }
            catch (error) {
                this.reportCallbackError(error, msg.subject);
            }
            return;
        }
        const waiter = this.waiters.shift();
        if (waiter)
            waiter({ value: msg, done: false });
        else
            this.buffer.push(msg);
    }
    /**
     * Ends the subscription from the bus side (the bus is closing): messages already
     * buffered are still yielded, then iteration ends.
     */
    end() {
        if (this.stopped)
            return;
        this.stopped = true;
        this.releaseWaiters();
    }
    /** Stops delivery, drops buffered messages and ends iteration. Idempotent. */
    unsubscribe() {
        this.buffer.length = 0;
        const wasStopped = this.stopped;
        this.stopped = true;
        this.releaseWaiters();
        if (!wasStopped)
            this.onUnsubscribe();
    }
    [Symbol.asyncIterator]() {
        return {
            next: () => this.next(),
            return: () => {
                this.unsubscribe();
                return Promise.resolve({ value: undefined, done: true });
            },
        };
    }
    next() {
        const msg = this.buffer.shift();
        if (msg)
            return Promise.resolve({ value: msg, done: false });
        if (this.stopped)
            return Promise.resolve({ value: undefined, done: true });
        return new Promise((resolve) => this.waiters.push(resolve));
    }
    releaseWaiters() {
        for (const waiter of this.waiters.splice(0))
            waiter({ value: undefined, done: true });
    }
}
//# sourceMappingURL=queued-subscription.js.map