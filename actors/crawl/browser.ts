/**
 * Thin Puppeteer adapter: one shared headless Chromium per actor service, one isolated browser
 * context per crawl job, pages that skip heavy resources and pass every request through the
 * network guard.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type BrowserContext, type HTTPRequest, type Page } from 'puppeteer';
import { networkPolicyFromEnv } from './network-guard.js';
import { RequestFilter } from './request-filter.js';
import { USER_AGENT } from './user-agent.js';

export { USER_AGENT } from './user-agent.js';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';
const CLOSE_TIMEOUT_MS = 5000;

const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox', // actor services run as root in containers
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--mute-audio',
  // Images are never needed; not even creating their requests spares an interception round trip each.
  '--blink-settings=imagesEnabled=false',
];

/** Options of {@link launchBrowser}. */
export interface LaunchBrowserOptions {
  /**
   * Chromium binary.
   * @default PUPPETEER_EXECUTABLE_PATH, else /usr/bin/chromium when present, else Puppeteer's own
   */
  readonly executablePath?: string;
  /** @default true */
  readonly headless?: boolean;
}

/** Options of {@link BrowserHandle.newContext}. */
export interface CrawlContextOptions {
  /**
   * Let pages reach private, loopback and link-local addresses.
   * @default PROSPECTLAB_ALLOW_PRIVATE_NETWORKS (networkPolicyFromEnv())
   */
  readonly allowPrivateNetworks?: boolean;
}

/** The isolated browser state of one crawl job. */
export interface CrawlContext {
  /** The underlying incognito context (for inspection; the crawler goes through openPage). */
  readonly browserContext: BrowserContext;
  /** Whether this context lets requests reach private networks. */
  readonly allowPrivateNetworks: boolean;
  /** Opens a page with the crawler's user agent and request filtering. */
  openPage(): Promise<Page>;
  /**
   * Why the request filter refused the last main-frame navigation request of `page`
   * (network guard message), or undefined if it did not.
   */
  blockedNavigationReason(page: Page): string | undefined;
  /** False once the browser behind this context has gone away (crash or dispose). */
  isConnected(): boolean;
  /** Closes the context and its pages. Never throws. */
  dispose(): Promise<void>;
}

/** The shared browser of an actor service. */
export interface BrowserHandle {
  /** A new isolated context; relaunches Chromium first if it crashed. */
  newContext(options?: CrawlContextOptions): Promise<CrawlContext>;
  /** True while a Chromium is running and connected. */
  isConnected(): boolean;
  /** Process id of the current Chromium, if one runs. */
  processId(): number | undefined;
  /** Closes Chromium (killing it if it does not exit) and removes its profile. Never throws. */
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

interface RunningBrowser {
  readonly browser: Browser;
  readonly userDataDir: string;
}

/** Starts Chromium; see {@link BrowserHandle}. */
export async function launchBrowser(options: LaunchBrowserOptions = {}): Promise<BrowserHandle> {
  const executablePath = options.executablePath ?? defaultExecutablePath();
  const headless = options.headless ?? true;
  let current: RunningBrowser | undefined;
  let launching: Promise<RunningBrowser> | undefined;
  let disposed = false;

  const start = async (): Promise<RunningBrowser> => {
    const userDataDir = await mkdtemp(join(tmpdir(), 'prospectlab-chromium-'));
    try {
      const browser = await puppeteer.launch({
        ...(executablePath ? { executablePath } : {}),
        headless,
        userDataDir,
        args: [...CHROMIUM_ARGS],
        // DevTools over a pipe: Chromium exits by itself when this process dies (even by kill -9).
        pipe: true,
        handleSIGINT: false,
        handleSIGTERM: false,
        handleSIGHUP: false,
      });
      const running = { browser, userDataDir };
      browser.once('disconnected', () => {
        // A crash: forget this browser so the next use relaunches; remove its profile.
        if (current === running) current = undefined;
        void removeDir(userDataDir);
      });
      return running;
    } catch (error) {
      await removeDir(userDataDir);
      throw error;
    }
  };

  const ensureBrowser = async (): Promise<Browser> => {
    if (disposed) throw new BrowserDisposedError();
    if (current?.browser.connected) return current.browser;
    if (!launching) {
      launching = start().finally(() => {
        launching = undefined;
      });
    }
    const running = await launching;
    if (disposed) {
      await closeBrowser(running);
      throw new BrowserDisposedError();
    }
    current = running;
    return running.browser;
  };

  await ensureBrowser();

  return {
    async newContext(contextOptions = {}) {
      const browser = await ensureBrowser();
      const allowPrivateNetworks =
        contextOptions.allowPrivateNetworks ?? networkPolicyFromEnv().allowPrivateNetworks;
      const browserContext = await browser.createBrowserContext({ downloadBehavior: { policy: 'deny' } });
      return createCrawlContext(browser, browserContext, new RequestFilter({ allowPrivateNetworks }));
    },
    isConnected: () => current?.browser.connected ?? false,
    processId: () => current?.browser.process()?.pid,
    async dispose() {
      disposed = true;
      const running = current ?? (await launching?.catch(() => undefined));
      current = undefined;
      if (running) await closeBrowser(running);
    },
  };
}

function defaultExecutablePath(): string | undefined {
  const fromEnv = process.env['PUPPETEER_EXECUTABLE_PATH'];
  if (fromEnv) return fromEnv;
  return existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined;
}

async function closeBrowser({ browser, userDataDir }: RunningBrowser): Promise<void> {
  const child = browser.process();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      browser.close(),
      new Promise<void>((resolve) => {
        timer = setTimeout(resolve, CLOSE_TIMEOUT_MS);
      }),
    ]);
  } catch {
    // Closing a crashed browser fails; the kill below still applies.
  } finally {
    clearTimeout(timer);
  }
  if (child && child.exitCode === null && child.signalCode === null) {
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGKILL');
    await exited;
  }
  await removeDir(userDataDir);
}

async function removeDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true, maxRetries: 3 }).catch(() => undefined);
}

/** Fonts, icons and media by URL, blocked by Chromium's network stack as well as by interception. */
const BLOCKED_ASSET_URL_PATTERNS: readonly string[] = [
  ...['woff2', 'woff', 'ttf', 'otf', 'eot', 'ico', 'mp4', 'webm', 'mp3', 'ogg', 'wav'].flatMap((ext) => [`*.${ext}`, `*.${ext}?*`]),
  '*/favicon*',
  '*/apple-touch-icon*',
];

function createCrawlContext(
  browser: Browser,
  browserContext: BrowserContext,
  filter: RequestFilter,
): CrawlContext {
  const blockedNavigation = new WeakMap<Page, string>();
  const jobAbort = new AbortController();
  let closed = false;

  const onRequest = async (page: Page, request: HTTPRequest): Promise<void> => {
    if (request.isInterceptResolutionHandled()) return;
    const isMainNavigation = request.isNavigationRequest() && request.frame() === page.mainFrame();
    const decision = await filter.decide(
      { url: request.url(), resourceType: request.resourceType() },
      jobAbort.signal,
    );
    try {
      if (decision.action === 'continue') {
        if (isMainNavigation) blockedNavigation.delete(page);
        await request.continue();
      } else {
        if (isMainNavigation && decision.byNetworkGuard) blockedNavigation.set(page, decision.reason);
        await request.abort(decision.errorCode);
      }
    } catch {
      // The page closed or navigated away while the decision was pending.
    }
  };

  return {
    browserContext,
    allowPrivateNetworks: filter.allowPrivateNetworks,
    async openPage() {
      const page = await browserContext.newPage();
      try {
        const cdp = await page.createCDPSession();
        await Promise.all([
          page.setUserAgent(USER_AGENT),
          page.setBypassServiceWorker(true),
          page.setRequestInterception(true),
          // Also refused by the network stack itself: a request the interception released (e.g.
          // while its page was closing) still never downloads a font, an icon or media.
          cdp.send('Network.enable').then(() => cdp.send('Network.setBlockedURLs', { urls: BLOCKED_ASSET_URL_PATTERNS.slice() })),
        ]);
        page.on('request', (request) => void onRequest(page, request));
        return page;
      } catch (error) {
        await page.close().catch(() => undefined);
        throw error;
      }
    },
    blockedNavigationReason: (page) => blockedNavigation.get(page),
    isConnected: () => !closed && browser.connected,
    async dispose() {
      if (closed) return;
      closed = true;
      jobAbort.abort();
      if (!browser.connected) return;
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        browserContext.close().catch(() => undefined),
        new Promise<void>((resolve) => {
          timer = setTimeout(resolve, CLOSE_TIMEOUT_MS);
        }),
      ]);
      clearTimeout(timer);
    },
  };
}
