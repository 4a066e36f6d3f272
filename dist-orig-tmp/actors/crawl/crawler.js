/**
 * The crawl engine: a same-site, best-first crawl of one website (contact-likely pages first,
 * depth as a cost), with depth/page/time
 * limits, robots.txt, per-host politeness and bounded concurrency. Each page is fetched over
 * plain HTTP and rendered in the job's browser context only when it needs it (see
 * page-source.ts), or always with `renderMode: 'always'`. It only crawls and reports through
 * hooks; publishing results is the caller's business.
 */
import { setMaxListeners } from 'node:events';
import { TimeoutError } from 'puppeteer';
import { analysePage, WorkerTaskFailedError, WorkerTaskTimeoutError } from '../page-analysis/page-analysis.js';
import { parseRetryAfterMs, StartPageError } from './crawl-errors.js';
import { crawlErrors, pagesLoaded } from '../../observability/metrics.js';
import { BestFirstFrontier, linkCost } from './best-first-frontier.js';
import { fetchRobotsRules } from './fetch-robots.js';
import { effectiveDelayMs, HostPacer } from './host-pacer.js';
import { assertUrlAllowed, BlockedAddressError, UnresolvableHostError } from './network-guard.js';
import { PageLoadError } from './page-loader.js';
import { PageSource } from './page-source.js';
import { raceTimeout } from './promise-race.js';
import { ALLOW_ALL } from './robots.js';
import { contactLikelihoodClass, isLikelyHtmlUrl, looksLikeTrap } from './crawl-heuristics.js';
import { isSameSite, normalizeUrl, parseStartUrl } from './url-rules.js';
import { ROBOTS_USER_AGENT_TOKEN } from './user-agent.js';
export { BrowserCrashedError, StartPageError } from './crawl-errors.js';
/** URLs remembered at most per crawl (queued or done), whatever the site throws at us. */
const MAX_KNOWN_URLS = 100_000;
/** Budget of robots.txt downloads and network-guard checks. */
const AUXILIARY_TIMEOUT_MS = 10_000;
/** Budget of one {@link CrawlHooks.inspectPage} call. */
const INSPECT_TIMEOUT_MS = 3000;
/**
 * Crawls the site of `startUrl` within `options`, calling `hooks` as pages load.
 *
 * Resolves with a summary (also when stopped by a limit or by `signal`); pages that fail are
 * reported through `onPageFailed` and never reject.
 *
 * @throws StartPageError when the start URL is invalid or its page cannot be loaded.
 * @throws BrowserCrashedError when Chromium goes away mid-crawl.
 */
export async function crawlSite(ctx, startUrl, options, hooks, signal) {
    let start;
    try {
        start = parseStartUrl(startUrl);
    }
    catch (error) {
        throw new StartPageError(error instanceof Error ? error.message : String(error), false, { cause: error });
    }
    return new CrawlRun(ctx, start, options, hooks).run(signal);
}
/**
 * Workers per unit of `concurrency`: one whose page is being fetched, one whose page is being
 * rendered, so a render does not hold up the fetches.
 */
const WORKERS_PER_CONCURRENCY = 2;
class CrawlRun {
    ctx;
    startUrl;
    options;
    hooks;
    #stop = new AbortController();
    #frontier = new BestFirstFrontier();
    /** Normalized URLs queued or crawled. */
    #known = new Set();
    /** Normalized URLs whose document was crawled (requested or reached by redirect). */
    #crawled = new Set();
    #robots = new Map();
    #pacer = new HostPacer();
    #pages;
    #idleWorkers = [];
    #startedAt = performance.now();
    /** The start URL and, after its redirects, the start page's final URL. */
    #siteAnchors;
    #stoppedBy;
    #fatalError;
    #pagesStarted = 0;
    #pagesVisited = 0;
    #pagesFailed = 0;
    #inFlight = 0;
    constructor(ctx, startUrl, options, hooks) {
        this.ctx = ctx;
        this.startUrl = startUrl;
        this.options = options;
        this.hooks = hooks;
        this.#siteAnchors = [startUrl];
        // Every load in flight listens to the stop signal, several times (fetch, navigation, waits).
        setMaxListeners(8 * WORKERS_PER_CONCURRENCY * options.concurrency + 16, this.#stop.signal);
        this.#pages = new PageSource({
            ctx,
            timeoutMs: options.pageTimeoutMs,
            networkPolicy: { allowPrivateNetworks: options.allowPrivateNetworks },
            signal: this.#stop.signal,
            guardTimeoutMs: Math.min(options.pageTimeoutMs, AUXILIARY_TIMEOUT_MS),
            renderForInspection: hooks.inspectPage ? options.renderForInspection : 0,
            ...(hooks.wantsInspection ? { wantsInspection: (candidate) => hooks.wantsInspection(candidate) } : {}),
            concurrency: options.concurrency,
        });
    }
    async run(signal) {
        const onAbort = () => this.#stopWith('aborted');
        if (signal.aborted)
            onAbort();
        else
            signal.addEventListener('abort', onAbort, { once: true });
        const deadline = setTimeout(() => this.#stopWith('maxDuration'), this.options.maxDurationSeconds * 1000);
        try {
            await this.#crawlStartPage();
            const workers = [];
            // `concurrency` fetches and `concurrency` renders at once (PageSource holds them to it).
            for (let i = 0; i < WORKERS_PER_CONCURRENCY * this.options.concurrency; i += 1)
                workers.push(this.#work());
            await Promise.all(workers);
        }
        catch (error) {
            if (this.#fatalError === undefined && this.#stoppedBy === undefined)
                throw error;
        }
        finally {
            clearTimeout(deadline);
            signal.removeEventListener('abort', onAbort);
            this.#stop.abort();
            await this.ctx.closePages();
        }
        if (this.#fatalError !== undefined)
            throw this.#fatalError;
        return {
            startUrl: this.startUrl,
            pagesVisited: this.#pagesVisited,
            pagesFailed: this.#pagesFailed,
            stoppedBy: this.#stoppedBy ?? 'done',
            elapsedMs: Math.round(performance.now() - this.#startedAt),
        };
    }
    /** Stops at once: in-flight loads are abandoned and their pages closed. */
    #stopWith(reason) {
        this.#stoppedBy ??= reason;
        if (this.#stop.signal.aborted)
            return;
        this.#stop.abort(new Error(`crawl stopped: ${reason}`));
        this.#wakeWorkers();
    }
    /** Starts no new page but lets the pages in flight finish (they are within the budget). */
    #stopStartingPages(reason) {
        this.#stoppedBy ??= reason;
        this.#wakeWorkers();
    }
    #fail(error) {
        if (this.#fatalError === undefined)
            this.#fatalError = error instanceof Error ? error : new Error('the crawl failed', { cause: error });
        this.#stopWith('aborted');
    }
    async #crawlStartPage() {
        const url = this.startUrl;
        await this.#assertStartUrlAllowed(url);
        const rules = await this.#robotsFor(url);
        this.#stop.signal.throwIfAborted();
        if (!rules.isAllowed(url)) {
            throw new StartPageError(`${url} is disallowed by robots.txt for ${ROBOTS_USER_AGENT_TOKEN}`, false);
        }
        this.#known.add(url);
        this.#pagesStarted += 1;
        await this.#loadAndAccept({ url, depth: 0 }, rules, (load) => this.#acceptStartPage(url, load), (error) => {
            throw new StartPageError(error.message, error.retryable, { cause: error });
        });
    }
    async #acceptStartPage(url, load) {
        const { loaded } = load;
        if (!loaded.isHtml) {
            throw new StartPageError(`${url} is not an HTML page (content type ${loaded.contentType ?? 'unknown'})`, false);
        }
        if (loaded.status !== null && loaded.status >= 400) {
            crawlErrors.inc({ cause: `http_${Math.floor(loaded.status / 100)}xx` });
            const retryable = isRetryableStatus(loaded.status);
            const retryAfterMs = retryable ? parseRetryAfterMs(loaded.headers['retry-after']) : undefined;
            throw new StartPageError(`Could not load ${url}: HTTP ${loaded.status}`, retryable, { retryAfterMs });
        }
        const finalUrl = normalizeUrl(loaded.finalUrl) ?? url;
        if (finalUrl !== url)
            this.#siteAnchors.push(finalUrl);
        this.#crawled.add(url).add(finalUrl);
        this.#known.add(finalUrl);
        await this.#report({ url, depth: 0 }, load);
    }
    async #assertStartUrlAllowed(url) {
        try {
            await assertUrlAllowed(url, { allowPrivateNetworks: this.options.allowPrivateNetworks }, { signal: this.#stop.signal, timeoutMs: Math.min(this.options.pageTimeoutMs, AUXILIARY_TIMEOUT_MS) });
        }
        catch (error) {
            this.#stop.signal.throwIfAborted();
            if (error instanceof BlockedAddressError || error instanceof UnresolvableHostError) {
                throw new StartPageError(error.message, false, { cause: error });
            }
            throw new StartPageError(`Could not check ${url}: ${describeError(error)}`, true, { cause: error });
        }
    }
    /** One worker: takes URLs from the frontier until it is empty and nothing is in flight. */
    async #work() {
        while (this.#stoppedBy === undefined) {
            const entry = this.#frontier.shift();
            if (!entry) {
                if (this.#inFlight === 0) {
                    this.#wakeWorkers();
                    return;
                }
                await new Promise((resolve) => this.#idleWorkers.push(resolve));
                continue;
            }
            this.#inFlight += 1;
            try {
                await this.#crawlEntry(entry);
            }
            catch (error) {
                if (!this.#stop.signal.aborted)
                    this.#fail(error);
                return;
            }
            finally {
                this.#inFlight -= 1;
                this.#wakeWorkers();
            }
        }
    }
    async #crawlEntry(entry) {
        if (this.#crawled.has(entry.url))
            return;
        const rules = await this.#robotsFor(entry.url);
        if (this.#stop.signal.aborted || !rules.isAllowed(entry.url))
            return;
        if (this.#pagesStarted >= this.options.maxPages) {
            this.#stopStartingPages('maxPages');
            return;
        }
        if (this.hooks.shouldContinue && !this.hooks.shouldContinue()) {
            this.#stopStartingPages('exhausted');
            return;
        }
        this.#pagesStarted += 1;
        await this.#loadAndAccept(entry, rules, (load) => this.#acceptPage(entry, load), (error) => this.#reportFailure(entry, error.message));
    }
    /**
     * Loads an entry's page and hands it to `accept`, then gives its browser tab back; a page
     * that could not be loaded goes to `onLoadFailed` instead.
     */
    async #loadAndAccept(entry, rules, accept, onLoadFailed) {
        let load;
        try {
            load = await this.#load(entry, rules);
        }
        catch (error) {
            if (!(error instanceof PageLoadError))
                throw error;
            crawlErrors.inc({ cause: error.code });
            await onLoadFailed(error);
            return;
        }
        try {
            await accept(load);
        }
        finally {
            await load.lease?.release();
        }
    }
    async #acceptPage(entry, load) {
        const { loaded } = load;
        // While this page loaded, another URL may have redirected to it (or to its final URL).
        if (this.#crawled.has(entry.url))
            return;
        this.#crawled.add(entry.url);
        const finalUrl = normalizeUrl(loaded.finalUrl) ?? entry.url;
        if (finalUrl !== entry.url) {
            if (!this.#isInSite(finalUrl)) {
                crawlErrors.inc({ cause: 'offsite_redirect' });
                await this.#reportFailure(entry, `${entry.url} redirects outside the site, to ${loaded.finalUrl}`);
                return;
            }
            // Another URL already led to this document: same page, report it once.
            if (this.#crawled.has(finalUrl))
                return;
            this.#crawled.add(finalUrl);
            this.#known.add(finalUrl);
        }
        if (loaded.status !== null && loaded.status >= 400) {
            crawlErrors.inc({ cause: `http_${Math.floor(loaded.status / 100)}xx` });
            await this.#reportFailure(entry, `Could not load ${entry.url}: HTTP ${loaded.status}`);
            return;
        }
        await this.#report(entry, load);
    }
    /** Loads an entry's page, paced per host; the first page start is reported to the hooks. */
    #load(entry, rules) {
        const host = new URL(entry.url).host;
        let started = false;
        return this.#pages.load({
            url: entry.url,
            forcedReason: this.options.renderMode === 'always' ? 'always' : null,
            beforeRequest: async () => {
                await this.#pacer.waitTurn(host, this.#delayFor(rules), this.#stop.signal);
                if (started)
                    return;
                started = true;
                this.hooks.onPageStart?.(entry.url, entry.depth);
            },
        });
    }
    async #report(entry, load) {
        const { loaded, lease } = load;
        const inspected = loaded.isHtml && lease && this.hooks.inspectPage ? await this.#inspect(lease.page) : undefined;
        const inspection = inspected?.inspection;
        // The page is no longer needed: give its place in the page budget to another load (a tab
        // whose scripts kept the inspection waiting is closed, not reused).
        await lease?.release({ reusable: inspected?.timedOut !== true });
        const rendered = load.fetchedWith === 'browser';
        const links = normalizeLinks(loaded.links);
        let emails = [];
        if (loaded.isHtml) {
            try {
                // Off the event loop: a page written to make the extractor slow only costs a worker.
                ({ result: emails } = await analysePage('emails', { url: loaded.finalUrl, html: loaded.html, ...(rendered ? { text: loaded.text } : {}) }));
            }
            catch (error) {
                if (!(error instanceof WorkerTaskTimeoutError || error instanceof WorkerTaskFailedError))
                    throw error;
                await this.#reportFailure(entry, `Could not analyse ${entry.url}: ${error.message}`);
                return;
            }
        }
        this.#pagesVisited += 1;
        pagesLoaded.inc({ via: load.fetchedWith });
        await this.hooks.onPage?.({
            url: entry.url,
            finalUrl: loaded.finalUrl,
            redirectChain: loaded.redirectChain,
            depth: entry.depth,
            status: loaded.status,
            contentType: loaded.contentType,
            headers: loaded.headers,
            html: loaded.html,
            text: loaded.text,
            title: loaded.title,
            links,
            responseTimeMs: loaded.responseTimeMs,
            emails,
            fetchedWith: load.fetchedWith,
            ...(load.renderReason === undefined ? {} : { renderReason: load.renderReason }),
            ...(inspection === undefined ? {} : { inspection }),
        });
        // Links are queued once the page is reported, so the start page is always read first.
        if (loaded.isHtml && entry.depth < this.options.maxDepth)
            this.#enqueue(links, entry.depth);
    }
    /** Runs the caller's inspection of a loaded page; a failing or slow one gives null. */
    async #inspect(page) {
        try {
            return { inspection: await raceTimeout(this.hooks.inspectPage(page), INSPECT_TIMEOUT_MS, this.#stop.signal), timedOut: false };
        }
        catch (error) {
            return { inspection: null, timedOut: error instanceof TimeoutError };
        }
    }
    async #reportFailure(entry, error) {
        this.#pagesFailed += 1;
        await this.hooks.onPageFailed?.({ url: entry.url, depth: entry.depth, error });
    }
    /** Queues a page's links; the next page of a paginated list counts as deep as the list's page. */
    #enqueue(links, parentDepth) {
        for (const link of links) {
            const depth = isPaginationLink(link.url, link.text) ? Math.max(1, parentDepth) : parentDepth + 1;
            if (this.#known.size >= MAX_KNOWN_URLS)
                break;
            if (this.#known.has(link.url))
                continue;
            if (!this.#isInSite(link.url) || !isLikelyHtmlUrl(link.url) || looksLikeTrap(link.url))
                continue;
            this.#known.add(link.url);
            this.#frontier.push({ url: link.url, depth }, linkCost(depth, contactLikelihoodClass(link.url, link.text)));
        }
        this.#wakeWorkers();
    }
    #isInSite(url) {
        return this.#siteAnchors.some((anchor) => isSameSite(url, anchor));
    }
    /** robots.txt rules of the URL's origin, downloaded once per origin. */
    #robotsFor(url) {
        if (!this.options.respectRobotsTxt)
            return Promise.resolve(ALLOW_ALL);
        const origin = new URL(url).origin;
        let rules = this.#robots.get(origin);
        if (!rules) {
            rules = fetchRobotsRules(origin, {
                allowPrivateNetworks: this.options.allowPrivateNetworks,
                timeoutMs: Math.min(this.options.pageTimeoutMs, AUXILIARY_TIMEOUT_MS),
                signal: this.#stop.signal,
            });
            this.#robots.set(origin, rules);
        }
        return rules;
    }
    #delayFor(rules) {
        return this.options.respectRobotsTxt ? effectiveDelayMs(this.options.delayMs, rules.crawlDelayMs) : this.options.delayMs;
    }
    #wakeWorkers() {
        for (const wake of this.#idleWorkers.splice(0))
            wake();
    }
}
/** Normalizes and de-duplicates a page's raw links, dropping the ones that are not web URLs. */
function normalizeLinks(raw) {
    const links = [];
    const seen = new Set();
    for (const { href, text } of raw) {
        const url = normalizeUrl(href);
        if (url === null || seen.has(url))
            continue;
        seen.add(url);
        links.push({ url, text });
    }
    return links;
}
/** Pagination of a list (`/page/3/`, `page-3.html`, `?page=3`, a link reading `3`, `»`, `Next`). */
function isPaginationLink(url, text) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return false;
    }
    if (/(?:^|\/)(?:page|seite|pagina|p)[/_-]?\d{1,4}(?:\.html?)?\/?$/i.test(parsed.pathname))
        return true;
    if (/(?:^|&)(?:page|paged|p|pg|seite|pagina)=\d{1,4}(?:&|$)/i.test(parsed.search.slice(1)))
        return true;
    return /^(?:\d{1,4}|[»›>]|next|suivant|suivante|weiter|siguiente|successivo|avanti)$/i.test(text.trim());
}
/** HTTP statuses worth retrying later: timeouts, rate limiting, server errors. */
function isRetryableStatus(status) {
    return status === 408 || status === 425 || status === 429 || status >= 500;
}
function describeError(error) {
    return error instanceof Error ? error.message : String(error);
}
//# sourceMappingURL=crawler.js.map