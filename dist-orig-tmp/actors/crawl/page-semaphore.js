import { abortReason } from './abort-reason.js';
/** A counting semaphore; see the file comment. */
export class PageSemaphore {
    #capacity;
    #inUse = 0;
    #waiters = [];
    /** @throws RangeError unless `capacity` is a positive integer */
    constructor(capacity) {
        if (!Number.isInteger(capacity) || capacity < 1)
            throw new RangeError(`capacity must be a positive integer (got ${capacity})`);
        this.#capacity = capacity;
    }
    /** Permits in total. */
    get capacity() {
        return this.#capacity;
    }
    /** Permits held now. */
    get inUse() {
        return this.#inUse;
    }
    /** Callers waiting for a permit. */
    get waiting() {
        return this.#waiters.length;
    }
    /**
     * Resolves with a release function once a permit is free (at once when one is). Rejects
     * with the signal's reason if it aborts first; the place in the queue is then given up.
     */
    acquire(signal) {
        if (signal.aborted)
            return Promise.reject(abortReason(signal));
        if (this.#inUse < this.#capacity && this.#waiters.length === 0) {
            this.#inUse += 1;
            return Promise.resolve(this.#releaser());
        }
        return new Promise((resolve, reject) => {
            const waiter = {
                grant: () => {
                    signal.removeEventListener('abort', onAbort);
                    resolve(this.#releaser());
                },
                reject,
            };
            const onAbort = () => {
                const index = this.#waiters.indexOf(waiter);
                if (index !== -1)
                    this.#waiters.splice(index, 1);
                reject(abortReason(signal));
            };
            signal.addEventListener('abort', onAbort, { once: true });
            this.#waiters.push(waiter);
        });
    }
    #releaser() {
        let released = false;
        return () => {
            if (released)
                return;
            released = true;
            const next = this.#waiters.shift();
            if (next)
                next.grant(); // the permit passes straight to the next waiter
            else
                this.#inUse -= 1;
        };
    }
}
//# sourceMappingURL=page-semaphore.js.map