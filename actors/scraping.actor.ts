/**
 * The scraping actor: owns one scraping job's crawl, turns what the crawler sees into actor
 * messages (started, progress at least once a second, each new e-mail, one terminal message).
 * A cancelled job ends silently: the gateway has already emitted its cancelled event.
 */
import type { Bus } from '../bus/bus.js';
import type { ScrapeWork } from '../schema/work.js';
import { ActorOutput } from './actor-output.js';
import type { BrowserHandle, CrawlContext } from './crawl/browser.js';
import { InvalidCrawlOptionsError, resolveCrawlOptions, type RenderMode } from './crawl/crawl-options.js';
import { crawlSite, StartPageError } from './crawl/crawler.js';
import { InvalidUrlError } from './crawl/url-rules.js';
import { RetryableWorkError } from './work-errors.js';

export interface ScrapingActorDeps {
  readonly bus: Bus;
  readonly browser: BrowserHandle;
  readonly allowPrivateNetworks: boolean;
  /** Per-page navigation timeout. @default 20000 */
  readonly pageTimeoutMs?: number;
  /** Plain HTTP first (`auto`) or Chromium for every page (`always`). @default 'auto' */
  readonly renderMode?: RenderMode;
  /** Longest time without a progress message while the crawl runs. @default 1000 */
  readonly progressIntervalMs?: number;
  /** True on the last delivery of the work: report failure instead of asking for a retry. */
  readonly finalAttempt: boolean;
  readonly warn?: (message: string, error?: unknown) => void;
}

export type ScrapingOutcome = 'completed' | 'failed' | 'aborted';

export async function runScrapingActor(work: ScrapeWork, deps: ScrapingActorDeps, signal: AbortSignal): Promise<ScrapingOutcome> {
  const out = new ActorOutput({ bus: deps.bus, jobId: work.jobId, ...(deps.warn ? { warn: deps.warn } : {}) });
  const startedAt = Date.now();
  const found = new Set<string>();
  let visited = 0;
  let currentUrl = work.url;
  let lastProgressAt = 0;
  const elapsedSeconds = (): number => Math.round((Date.now() - startedAt) / 100) / 10;
  const progress = (): void => {
    lastProgressAt = Date.now();
    void out.send({ type: 'scrape.progress', visited, emails: found.size, elapsedSeconds: elapsedSeconds(), currentUrl });
  };
  const intervalMs = deps.progressIntervalMs ?? 1000;
  const timer = setInterval(() => {
    if (Date.now() - lastProgressAt >= intervalMs * 0.9) progress();
  }, intervalMs);
  let context: CrawlContext | null = null;

  void out.send({ type: 'scrape.started', url: work.url });
  try {
    const options = resolveCrawlOptions({
      ...work.limits,
      allowPrivateNetworks: deps.allowPrivateNetworks,
      ...(deps.pageTimeoutMs ? { pageTimeoutMs: deps.pageTimeoutMs } : {}),
      ...(deps.renderMode ? { renderMode: deps.renderMode } : {}),
    });
    context = await deps.browser.newContext({ allowPrivateNetworks: deps.allowPrivateNetworks });
    const summary = await crawlSite(
      context,
      work.url,
      options,
      {
        onPageStart(url) {
          currentUrl = url;
        },
        onPage(page) {
          visited++;
          for (const email of page.emails) {
            const key = email.address.toLowerCase();
            if (found.has(key)) continue;
            found.add(key);
            void out.send({ type: 'scrape.email', email: { address: key, pageUrl: email.pageUrl, context: email.context } });
          }
          progress();
        },
      },
      signal,
    );
    if (signal.aborted || summary.stoppedBy === 'aborted') return 'aborted';
    void out.send({ type: 'scrape.completed', visited, emails: found.size, elapsedSeconds: elapsedSeconds() });
    return 'completed';
  } catch (error) {
    if (signal.aborted) return 'aborted';
    const known = error instanceof StartPageError || error instanceof InvalidUrlError || error instanceof InvalidCrawlOptionsError;
    if (!known && !deps.finalAttempt) {
      throw new RetryableWorkError(`Scraping ${work.url} failed and will be retried`, { cause: error });
    }
    const message = known ? (error as Error).message : `Scraping ${work.url} failed: ${(error as Error)?.message ?? String(error)}`;
    void out.send({ type: 'scrape.failed', error: message, visited, emails: found.size });
    return 'failed';
  } finally {
    clearInterval(timer);
    await context?.dispose();
    await out.flush();
  }
}
