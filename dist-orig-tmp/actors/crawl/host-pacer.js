import { abortReason } from './abort-reason.js';
/**
 * Politeness: at most one request to the same host every `delayMs`. Turns are reserved in
 * call order, so concurrent workers queue up instead of bursting when the pause ends.
 */
/** Longest robots.txt Crawl-delay we honour; larger values would stall a job for minutes. */
export const MAX_CRAWL_DELAY_MS = 10_000;
/**
 * The pause to keep between two requests to one host: the job's `delayMs`, raised to the
 * site's robots.txt Crawl-delay (capped at {@link MAX_CRAWL_DELAY_MS}) when there is one.
 */
export function effectiveDelayMs(delayMs, crawlDelayMs) {
    if (crawlDelayMs === undefined || !Number.isFinite(crawlDelayMs) || crawlDelayMs <= 0)
        return delayMs;
    return Math.max(delayMs, Math.min(crawlDelayMs, MAX_CRAWL_DELAY_MS));
}
/** Spaces out requests per host. */
export class HostPacer {
    #nextSlotAt = new Map();
    /** When the last turn on each host was really let go. */
    #lastTurnAt = new Map();
    /**
     * Resolves when a request to `host` may start, `delayMs` after the previous turn on that
     * host. Rejects with the signal's reason if it aborts first.
     */
    async waitTurn(host, delayMs, signal) {
        signal.throwIfAborted();
        if (delayMs <= 0)
            return;
        const now = Date.now();
        const slot = Math.max(now, this.#nextSlotAt.get(host) ?? now);
        this.#nextSlotAt.set(host, slot + delayMs);
        const waitMs = slot - now;
        if (waitMs > 0)
            await abortableSleep(waitMs, signal);
        // A busy event loop fires timers late: the previous turn may have gone later than its slot,
        // so this one waits until the full pause after it has passed.
        for (;;) {
            const sincePreviousMs = Date.now() - (this.#lastTurnAt.get(host) ?? Number.NEGATIVE_INFINITY);
            if (sincePreviousMs >= delayMs)
                break;
            await abortableSleep(delayMs - sincePreviousMs, signal);
        }
        const turnAt = Date.now();
        this.#lastTurnAt.set(host, turnAt);
        this.#nextSlotAt.set(host, Math.max(this.#nextSlotAt.get(host) ?? turnAt, turnAt + delayMs));
    }
}
function abortableSleep(ms, signal) {
    return new Promise((resolve, reject) => {
        const onAbort = () => {
            clearTimeout(timer);
            reject(abortReason(signal));
        };
        const timer = setTimeout(() => {
            signal.removeEventListener('abort', onAbort);
            resolve();
        }, ms);
        signal.addEventListener('abort', onAbort, { once: true });
    });
}
//# sourceMappingURL=host-pacer.js.map