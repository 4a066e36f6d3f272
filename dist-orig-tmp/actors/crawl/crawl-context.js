import { RequestFilter } from './request-filter.js';
/** {@link CrawlContext} over a page pool; see the file comment. */
export class JobCrawlContext {
    allowPrivateNetworks;
    #pool;
    #filter;
    #blockedNavigation = new WeakMap();
    #prefetched = new WeakMap();
    #jobAbort = new AbortController();
    #lent = new Map();
    #closed = false;
    #crashed = false;
    constructor(pool, allowPrivateNetworks) {
        this.#pool = pool;
        this.allowPrivateNetworks = allowPrivateNetworks;
        this.#filter = new RequestFilter({ allowPrivateNetworks });
    }
    async acquirePage(signal) {
        this.#assertOpen();
        const pooled = await this.#pool.borrow(this, signal);
        if (this.#closed) {
            await pooled.giveBack(true);
            this.#assertOpen();
        }
        this.#lent.set(pooled.page, pooled);
        let released;
        return {
            page: pooled.page,
            release: (options = {}) => {
                released ??= this.#giveBack(pooled, options.reusable ?? true);
                return released;
            },
        };
    }
    async pages() {
        return [...this.#lent.keys()].filter((page) => !page.isClosed());
    }
    async closePages() {
        // Through the pool, which stops routing the page's requests to this job before it closes it.
        await Promise.all([...this.#lent.values()].map((pooled) => this.#giveBack(pooled, false)));
        await this.#pool.releaseWarm(this);
    }
    serveNavigation(page, document) {
        if (document)
            this.#prefetched.set(page, document);
        else
            this.#prefetched.delete(page);
    }
    blockedNavigationReason(page) {
        return this.#blockedNavigation.get(page);
    }
    isConnected() {
        if (this.#closed || this.#pool.disposed || this.#crashed)
            return false;
        for (const pooled of this.#lent.values())
            if (!pooled.isBrowserConnected())
                return false;
        return true;
    }
    async dispose() {
        if (this.#closed)
            return;
        this.#closed = true;
        this.#jobAbort.abort();
        await Promise.all([...this.#lent.values()].map((pooled) => this.#giveBack(pooled, false)));
        await this.#pool.releaseWarm(this);
    }
    /** Decides one request a page lent to this job makes (called by the pool). */
    async handleRequest(page, request) {
        if (request.isInterceptResolutionHandled())
            return;
        const isMainNavigation = request.isNavigationRequest() && request.frame() === page.mainFrame();
        const prefetched = isMainNavigation ? this.#prefetched.get(page) : undefined;
        if (prefetched?.url === request.url()) {
            this.#prefetched.delete(page);
            this.#blockedNavigation.delete(page);
            await request.respond(fulfilment(prefetched)).catch(() => undefined);
            return;
        }
        const decision = await this.#filter.decide({ url: request.url(), resourceType: request.resourceType() }, this.#jobAbort.signal);
        try {
            if (decision.action === 'continue') {
                if (isMainNavigation)
                    this.#blockedNavigation.delete(page);
                await request.continue();
            }
            else {
                if (isMainNavigation && decision.byNetworkGuard)
                    this.#blockedNavigation.set(page, decision.reason);
                await request.abort(decision.errorCode);
            }
        }
        catch {
            // The page closed or navigated away while the decision was pending.
        }
    }
    #assertOpen() {
        if (this.#closed)
            throw new Error('The crawl context was disposed');
    }
    async #giveBack(pooled, reusable) {
        if (!this.#lent.delete(pooled.page))
            return;
        if (!pooled.isBrowserConnected())
            this.#crashed = true;
        this.#prefetched.delete(pooled.page);
        this.#blockedNavigation.delete(pooled.page);
        await pooled.giveBack(reusable && !this.#closed, true);
    }
}
/** Headers that describe the bytes on the wire, not the document served from memory. */
const WIRE_HEADERS = new Set(['content-length', 'content-encoding', 'transfer-encoding', 'connection', 'keep-alive']);
/** The interception answer that shows a prefetched document. */
function fulfilment(document) {
    const headers = {};
    for (const [name, value] of Object.entries(document.headers)) {
        if (WIRE_HEADERS.has(name))
            continue;
        headers[name] = name === 'set-cookie' ? value.split('\n') : value;
    }
    const type = (document.headers['content-type'] ?? 'text/html').replace(/;\s*charset\s*=[^;]*/i, '');
    headers['content-type'] = `${type}; charset=utf-8`;
    return { status: document.status, headers, body: document.body };
}
const PAGE_CLOSE_ATTEMPTS = 3;
const PAGE_CLOSE_WAIT_MS = 500;
/** Time a document gets to unload (see {@link unloadDocument}). */
const UNLOAD_WAIT_MS = 1000;
/**
 * Replaces the page's document with about:blank, its scripts turned off first (no more timers
 * or script-driven navigations). Its `pagehide`/`unload` handlers still run: the beacons and
 * keep-alive fetches they send leave the tab's request interception, and the browser-wide guard
 * (target-guard.ts) refuses them private networks, as the tab is no longer lent to a job.
 * Bounded: a renderer stuck in a script is left to the close. Never throws; false when the page
 * could not be unloaded (it must not be reused).
 */
export async function unloadDocument(page) {
    if (page.isClosed())
        return false;
    // The pool turns scripts back on when it lends the page again.
    const scriptsOff = await withinUnloadWait(page.setJavaScriptEnabled(false));
    const blank = await withinUnloadWait(page.goto('about:blank', { waitUntil: 'load', timeout: UNLOAD_WAIT_MS }));
    return scriptsOff && blank && !page.isClosed();
}
/** True when `step` succeeded within {@link UNLOAD_WAIT_MS}. */
export async function withinUnloadWait(step) {
    let timer;
    const succeeded = await Promise.race([
        step.then(() => true, () => false),
        new Promise((resolve) => {
            timer = setTimeout(() => resolve(false), UNLOAD_WAIT_MS);
        }),
    ]);
    clearTimeout(timer);
    return succeeded;
}
/**
 * Closes a page, retrying: Chromium acknowledges a close that arrives while a navigation is
 * committing but then keeps the tab open, so a page still open after a moment is closed again.
 * Its document is unloaded first (see {@link unloadDocument}).
 */
export async function closePageQuietly(page) {
    await unloadDocument(page);
    for (let attempt = 1; attempt <= PAGE_CLOSE_ATTEMPTS && !page.isClosed(); attempt += 1) {
        let timer;
        await Promise.race([
            page.close().catch(() => undefined),
            new Promise((resolve) => {
                timer = setTimeout(resolve, PAGE_CLOSE_WAIT_MS * attempt);
            }),
        ]);
        clearTimeout(timer);
    }
}
//# sourceMappingURL=crawl-context.js.map