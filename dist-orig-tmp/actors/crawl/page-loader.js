/**
 * Loads one URL in a (reused) Puppeteer page and reads the rendered result: navigation with a
 * timeout, a wait for the content of pages whose scripts are still working to settle (network
 * and DOM quiet, see content-settle.ts), then one DOM snapshot.
 */
import { TimeoutError } from 'puppeteer';
import { CONTENT_SETTLE_BUDGET_MS, NetworkActivity, waitForSettledContent } from './content-settle.js';
import { DEFAULT_SNAPSHOT_LIMITS, takePageSnapshot } from './page-snapshot.js';
import { assertAddressAllowed, BlockedAddressError, parseHostAsIp } from './network-guard.js';
import { isHtmlContentType, isNonHtmlContentType } from './content-type.js';
import { navigationFailure, PageLoadError, unresponsiveFailure } from './page-load-error.js';
import { raceAbort, raceTimeout } from './promise-race.js';
export { PageLoadError } from './page-load-error.js';
/** Longest wait for a document that is still loading to become readable, after a failed read. */
export const SETTLE_TIMEOUT_MS = 4000;
/**
 * Navigates `page` to `url` and reads it. Rejects with {@link PageLoadError} when no document
 * could be loaded, or with the signal's reason when aborted.
 */
export async function loadPage(page, url, options) {
    const { signal } = options;
    signal.throwIfAborted();
    // The main-document response, kept even when goto() itself fails (e.g. a PDF turned download).
    let mainResponse;
    const onResponse = (response) => {
        const request = response.request();
        if (request.isNavigationRequest() && response.frame() === page.mainFrame() && !isRedirect(response)) {
            mainResponse = response;
        }
    };
    page.on('response', onResponse);
    // From before the navigation, so that the document's own requests count.
    const activity = new NetworkActivity(page);
    const failureContext = (responded) => ({
        url,
        timeoutMs: options.timeoutMs,
        blockedReason: options.blockedNavigationReason(),
        responded,
    });
    const startedAt = performance.now();
    let responseTimeMs;
    let domReady = true;
    try {
        try {
            // goto() ignores AbortSignals; the race lets an abort return at once (the caller closes the page).
            const navigation = page.goto(url, { waitUntil: 'domcontentloaded', timeout: options.timeoutMs });
            const response = await raceAbort(navigation, signal);
            mainResponse = response ?? mainResponse;
        }
        catch (error) {
            signal.throwIfAborted();
            if (!mainResponse)
                throw navigationFailure(error, failureContext(false));
            // A response arrived but goto() failed: a download (never committed; the reused page still
            // shows the previous document, which must not be read), or DOMContentLoaded held up by a
            // hanging script (committed: what is parsed so far is kept).
            const committed = page.url() === mainResponse.url();
            if (!committed && !isNonHtmlContentType(mainResponse.headers()['content-type'] ?? null)) {
                throw navigationFailure(error, failureContext(true));
            }
            domReady = !(error instanceof TimeoutError);
        }
        responseTimeMs = Math.round(performance.now() - startedAt);
    }
    finally {
        page.off('response', onResponse);
    }
    const response = mainResponse;
    if (response)
        assertConnectedAddressAllowed(response, options.networkPolicy);
    const headers = response?.headers() ?? {};
    const redirectChain = response
        ? response
            .request()
            .redirectChain()
            .map((request) => request.url())
        : [];
    const status = response?.status() ?? null;
    let contentType = headers['content-type'] ?? null;
    const base = {
        redirectChain,
        status,
        headers,
        responseTimeMs,
    };
    if (!domReady)
        await stopLoading(page);
    if (isNonHtmlContentType(contentType)) {
        return { ...base, finalUrl: response?.url() ?? page.url(), contentType, ...NOT_HTML };
    }
    const reading = new ReadBudget(url, options.timeoutMs, signal);
    let snapshot;
    try {
        snapshot = await snapshotWithRetry(page, reading, activity, domReady, options.expectScripts ?? false);
    }
    finally {
        activity.detach();
    }
    contentType ??= snapshot.documentContentType || null;
    if (!isHtmlContentType(contentType)) {
        return { ...base, finalUrl: page.url(), contentType, ...NOT_HTML };
    }
    return {
        ...base,
        finalUrl: page.url(),
        contentType,
        isHtml: true,
        html: snapshot.html,
        text: snapshot.text,
        title: snapshot.title,
        links: snapshot.links,
    };
}
const NOT_HTML = Object.freeze({ isHtml: false, html: '', text: '', title: '', links: [] });
function isRedirect(response) {
    const status = response.status();
    return status >= 300 && status < 400 && response.headers().location !== undefined;
}
/**
 * Gives scripts a moment to finish writing the page: until its network and DOM are quiet,
 * within {@link CONTENT_SETTLE_BUDGET_MS} (and the renderer must answer within a second more).
 */
async function settle(page, activity, signal) {
    try {
        await raceTimeout(waitForSettledContent(page, activity, { signal }), CONTENT_SETTLE_BUDGET_MS + 1000, signal);
    }
    catch {
        // Settling is best effort: a timeout or a script-driven navigation still leaves a page to read.
        signal.throwIfAborted();
    }
}
/**
 * Bounds each evaluation in a loaded page by the page timeout. A script that never yields
 * (`while (true) {}`) keeps every evaluation waiting forever; a renderer that does not answer
 * one within the page timeout counts as unresponsive.
 */
class ReadBudget {
    url;
    timeoutMs;
    signal;
    constructor(url, timeoutMs, signal) {
        this.url = url;
        this.timeoutMs = timeoutMs;
        this.signal = signal;
    }
    /**
     * `evaluation`, or a rejection with an `unresponsive` {@link PageLoadError} after the page
     * timeout (with the signal's reason when aborted).
     */
    async bound(evaluation) {
        try {
            return await raceTimeout(evaluation, this.timeoutMs, this.signal);
        }
        catch (error) {
            this.signal.throwIfAborted();
            if (error instanceof TimeoutError)
                throw unresponsiveFailure(this.url, this.timeoutMs, error);
            throw error;
        }
    }
}
/**
 * The page's snapshot. Pages without scripts are final at DOMContentLoaded and read at once;
 * others are read after {@link settle} (when `mayWait`). One more attempt follows a
 * script-driven navigation that destroyed the first attempt's context.
 */
async function snapshotWithRetry(page, reading, activity, mayWait, expectScripts) {
    const { signal } = reading;
    try {
        if (mayWait) {
            const scriptless = expectScripts ? null : await reading.bound(takePageSnapshot(page, DEFAULT_SNAPSHOT_LIMITS, true));
            if (scriptless)
                return scriptless;
            await settle(page, activity, signal);
        }
        return await reading.bound(takePageSnapshot(page, DEFAULT_SNAPSHOT_LIMITS));
    }
    catch (error) {
        signal.throwIfAborted();
        if (isUnresponsive(error))
            throw error;
        await page.waitForFunction('document.readyState !== "loading"', { timeout: SETTLE_TIMEOUT_MS, signal }).catch(() => undefined);
        signal.throwIfAborted();
        try {
            return await reading.bound(takePageSnapshot(page, DEFAULT_SNAPSHOT_LIMITS));
        }
        catch (retryError) {
            signal.throwIfAborted();
            if (isUnresponsive(retryError))
                throw retryError;
            throw new PageLoadError(`Could not read ${page.url()}: ${describeError(retryError)}`, 'unreadable', true, {
                cause: error,
            });
        }
    }
}
async function stopLoading(page) {
    await raceTimeout(page.evaluate('window.stop()'), 1000, new AbortController().signal).catch(() => undefined);
}
/** @throws PageLoadError when the main document came from an address the policy refuses. */
function assertConnectedAddressAllowed(response, policy) {
    const { ip } = response.remoteAddress();
    if (!ip || parseHostAsIp(ip) === null)
        return; // served from cache or a service worker
    try {
        assertAddressAllowed(response.url(), ip, policy, new URL(response.url()).hostname);
    }
    catch (error) {
        if (!(error instanceof BlockedAddressError))
            throw error;
        throw new PageLoadError(error.message, 'blocked', false, { cause: error });
    }
}
function isUnresponsive(error) {
    return error instanceof PageLoadError && error.code === 'unresponsive';
}
function describeError(error) {
    return error instanceof Error ? error.message : String(error);
}
//# sourceMappingURL=page-loader.js.map