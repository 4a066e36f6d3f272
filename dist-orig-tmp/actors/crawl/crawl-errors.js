/**
 * The start page could not be fetched (unreachable, refused, timeout, blocked address, non-HTML,
 * redirect loop, disallowed by robots.txt…), so there is nothing to crawl. The message is meant
 * for the end user, e.g. `Could not load http://x/: net::ERR_CONNECTION_REFUSED (connection refused)`.
 */
export class StartPageError extends Error {
    retryable;
    /** The server's `Retry-After` (HTTP 429/503), in ms; absent when it sent none. */
    retryAfterMs;
    constructor(message, 
    /** True for transient failures: refused, reset, timeout, HTTP 5xx, 408, 425 and 429. */
    retryable, options) {
        super(message, options?.cause === undefined ? undefined : { cause: options.cause });
        this.retryable = retryable;
        this.name = 'StartPageError';
        this.retryAfterMs = options?.retryAfterMs;
    }
}
/** Chromium went away during the crawl; running the job again (on a fresh browser) may succeed. */
export class BrowserCrashedError extends Error {
    retryable = true;
    constructor(message, options) {
        super(message, options);
        this.name = 'BrowserCrashedError';
    }
}
/**
 * `Retry-After` as a wait in ms: delay-seconds or an HTTP date (`…GMT`); undefined when absent
 * or unreadable. `now` is for tests.
 */
export function parseRetryAfterMs(value, now = Date.now()) {
    const raw = value?.trim() ?? '';
    if (raw === '')
        return undefined;
    if (/^\d{1,9}$/.test(raw))
        return Number(raw) * 1000;
    if (!/ GMT$/i.test(raw))
        return undefined;
    const at = Date.parse(raw);
    return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
//# sourceMappingURL=crawl-errors.js.map