/**
 * Loads one URL in a (reused) Puppeteer page and reads the rendered result: navigation with a
 * timeout, a wait for the content of pages whose scripts are still working to settle (network
 * and DOM quiet, see content-settle.ts), then one DOM snapshot.
 */
import { TimeoutError, type HTTPResponse, type Page } from 'puppeteer';
import { CONTENT_SETTLE_BUDGET_MS, NetworkActivity, waitForSettledContent } from './content-settle.js';
import { DEFAULT_SNAPSHOT_LIMITS, takePageSnapshot, type PageSnapshot, type RawLink } from './page-snapshot.js';
import { assertAddressAllowed, BlockedAddressError, parseHostAsIp, type NetworkPolicy } from './network-guard.js';
import { isHtmlContentType, isNonHtmlContentType } from './content-type.js';
import { navigationFailure, PageLoadError, unresponsiveFailure, type NavigationFailureContext } from './page-load-error.js';
import { raceAbort, raceTimeout } from './promise-race.js';

export { PageLoadError } from './page-load-error.js';

/** A page the browser loaded (any HTTP status). */
export interface LoadedPage {
  /** URL of the document after redirects (HTTP and script-driven). */
  readonly finalUrl: string;
  /** URLs that answered with a redirect, in order, starting with the requested URL; [] if none. */
  readonly redirectChain: readonly string[];
  readonly status: number | null;
  readonly contentType: string | null;
  readonly headers: Readonly<Record<string, string>>;
  /** False when the main document is not HTML: html, text, title and links are then empty. */
  readonly isHtml: boolean;
  readonly html: string;
  readonly text: string;
  readonly title: string;
  readonly links: readonly RawLink[];
  /** From the start of the navigation to DOMContentLoaded (or to the response for non-HTML). */
  readonly responseTimeMs: number;
}

/** Options of {@link loadPage}. */
export interface LoadPageOptions {
  /**
   * Navigation budget (to DOMContentLoaded), and again the budget of reading the page after it:
   * a page whose scripts keep the renderer from answering for that long fails as `unresponsive`
   * (the caller must then close the page, not reuse it).
   */
  readonly timeoutMs: number;
  /**
   * Checked against the address Chromium actually connected to for the main document, which
   * defeats DNS rebinding between the network guard's lookup and Chromium's.
   */
  readonly networkPolicy: NetworkPolicy;
  /** Stops the load; {@link loadPage} then rejects with the signal's reason. */
  readonly signal: AbortSignal;
  /** Why the network guard refused the navigation, if it did (see CrawlContext). */
  readonly blockedNavigationReason: () => string | undefined;
  /**
   * The caller knows the document runs scripts (it was fetched and read already): skip the
   * check for a script-free page that could be read at once.
   * @default false
   */
  readonly expectScripts?: boolean;
}

/** Longest wait for a document that is still loading to become readable, after a failed read. */
export const SETTLE_TIMEOUT_MS = 4000;

/**
 * Navigates `page` to `url` and reads it. Rejects with {@link PageLoadError} when no document
 * could be loaded, or with the signal's reason when aborted.
 */
export async function loadPage(page: Page, url: string, options: LoadPageOptions): Promise<LoadedPage> {
  const { signal } = options;
  signal.throwIfAborted();
  // The main-document response, kept even when goto() itself fails (e.g. a PDF turned download).
  let mainResponse: HTTPResponse | undefined;
  const onResponse = (response: HTTPResponse): void => {
    const request = response.request();
    if (request.isNavigationRequest() && response.frame() === page.mainFrame() && !isRedirect(response)) {
      mainResponse = response;
    }
  };
  page.on('response', onResponse);
  // From before the navigation, so that the document's own requests count.
  const activity = new NetworkActivity(page);
  const failureContext = (responded: boolean): NavigationFailureContext => ({
    url,
    timeoutMs: options.timeoutMs,
    blockedReason: options.blockedNavigationReason(),
    responded,
  });
  const startedAt = performance.now();
  let responseTimeMs: number;
  let domReady = true;
  try {
    try {
      // goto() ignores AbortSignals; the race lets an abort return at once (the caller closes the page).
      const navigation = page.goto(url, { waitUntil: 'domcontentloaded', timeout: options.timeoutMs });
      const response = await raceAbort(navigation, signal);
      mainResponse = response ?? mainResponse;
    } catch (error) {
      signal.throwIfAborted();
      if (!mainResponse) throw navigationFailure(error, failureContext(false));
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
  } finally {
    page.off('response', onResponse);
  }

  const response = mainResponse;
  if (response) assertConnectedAddressAllowed(response, options.networkPolicy);
  const headers = response?.headers() ?? {};
  const redirectChain = response
    ? response
        .request()
        .redirectChain()
        .map((request) => request.url())
    : [];
  const status = response?.status() ?? null;
  let contentType: string | null = headers['content-type'] ?? null;
  const base = {
    redirectChain,
    status,
    headers,
    responseTimeMs,
  };

  if (!domReady) await stopLoading(page);
  if (isNonHtmlContentType(contentType)) {
    return { ...base, finalUrl: response?.url() ?? page.url(), contentType, ...NOT_HTML };
  }
  const reading = new ReadBudget(url, options.timeoutMs, signal);
  let snapshot: PageSnapshot;
  try {
    snapshot = await snapshotWithRetry(page, reading, activity, domReady, options.expectScripts ?? false);
  } finally {
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

const NOT_HTML = Object.freeze({ isHtml: false, html: '', text: '', title: '', links: [] as RawLink[] });

function isRedirect(response: HTTPResponse): boolean {
  const status = response.status();
  return status >= 300 && status < 400 && response.headers().location !== undefined;
}

/**
 * Gives scripts a moment to finish writing the page: until its network and DOM are quiet,
 * within {@link CONTENT_SETTLE_BUDGET_MS} (and the renderer must answer within a second more).
 */
async function settle(page: Page, activity: NetworkActivity, signal: AbortSignal): Promise<void> {
  try {
    await raceTimeout(waitForSettledContent(page, activity, { signal }), CONTENT_SETTLE_BUDGET_MS + 1000, signal);
  } catch {
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
  constructor(
    readonly url: string,
    readonly timeoutMs: number,
    readonly signal: AbortSignal,
  ) {}

  /**
   * `evaluation`, or a rejection with an `unresponsive` {@link PageLoadError} after the page
   * timeout (with the signal's reason when aborted).
   */
  async bound<T>(evaluation: Promise<T>): Promise<T> {
    try {
      return await raceTimeout(evaluation, this.timeoutMs, this.signal);
    } catch (error) {
      this.signal.throwIfAborted();
      if (error instanceof TimeoutError) throw unresponsiveFailure(this.url, this.timeoutMs, error);
      throw error;
    }
  }
}

/**
 * The page's snapshot. Pages without scripts are final at DOMContentLoaded and read at once;
 * others are read after {@link settle} (when `mayWait`). One more attempt follows a
 * script-driven navigation that destroyed the first attempt's context.
 */
async function snapshotWithRetry(page: Page, reading: ReadBudget, activity: NetworkActivity, mayWait: boolean, expectScripts: boolean): Promise<PageSnapshot> {
  const { signal } = reading;
  try {
    if (mayWait) {
      const scriptless = expectScripts ? null : await reading.bound(takePageSnapshot(page, DEFAULT_SNAPSHOT_LIMITS, true));
      if (scriptless) return scriptless;
      await settle(page, activity, signal);
    }
    return await reading.bound(takePageSnapshot(page, DEFAULT_SNAPSHOT_LIMITS));
  } catch (error) {
    signal.throwIfAborted();
    if (isUnresponsive(error)) throw error;
    await page.waitForFunction('document.readyState !== "loading"', { timeout: SETTLE_TIMEOUT_MS, signal }).catch(() => undefined);
    signal.throwIfAborted();
    try {
      return await reading.bound(takePageSnapshot(page, DEFAULT_SNAPSHOT_LIMITS));
    } catch (retryError) {
      signal.throwIfAborted();
      if (isUnresponsive(retryError)) throw retryError;
      throw new PageLoadError(`Could not read ${page.url()}: ${describeError(retryError)}`, 'unreadable', true, {
        cause: error,
      });
    }
  }
}

async function stopLoading(page: Page): Promise<void> {
  await raceTimeout(page.evaluate('window.stop()'), 1000, new AbortController().signal).catch(() => undefined);
}

/** @throws PageLoadError when the main document came from an address the policy refuses. */
function assertConnectedAddressAllowed(response: HTTPResponse, policy: NetworkPolicy): void {
  const { ip } = response.remoteAddress();
  if (!ip || parseHostAsIp(ip) === null) return; // served from cache or a service worker
  try {
    assertAddressAllowed(response.url(), ip, policy, new URL(response.url()).hostname);
  } catch (error) {
    if (!(error instanceof BlockedAddressError)) throw error;
    throw new PageLoadError(error.message, 'blocked', false, { cause: error });
  }
}

function isUnresponsive(error: unknown): boolean {
  return error instanceof PageLoadError && error.code === 'unresponsive';
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
