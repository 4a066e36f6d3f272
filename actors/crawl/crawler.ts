/**
 * The crawl engine: a same-site, best-first crawl of one website (contact-likely pages first,
 * depth as a cost), with depth/page/time
 * limits, robots.txt, per-host politeness and bounded concurrency. Each page is fetched over
 * plain HTTP and rendered in the job's browser context only when it needs it (see
 * page-source.ts), or always with `renderMode: 'always'`. It only crawls and reports through
 * hooks; publishing results is the caller's business.
 */
import { setMaxListeners } from 'node:events';
import { TimeoutError, type Page } from 'puppeteer';
import type { EmailHit } from '../extract/emails.js';
import { analysePage, WorkerTaskFailedError, WorkerTaskTimeoutError } from '../page-analysis/page-analysis.js';
import type { CrawlContext } from './crawl-context.js';
import { parseRetryAfterMs, StartPageError } from './crawl-errors.js';
import { crawlErrors, pagesLoaded } from '../../observability/metrics.js';
import { BestFirstFrontier, linkCost } from './best-first-frontier.js';
import type { FrontierEntry } from './crawl-frontier.js';
import type { CrawlOptions } from './crawl-options.js';
import { fetchRobotsRules } from './fetch-robots.js';
import { effectiveDelayMs, HostPacer } from './host-pacer.js';
import { assertUrlAllowed, BlockedAddressError, UnresolvableHostError } from './network-guard.js';
import { PageLoadError } from './page-loader.js';
import { PageSource, type FetchedWith, type InspectionCandidate, type PageLoad } from './page-source.js';
import { raceTimeout } from './promise-race.js';
import type { RenderReason } from './render-need.js';
import { ALLOW_ALL, type RobotsRules } from './robots.js';
import { contactLikelihoodClass, isLikelyHtmlUrl, looksLikeTrap } from './crawl-heuristics.js';
import { isSameSite, normalizeUrl, parseStartUrl } from './url-rules.js';
import { ROBOTS_USER_AGENT_TOKEN } from './user-agent.js';

export { BrowserCrashedError, StartPageError } from './crawl-errors.js';
export type { FetchedWith, InspectionCandidate } from './page-source.js';
export type { RenderReason } from './render-need.js';

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
  /**
   * The document's HTML: the rendered DOM (outerHTML, doctype included) when rendered, the HTML
   * as served when fetched over HTTP; '' for non-HTML documents and error pages.
   */
  readonly html: string;
  /** Visible text: `document.body.innerText` when rendered, derived from the HTML otherwise. */
  readonly text: string;
  readonly title: string;
  /** Every outgoing link, normalized (the crawler follows only the same-site HTML ones). */
  readonly links: readonly { readonly url: string; readonly text: string }[];
  readonly responseTimeMs: number;
  /** Addresses found in the rendered page. */
  readonly emails: readonly EmailHit[];
  /**
   * What {@link CrawlHooks.inspectPage} returned for this page. Absent when the hook is not
   * set or the page was not rendered (`fetchedWith: 'http'`).
   */
  readonly inspection?: unknown;
  /** How the page was loaded: plain HTTP, or rendered in Chromium. */
  readonly fetchedWith: FetchedWith;
  /** Why it was rendered, when `fetchedWith` is `browser`. */
  readonly renderReason?: RenderReason;
}

/** A page (other than the start page) that could not be crawled; the crawl goes on. */
export interface PageFailure {
  readonly url: string;
  readonly depth: number;
  /** User-facing reason, e.g. `Could not load https://x/a: net::ERR_CONNECTION_RESET (connection reset)`. */
  readonly error: string;
}

/** Why a crawl ended; `exhausted` when {@link CrawlHooks.shouldContinue} said more pages would not help. */
export type CrawlStopReason = 'done' | 'maxPages' | 'maxDuration' | 'aborted' | 'exhausted';

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
   * Reads more from a rendered HTML page while the browser still shows it (e.g. JS globals for
   * technology detection); the result is passed on as {@link CrawledPage.inspection}. Called
   * for rendered pages only: `CrawlOptions.renderForInspection` has the pages worth inspecting
   * rendered. Bounded by a timeout; a failure gives null.
   */
  inspectPage?(page: Page): Promise<unknown>;
  /**
   * Asked, while `CrawlOptions.renderForInspection` renders remain, for each HTML page fetched
   * over HTTP that needs no render for its content: true has it rendered for
   * {@link inspectPage}. Without it, the start page and each page running a script no rendered
   * page ran are rendered. A throwing call counts as true.
   */
  wantsInspection?(candidate: InspectionCandidate): boolean;
  /**
   * Asked before each new page is started (not the start page): false stops starting pages
   * (those in flight finish), e.g. when the last pages stopped yielding anything new.
   */
  shouldContinue?(): boolean;
}

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
export async function crawlSite(ctx: CrawlContext, startUrl: string, options: CrawlOptions, hooks: CrawlHooks, signal: AbortSignal): Promise<CrawlSummary> {
  let start: string;
  try {
    start = parseStartUrl(startUrl);
  } catch (error) {
    throw new StartPageError(error instanceof Error ? error.message : String(error), false, { cause: error });
  }
  return new CrawlRun(ctx, start, options, hooks).run(signal);
}

/**
 * Workers per unit of `concurrency` (each holds one page in progress): enough that pages waiting
 * for a render slot do not leave the fetch slots idle. A render takes about ten fetches' time, so
 * with one page in five to render, two workers per slot (one fetching, one rendering) soon all
 * held pages waiting to render: a 500-page site took 7.9–8.1 s at 2, 6.3–6.7 s at 8.
 */
const WORKERS_PER_CONCURRENCY = 8;

class CrawlRun {
  readonly #stop = new AbortController();
  readonly #frontier = new BestFirstFrontier();
  /** Normalized URLs queued or crawled. */
  readonly #known = new Set<string>();
  /** Normalized URLs whose document was crawled (requested or reached by redirect). */
  readonly #crawled = new Set<string>();
  readonly #robots = new Map<string, Promise<RobotsRules>>();
  readonly #pacer = new HostPacer();
  readonly #pages: PageSource;
  readonly #idleWorkers: (() => void)[] = [];
  readonly #startedAt = performance.now();
  /** The start URL and, after its redirects, the start page's final URL. */
  #siteAnchors: string[];
  #stoppedBy: CrawlStopReason | undefined;
  #fatalError: Error | undefined;
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
    // Every load in flight listens to the stop signal, several times (fetch, navigation, waits).
    setMaxListeners(8 * WORKERS_PER_CONCURRENCY * options.concurrency + 16, this.#stop.signal);
    this.#pages = new PageSource({
      ctx,
      timeoutMs: options.pageTimeoutMs,
      networkPolicy: { allowPrivateNetworks: options.allowPrivateNetworks },
      signal: this.#stop.signal,
      guardTimeoutMs: Math.min(options.pageTimeoutMs, AUXILIARY_TIMEOUT_MS),
      renderForInspection: hooks.inspectPage ? options.renderForInspection : 0,
      ...(hooks.wantsInspection ? { wantsInspection: (candidate: InspectionCandidate) => hooks.wantsInspection!(candidate) } : {}),
      concurrency: options.concurrency,
    });
  }

  async run(signal: AbortSignal): Promise<CrawlSummary> {
    const onAbort = (): void => this.#stopWith('aborted');
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
    const deadline = setTimeout(() => this.#stopWith('maxDuration'), this.options.maxDurationSeconds * 1000);
    try {
      await this.#crawlStartPage();
      const workers: Promise<void>[] = [];
      // `concurrency` fetches and `concurrency` renders at once (PageSource holds them to it).
      for (let i = 0; i < WORKERS_PER_CONCURRENCY * this.options.concurrency; i += 1) workers.push(this.#work());
      await Promise.all(workers);
    } catch (error) {
      if (this.#fatalError === undefined && this.#stoppedBy === undefined) throw error;
    } finally {
      clearTimeout(deadline);
      signal.removeEventListener('abort', onAbort);
      this.#stop.abort();
      await this.ctx.closePages();
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
    if (this.#fatalError === undefined) this.#fatalError = error instanceof Error ? error : new Error('the crawl failed', { cause: error });
    this.#stopWith('aborted');
  }

  async #crawlStartPage(): Promise<void> {
    const url = this.startUrl;
    await this.#assertStartUrlAllowed(url);
    const rules = await this.#robotsFor(url);
    this.#stop.signal.throwIfAborted();
    if (!rules.isAllowed(url)) {
      throw new StartPageError(`${url} is disallowed by robots.txt for ${ROBOTS_USER_AGENT_TOKEN}`, false);
    }
    this.#known.add(url);
    this.#pagesStarted += 1;
    await this.#loadAndAccept(
      { url, depth: 0 },
      rules,
      (load) => this.#acceptStartPage(url, load),
      (error) => {
        throw new StartPageError(error.message, error.retryable, { cause: error });
      },
    );
  }

  async #acceptStartPage(url: string, load: PageLoad): Promise<void> {
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
    if (finalUrl !== url) this.#siteAnchors.push(finalUrl);
    this.#crawled.add(url).add(finalUrl);
    this.#known.add(finalUrl);
    await this.#report({ url, depth: 0 }, load);
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
  async #work(): Promise<void> {
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
        await this.#crawlEntry(entry);
      } catch (error) {
        if (!this.#stop.signal.aborted) this.#fail(error);
        return;
      } finally {
        this.#inFlight -= 1;
        this.#wakeWorkers();
      }
    }
  }

  async #crawlEntry(entry: FrontierEntry): Promise<void> {
    if (this.#crawled.has(entry.url)) return;
    const rules = await this.#robotsFor(entry.url);
    if (this.#stop.signal.aborted || !rules.isAllowed(entry.url)) return;
    if (this.#pagesStarted >= this.options.maxPages) {
      this.#stopStartingPages('maxPages');
      return;
    }
    if (this.hooks.shouldContinue && !this.hooks.shouldContinue()) {
      this.#stopStartingPages('exhausted');
      return;
    }
    this.#pagesStarted += 1;
    await this.#loadAndAccept(
      entry,
      rules,
      (load) => this.#acceptPage(entry, load),
      (error) => this.#reportFailure(entry, error.message),
    );
  }

  /**
   * Loads an entry's page and hands it to `accept`, then gives its browser tab back; a page
   * that could not be loaded goes to `onLoadFailed` instead.
   */
  async #loadAndAccept(
    entry: FrontierEntry,
    rules: RobotsRules,
    accept: (load: PageLoad) => Promise<void>,
    onLoadFailed: (error: PageLoadError) => Promise<void>,
  ): Promise<void> {
    let load: PageLoad;
    try {
      load = await this.#load(entry, rules);
    } catch (error) {
      if (!(error instanceof PageLoadError)) throw error;
      crawlErrors.inc({ cause: error.code });
      await onLoadFailed(error);
      return;
    }
    try {
      await accept(load);
    } finally {
      await load.lease?.release();
    }
  }

  async #acceptPage(entry: FrontierEntry, load: PageLoad): Promise<void> {
    const { loaded } = load;
    // While this page loaded, another URL may have redirected to it (or to its final URL).
    if (this.#crawled.has(entry.url)) return;
    this.#crawled.add(entry.url);
    const finalUrl = normalizeUrl(loaded.finalUrl) ?? entry.url;
    if (finalUrl !== entry.url) {
      if (!this.#isInSite(finalUrl)) {
        crawlErrors.inc({ cause: 'offsite_redirect' });
        await this.#reportFailure(entry, `${entry.url} redirects outside the site, to ${loaded.finalUrl}`);
        return;
      }
      // Another URL already led to this document: same page, report it once.
      if (this.#crawled.has(finalUrl)) return;
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
  #load(entry: FrontierEntry, rules: RobotsRules): Promise<PageLoad> {
    const host = new URL(entry.url).host;
    let started = false;
    return this.#pages.load({
      url: entry.url,
      forcedReason: this.options.renderMode === 'always' ? 'always' : null,
      beforeRequest: async () => {
        await this.#pacer.waitTurn(host, this.#delayFor(rules), this.#stop.signal);
        if (started) return;
        started = true;
        this.hooks.onPageStart?.(entry.url, entry.depth);
      },
    });
  }

  async #report(entry: FrontierEntry, load: PageLoad): Promise<void> {
    const { loaded, lease } = load;
    const inspected = loaded.isHtml && lease && this.hooks.inspectPage ? await this.#inspect(lease.page) : undefined;
    const inspection = inspected?.inspection;
    // The page is no longer needed: give its place in the page budget to another load (a tab
    // whose scripts kept the inspection waiting is closed, not reused).
    await lease?.release({ reusable: inspected?.timedOut !== true });
    const rendered = load.fetchedWith === 'browser';
    const links = normalizeLinks(loaded.links);
    let emails: EmailHit[] = [];
    if (loaded.isHtml) {
      try {
        // Off the event loop: a page written to make the extractor slow only costs a worker.
        ({ result: emails } = await analysePage('emails', { url: loaded.finalUrl, html: loaded.html, ...(rendered ? { text: loaded.text } : {}) }));
      } catch (error) {
        if (!(error instanceof WorkerTaskTimeoutError || error instanceof WorkerTaskFailedError)) throw error;
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
    if (loaded.isHtml && entry.depth < this.options.maxDepth) this.#enqueue(links, entry.depth);
  }

  /** Runs the caller's inspection of a loaded page; a failing or slow one gives null. */
  async #inspect(page: Page): Promise<{ inspection: unknown; timedOut: boolean }> {
    try {
      return { inspection: await raceTimeout(this.hooks.inspectPage!(page), INSPECT_TIMEOUT_MS, this.#stop.signal), timedOut: false };
    } catch (error) {
      return { inspection: null, timedOut: error instanceof TimeoutError };
    }
  }

  async #reportFailure(entry: FrontierEntry, error: string): Promise<void> {
    this.#pagesFailed += 1;
    await this.hooks.onPageFailed?.({ url: entry.url, depth: entry.depth, error });
  }

  /** Queues a page's links; the next page of a paginated list counts as deep as the list's page. */
  #enqueue(links: readonly { url: string; text: string }[], parentDepth: number): void {
    for (const link of links) {
      const depth = isPaginationLink(link.url, link.text) ? Math.max(1, parentDepth) : parentDepth + 1;
      if (this.#known.size >= MAX_KNOWN_URLS) break;
      if (this.#known.has(link.url)) continue;
      if (!this.#isInSite(link.url) || !isLikelyHtmlUrl(link.url) || looksLikeTrap(link.url)) continue;
      this.#known.add(link.url);
      this.#frontier.push({ url: link.url, depth }, linkCost(depth, contactLikelihoodClass(link.url, link.text)));
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
    return this.options.respectRobotsTxt ? effectiveDelayMs(this.options.delayMs, rules.crawlDelayMs) : this.options.delayMs;
  }

  #wakeWorkers(): void {
    for (const wake of this.#idleWorkers.splice(0)) wake();
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

/** Pagination of a list (`/page/3/`, `page-3.html`, `?page=3`, a link reading `3`, `»`, `Next`). */
function isPaginationLink(url: string, text: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (/(?:^|\/)(?:page|seite|pagina|p)[/_-]?\d{1,4}(?:\.html?)?\/?$/i.test(parsed.pathname)) return true;
  if (/(?:^|&)(?:page|paged|p|pg|seite|pagina)=\d{1,4}(?:&|$)/i.test(parsed.search.slice(1))) return true;
  return /^(?:\d{1,4}|[»›>]|next|suivant|suivante|weiter|siguiente|successivo|avanti)$/i.test(text.trim());
}

/** HTTP statuses worth retrying later: timeouts, rate limiting, server errors. */
function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 425 || status === 429 || status >= 500;
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
