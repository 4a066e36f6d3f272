/** Failures of one page load, worded for the end user and classified retryable or not. */
import { TimeoutError } from 'puppeteer';
/** Loading one page failed. */
export class PageLoadError extends Error {
    code;
    retryable;
    constructor(message, 
    /**
     * Chromium's error (`net::ERR_CONNECTION_REFUSED`), or `timeout`, `blocked`, `crashed`, or
     * `unresponsive` (the page's scripts kept the renderer busy: the tab must be closed, not reused).
     */
    code, 
    /** True for transient failures worth another attempt later. */
    retryable, options) {
        super(message, options);
        this.code = code;
        this.retryable = retryable;
        this.name = 'PageLoadError';
    }
}
/** Chromium errors that will not go away by trying again. */
const PERMANENT_NET_ERRORS = new Set([
    'net::ERR_TOO_MANY_REDIRECTS',
    'net::ERR_ACCESS_DENIED',
    'net::ERR_BLOCKED_BY_CLIENT',
    'net::ERR_NAME_NOT_RESOLVED',
    'net::ERR_UNSAFE_REDIRECT',
    'net::ERR_UNSAFE_PORT',
    'net::ERR_INVALID_URL',
    'net::ERR_INVALID_REDIRECT',
    'net::ERR_DISALLOWED_URL_SCHEME',
    'net::ERR_UNKNOWN_URL_SCHEME',
    'net::ERR_INVALID_RESPONSE',
    'net::ERR_RESPONSE_HEADERS_TOO_BIG',
]);
/** Plain words for the commonest Chromium errors. */
const NET_ERROR_HINTS = {
    'net::ERR_TOO_MANY_REDIRECTS': 'redirect loop',
    'net::ERR_CONNECTION_REFUSED': 'connection refused',
    'net::ERR_CONNECTION_RESET': 'connection reset',
    'net::ERR_CONNECTION_CLOSED': 'connection closed',
    'net::ERR_EMPTY_RESPONSE': 'empty response',
    'net::ERR_NAME_NOT_RESOLVED': 'host name not found',
    'net::ERR_ADDRESS_UNREACHABLE': 'address unreachable',
    'net::ERR_CONNECTION_TIMED_OUT': 'connection timed out',
    'net::ERR_TIMED_OUT': 'timed out',
    'net::ERR_CERT_COMMON_NAME_INVALID': 'TLS certificate does not match the host',
    'net::ERR_CERT_DATE_INVALID': 'TLS certificate expired',
    'net::ERR_CERT_AUTHORITY_INVALID': 'TLS certificate not trusted',
};
/** Turns a failed `page.goto()` into a user-facing {@link PageLoadError}. */
export function navigationFailure(error, context) {
    const { url, timeoutMs, blockedReason, responded } = context;
    if (error instanceof TimeoutError)
        return timeoutFailure(url, timeoutMs, responded, error);
    const message = describeError(error);
    const netError = /net::ERR_[A-Z0-9_]+/.exec(message)?.[0];
    if (blockedReason && (netError === 'net::ERR_ACCESS_DENIED' || netError === 'net::ERR_NAME_NOT_RESOLVED')) {
        return new PageLoadError(blockedReason, 'blocked', false, { cause: error });
    }
    if (netError === 'net::ERR_ABORTED' && responded)
        return notAPageFailure(url, error);
    if (netError)
        return netErrorFailure(url, netError, error);
    if (/crash|Target closed|Session closed|detached/i.test(message)) {
        return new PageLoadError(`Could not load ${url}: the page crashed (${message})`, 'crashed', true, { cause: error });
    }
    return new PageLoadError(`Could not load ${url}: ${message}`, 'failed', true, { cause: error });
}
/**
 * No response (or no complete page) within the budget, e.g.
 * `Could not load https://x/: no response within 20000 ms`. Retryable.
 */
export function timeoutFailure(url, timeoutMs, responded, cause) {
    const what = responded ? 'the page did not load' : 'no response';
    return new PageLoadError(`Could not load ${url}: ${what} within ${timeoutMs} ms`, 'timeout', true, { cause });
}
/**
 * A network failure named by its Chromium error (`net::ERR_CONNECTION_REFUSED`), worded the same
 * whether Chromium or the plain HTTP client met it.
 */
export function netErrorFailure(url, netError, cause) {
    const hint = NET_ERROR_HINTS[netError];
    return new PageLoadError(`Could not load ${url}: ${netError}${hint ? ` (${hint})` : ''}`, netError, isRetryableNetError(netError), { cause });
}
/**
 * The page loaded but its scripts keep the renderer from answering (`while (true) {}`), e.g.
 * `Could not read https://x/: the page's scripts kept the browser busy for 20000 ms`. Not
 * retryable: the same scripts would do it again.
 */
export function unresponsiveFailure(url, timeoutMs, cause) {
    return new PageLoadError(`Could not read ${url}: the page's scripts kept the browser busy for ${timeoutMs} ms`, 'unresponsive', false, { cause });
}
/** The response is a download (attachment) or empty (204/205): there is no page to read. */
export function notAPageFailure(url, cause) {
    return new PageLoadError(`Could not load ${url}: net::ERR_ABORTED (the response is a download or empty, not a page)`, 'net::ERR_ABORTED', false, { cause });
}
/** Chromium errors worth another attempt later (not redirect loops, TLS or refused addresses). */
function isRetryableNetError(netError) {
    return !PERMANENT_NET_ERRORS.has(netError) && !/^net::ERR_(?:CERT|SSL)_/.test(netError);
}
function describeError(error) {
    return error instanceof Error ? error.message : String(error);
}
//# sourceMappingURL=page-load-error.js.map