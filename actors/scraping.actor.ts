/**
 * The scraping actor: owns one scraping job's crawl, turns what the crawler sees into actor
 * messages (started, progress after pages at most ten times a second and at least once a second,
 * each new e-mail, one terminal message).
 * A cancelled job ends silently: the gateway has already emitted its cancelled event.
 */
import type { ScrapeWork } from '../schema/work.js';
import { runCrawlActor, type CrawlActorDeps, type CrawlActorOutcome } from './crawl-actor-runner.js';

export type ScrapingActorDeps = CrawlActorDeps;
export type ScrapingOutcome = CrawlActorOutcome;

/** Longest time without a progress message while the crawl runs. */
const PROGRESS_INTERVAL_MS = 1000;

export function runScrapingActor(work: ScrapeWork, deps: ScrapingActorDeps, signal: AbortSignal): Promise<ScrapingOutcome> {
  const startedAt = Date.now();
  const found = new Set<string>();
  let visited = 0;
  const elapsedSeconds = (): number => Math.round((Date.now() - startedAt) / 100) / 10;
  return runCrawlActor(
    {
      jobId: work.jobId,
      startUrl: work.url,
      what: `Scraping ${work.url}`,
      crawlOptions: work.limits,
      progressIntervalMs: PROGRESS_INTERVAL_MS,
      startedMessage: { type: 'scrape.started', url: work.url },
      progressMessage: (currentUrl) => ({ type: 'scrape.progress', visited, emails: found.size, elapsedSeconds: elapsedSeconds(), currentUrl }),
      failedMessage: (error) => ({ type: 'scrape.failed', error, visited, emails: found.size }),
      hooks: ({ send, progress }) => ({
        onPage(page) {
          visited++;
          for (const email of page.emails) {
            const key = email.address.toLowerCase();
            if (found.has(key)) continue;
            found.add(key);
            send({ type: 'scrape.email', email: { address: key, pageUrl: email.pageUrl, context: email.context } });
          }
          progress();
        },
      }),
      completedMessage: () => ({ type: 'scrape.completed', visited, emails: found.size, elapsedSeconds: elapsedSeconds() }),
    },
    deps,
    signal,
  );
}
