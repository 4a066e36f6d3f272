/**
 * The crawl engine: a same-site, breadth-first crawl of one website in a browser context, with
 * depth/page/time limits, robots.txt, per-host politeness and bounded concurrency. It only
 * crawls and reports through hooks; publishing results is the caller's business.
 */
import type { Page } from 'puppeteer';
import { extractEmails, type EmailHit } from '../extract/emails.js';
import type { CrawlContext } from './browser.js';
import { BrowserCrashedError, StartPageError } from './crawl-errors.js';
import { CrawlFrontier, type FrontierEntry } from './crawl-frontier.js';
import type { CrawlOptions } from './crawl-options.js';
import { fetchRobotsRules } from './fetch-robots.js';
import { effectiveDelayMs, HostPacer } from './host-pacer.js';
import { assertUrlAllowed, BlockedAddressError, UnresolvableHostError } from './network-guard.js';
import { loadPage, PageLoadError, type LoadedPage } from './page-loader.js';
import { raceTimeout } from './promise-race.js';
import { ALLOW_ALL, type RobotsRules } from './robots.js';
import { isLikelyHtmlUrl, isSameSite, linkPriority, looksLikeTrap, normalizeUrl, parseStartUrl } from './url-rules.js';
import { ROBOTS_USER_AGENT_TOKEN } from './user-agent.js';

export { BrowserCrashedError, StartPageError } from './crawl-errors.js';

/** One page the crawler loaded. */
export interface CrawledPage {
  /** Normalized URL requested. */
  readonly url: string;
  /** URL of the document after redirects. */
  readonly finalUrl: string;
  /** URLs that answered with a redirect, starting with the requested one; [] if none. */
  readonly redirectChain: readonly string[];
  readonly depth: number;
  /** HTTP status of the main document. */
  readonly status: number | null;
  readonly contentType: string | null;
  readonly headers: Readonly<Record<string, string>>;
  /** Rendered DOM (outerHTML); '' for non-HTML documents. */
  readonly html: string;
  /** `document.body.innerText`. */
  readonly text: string;
  readonly title: string;
  /** Every outgoing link, normalized (the crawler follows only the same-site HTML ones). */
  readonly links: readonly { readonly url: string; readonly text: string }[];
  readonly responseTimeMs: number;
  /** Addresses found in the rendered page. */
  readonly emails: readonly EmailHit[];
  /** What {@link CrawlHooks.inspectPage} returned for this page, when it is set. */
  readonly inspection?: unknown;
}

/** A page (other than the start page) that could not be crawled; the crawl goes on. */
export interface PageFailure {
  readonly url: string;
  readonly depth: number;
  /** User-facing reason, e.g. `Could not load https://x/a: net::ERR_CONNECTION_RESET (connection reset)`. */
  readonly error: string;
}

/** Why a crawl ended. */
export type CrawlStopReason = 'done' | 'maxPages' | 'maxDuration' | 'aborted';

/** Outcome of {@link crawlSite}. */
export interface CrawlSummary {
  readonly startUrl: string;
  readonly pagesVisited: number;
  readonly pagesFailed: number;
  readonly stoppedBy: CrawlStopReason;
  readonly elapsedMs: number;
}

/** Progress callbacks. An error thrown by a hook stops the crawl and rejects {@link crawlSite}. */
export interface CrawlHooks {
  onPage?(page: CrawledPage): void | Promise<void>;
  onPageFailed?(failure: PageFailure): void | Promise<void>;
  /** Called when a page starts loading, for progress (currentUrl). */
  onPageStart?(url: string, depth: number): void;
  /**
   * Reads more from a loaded HTML page while the browser still shows it (e.g. JS globals for
   * technology detection); the result is passed on as {@link CrawledPage.inspection}. Bounded
   * by a timeout; a failure gives null.
   */
  inspectPage?(page: Page): Promise<unknown>;
}

/** URLs remembered at most per crawl (queued or done), whatever the site throws at us. */
const MAX_KNOWN_URLS = 100_000;
/** Budget of robots.txt downloads and network-guard checks. */
const AUXILIARY_TIMEOUT_MS = 10_000;
const PAGE_CLOSE_ATTEMPTS = 3;
const PAGE_CLOSE_WAIT_MS = 500;
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
export async function crawlSite(
  ctx: CrawlContext,
  startUrl: string,
  options: CrawlOptions,
  hooks: CrawlHooks,
  signal: AbortSignal,
): Promise<CrawlSummary> {
  let start: string;
  try {
    start = parseStartUrl(startUrl);
  } catch (error) {
    throw new StartPageError(error instanceof Error ? error.message : String(error), false, { cause: error });
  }
  return new CrawlRun(ctx, start, options, hooks).run(signal);
}

/** A page slot of one worker: its page is opened lazily and replaced after a crash. */
interface PageSlot {
  page: Page | undefined;
}

class CrawlRun {
  readonly #stop = new AbortController();
  readonly #frontier = new CrawlFrontier();
  /** Normalized URLs queued or crawled. */
  readonly #known = new Set<string>();
  /** Normalized URLs whose document was crawled (requested or reached by redirect). */
  readonly #crawled = new Set<string>();
  readonly #robots = new Map<string, Promise<RobotsRules>>();
  readonly #pacer = new HostPacer();
  readonly #openPages = new Set<Page>();
  readonly #idleWorkers: (() => void)[] = [];
  readonly #startedAt = performance.now();
  /** The start URL and, after its redirects, the start page's final URL. */
  #siteAnchors: string[];
  #stoppedBy: CrawlStopReason | undefined;
  #fatalError: unknown;
  #pagesStarted = 0;
  #pagesVisited = 0;
  #pagesFailed = 0;
  #inFlight = 0;

  constructor(
    private readonly ctx: CrawlContext,
    private readonly startUrl: string,
    private readonly options: CrawlOptions,
    private readonly hooks: CrawlHooks,
  ) {
    this.#siteAnchors = [startUrl];
  }

  async run(signal: AbortSignal): Promise<CrawlSummary> {
    const onAbort = (): void => this.#stopWith('aborted');
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
    const deadline = setTimeout(() => this.#stopWith('maxDuration'), this.options.maxDurationSeconds * 1000);
    try {
      const startSlot: PageSlot = { page: undefined };
      await this.#crawlStartPage(startSlot);
      const workers = [this.#work(startSlot)];
      for (let i = 1; i < this.options.concurrency; i += 1) workers.push(this.#work({ page: undefined }));
      await Promise.all(workers);
    } catch (error) {
      if (this.#fatalError === undefined && this.#stoppedBy === undefined) throw error;
    } finally {
      clearTimeout(deadline);
      signal.removeEventListener('abort', onAbort);
      this.#stop.abort();
      await this.#closePages();
    }
    if (this.#fatalError !== undefined) throw this.#fatalError;
    return {
      startUrl: this.startUrl,
      pagesVisited: this.#pagesVisited,
      pagesFailed: this.#pagesFailed,
      stoppedBy: this.#stoppedBy ?? 'done',
      elapsedMs: Math.round(performance.now() - this.#startedAt),
    };
  }

  /** Stops at once: in-flight loads are abandoned and their pages closed. */
  #stopWith(reason: CrawlStopReason): void {
    this.#stoppedBy ??= reason;
    if (this.#stop.signal.aborted) return;
    this.#stop.abort(new Error(`crawl stopped: ${reason}`));
    this.#wakeWorkers();
  }

  /** Starts no new page but lets the pages in flight finish (they are within the budget). */
  #stopStartingPages(reason: CrawlStopReason): void {
    this.#stoppedBy ??= reason;
    this.#wakeWorkers();
  }

  #fail(error: unknown): void {
    if (this.#fatalError === undefined) this.#fatalError = error;
    this.#stopWith('aborted');
  }

  async #crawlStartPage(slot: PageSlot): Promise<void> {
    const url = this.startUrl;
    await this.#assertStartUrlAllowed(url);
    const rules = await this.#robotsFor(url);
    this.#stop.signal.throwIfAborted();
    if (!rules.isAllowed(url)) {
      throw new StartPageError(`${url} is disallowed by robots.txt for ${ROBOTS_USER_AGENT_TOKEN}`, false);
    }
    this.#known.add(url);
    this.#pagesStarted += 1;
    // Open the page before pacing, so the request leaves right when its turn comes.
    await this.#ensurePage(slot);
    await this.#pacer.waitTurn(new URL(url).host, this.#delayFor(rules), this.#stop.signal);
    this.hooks.onPageStart?.(url, 0);
    let loaded: LoadedPage;
    try {
      loaded = await this.#load(slot, url);
    } catch (error) {
      if (error instanceof PageLoadError) throw new StartPageError(error.message, error.retryable, { cause: error });
      throw error;
    }
    if (!loaded.isHtml) {
      throw new StartPageError(
        `${url} is not an HTML page (content type ${loaded.contentType ?? 'unknown'})`,
        false,
      );
    }
    if (loaded.status !== null && loaded.status >= 400) {
      throw new StartPageError(`Could not load ${url}: HTTP ${loaded.status}`, isRetryableStatus(loaded.status));
    }
    const finalUrl = normalizeUrl(loaded.finalUrl) ?? url;
    if (finalUrl !== url) this.#siteAnchors.push(finalUrl);
    this.#crawled.add(url).add(finalUrl);
    this.#known.add(finalUrl);
    await this.#report({ url, depth: 0 }, loaded, slot.page);
  }

  async #assertStartUrlAllowed(url: string): Promise<void> {
    try {
      await assertUrlAllowed(
        url,
        { allowPrivateNetworks: this.options.allowPrivateNetworks },
        { signal: this.#stop.signal, timeoutMs: Math.min(this.options.pageTimeoutMs, AUXILIARY_TIMEOUT_MS) },
      );
    } catch (error) {
      this.#stop.signal.throwIfAborted();
      if (error instanceof BlockedAddressError || error instanceof UnresolvableHostError) {
        throw new StartPageError(error.message, false, { cause: error });
      }
      throw new StartPageError(`Could not check ${url}: ${describeError(error)}`, true, { cause: error });
    }
  }

  /** One worker: takes URLs from the frontier until it is empty and nothing is in flight. */
  async #work(slot: PageSlot): Promise<void> {
    while (this.#stoppedBy === undefined) {
      const entry = this.#frontier.shift();
      if (!entry) {
        if (this.#inFlight === 0) {
          this.#wakeWorkers();
          return;
        }
        await new Promise<void>((resolve) => this.#idleWorkers.push(resolve));
        continue;
      }
      this.#inFlight += 1;
      try {
        await this.#crawlEntry(slot, entry);
      } catch (error) {
        if (!this.#stop.signal.aborted) this.#fail(error);
        return;
      } finally {
        this.#inFlight -= 1;
        this.#wakeWorkers();
      }
    }
  }

  async #crawlEntry(slot: PageSlot, entry: FrontierEntry): Promise<void> {
    if (this.#crawled.has(entry.url)) return;
    const rules = await this.#robotsFor(entry.url);
    if (this.#stop.signal.aborted || !rules.isAllowed(entry.url)) return;
    if (this.#pagesStarted >= this.options.maxPages) {
      this.#stopStartingPages('maxPages');
      return;
    }
    this.#pagesStarted += 1;
    await this.#ensurePage(slot);
    await this.#pacer.waitTurn(new URL(entry.url).host, this.#delayFor(rules), this.#stop.signal);
    this.hooks.onPageStart?.(entry.url, entry.depth);
    let loaded: LoadedPage;
    try {
      loaded = await this.#load(slot, entry.url);
    } catch (error) {
      if (!(error instanceof PageLoadError)) throw error;
      await this.#reportFailure(entry, error.message);
      return;
    }
    // While this page loaded, another URL may have redirected to it (or to its final URL).
    if (this.#crawled.has(entry.url)) return;
    this.#crawled.add(entry.url);
    const finalUrl = normalizeUrl(loaded.finalUrl) ?? entry.url;
    if (finalUrl !== entry.url) {
      if (!this.#isInSite(finalUrl)) {
        await this.#reportFailure(entry, `${entry.url} redirects outside the site, to ${loaded.finalUrl}`);
        return;
      }
      // Another URL already led to this document: same page, report it once.
      if (this.#crawled.has(finalUrl)) return;
      this.#crawled.add(finalUrl);
      this.#known.add(finalUrl);
    }
    if (loaded.status !== null && loaded.status >= 400) {
      await this.#reportFailure(entry, `Could not load ${entry.url}: HTTP ${loaded.status}`);
      return;
    }
    await this.#report(entry, loaded, slot.page);
  }

  /** Loads `url` in the slot's page (opening or replacing it as needed). */
  async #load(slot: PageSlot, url: string): Promise<LoadedPage> {
    const page = await this.#ensurePage(slot);
    try {
      return await loadPage(page, url, {
        timeoutMs: this.options.pageTimeoutMs,
        networkPolicy: { allowPrivateNetworks: this.options.allowPrivateNetworks },
        signal: this.#stop.signal,
        blockedNavigationReason: () => this.ctx.blockedNavigationReason(page),
      });
    } catch (error) {
      this.#stop.signal.throwIfAborted();
      if (!this.ctx.isConnected()) {
        throw new BrowserCrashedError(`The browser went away while loading ${url}`, { cause: error });
      }
      if (error instanceof PageLoadError && error.code === 'crashed') {
        slot.page = undefined;
        this.#openPages.delete(page);
        void closeQuietly(page);
      }
      throw error;
    }
  }

  async #ensurePage(slot: PageSlot): Promise<Page> {
    slot.page ??= await this.#openPage();
    return slot.page;
  }

  async #openPage(): Promise<Page> {
    try {
      const page = await this.ctx.openPage();
      this.#openPages.add(page);
      if (this.#stop.signal.aborted) await this.#closePages();
      return page;
    } catch (error) {
      if (!this.ctx.isConnected()) {
        throw new BrowserCrashedError('The browser went away while opening a page', { cause: error });
      }
      throw error;
    }
  }

  async #report(entry: FrontierEntry, loaded: LoadedPage, page: Page | undefined): Promise<void> {
    const links = normalizeLinks(loaded.links);
    const inspection = loaded.isHtml && page && this.hooks.inspectPage ? await this.#inspect(page) : undefined;
    const emails = loaded.isHtml ? extractEmails({ url: loaded.finalUrl, html: loaded.html, text: loaded.text }) : [];
    if (loaded.isHtml && entry.depth < this.options.maxDepth) this.#enqueue(links, entry.depth + 1);
    this.#pagesVisited += 1;
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
      ...(inspection === undefined ? {} : { inspection }),
    });
  }

  /** Runs the caller's inspection of a loaded page; a failing or slow one gives null. */
  async #inspect(page: Page): Promise<unknown> {
    try {
      return await raceTimeout(this.hooks.inspectPage!(page), INSPECT_TIMEOUT_MS, this.#stop.signal);
    } catch {
      return null;
    }
  }

  async #reportFailure(entry: FrontierEntry, error: string): Promise<void> {
    this.#pagesFailed += 1;
    await this.hooks.onPageFailed?.({ url: entry.url, depth: entry.depth, error });
  }

  #enqueue(links: readonly { url: string; text: string }[], depth: number): void {
    for (const link of links) {
      if (this.#known.size >= MAX_KNOWN_URLS) break;
      if (this.#known.has(link.url)) continue;
      if (!this.#isInSite(link.url) || !isLikelyHtmlUrl(link.url) || looksLikeTrap(link.url)) continue;
      this.#known.add(link.url);
      this.#frontier.push({ url: link.url, depth }, linkPriority(link.url, link.text));
    }
    this.#wakeWorkers();
  }

  #isInSite(url: string): boolean {
    return this.#siteAnchors.some((anchor) => isSameSite(url, anchor));
  }

  /** robots.txt rules of the URL's origin, downloaded once per origin. */
  #robotsFor(url: string): Promise<RobotsRules> {
    if (!this.options.respectRobotsTxt) return Promise.resolve(ALLOW_ALL);
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

  #delayFor(rules: RobotsRules): number {
    return this.options.respectRobotsTxt
      ? effectiveDelayMs(this.options.delayMs, rules.crawlDelayMs)
      : this.options.delayMs;
  }

  #wakeWorkers(): void {
    for (const wake of this.#idleWorkers.splice(0)) wake();
  }

  async #closePages(): Promise<void> {
    const pages = [...this.#openPages];
    this.#openPages.clear();
    await Promise.all(pages.map(closeQuietly));
  }
}

/** Normalizes and de-duplicates a page's raw links, dropping the ones that are not web URLs. */
function normalizeLinks(raw: readonly { href: string; text: string }[]): { url: string; text: string }[] {
  const links: { url: string; text: string }[] = [];
  const seen = new Set<string>();
  for (const { href, text } of raw) {
    const url = normalizeUrl(href);
    if (url === null || seen.has(url)) continue;
    seen.add(url);
    links.push({ url, text });
  }
  return links;
}

/** HTTP statuses worth retrying later: timeouts, rate limiting, server errors. */
function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 425 || status === 429 || status >= 500;
}

/**
 * Closes a page, retrying: Chromium acknowledges a close that arrives while a navigation is
 * committing but then keeps the tab open, so a page still open after a moment is closed again.
 */
async function closeQuietly(page: Page): Promise<void> {
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

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
