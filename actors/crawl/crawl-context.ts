/**
 * The browser side of one crawl job: pages borrowed one load at a time from the actor
 * service's page pool (under its page budget), with this job's network policy applied to every
 * request they make while the job holds them.
 */
import type { Page } from 'puppeteer';
import { RequestFilter } from './request-filter.js';
import type { FulfilledResponse, GuardedRequest, TabVerdict } from './target-guard.js';

/** A document fetched already (under the same network guard), to show in a page without fetching it again. */
export interface PrefetchedDocument {
  /** URL the browser will navigate to. */
  readonly url: string;
  readonly status: number;
  /** Response headers, lower-case names; `set-cookie` values joined by line breaks. */
  readonly headers: Readonly<Record<string, string>>;
  /** The decoded document; it is served as UTF-8. */
  readonly body: string;
}

/** A page lent to one load. */
export interface PageLease {
  readonly page: Page;
  /**
   * Gives the page back and frees its place in the page budget: when `reusable` (the default)
   * and still usable, kept warm for this job's next load (its document is replaced by that
   * load's navigation, under the same network policy), or for any job once this one ends or
   * another job needs the tab (then unloaded first); closed otherwise. Idempotent.
   */
  release(options?: { readonly reusable?: boolean }): Promise<void>;
}

/** The browser side of one crawl job: its network policy and the pages lent to it. */
export interface CrawlContext {
  /** Whether this context lets requests reach private networks. */
  readonly allowPrivateNetworks: boolean;
  /**
   * Waits for room in the actor service's page budget (shared by every job), then lends a page
   * with the crawler's user agent whose requests go through this job's network policy. Rejects
   * with the signal's reason if it aborts while waiting.
   */
  acquirePage(signal: AbortSignal): Promise<PageLease>;
  /** Pages lent to this job now. */
  pages(): Promise<Page[]>;
  /** Closes every page lent to this job (their loads fail). Never throws. */
  closePages(): Promise<void>;
  /**
   * Answers the next main-frame navigation of `page` to `document.url` with `document` instead
   * of the network; `null` withdraws a document not used.
   */
  serveNavigation(page: Page, document: PrefetchedDocument | null): void;
  /**
   * Why the request filter refused the last main-frame navigation request of `page`
   * (network guard message), or undefined if it did not.
   */
  blockedNavigationReason(page: Page): string | undefined;
  /** False once a browser this job used has crashed, or the context or browser was disposed. */
  isConnected(): boolean;
  /** Closes the pages still lent to this job and ends the context. Never throws. */
  dispose(): Promise<void>;
}

/** A page borrowed from the pool, as the pool hands it out. */
export interface PooledPage {
  readonly page: Page;
  /** True while the Chromium the page lives in runs (false after a crash). */
  isBrowserConnected(): boolean;
  /**
   * Returns the page (or closes it) and frees the place in the page budget. With `keepWarm`, a
   * reusable page stays with its job, loaded and owned, for the job's next borrow.
   */
  giveBack(reusable: boolean, keepWarm?: boolean): Promise<void>;
}

/** What a job context needs from the page pool of its actor service. */
export interface PagePool {
  readonly disposed: boolean;
  /**
   * Waits for the page budget, then lends a page whose requests go to `job.handleRequest`: one
   * of the job's warm pages when it has one.
   */
  borrow(job: JobCrawlContext, signal: AbortSignal): Promise<PooledPage>;
  /** Gives the job's warm pages back to the pool (scripts off), e.g. when the job ends. Never throws. */
  releaseWarm(job: JobCrawlContext): Promise<void>;
}

/** {@link CrawlContext} over a page pool; see the file comment. */
export class JobCrawlContext implements CrawlContext {
  readonly allowPrivateNetworks: boolean;
  readonly #pool: PagePool;
  readonly #filter: RequestFilter;
  readonly #blockedNavigation = new WeakMap<Page, string>();
  readonly #prefetched = new WeakMap<Page, PrefetchedDocument>();
  readonly #jobAbort = new AbortController();
  readonly #lent = new Map<Page, PooledPage>();
  #closed = false;
  #crashed = false;

  constructor(pool: PagePool, allowPrivateNetworks: boolean) {
    this.#pool = pool;
    this.allowPrivateNetworks = allowPrivateNetworks;
    this.#filter = new RequestFilter({ allowPrivateNetworks });
  }

  async acquirePage(signal: AbortSignal): Promise<PageLease> {
    this.#assertOpen();
    const pooled = await this.#pool.borrow(this, signal);
    if (this.#closed) {
      await pooled.giveBack(true);
      this.#assertOpen();
    }
    this.#lent.set(pooled.page, pooled);
    let released: Promise<void> | undefined;
    return {
      page: pooled.page,
      release: (options = {}) => {
        released ??= this.#giveBack(pooled, options.reusable ?? true);
        return released;
      },
    };
  }

  async pages(): Promise<Page[]> {
    return [...this.#lent.keys()].filter((page) => !page.isClosed());
  }

  async closePages(): Promise<void> {
    // Through the pool, which stops routing the page's requests to this job before it closes it.
    await Promise.all([...this.#lent.values()].map((pooled) => this.#giveBack(pooled, false)));
    await this.#pool.releaseWarm(this);
  }

  serveNavigation(page: Page, document: PrefetchedDocument | null): void {
    if (document) this.#prefetched.set(page, document);
    else this.#prefetched.delete(page);
  }

  blockedNavigationReason(page: Page): string | undefined {
    return this.#blockedNavigation.get(page);
  }

  isConnected(): boolean {
    if (this.#closed || this.#pool.disposed || this.#crashed) return false;
    for (const pooled of this.#lent.values()) if (!pooled.isBrowserConnected()) return false;
    return true;
  }

  async dispose(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    this.#jobAbort.abort();
    await Promise.all([...this.#lent.values()].map((pooled) => this.#giveBack(pooled, false)));
    await this.#pool.releaseWarm(this);
  }

  /**
   * Decides one request of the main frame of a page this job holds (called by the browser-wide
   * guard, through the pool): the prefetched document for the navigation it was fetched for,
   * else the job's request filter. Never rejects.
   */
  async decideRequest(page: Page, request: GuardedRequest): Promise<TabVerdict> {
    const isMainNavigation = request.resourceType === 'document';
    const prefetched = isMainNavigation ? this.#prefetched.get(page) : undefined;
    if (prefetched?.url === request.url) {
      this.#prefetched.delete(page);
      this.#blockedNavigation.delete(page);
      return { action: 'fulfil', response: fulfilment(prefetched) };
    }
    const decision = await this.#filter.decide(request, this.#jobAbort.signal);
    if (isMainNavigation && decision.action === 'continue') this.#blockedNavigation.delete(page);
    if (isMainNavigation && decision.action === 'abort' && decision.byNetworkGuard) this.#blockedNavigation.set(page, decision.reason);
    return decision;
  }

  #assertOpen(): void {
    if (this.#closed) throw new Error('The crawl context was disposed');
  }

  async #giveBack(pooled: PooledPage, reusable: boolean): Promise<void> {
    if (!this.#lent.delete(pooled.page)) return;
    if (!pooled.isBrowserConnected()) this.#crashed = true;
    this.#prefetched.delete(pooled.page);
    this.#blockedNavigation.delete(pooled.page);
    await pooled.giveBack(reusable && !this.#closed, true);
  }
}

/** Headers that describe the bytes on the wire, not the document served from memory. */
const WIRE_HEADERS = new Set(['content-length', 'content-encoding', 'transfer-encoding', 'connection', 'keep-alive']);

/** The response that shows a prefetched document (served as UTF-8, which its body now is). */
function fulfilment(document: PrefetchedDocument): FulfilledResponse {
  const headers: { name: string; value: string }[] = [];
  for (const [name, value] of Object.entries(document.headers)) {
    if (WIRE_HEADERS.has(name) || name === 'content-type') continue;
    for (const line of name === 'set-cookie' ? value.split('\n') : [value]) headers.push({ name, value: line });
  }
  const type = (document.headers['content-type'] ?? 'text/html').replace(/;\s*charset\s*=[^;]*/i, '');
  headers.push({ name: 'content-type', value: `${type}; charset=utf-8` });
  return { status: document.status, headers, body: document.body };
}

const PAGE_CLOSE_ATTEMPTS = 3;
const PAGE_CLOSE_WAIT_MS = 500;

/** Time a document gets to unload (see {@link unloadDocument}). */
const UNLOAD_WAIT_MS = 1000;

/**
 * Replaces the page's document with about:blank, its scripts turned off first (no more timers
 * or script-driven navigations). Its `pagehide`/`unload` handlers still run: the browser-wide
 * guard (target-guard.ts) refuses the beacons and keep-alive fetches they send, as no job holds
 * the tab any more.
 * Bounded: a renderer stuck in a script is left to the close. Never throws; false when the page
 * could not be unloaded (it must not be reused).
 */
export async function unloadDocument(page: Page): Promise<boolean> {
  if (page.isClosed()) return false;
  // The pool turns scripts back on when it lends the page again.
  const scriptsOff = await withinUnloadWait(page.setJavaScriptEnabled(false));
  const blank = await withinUnloadWait(page.goto('about:blank', { waitUntil: 'load', timeout: UNLOAD_WAIT_MS }));
  return scriptsOff && blank && !page.isClosed();
}

/**
 * Turns the page's scripts off and leaves its document loaded: its timers, requests and
 * script-driven navigations stop, at the cost of one DevTools command. Unloading instead
 * ({@link unloadDocument}) costs a navigation, and the next site's navigation from about:blank
 * then starts a renderer process of its own (about 80 ms of CPU a hand-over, measured on the
 * bench's sites). Never throws; false when the page did not answer (it must not be reused).
 */
export async function silenceDocument(page: Page): Promise<boolean> {
  if (page.isClosed()) return false;
  return (await withinUnloadWait(page.setJavaScriptEnabled(false))) && !page.isClosed();
}

/** True when `step` succeeded within {@link UNLOAD_WAIT_MS}. */
export async function withinUnloadWait(step: Promise<unknown>): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const succeeded = await Promise.race([
    step.then(
      () => true,
      () => false,
    ),
    new Promise<boolean>((resolve) => {
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
export async function closePageQuietly(page: Page): Promise<void> {
  await unloadDocument(page);
  for (let attempt = 1; attempt <= PAGE_CLOSE_ATTEMPTS && !page.isClosed(); attempt += 1) {
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      page.close().catch(() => undefined),
      new Promise<void>((resolve) => {
        timer = setTimeout(resolve, PAGE_CLOSE_WAIT_MS * attempt);
      }),
    ]);
    clearTimeout(timer);
  }
}
