/**
 * Sends the outbox: claims due rows, sends each with its row id as the bus message id (a
 * second send is a duplicate the bus drops), marks it sent. While the bus is unavailable the
 * rows wait, retried with backoff, for as long as the outage lasts; work that can never be
 * sent (too large for the bus, an invalid subject) is marked failed and reported to
 * `onUndeliverable` so its company or job fails with a clear error.
 *
 * It runs when told new rows exist ({@link OutboxDispatcher.notify}), at start, and every
 * `pollIntervalMs` (rows written by another gateway that died before sending them).
 */
import { isPermanentBusError } from '../../bus/bus.js';
import { subjects } from '../../schema/subjects.js';
export function subjectOfWork(work) {
    return work.type === 'company' ? subjects.companyWork : subjects.scrapeWork;
}
export class OutboxDispatcher {
    #options;
    #pollIntervalMs;
    #leaseMs;
    #maxRetryDelayMs;
    #warnAfterMs;
    #batchSize;
    #running = null;
    #again = false;
    #stopped = false;
    #poll = null;
    #retry = null;
    /** Wakes the dispatcher when the earliest waiting row falls due (retried or leased rows). */
    #wake = null;
    #failures = 0;
    /** When the current bus outage began (first failed send), or null. */
    #outageSince = null;
    #outageWarned = false;
    constructor(options) {
        this.#options = options;
        this.#pollIntervalMs = options.pollIntervalMs ?? 2000;
        this.#leaseMs = options.leaseMs ?? 30_000;
        this.#maxRetryDelayMs = options.maxRetryDelayMs ?? 5000;
        this.#warnAfterMs = options.warnAfterMs ?? 5 * 60_000;
        this.#batchSize = options.batchSize ?? 100;
    }
    /** Sends what is pending now, then keeps polling. */
    start() {
        if (this.#stopped || this.#poll)
            return;
        this.#poll = setInterval(() => this.notify(), this.#pollIntervalMs);
        this.#poll.unref();
        this.notify();
    }
    /** New rows were committed: send them (now, or after the current pass). */
    notify() {
        if (this.#stopped || this.#retry)
            return; // a retry is scheduled: it will pick them up
        if (this.#running) {
            this.#again = true;
            return;
        }
        this.#running = this.#drain()
            .catch((error) => {
            if (!this.#stopped)
                this.#options.warn('Sending queued work failed; retrying', error);
            this.#scheduleRetry();
        })
            .finally(() => {
            this.#running = null;
            if (this.#again) {
                this.#again = false;
                this.notify();
            }
        });
    }
    /** Stops sending; resolves once the current pass has ended. Unsent rows stay for the next start. */
    async stop() {
        this.#stopped = true;
        if (this.#poll)
            clearInterval(this.#poll);
        if (this.#retry)
            clearTimeout(this.#retry);
        if (this.#wake)
            clearTimeout(this.#wake);
        this.#poll = this.#retry = this.#wake = null;
        await this.#running;
    }
    async #drain() {
        const { store } = this.#options;
        while (!this.#stopped) {
            const rows = await store.outbox.claimDue(this.#batchSize, this.#leaseMs);
            if (!rows.length) {
                this.#wakeWhenDue(await store.outbox.nextDueAt());
                return;
            }
            const unsent = (await Promise.all(rows.map((row) => this.#sendOne(row)))).filter((r) => r !== null);
            if (this.#stopped)
                return;
            if (unsent.length) {
                const delayMs = this.#scheduleRetry();
                await store.outbox.retryAt(unsent.map((r) => r.msgId), Date.now() + delayMs, 'the message bus is unavailable');
                return;
            }
            this.#failures = 0;
            if (this.#outageSince !== null && this.#outageWarned)
                this.#options.warn('The message bus is back: queued work is being sent');
            this.#outageSince = null;
            this.#outageWarned = false;
        }
    }
    /** @returns the row when it must be tried again later, null when it is settled */
    async #sendOne(row) {
        const { bus, store } = this.#options;
        try {
            await bus.send(subjectOfWork(row.work), row.work, row.msgId);
        }
        catch (error) {
            if (this.#stopped)
                return row;
            if (isPermanentBusError(error)) {
                const reason = error instanceof Error ? error.message : String(error);
                this.#options.warn(`Work ${row.msgId} of job ${row.jobId} can never be sent: ${reason}`);
                if (await store.outbox.markFailed(row.msgId, reason))
                    await this.#options.onUndeliverable(row.work, reason);
                return null;
            }
            this.#noteOutage(error);
            return row;
        }
        await store.outbox.markSent(row.msgId);
        return null;
    }
    #noteOutage(error) {
        const now = Date.now();
        this.#outageSince ??= now;
        if (!this.#outageWarned && now - this.#outageSince >= this.#warnAfterMs) {
            this.#outageWarned = true;
            this.#options.warn(`Work has waited ${Math.round((now - this.#outageSince) / 1000)} s for the message bus; it stays queued and is sent when the bus is back`, error);
        }
    }
    #wakeWhenDue(dueAtMs) {
        if (dueAtMs === null || this.#stopped)
            return;
        if (this.#wake)
            clearTimeout(this.#wake);
        this.#wake = setTimeout(() => {
            this.#wake = null;
            this.notify();
        }, Math.max(0, dueAtMs - Date.now()) + 5);
        this.#wake.unref();
    }
    /** @returns the delay before the next try */
    #scheduleRetry() {
        const delayMs = Math.min(this.#maxRetryDelayMs, 200 * 2 ** Math.min(this.#failures++, 10));
        if (this.#stopped || this.#retry)
            return delayMs;
        this.#retry = setTimeout(() => {
            this.#retry = null;
            this.notify();
        }, delayMs);
        this.#retry.unref();
        return delayMs;
    }
}
//# sourceMappingURL=outbox-dispatcher.js.map