/**
 * Loads one page for the crawler the cheap way when it can: over plain HTTP first, parsed with
 * htmlparser2, and in Chromium only when the page needs a browser (see render-need.ts), when
 * the crawl wants it inspected, or when the crawl renders everything. A page rendered after its
 * HTTP fetch is shown from the fetched document rather than downloaded again. Records which way
 * each page went.
 */
import { createHash } from 'node:crypto';
import { htmlToVisibleText } from '../extract/html-text.js';
import { BrowserCrashedError } from './crawl-errors.js';
import { parseHtmlDocument } from './html-document.js';
import { browserMayLoadDespite } from './http-errors.js';
import { BrowserNeededError, fetchDocument } from './http-fetch.js';
import { assertUrlAllowed, BlockedAddressError, UnresolvableHostError } from './network-guard.js';
import { netErrorFailure } from './page-load-error.js';
import { loadPage, PageLoadError } from './page-loader.js';
import { PageSemaphore } from './page-semaphore.js';
import { DEFAULT_SNAPSHOT_LIMITS } from './page-snapshot.js';
import { BROWSER_MAY_BE_ADMITTED_STATUSES, renderReason } from './render-need.js';
/** Render failures that stand even when the page was fetched over HTTP: the page fails. */
const STANDING_RENDER_FAILURES = new Set(['blocked', 'unresponsive']);
/** Loads pages of one crawl; see the file comment. */
export class PageSource {
    #options;
    /** Network-guard verdicts per host, so each host is resolved once per crawl. */
    #hostChecks = new Map();
    /** Signatures of the scripts rendered pages have run (see {@link scriptSignatures}). */
    #scriptsRun = new Set();
    #fetchSlots;
    #renderSlots;
    #inspectionsLeft;
    #pagesRendered = 0;
    /** @throws RangeError unless `options.concurrency` is a positive integer */
    constructor(options) {
        this.#options = options;
        this.#inspectionsLeft = options.renderForInspection;
        this.#fetchSlots = new PageSemaphore(options.concurrency);
        this.#renderSlots = new PageSemaphore(options.concurrency);
    }
    /**
     * Loads a page. Rejects with {@link PageLoadError} when it cannot be loaded,
     * {@link BrowserCrashedError} when Chromium went away, or the signal's reason when stopped.
     */
    async load(request) {
        let document;
        const releaseFetchSlot = await this.#fetchSlots.acquire(this.#options.signal);
        try {
            await request.beforeRequest();
            document = await fetchDocument(request.url, {
                timeoutMs: this.#options.timeoutMs,
                networkPolicy: this.#options.networkPolicy,
                signal: this.#options.signal,
                checkUrl: (url) => this.#checkHost(url),
            });
            releaseFetchSlot();
        }
        catch (error) {
            releaseFetchSlot();
            if (error instanceof BrowserNeededError) {
                this.#noteRendered(null);
                return this.#render(request.url, 'cookie-redirects', request.beforeRequest, null);
            }
            if (error instanceof PageLoadError && browserMayLoadDespite(error.cause)) {
                this.#noteRendered(null);
                return this.#render(request.url, 'http-failed', request.beforeRequest, null);
            }
            throw error;
        }
        if (BROWSER_MAY_BE_ADMITTED_STATUSES.has(document.status))
            return this.#renderRefused(request, document);
        if (!document.isHtml || document.status >= 400)
            return { loaded: notReadDocument(document), fetchedWith: 'http' };
        const facts = parseHtmlDocument(document.html, document.finalUrl, { maxLinks: DEFAULT_SNAPSHOT_LIMITS.maxLinks });
        const text = htmlToVisibleText(document.html).slice(0, DEFAULT_SNAPSHOT_LIMITS.maxTextChars);
        const fromHttp = { ...document, text, title: facts.title, links: facts.links };
        const reason = request.forcedReason ?? renderReason(facts, text) ?? this.#inspectionReason(document, facts);
        if (reason === null)
            return { loaded: fromHttp, fetchedWith: 'http' };
        this.#noteRendered(facts);
        try {
            return await this.#render(document.finalUrl, reason, request.beforeRequest, document, facts);
        }
        catch (error) {
            // The page as served is still worth reading when the browser cannot load it (a hanging
            // script, a crashed tab); a refusal by the network guard is not overridden, nor a page
            // whose scripts would not let the browser read it.
            if (error instanceof PageLoadError && !STANDING_RENDER_FAILURES.has(error.code))
                return { loaded: fromHttp, fetchedWith: 'http' };
            throw error;
        }
    }
    /**
     * The site turned the plain HTTP request away: Chromium asks for the page itself (from the
     * start of its redirects). When the browser cannot load it either, the refusal stands.
     */
    async #renderRefused(request, refused) {
        this.#noteRendered(null);
        try {
            return await this.#render(request.url, 'http-refused', request.beforeRequest, null);
        }
        catch (error) {
            if (error instanceof PageLoadError && !STANDING_RENDER_FAILURES.has(error.code))
                return { loaded: notReadDocument(refused), fetchedWith: 'http' };
            throw error;
        }
    }
    /**
     * Inspection wants the page rendered: as the caller's `wantsInspection` decides (a failing one
     * counts as yes), or else the first page and pages running scripts not run before.
     */
    #inspectionReason(document, facts) {
        if (this.#inspectionsLeft <= 0)
            return null;
        const wants = this.#options.wantsInspection;
        if (wants) {
            try {
                return wants({ url: document.finalUrl, html: document.html, headers: document.headers, executableScripts: facts.executableScripts })
                    ? 'inspection'
                    : null;
            }
            catch {
                return 'inspection';
            }
        }
        if (this.#pagesRendered === 0)
            return 'inspection';
        return scriptSignatures(facts).some((signature) => !this.#scriptsRun.has(signature)) ? 'inspection' : null;
    }
    /** Counts a page about to be rendered (and inspected), with its scripts when known. */
    #noteRendered(facts) {
        this.#pagesRendered += 1;
        this.#inspectionsLeft = Math.max(0, this.#inspectionsLeft - 1);
        if (facts)
            for (const signature of scriptSignatures(facts))
                this.#scriptsRun.add(signature);
    }
    /**
     * Renders `url` in a leased page. With `fetched` (the document fetched over HTTP, after its
     * redirects), the browser is shown that document instead of downloading it again.
     */
    async #render(url, reason, beforeRequest, fetched, facts = null) {
        const { ctx, signal } = this.#options;
        const releaseRenderSlot = await this.#renderSlots.acquire(signal);
        let lease;
        try {
            // Take the page before pacing, so the request leaves right when its turn comes.
            lease = withRenderSlot(await this.#acquire(url), releaseRenderSlot);
        }
        catch (error) {
            releaseRenderSlot();
            throw error;
        }
        try {
            if (fetched) {
                ctx.serveNavigation(lease.page, { url, status: fetched.status, headers: fetched.headers, body: fetched.html });
            }
            else {
                await beforeRequest();
            }
            const loaded = await loadPage(lease.page, url, {
                timeoutMs: this.#options.timeoutMs,
                networkPolicy: this.#options.networkPolicy,
                signal,
                blockedNavigationReason: () => ctx.blockedNavigationReason(lease.page),
                expectScripts: fetched !== null && facts !== null && facts.executableScripts > 0,
            });
            const earlier = fetched?.redirectChain ?? [];
            const redirectChain = earlier.length > 0 ? [...earlier, ...loaded.redirectChain] : loaded.redirectChain;
            // Still the served document: its real response (not the in-memory copy's) describes it.
            const served = fetched && loaded.finalUrl === url ? { status: fetched.status, headers: fetched.headers, contentType: fetched.contentType } : {};
            return { loaded: { ...loaded, ...served, redirectChain }, fetchedWith: 'browser', renderReason: reason, lease };
        }
        catch (error) {
            // A crashed tab, or one whose renderer is stuck in a script, is closed rather than reused.
            const unusablePage = error instanceof PageLoadError && (error.code === 'crashed' || error.code === 'unresponsive');
            ctx.serveNavigation(lease.page, null);
            await lease.release({ reusable: !unusablePage && !signal.aborted });
            signal.throwIfAborted();
            if (!ctx.isConnected())
                throw new BrowserCrashedError(`The browser went away while loading ${url}`, { cause: error });
            throw error;
        }
    }
    async #acquire(url) {
        try {
            return await this.#options.ctx.acquirePage(this.#options.signal);
        }
        catch (error) {
            this.#options.signal.throwIfAborted();
            if (!this.#options.ctx.isConnected()) {
                throw new BrowserCrashedError(`The browser went away while opening a page for ${url}`, { cause: error });
            }
            throw error;
        }
    }
    /** The network guard's check of a URL's host, once per host per crawl. */
    #checkHost(url) {
        const host = new URL(url).hostname.toLowerCase();
        let check = this.#hostChecks.get(host);
        if (!check) {
            check = assertUrlAllowed(url, this.#options.networkPolicy, {
                signal: this.#options.signal,
                timeoutMs: this.#options.guardTimeoutMs,
            });
            check.catch(() => undefined);
            this.#hostChecks.set(host, check);
        }
        return check.catch((error) => {
            if (error instanceof BlockedAddressError) {
                // The cached refusal names the first URL of the host; name this one.
                throw new BlockedAddressError(error.message.replace(error.url ?? url, url), {
                    url,
                    address: error.address,
                    addressClass: error.addressClass,
                    cause: error,
                });
            }
            if (error instanceof UnresolvableHostError)
                throw netErrorFailure(url, 'net::ERR_NAME_NOT_RESOLVED', error);
            throw error;
        });
    }
}
/**
 * What identifies the scripts of a page: external script URLs (without query), and inline
 * scripts with their literals and numbers blanked, so a snippet differing only by a page id or
 * a timestamp counts as the same script.
 */
export function scriptSignatures(facts) {
    const signatures = [];
    for (const src of facts.externalScripts)
        signatures.push(`src:${src.replace(/[?#].*$/, '')}`);
    for (const code of facts.inlineScripts) {
        const shape = code
            .replace(/(["'`])(?:\\[\s\S]|(?!\1)[^\\\n]){0,200}\1/g, '""')
            .replace(/\d+/g, '0')
            .replace(/\s+/g, ' ')
            .trim();
        if (shape !== '')
            signatures.push(`inline:${createHash('sha1').update(shape).digest('base64')}`);
    }
    return signatures;
}
/** `lease`, whose release also frees the crawl's render slot. */
function withRenderSlot(lease, releaseRenderSlot) {
    return {
        page: lease.page,
        release: async (options) => {
            try {
                await lease.release(options);
            }
            finally {
                releaseRenderSlot();
            }
        },
    };
}
/** A document whose body was not read (not HTML, or an error status). */
function notReadDocument(document) {
    return { ...document, html: '', text: '', title: '', links: [] };
}
//# sourceMappingURL=page-source.js.map