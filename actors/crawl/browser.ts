/**
 * The browser of an actor service: one headless Chromium shared by every job, with one pool of
 * pages (tabs) shared by every job too: a job borrows a page for one load, under a page budget
 * sized from the machine's CPUs and free memory, and its network policy applies to every request
 * the page makes meanwhile. Pages skip heavy resources and are reused from load to load, so a
 * renderer process serves many sites: a job keeps the tabs it used warm (loaded, still under its
 * policy) for its next loads, and gives them back with their scripts off when it ends. A tab goes
 * to another job without a navigation of its own when both jobs follow the same network policy
 * (the document left in it could do nothing under the new job that it could not do under its
 * own); under another policy, its document is unloaded first (about:blank, while no job owns the
 * tab, so what it sends as it goes is refused). Every request is decided once, by the
 * browser-wide guard (target-guard.ts), which hands those of a tab's main frame to the tab's job. A tab left unused for
 * `closeIdlePagesAfterMs` is closed (its renderer process with it). Documents reach pages from the crawler's HTTP fetch (see
 * page-source.ts), never from the browser cache; a site's scripts, styles and cookies are shared
 * by the jobs that crawl it. Chromium is recycled after `recycleAfterPages` loads, or
 * when its process tree outgrows `recycleAboveBytes`: a fresh Chromium takes new loads and the
 * old one closes once its pages have come back.
 */
import type { BrowserContext, Page } from 'puppeteer';
import { defaultMaxConcurrentPages, defaultRecycleAboveBytes } from './browser-capacity.js';
import { defaultExecutablePath, removeDir, startChromium, stopChromium, type RunningChromium } from './browser-launch.js';
import { chromiumLaunches } from '../../observability/metrics.js';
import {
  closePageQuietly,
  JobCrawlContext,
  silenceDocument,
  unloadDocument,
  withinUnloadWait,
  type CrawlContext,
  type PagePool,
  type PooledPage,
} from './crawl-context.js';
import { DOM_CHANGE_TRACKING, SCHEDULED_WORK_TRACKING, trackDomChanges, trackScheduledWork } from './content-settle.js';
import { networkPolicyFromEnv } from './network-guard.js';
import { PageSemaphore } from './page-semaphore.js';
import { processTreeMemory } from './process-memory.js';
import { guardBrowser, type GuardDecision, type GuardedRequest, type TabVerdict } from './target-guard.js';
import { USER_AGENT } from './user-agent.js';

export { USER_AGENT } from './user-agent.js';
export type { CrawlContext, PageLease, PrefetchedDocument } from './crawl-context.js';
export type { GuardDecision } from './target-guard.js';

/** Options of {@link launchBrowser}. */
export interface LaunchBrowserOptions {
  /**
   * Chromium binary.
   * @default PUPPETEER_EXECUTABLE_PATH, else /usr/bin/chromium when present, else Puppeteer's own
   */
  readonly executablePath?: string;
  /** @default true */
  readonly headless?: boolean;
  /**
   * Pages loading at once in this browser, all jobs together (1 to 64).
   * @default defaultMaxConcurrentPages(): 4 per CPU, as many as free memory holds at 256 MiB each, at most 16
   */
  readonly maxConcurrentPages?: number;
  /** Relaunch Chromium after this many page loads (at least 1). @default 1000 */
  readonly recycleAfterPages?: number;
  /**
   * Relaunch Chromium when its process tree (PSS) exceeds this many bytes.
   * @default defaultRecycleAboveBytes(maxConcurrentPages): 512 MiB + 256 MiB per concurrent page
   */
  readonly recycleAboveBytes?: number;
  /**
   * Close a tab that has waited this long, unloaded, for a load (its renderer process goes with
   * it, tens of MiB); a later load opens a new one. At least 1.
   * @default 30000
   */
  readonly closeIdlePagesAfterMs?: number;
  /**
   * Told of every decision of the browser-wide guard (popups and workers refused, requests let
   * through or refused at browser level), for logs and tests. See target-guard.ts.
   */
  readonly onGuardDecision?: (decision: GuardDecision) => void;
}

/** Options of {@link BrowserHandle.newContext}. */
export interface CrawlContextOptions {
  /**
   * Let pages reach private, loopback and link-local addresses.
   * @default PROSPECTLAB_ALLOW_PRIVATE_NETWORKS (networkPolicyFromEnv())
   */
  readonly allowPrivateNetworks?: boolean;
}

/** Counters of a {@link BrowserHandle}, for logs and benchmarks. */
export interface BrowserStats {
  readonly maxConcurrentPages: number;
  /** Pages lent to loads now. */
  readonly pagesInUse: number;
  /** Loads waiting for room in the page budget. */
  readonly pagesWaiting: number;
  /** Page loads finished since launch, all browsers together. */
  readonly pagesRendered: number;
  /** Chromium processes started (the first one included). */
  readonly launches: number;
  /** Chromium processes retired for their page count or their memory. */
  readonly recycles: number;
  /** Tabs open in the current Chromium: lent, kept warm by a job, or idle. */
  readonly pagesOpen: number;
  /** Last measured footprint of the current Chromium's process tree, in bytes. */
  readonly lastMemoryBytes: number | null;
  /** Popups and workers that crawled pages tried to create, closed before they ran, all browsers together. */
  readonly targetsRefused: number;
  /** Requests refused by the browser-wide guard (refused targets', cloud metadata), all browsers together. */
  readonly requestsRefused: number;
}

/** The shared browser of an actor service. */
export interface BrowserHandle {
  /**
   * The browser side of one job: pages borrowed from the shared pool under the job's network
   * policy. Costs nothing in Chromium until the job renders a page.
   */
  newContext(options?: CrawlContextOptions): Promise<CrawlContext>;
  /** True while a Chromium is running and connected (or being relaunched for recycling). */
  isConnected(): boolean;
  /** Process id of the current Chromium, if one runs. */
  processId(): number | undefined;
  /** Pages loading at once, at most, across every context. */
  readonly maxConcurrentPages: number;
  stats(): BrowserStats;
  /** Closes every Chromium (killing those that do not exit) and removes their profiles. Never throws. */
  dispose(): Promise<void>;
}

/** The browser handle was disposed; no new context can be made. */
export class BrowserDisposedError extends Error {
  readonly retryable = true;
  constructor() {
    super('The browser was shut down');
    this.name = 'BrowserDisposedError';
  }
}

/** Default of {@link LaunchBrowserOptions.recycleAfterPages}. */
export const DEFAULT_RECYCLE_AFTER_PAGES = 1000;
/** Default of {@link LaunchBrowserOptions.closeIdlePagesAfterMs}. */
export const DEFAULT_CLOSE_IDLE_PAGES_AFTER_MS = 30_000;
/** Chromium's memory is measured every this many page loads. */
const MEMORY_CHECK_EVERY_PAGES = 20;
/**
 * …and at most once in this many milliseconds: reading the footprint of every Chromium process
 * walks their page tables in the kernel, which cost ~2 % of a busy actor's CPU at 20 loads a second.
 */
const MEMORY_CHECK_MIN_INTERVAL_MS = 5000;
const MAX_CONCURRENT_PAGES_LIMIT = 64;
/** What a request of a tab no job holds gets (an idle tab's late requests). */
const IDLE_TAB_VERDICT: TabVerdict = Object.freeze({ action: 'abort', errorReason: 'BlockedByClient' });

/** Starts Chromium; see {@link BrowserHandle}. */
export async function launchBrowser(options: LaunchBrowserOptions = {}): Promise<BrowserHandle> {
  const pool = new BrowserPool(options);
  await pool.currentGeneration();
  return pool;
}

function validatedInteger(name: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(`${name} must be an integer between ${min} and ${max} (got ${value})`);
  }
  return value;
}

/** One Chromium process with its shared context and pages. */
interface Generation {
  readonly chromium: RunningChromium;
  /** The incognito context every job's pages live in (downloads denied). */
  readonly browserContext: BrowserContext;
  /** Pages waiting for their next load. */
  readonly idle: Page[];
  /** Pages lent to loads now. */
  readonly lent: Set<Page>;
  /** Pages kept warm by a job between two of its loads, oldest first (see {@link BrowserPool.releaseWarm}). */
  readonly warm: Map<Page, JobCrawlContext>;
  /** Set when the browser is being recycled: no page is lent from it any more. */
  retiring: boolean;
  /** Page loads finished in this browser. */
  pagesRendered: number;
}

class BrowserPool implements BrowserHandle, PagePool {
  readonly maxConcurrentPages: number;
  readonly #executablePath: string | undefined;
  readonly #headless: boolean;
  readonly #recycleAfterPages: number;
  readonly #recycleAboveBytes: number;
  readonly #closeIdlePagesAfterMs: number;
  /** The timer that closes each idle page (see {@link LaunchBrowserOptions.closeIdlePagesAfterMs}). */
  readonly #idleTimers = new WeakMap<Page, NodeJS.Timeout>();
  readonly #semaphore: PageSemaphore;
  /** The job each lent page works for; its requests follow that job's network policy. */
  readonly #owners = new WeakMap<Page, JobCrawlContext>();
  /**
   * The network policy (allowPrivateNetworks) of the job whose document each tab shows; none for
   * a tab showing about:blank. A tab changes hands without an unload only between equal policies.
   */
  readonly #documentPolicies = new WeakMap<Page, boolean>();
  /** Every open pool tab by its DevTools target id, which is also its main frame's id: the browser-wide guard hands their requests to the tab's owner. */
  readonly #tabsByFrameId = new Map<string, Page>();
  /** Browsers being recycled, closed once their lent pages have come back. */
  readonly #retiring = new Set<Generation>();
  #current: Generation | undefined;
  #launching: Promise<Generation> | undefined;
  #lastPid: number | undefined;
  #disposed = false;
  #pagesRendered = 0;
  #launches = 0;
  #recycles = 0;
  #lastMemoryBytes: number | null = null;
  #measuring = false;
  #lastMeasuredAt = Number.NEGATIVE_INFINITY;
  #targetsRefused = 0;
  #requestsRefused = 0;
  readonly #onGuardDecision: ((decision: GuardDecision) => void) | undefined;

  constructor(options: LaunchBrowserOptions) {
    this.#executablePath = options.executablePath ?? defaultExecutablePath();
    this.#headless = options.headless ?? true;
    this.maxConcurrentPages = validatedInteger('maxConcurrentPages', options.maxConcurrentPages ?? defaultMaxConcurrentPages(), 1, MAX_CONCURRENT_PAGES_LIMIT);
    this.#recycleAfterPages = validatedInteger('recycleAfterPages', options.recycleAfterPages ?? DEFAULT_RECYCLE_AFTER_PAGES, 1, Number.MAX_SAFE_INTEGER);
    this.#recycleAboveBytes = options.recycleAboveBytes ?? defaultRecycleAboveBytes(this.maxConcurrentPages);
    if (!(this.#recycleAboveBytes > 0)) throw new RangeError(`recycleAboveBytes must be positive (got ${this.#recycleAboveBytes})`);
    this.#closeIdlePagesAfterMs = validatedInteger(
      'closeIdlePagesAfterMs',
      options.closeIdlePagesAfterMs ?? DEFAULT_CLOSE_IDLE_PAGES_AFTER_MS,
      1,
      Number.MAX_SAFE_INTEGER,
    );
    this.#semaphore = new PageSemaphore(this.maxConcurrentPages);
    this.#onGuardDecision = options.onGuardDecision;
  }

  get disposed(): boolean {
    return this.#disposed;
  }

  async newContext(contextOptions: CrawlContextOptions = {}): Promise<CrawlContext> {
    if (this.#disposed) throw new BrowserDisposedError();
    const allowPrivateNetworks = contextOptions.allowPrivateNetworks ?? networkPolicyFromEnv().allowPrivateNetworks;
    return new JobCrawlContext(this, allowPrivateNetworks);
  }

  isConnected(): boolean {
    if (this.#disposed) return false;
    return (this.#current?.chromium.browser.connected ?? false) || this.#launching !== undefined;
  }

  processId(): number | undefined {
    return this.#current?.chromium.pid ?? this.#lastPid;
  }

  stats(): BrowserStats {
    return {
      maxConcurrentPages: this.maxConcurrentPages,
      pagesInUse: this.#semaphore.inUse,
      pagesWaiting: this.#semaphore.waiting,
      pagesRendered: this.#pagesRendered,
      launches: this.#launches,
      recycles: this.#recycles,
      pagesOpen: this.#current ? this.#current.idle.length + this.#current.lent.size + this.#current.warm.size : 0,
      lastMemoryBytes: this.#lastMemoryBytes,
      targetsRefused: this.#targetsRefused,
      requestsRefused: this.#requestsRefused,
    };
  }

  async dispose(): Promise<void> {
    this.#disposed = true;
    const launched = await this.#launching?.catch(() => undefined);
    const generations = new Set([...this.#retiring, ...(this.#current ? [this.#current] : []), ...(launched ? [launched] : [])]);
    this.#current = undefined;
    this.#retiring.clear();
    await Promise.all([...generations].map((generation) => stopChromium(generation.chromium)));
  }

  #countGuardDecision(decision: GuardDecision): void {
    if (decision.refused && decision.kind === 'target') this.#targetsRefused += 1;
    if (decision.refused && decision.kind === 'request') this.#requestsRefused += 1;
    this.#onGuardDecision?.(decision);
  }

  // PagePool

  async borrow(job: JobCrawlContext, signal: AbortSignal): Promise<PooledPage> {
    const releasePermit = await this.#semaphore.acquire(signal);
    let page: Page | undefined;
    try {
      const generation = await this.currentGeneration();
      page = this.#warmPageOf(generation, job);
      page ??= await this.#idlePage(generation, job);
      page ??= await this.#reclaimWarmPage(generation, job);
      page ??= await this.#openPage(generation);
      generation.lent.add(page);
      this.#owners.set(page, job);
      this.#documentPolicies.set(page, job.allowPrivateNetworks);
      const lent = page;
      let givenBack = false;
      return {
        page: lent,
        isBrowserConnected: () => generation.chromium.browser.connected,
        giveBack: async (reusable, keepWarm = false) => {
          if (givenBack) return;
          givenBack = true;
          try {
            if (keepWarm && reusable && this.#keepWarm(generation, lent, job)) return;
            await this.#giveBack(generation, lent, reusable);
          } finally {
            releasePermit();
          }
        },
      };
    } catch (error) {
      releasePermit();
      throw error;
    }
  }

  /** The browser new loads go to, launched if none runs. */
  async currentGeneration(): Promise<Generation> {
    if (this.#disposed) throw new BrowserDisposedError();
    const current = this.#current;
    if (current && current.chromium.browser.connected && !current.retiring) return current;
    this.#launching ??= this.#launch().finally(() => {
      this.#launching = undefined;
    });
    const generation = await this.#launching;
    if (this.#disposed) throw new BrowserDisposedError();
    return generation;
  }

  async #launch(): Promise<Generation> {
    const chromium = await startChromium({ executablePath: this.#executablePath, headless: this.#headless });
    let browserContext: BrowserContext;
    try {
      // Before any page exists: every popup and worker a page makes is caught from the start.
      await guardBrowser(chromium.browser, {
        onDecision: (decision) => this.#countGuardDecision(decision),
        decideForTab: (request) => this.#decideForTab(request),
      });
      browserContext = await chromium.browser.createBrowserContext({ downloadBehavior: { policy: 'deny' } });
    } catch (error) {
      await stopChromium(chromium);
      throw error;
    }
    if (this.#disposed) {
      await stopChromium(chromium);
      throw new BrowserDisposedError();
    }
    const generation: Generation = { chromium, browserContext, idle: [], lent: new Set(), warm: new Map(), retiring: false, pagesRendered: 0 };
    chromium.browser.once('disconnected', () => {
      // A crash (or the close of a retired browser): forget it so the next load relaunches.
      if (this.#current === generation) this.#current = undefined;
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

  async releaseWarm(job: JobCrawlContext): Promise<void> {
    const generations = [...this.#retiring, ...(this.#current ? [this.#current] : [])];
    await Promise.all(
      generations.flatMap((generation) =>
        [...generation.warm].filter(([, owner]) => owner === job).map(([page]) => this.#giveBackWarm(generation, page, true)),
      ),
    );
  }

  /**
   * Keeps `page` with `job` for its next load: same owner, same policy, document left loaded
   * (the next load's navigation replaces it), scripts still on. False when it cannot be kept.
   */
  #keepWarm(generation: Generation, page: Page, job: JobCrawlContext): boolean {
    if (this.#disposed || generation.retiring || !generation.chromium.browser.connected || page.isClosed()) return false;
    if (generation.idle.length + generation.lent.size + generation.warm.size > this.maxConcurrentPages) return false;
    generation.lent.delete(page);
    generation.warm.set(page, job);
    this.#pageRendered(generation);
    return true;
  }

  /** One of `job`'s warm pages in `generation`, taken out of the warm set. */
  #warmPageOf(generation: Generation, job: JobCrawlContext): Page | undefined {
    for (const [page, owner] of generation.warm) {
      if (owner !== job) continue;
      generation.warm.delete(page);
      if (!page.isClosed()) return page;
    }
    return undefined;
  }

  /**
   * Another job's warm page (the oldest) rather than a new tab (each tab costs memory), handed
   * over as it is (see {@link #handOver}); undefined when there is none.
   */
  async #reclaimWarmPage(generation: Generation, job: JobCrawlContext): Promise<Page | undefined> {
    while (generation.warm.size > 0) {
      const page = generation.warm.keys().next().value!;
      this.#forgetOwner(generation, page);
      if (await this.#handOver(page, job)) return page;
      void closePageQuietly(page);
    }
    return undefined;
  }

  /**
   * Readies a page no job owns for `job`: its document stays when it was loaded under the same
   * network policy, else it is unloaded first; scripts on. False when the page did not answer.
   */
  async #handOver(page: Page, job: JobCrawlContext): Promise<boolean> {
    const policy = this.#documentPolicies.get(page);
    if (policy !== undefined && policy !== job.allowPrivateNetworks) {
      if (!(await unloadDocument(page))) return false;
      this.#documentPolicies.delete(page);
    }
    return withinUnloadWait(page.setJavaScriptEnabled(true));
  }

  /** Gives a warm page back to the pool: into the idle pages (scripts off), or closed. */
  async #giveBackWarm(generation: Generation, page: Page, reusable: boolean): Promise<void> {
    if (!generation.warm.has(page)) return;
    this.#forgetOwner(generation, page);
    await this.#unloadOrClose(generation, page, reusable);
  }

  /** Stops routing the page's requests to a job (warm pages only; lent ones go through {@link #giveBack}). */
  #forgetOwner(generation: Generation, page: Page): void {
    generation.warm.delete(page);
    this.#owners.delete(page);
  }

  /**
   * An idle page of `generation` readied for `job` (see {@link #handOver}), preferring one whose
   * document needs no unload.
   */
  async #idlePage(generation: Generation, job: JobCrawlContext): Promise<Page | undefined> {
    const needsNoUnload = (page: Page): boolean => (this.#documentPolicies.get(page) ?? job.allowPrivateNetworks) === job.allowPrivateNetworks;
    while (generation.idle.length > 0) {
      const index = generation.idle.findLastIndex(needsNoUnload);
      const [page] = generation.idle.splice(index === -1 ? generation.idle.length - 1 : index, 1);
      clearTimeout(this.#idleTimers.get(page));
      if (page.isClosed()) continue;
      if (await this.#handOver(page, job)) return page;
      void closePageQuietly(page);
    }
    return undefined;
  }

  async #openPage(generation: Generation): Promise<Page> {
    const page = await generation.browserContext.newPage();
    try {
      await Promise.all([
        page.setUserAgent({ userAgent: USER_AGENT }),
        page.setBypassServiceWorker(true),
        page.evaluateOnNewDocument(trackScheduledWork, ...SCHEDULED_WORK_TRACKING),
        page.evaluateOnNewDocument(trackDomChanges, ...DOM_CHANGE_TRACKING),
        targetIdOf(page).then((targetId) => {
          this.#tabsByFrameId.set(targetId, page);
          page.once('close', () => this.#tabsByFrameId.delete(targetId));
        }),
      ]);
      return page;
    } catch (error) {
      await page.close().catch(() => undefined);
      throw error;
    }
  }

  /**
   * The verdict on a request of a pool tab's main frame: its job's, or a refusal when no job
   * holds the tab (an idle tab's late requests are dropped); undefined for any other frame.
   */
  #decideForTab(request: GuardedRequest): Promise<TabVerdict> | TabVerdict | undefined {
    const page = request.frameId === undefined ? undefined : this.#tabsByFrameId.get(request.frameId);
    if (!page) return undefined;
    const job = this.#owners.get(page);
    return job ? job.decideRequest(page, request) : IDLE_TAB_VERDICT;
  }

  async #giveBack(generation: Generation, page: Page, reusable: boolean): Promise<void> {
    generation.lent.delete(page);
    this.#owners.delete(page);
    this.#pageRendered(generation);
    await this.#unloadOrClose(generation, page, reusable);
  }

  /** Puts a page no job owns any more, its scripts off, into the idle pages, or closes it. */
  async #unloadOrClose(generation: Generation, page: Page, reusable: boolean): Promise<void> {
    const keep =
      reusable &&
      !this.#disposed &&
      !generation.retiring &&
      generation.chromium.browser.connected &&
      !page.isClosed() &&
      generation.idle.length + generation.lent.size + generation.warm.size < this.maxConcurrentPages;
    // Scripts off now, while its requests are refused (no owner): inert until it is handed over.
    if (keep && (await silenceDocument(page)) && !generation.retiring && !this.#disposed) {
      generation.idle.push(page);
      this.#closeWhenIdleTooLong(generation, page);
    } else {
      await closePageQuietly(page);
    }
    this.#closeIfDrained(generation);
  }

  /** Closes `page` if it is still idle after {@link LaunchBrowserOptions.closeIdlePagesAfterMs}. */
  #closeWhenIdleTooLong(generation: Generation, page: Page): void {
    const timer = setTimeout(() => {
      const index = generation.idle.indexOf(page);
      if (index === -1) return;
      generation.idle.splice(index, 1);
      void closePageQuietly(page);
    }, this.#closeIdlePagesAfterMs);
    timer.unref();
    this.#idleTimers.set(page, timer);
  }

  #pageRendered(generation: Generation): void {
    this.#pagesRendered += 1;
    generation.pagesRendered += 1;
    if (generation.retiring) return;
    if (generation.pagesRendered >= this.#recycleAfterPages) this.#retire(generation);
    else if (generation.pagesRendered % MEMORY_CHECK_EVERY_PAGES === 0) void this.#checkMemory(generation);
  }

  async #checkMemory(generation: Generation): Promise<void> {
    if (this.#measuring || generation.chromium.pid === undefined || performance.now() - this.#lastMeasuredAt < MEMORY_CHECK_MIN_INTERVAL_MS) return;
    this.#measuring = true;
    this.#lastMeasuredAt = performance.now();
    try {
      const memory = await processTreeMemory(generation.chromium.pid);
      if (memory === null) return;
      if (generation === this.#current) this.#lastMemoryBytes = memory.bytes;
      if (memory.bytes > this.#recycleAboveBytes) this.#retire(generation);
    } finally {
      this.#measuring = false;
    }
  }

  /** Sends new loads to a fresh Chromium and closes this one once its lent pages are back. */
  #retire(generation: Generation): void {
    if (generation.retiring || this.#disposed) return;
    generation.retiring = true;
    this.#recycles += 1;
    this.#retiring.add(generation);
    if (this.#current === generation) this.#current = undefined;
    // Launch the replacement now, so the service stays ready and the next load does not wait.
    void this.currentGeneration().catch(() => undefined);
    generation.idle.length = 0;
    for (const page of [...generation.warm.keys()]) void this.#giveBackWarm(generation, page, false);
    this.#closeIfDrained(generation);
  }

  #closeIfDrained(generation: Generation): void {
    if (!generation.retiring || generation.lent.size > 0 || generation.warm.size > 0 || !this.#retiring.has(generation)) return;
    this.#retiring.delete(generation);
    void stopChromium(generation.chromium);
  }
}

/** The DevTools target id of `page`. */
async function targetIdOf(page: Page): Promise<string> {
  const session = await page.createCDPSession();
  try {
    const { targetInfo } = await session.send('Target.getTargetInfo');
    return targetInfo.targetId;
  } finally {
    await session.detach().catch(() => undefined);
  }
}
