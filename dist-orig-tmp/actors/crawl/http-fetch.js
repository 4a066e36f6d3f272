/**
 * Fetches one document over plain HTTP, as the crawler's first try before any browser: the
 * crawler's user agent, redirects followed by hand (each hop checked by the network guard and
 * recorded), the connected address checked at connect time, a byte cap, a time budget, and the
 * same failure wording as a Chromium load.
 */
import { fetch } from 'undici';
import { decodeHtml } from './html-decoding.js';
import { httpAgentFor } from './http-agent.js';
import { blockedAddressOf, fetchFailure } from './http-errors.js';
import { assertAddressAllowed, BlockedAddressError } from './network-guard.js';
import { isHtmlContentType } from './content-type.js';
import { netErrorFailure, notAPageFailure, PageLoadError, timeoutFailure } from './page-load-error.js';
import { readBodyUpTo } from './read-body.js';
import { USER_AGENT } from './user-agent.js';
/**
 * Redirects that loop while setting cookies: a browser, which keeps the cookies, may get
 * through where a cookie-less client cannot. The page must be loaded in the browser.
 */
export class BrowserNeededError extends Error {
    constructor(message, options) {
        super(message, options);
        this.name = 'BrowserNeededError';
    }
}
/** Default of {@link HttpFetchOptions.maxBytes}, the same cap as a rendered page's HTML. */
export const MAX_DOCUMENT_BYTES = 5_000_000;
const MAX_REDIRECTS = 20;
const REQUEST_HEADERS = Object.freeze({
    'user-agent': USER_AGENT,
    accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
    'accept-language': 'en-US,en;q=0.9',
});
/**
 * Fetches `url`. Rejects with {@link PageLoadError} when no document could be fetched (same
 * wording as a browser load: `Could not load <url>: net::ERR_CONNECTION_REFUSED (connection
 * refused)`), {@link BrowserNeededError} for cookie-setting redirect loops, or the signal's
 * reason when aborted.
 */
export async function fetchDocument(url, options) {
    const { signal, timeoutMs } = options;
    signal.throwIfAborted();
    // One controller per fetch, unhooked from the crawl's signal at the end (no listener piles up).
    const combined = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
        timedOut = true;
        combined.abort(new Error(`no complete response within ${timeoutMs} ms`));
    }, timeoutMs);
    const onAbort = () => combined.abort(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    const maxRedirects = options.maxRedirects ?? MAX_REDIRECTS;
    const startedAt = performance.now();
    const redirectChain = [];
    let setCookies = false;
    let current = url;
    let responded = false;
    try {
        for (;;) {
            await checkHop(current, options);
            const response = await fetch(current, {
                redirect: 'manual',
                signal: combined.signal,
                headers: REQUEST_HEADERS,
                dispatcher: httpAgentFor(options.networkPolicy),
            });
            const location = response.headers.get('location');
            if (response.status >= 300 && response.status < 400 && location !== null) {
                await discardBody(response);
                setCookies ||= response.headers.getSetCookie().length > 0;
                redirectChain.push(current);
                const next = resolveRedirect(location, current);
                if (redirectChain.length > maxRedirects) {
                    const loop = netErrorFailure(url, 'net::ERR_TOO_MANY_REDIRECTS', undefined);
                    if (setCookies)
                        throw new BrowserNeededError(`${url} redirects in a loop while setting cookies`, { cause: loop });
                    throw loop;
                }
                current = next;
                continue;
            }
            responded = true;
            return await readDocument(url, current, response, redirectChain, options, startedAt);
        }
    }
    catch (error) {
        signal.throwIfAborted();
        if (error instanceof PageLoadError || error instanceof BrowserNeededError)
            throw error;
        if (timedOut)
            throw timeoutFailure(url, timeoutMs, responded, error);
        const blocked = blockedAddressOf(error);
        if (blocked)
            throw blockedFailure(current, blocked, options.networkPolicy);
        throw fetchFailure(url, error, responded);
    }
    finally {
        clearTimeout(timer);
        signal.removeEventListener('abort', onAbort);
    }
}
async function checkHop(url, options) {
    try {
        await options.checkUrl(url);
    }
    catch (error) {
        options.signal.throwIfAborted();
        if (error instanceof BlockedAddressError)
            throw new PageLoadError(error.message, 'blocked', false, { cause: error });
        throw error;
    }
}
/** The absolute URL of a redirect target. @throws PageLoadError for targets that are not http(s) */
function resolveRedirect(location, from) {
    let next;
    try {
        next = new URL(location, from);
    }
    catch (error) {
        throw new PageLoadError(`Could not load ${from}: net::ERR_INVALID_REDIRECT`, 'net::ERR_INVALID_REDIRECT', false, { cause: error });
    }
    if (next.protocol !== 'http:' && next.protocol !== 'https:') {
        throw new PageLoadError(`Could not load ${from}: net::ERR_UNSAFE_REDIRECT (redirect to ${next.protocol} URL)`, 'net::ERR_UNSAFE_REDIRECT', false);
    }
    next.hash = '';
    return next.href;
}
/** The guard's refusal of the address a connection was about to use, with the URL in the message. */
function blockedFailure(url, blocked, policy) {
    let message = blocked.message;
    if (blocked.address) {
        try {
            assertAddressAllowed(url, blocked.address, policy, new URL(url).hostname);
        }
        catch (error) {
            if (error instanceof BlockedAddressError)
                message = error.message;
        }
    }
    return new PageLoadError(message, 'blocked', false, { cause: blocked });
}
async function readDocument(requestedUrl, finalUrl, response, redirectChain, options, startedAt) {
    const headers = headerRecord(response);
    const status = response.status;
    const declaredType = response.headers.get('content-type');
    const base = { finalUrl, redirectChain, status, headers };
    const disposition = response.headers.get('content-disposition') ?? '';
    const declaredNonHtml = declaredType !== null && !isHtmlContentType(declaredType);
    if (declaredNonHtml || status >= 400) {
        // Non-HTML documents are recorded, not parsed; error pages are reported by their status.
        await discardBody(response);
        const isHtml = !declaredNonHtml;
        return { ...base, contentType: declaredType, isHtml, html: '', responseTimeMs: elapsed(startedAt) };
    }
    if (/^\s*attachment\b/i.test(disposition) || status === 204 || status === 205) {
        await discardBody(response);
        throw notAPageFailure(requestedUrl);
    }
    const bytes = await readBodyUpTo(response.body, options.maxBytes ?? MAX_DOCUMENT_BYTES);
    const sniffedHtml = declaredType === null && looksLikeHtml(bytes);
    if (declaredType === null && !sniffedHtml) {
        return { ...base, contentType: 'text/plain', isHtml: false, html: '', responseTimeMs: elapsed(startedAt) };
    }
    const contentType = declaredType ?? 'text/html';
    const html = decodeHtml(bytes, contentType);
    return { ...base, contentType, isHtml: true, html, responseTimeMs: elapsed(startedAt) };
}
function headerRecord(response) {
    const record = {};
    response.headers.forEach((value, name) => {
        if (name !== 'set-cookie')
            record[name] = value;
    });
    const cookies = response.headers.getSetCookie();
    if (cookies.length > 0)
        record['set-cookie'] = cookies.join('\n');
    return record;
}
async function discardBody(response) {
    await response.body?.cancel().catch(() => undefined);
}
/** Content sniffing for responses without a Content-Type: markup starts with a tag or a comment. */
function looksLikeHtml(bytes) {
    const head = new TextDecoder('latin1')
        .decode(bytes.subarray(0, 512))
        .replace(/^\uFEFF|^\u00EF\u00BB\u00BF/, '')
        .trimStart();
    return /^<(?:!doctype\s+html|html|head|body|script|iframe|h1|div|font|table|a|style|title|b|p|br|!--)[\s>]/i.test(head);
}
function elapsed(startedAt) {
    return Math.round(performance.now() - startedAt);
}
//# sourceMappingURL=http-fetch.js.map