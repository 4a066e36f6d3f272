/**
 * The scraping flow as a user runs it: one embedded-mode process (`dist/main/embedded.js`,
 * gateway and actors over the in-process bus), a `startScraping` mutation and a graphql-ws
 * `scrapingEvents` subscription that collects every address found, timed from the mutation to
 * the `ScrapingCompleted` event, with the process tree's memory (PSS, Chromium included)
 * sampled meanwhile. Measured against the bare Puppeteer loop over the same pages.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { collect, gqlData, SCRAPING_SUBSCRIPTION, START_SCRAPING, wsClient } from '../test/helpers/graphql.js';
import { startProcess, type ProductProcess } from '../test/helpers/processes.js';
import { sampleTreePeak } from './memory-sampler.js';
import { treeCpuSeconds } from './process-cpu.js';
import type { BarePuppeteerLoopOptions } from './bare-loops.js';

/** Options of {@link startScrapeService}. */
export interface ScrapeServiceOptions {
  /** `PROSPECTLAB_BROWSER_PAGES`; unset: the service's default. */
  readonly browserPages?: number;
}

/** What one scrape measured. */
export interface ScrapeRunResult {
  readonly seconds: number;
  readonly pages: number;
  readonly pagesPerSecond: number;
  /** Addresses the subscription reported, lower-cased. */
  readonly emails: ReadonlySet<string>;
  /** Peak PSS of the embedded process and its Chromium, in bytes; undefined when not sampled. */
  readonly peakBytes?: number;
  /** CPU seconds of the embedded process tree during the scrape. */
  readonly cpuSeconds: number;
}

/** A running embedded-mode service to scrape with. */
export interface ScrapeService {
  /**
   * Scrapes `url` (every page up to `maxPages`, depth ≤ 3) at `concurrency` pages at once, the
   * process tree's PSS sampled meanwhile when `sampleMemory` (as for the bare loop, whose
   * options these are: sampling slows what it reads).
   */
  scrape(url: string, maxPages: number, concurrency: number, timeoutMs: number, options: Required<BarePuppeteerLoopOptions>): Promise<ScrapeRunResult>;
  stop(): Promise<void>;
}

/** Starts the embedded process (private networks allowed, no rate limits) in a temporary data dir. */
export async function startScrapeService(options: ScrapeServiceOptions = {}): Promise<ScrapeService> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'prospectlab-bench-scrape-'));
  let service: ProductProcess;
  try {
    service = await startProcess('embedded', {
      NATS_URL: '',
      PROSPECTLAB_DATA_DIR: dataDir,
      PROSPECTLAB_ALLOW_PRIVATE_NETWORKS: '1',
      PROSPECTLAB_MUTATIONS_PER_MINUTE: '0',
      PROSPECTLAB_MAX_JOBS_PER_KEY: '0',
      PROSPECTLAB_RENDER: 'auto',
      ...(options.browserPages ? { PROSPECTLAB_BROWSER_PAGES: String(options.browserPages) } : {}),
    });
  } catch (error) {
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  const baseUrl = service.url!;
  const pid = service.child.pid!;
  return {
    async scrape(url, maxPages, concurrency, timeoutMs, { sampleMemory }) {
      const client = wsClient(baseUrl);
      const memory = sampleMemory ? sampleTreePeak(pid) : undefined;
      try {
        const cpuBefore = await treeCpuSeconds(pid);
        const startedAt = performance.now();
        const { startScraping } = await gqlData<{ startScraping: { id: string } }>(baseUrl, START_SCRAPING, {
          input: { url, maxPages, maxDepth: 3, concurrency, maxDurationSeconds: Math.ceil(timeoutMs / 1000) },
        });
        const events = collect(client, SCRAPING_SUBSCRIPTION, { jobId: startScraping.id }, 'scrapingEvents');
        try {
          const ended = await events.waitFor(
            (event) => ['ScrapingCompleted', 'ScrapingFailed', 'ScrapingCancelled'].includes(String(event.__typename)),
            timeoutMs,
          );
          const seconds = (performance.now() - startedAt) / 1000;
          const cpuSeconds = (await treeCpuSeconds(pid)) - cpuBefore;
          if (ended.__typename !== 'ScrapingCompleted') throw new Error(`the scrape ended with ${ended.__typename}: ${JSON.stringify(ended)}`);
          const emails = new Set<string>();
          for (const event of events.events)
            if (event.__typename === 'ScrapingEmailFound') emails.add(String((event.email as { address: unknown }).address).toLowerCase());
          const pages = Number(ended.visited);
          const peakBytes = await memory?.stop();
          return { seconds, pages, pagesPerSecond: pages / seconds, emails, cpuSeconds, ...(peakBytes === undefined ? {} : { peakBytes }) };
        } finally {
          events.stop();
        }
      } finally {
        await memory?.stop();
        await client.dispose();
      }
    },
    async stop() {
      await service.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
