import { defaultMaxConcurrentPages, defaultRecycleAboveBytes } from './browser-capacity.js';
import { defaultExecutablePath, removeDir, startChromium, stopChromium } from './browser-launch.js';
import { chromiumLaunches } from '../../observability/metrics.js';
import { closePageQuietly, JobCrawlContext, unloadDocument, withinUnloadWait } from './crawl-context.js';
import { SHORT_TIMER_TRACKING, trackShortTimers } from './content-settle.js';
import { networkPolicyFromEnv } from './network-guard.js';
import { PageSemaphore } from './page-semaphore.js';
import { processTreeMemory } from './process-memory.js';
import { guardBrowser } from './target-guard.js';
import { USER_AGENT } from './user-agent.js';
export { USER_AGENT } from './user-agent.js';
/** The browser handle was disposed; no new context can be made. */
export class BrowserDisposedError extends Error {
    retryable = true;
    constructor() {
        super('The browser was shut down');
        this.name = 'BrowserDisposedError';
    }
}
/** Default of {@link LaunchBrowserOptions.recycleAfterPages}. */
export const DEFAULT_RECYCLE_AFTER_PAGES = 1000;
/** Chromium's memory is measured every this many page loads. */
const MEMORY_CHECK_EVERY_PAGES = 20;
const MAX_CONCURRENT_PAGES_LIMIT = 64;
/** Starts Chromium; see {@link BrowserHandle}. */
export async function launchBrowser(options = {}) {
    const pool = new BrowserPool(options);
    await pool.currentGeneration();
    return pool;
}
function validatedInteger(name, value, min, max) {
    if (!Number.isInteger(value) || value < min || value > max) {
        throw new RangeError(`${name} must be an integer between ${min} and ${max} (got ${value})`);
    }
    return value;
}
class BrowserPool {
    maxConcurrentPages;
    #executablePath;
    #headless;
    #recycleAfterPages;
    #recycleAboveBytes;
    #semaphore;
    /** The job each lent page works for; its requests follow that job's network policy. */
    #owners = new WeakMap();
    /** DevTools target id of each pool tab (also the id of its main frame). */
    #targetIds = new WeakMap();
    /** Main frame ids of the tabs lent to a job now: the browser-wide guard leaves their requests to the job. */
    #lentFrameIds = new Set();
    /** Browsers being recycled, closed once their lent pages have come back. */
    #retiring = new Set();
    #current;
    #launching;
    #lastPid;
    #disposed = false;
    #pagesRendered = 0;
    #launches = 0;
    #recycles = 0;
    #lastMemoryBytes = null;
    #measuring = false;
    #targetsRefused = 0;
    #requestsRefused = 0;
    #onGuardDecision;
    constructor(options) {
        this.#executablePath = options.executablePath ?? defaultExecutablePath();
        this.#headless = options.headless ?? true;
        this.maxConcurrentPages = validatedInteger('maxConcurrentPages', options.maxConcurrentPages ?? defaultMaxConcurrentPages(), 1, MAX_CONCURRENT_PAGES_LIMIT);
        this.#recycleAfterPages = validatedInteger('recycleAfterPages', options.recycleAfterPages ?? DEFAULT_RECYCLE_AFTER_PAGES, 1, Number.MAX_SAFE_INTEGER);
        this.#recycleAboveBytes = options.recycleAboveBytes ?? defaultRecycleAboveBytes(this.maxConcurrentPages);
        if (!(this.#recycleAboveBytes > 0))
            throw new RangeError(`recycleAboveBytes must be positive (got ${this.#recycleAboveBytes})`);
        this.#semaphore = new PageSemaphore(this.maxConcurrentPages);
        this.#onGuardDecision = options.onGuardDecision;
    }
    get disposed() {
        return this.#disposed;
    }
    async newContext(contextOptions = {}) {
        if (this.#disposed)
            throw new BrowserDisposedError();
        const allowPrivateNetworks = contextOptions.allowPrivateNetworks ?? networkPolicyFromEnv().allowPrivateNetworks;
        return new JobCrawlContext(this, allowPrivateNetworks);
    }
    isConnected() {
        if (this.#disposed)
            return false;
        return (this.#current?.chromium.browser.connected ?? false) || this.#launching !== undefined;
    }
    processId() {
        return this.#current?.chromium.pid ?? this.#lastPid;
    }
    stats() {
        return {
            maxConcurrentPages: this.maxConcurrentPages,
            pagesInUse: this.#semaphore.inUse,
            pagesWaiting: this.#semaphore.waiting,
            pagesRendered: this.#pagesRendered,
            launches: this.#launches,
            recycles: this.#recycles,
            lastMemoryBytes: this.#lastMemoryBytes,
            targetsRefused: this.#targetsRefused,
            requestsRefused: this.#requestsRefused,
        };
    }
    async dispose() {
        this.#disposed = true;
        const launched = await this.#launching?.catch(() => undefined);
        const generations = new Set([...this.#retiring, ...(this.#current ? [this.#current] : []), ...(launched ? [launched] : [])]);
        this.#current = undefined;
        this.#retiring.clear();
        await Promise.all([...generations].map((generation) => stopChromium(generation.chromium)));
    }
    #countGuardDecision(decision) {
        if (decision.refused && decision.kind === 'target')
            this.#targetsRefused += 1;
        if (decision.refused && decision.kind === 'request')
            this.#requestsRefused += 1;
        this.#onGuardDecision?.(decision);
    }
    // PagePool
    async borrow(job, signal) {
        const releasePermit = await this.#semaphore.acquire(signal);
        let page;
        try {
            const generation = await this.currentGeneration();
            page = this.#warmPageOf(generation, job);
            page ??= await this.#idlePage(generation);
            page ??= await this.#reclaimWarmPage(generation);
            page ??= await this.#openPage(generation);
            generation.lent.add(page);
            this.#owners.set(page, job);
            const targetId = this.#targetIds.get(page);
            if (targetId !== undefined)
                this.#lentFrameIds.add(targetId);
            const lent = page;
            let givenBack = false;
            return {
                page: lent,
                isBrowserConnected: () => generation.chromium.browser.connected,
                giveBack: async (reusable, keepWarm = false) => {
                    if (givenBack)
                        return;
                    givenBack = true;
                    try {
                        if (keepWarm && reusable && this.#keepWarm(generation, lent, job))
                            return;
                        await this.#giveBack(generation, lent, reusable);
                    }
                    finally {
                        releasePermit();
                    }
                },
            };
        }
        catch (error) {
            releasePermit();
            throw error;
        }
    }
    /** The browser new loads go to, launched if none runs. */
    async currentGeneration() {
        if (this.#disposed)
            throw new BrowserDisposedError();
        const current = this.#current;
        if (current && current.chromium.browser.connected && !current.retiring)
            return current;
        this.#launching ??= this.#launch().finally(() => {
            this.#launching = undefined;
        });
        const generation = await this.#launching;
        if (this.#disposed)
            throw new BrowserDisposedError();
        return generation;
    }
    async #launch() {
        const chromium = await startChromium({ executablePath: this.#executablePath, headless: this.#headless });
        let browserContext;
        try {
            // Before any page exists: every popup and worker a page makes is caught from the start.
            await guardBrowser(chromium.browser, {
                onDecision: (decision) => this.#countGuardDecision(decision),
                isLentFrame: (frameId) => this.#lentFrameIds.has(frameId),
            });
            browserContext = await chromium.browser.createBrowserContext({ downloadBehavior: { policy: 'deny' } });
        }
        catch (error) {
            await stopChromium(chromium);
            throw error;
        }
        if (this.#disposed) {
            await stopChromium(chromium);
            throw new BrowserDisposedError();
        }
        const generation = { chromium, browserContext, idle: [], lent: new Set(), warm: new Map(), retiring: false, pagesRendered: 0 };
        chromium.browser.once('disconnected', () => {
            // A crash (or the close of a retired browser): forget it so the next load relaunches.
            if (this.#current === generation)
                this.#current = undefined;
            this.#retiring.delete(generation);
            generation.idle.length = 0;
            generation.warm.clear();
            void removeDir(chromium.userDataDir);
        });
        this.#current = generation;
        this.#lastPid = chromium.pid;
        this.#launches += 1;
        chromiumLaunches.inc();
        this.#lastMemoryBytes = null;
        return generation;
    }
    async releaseWarm(job) {
        const generations = [...this.#retiring, ...(this.#current ? [this.#current] : [])];
        await Promise.all(generations.flatMap((generation) => [...generation.warm].filter(([, owner]) => owner === job).map(([page]) => this.#giveBackWarm(generation, page, true))));
    }
    /**
     * Keeps `page` with `job` for its next load: same owner, same policy, document left loaded
     * (the next load's navigation replaces it), scripts still on. False when it cannot be kept.
     */
    #keepWarm(generation, page, job) {
        if (this.#disposed || generation.retiring || !generation.chromium.browser.connected || page.isClosed())
            return false;
        if (generation.idle.length + generation.lent.size + generation.warm.size > this.maxConcurrentPages)
            return false;
        generation.lent.delete(page);
        generation.warm.set(page, job);
        this.#pageRendered(generation);
        return true;
    }
    /** One of `job`'s warm pages in `generation`, taken out of the warm set. */
    #warmPageOf(generation, job) {
        for (const [page, owner] of generation.warm) {
            if (owner !== job)
                continue;
            generation.warm.delete(page);
            if (!page.isClosed())
                return page;
        }
        return undefined;
    }
    /**
     * Another job's warm page (the oldest), unloaded and handed over rather than a new tab (each
     * tab costs memory); undefined when there is none.
     */
    async #reclaimWarmPage(generation) {
        while (generation.warm.size > 0) {
            const page = generation.warm.keys().next().value;
            this.#forgetOwner(generation, page);
            if ((await unloadDocument(page)) && (await withinUnloadWait(page.setJavaScriptEnabled(true))))
                return page;
            void closePageQuietly(page);
        }
        return undefined;
    }
    /** Gives a warm page back to the pool: unloaded into the idle pages, or closed. */
    async #giveBackWarm(generation, page, reusable) {
        if (!generation.warm.has(page))
            return;
        this.#forgetOwner(generation, page);
        await this.#unloadOrClose(generation, page, reusable);
    }
    /** Stops routing the page's requests to a job (warm pages only; lent ones go through {@link #giveBack}). */
    #forgetOwner(generation, page) {
        generation.warm.delete(page);
        this.#owners.delete(page);
        const targetId = this.#targetIds.get(page);
        if (targetId !== undefined)
            this.#lentFrameIds.delete(targetId);
    }
    /** An idle page of `generation` with scripts back on (pages come back with them off, see unloadDocument). */
    async #idlePage(generation) {
        for (let page = generation.idle.pop(); page; page = generation.idle.pop()) {
            if (page.isClosed())
                continue;
            if (await withinUnloadWait(page.setJavaScriptEnabled(true)))
                return page;
            void closePageQuietly(page);
        }
        return undefined;
    }
    async #openPage(generation) {
        const page = await generation.browserContext.newPage();
        try {
            await Promise.all([
                page.setUserAgent({ userAgent: USER_AGENT }),
                page.setBypassServiceWorker(true),
                page.setRequestInterception(true),
                page.evaluateOnNewDocument(trackShortTimers, ...SHORT_TIMER_TRACKING),
                targetIdOf(page).then((targetId) => this.#targetIds.set(page, targetId)),
            ]);
            page.on('request', (request) => void this.#route(page, request));
            return page;
        }
        catch (error) {
            await page.close().catch(() => undefined);
            throw error;
        }
    }
    /** Hands a request to the job the page works for; an idle page's late requests are dropped. */
    async #route(page, request) {
        const job = this.#owners.get(page);
        if (job) {
            await job.handleRequest(page, request);
            return;
        }
        if (!request.isInterceptResolutionHandled())
            await request.abort('blockedbyclient').catch(() => undefined);
    }
    async #giveBack(generation, page, reusable) {
        generation.lent.delete(page);
        this.#owners.delete(page);
        const targetId = this.#targetIds.get(page);
        if (targetId !== undefined)
            this.#lentFrameIds.delete(targetId);
        this.#pageRendered(generation);
        await this.#unloadOrClose(generation, page, reusable);
    }
    /** Unloads a page no job owns any more into the idle pages, or closes it. */
    async #unloadOrClose(generation, page, reusable) {
        const keep = reusable &&
            !this.#disposed &&
            !generation.retiring &&
            generation.chromium.browser.connected &&
            !page.isClosed() &&
            generation.idle.length + generation.lent.size + generation.warm.size < this.maxConcurrentPages;
        // Unloaded now, while its requests are refused (no owner): not under the next job's policy.
        if (keep && (await unloadDocument(page)) && !generation.retiring && !this.#disposed) {
            generation.idle.push(page);
        }
        else {
            await closePageQuietly(page);
        }
        this.#closeIfDrained(generation);
    }
    #pageRendered(generation) {
        this.#pagesRendered += 1;
        generation.pagesRendered += 1;
        if (generation.retiring)
            return;
        if (generation.pagesRendered >= this.#recycleAfterPages)
            this.#retire(generation);
        else if (generation.pagesRendered % MEMORY_CHECK_EVERY_PAGES === 0)
            void this.#checkMemory(generation);
    }
    async #checkMemory(generation) {
        if (this.#measuring || generation.chromium.pid === undefined)
            return;
        this.#measuring = true;
        try {
            const memory = await processTreeMemory(generation.chromium.pid);
            if (memory === null)
                return;
            if (generation === this.#current)
                this.#lastMemoryBytes = memory.bytes;
            if (memory.bytes > this.#recycleAboveBytes)
                this.#retire(generation);
        }
        finally {
            this.#measuring = false;
        }
    }
    /** Sends new loads to a fresh Chromium and closes this one once its lent pages are back. */
    #retire(generation) {
        if (generation.retiring || this.#disposed)
            return;
        generation.retiring = true;
        this.#recycles += 1;
        this.#retiring.add(generation);
        if (this.#current === generation)
            this.#current = undefined;
        // Launch the replacement now, so the service stays ready and the next load does not wait.
        void this.currentGeneration().catch(() => undefined);
        generation.idle.length = 0;
        for (const page of [...generation.warm.keys()])
            void this.#giveBackWarm(generation, page, false);
        this.#closeIfDrained(generation);
    }
    #closeIfDrained(generation) {
        if (!generation.retiring || generation.lent.size > 0 || generation.warm.size > 0 || !this.#retiring.has(generation))
            return;
        this.#retiring.delete(generation);
        void stopChromium(generation.chromium);
    }
}
/** The DevTools target id of `page`. */
async function targetIdOf(page) {
    const session = await page.createCDPSession();
    try {
        const { targetInfo } = await session.send('Target.getTargetInfo');
        return targetInfo.targetId;
    }
    finally {
        await session.detach().catch(() => undefined);
    }
}
//# sourceMappingURL=browser.js.map