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
import { startProcess } from '../test/helpers/processes.js';
import { sampleTreePeak } from './memory-sampler.js';
import { treeCpuSeconds } from './process-cpu.js';
/** Starts the embedded process (private networks allowed, no rate limits) in a temporary data dir. */
export async function startScrapeService(options = {}) {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'prospectlab-bench-scrape-'));
    let service;
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
    }
    catch (error) {
        rmSync(dataDir, { recursive: true, force: true });
        throw error;
    }
    const baseUrl = service.url;
    const pid = service.child.pid;
    return {
        async scrape(url, maxPages, concurrency, timeoutMs) {
            const client = wsClient(baseUrl);
            const memory = sampleTreePeak(pid, 200);
            try {
                const cpuBefore = await treeCpuSeconds(pid);
                const startedAt = performance.now();
                const { startScraping } = await gqlData(baseUrl, START_SCRAPING, {
                    input: { url, maxPages, maxDepth: 3, concurrency, maxDurationSeconds: Math.ceil(timeoutMs / 1000) },
                });
                const events = collect(client, SCRAPING_SUBSCRIPTION, { jobId: startScraping.id }, 'scrapingEvents');
                try {
                    const ended = await events.waitFor((event) => ['ScrapingCompleted', 'ScrapingFailed', 'ScrapingCancelled'].includes(String(event.__typename)), timeoutMs);
                    const seconds = (performance.now() - startedAt) / 1000;
                    const cpuSeconds = (await treeCpuSeconds(pid)) - cpuBefore;
                    if (ended.__typename !== 'ScrapingCompleted')
                        throw new Error(`the scrape ended with ${ended.__typename}: ${JSON.stringify(ended)}`);
                    const emails = new Set();
                    for (const event of events.events)
                        if (event.__typename === 'ScrapingEmailFound')
                            emails.add(String(event.email.address).toLowerCase());
                    const pages = Number(ended.visited);
                    return { seconds, pages, pagesPerSecond: pages / seconds, emails, peakBytes: await memory.stop(), cpuSeconds };
                }
                finally {
                    events.stop();
                }
            }
            finally {
                await memory.stop();
                await client.dispose();
            }
        },
        async stop() {
            await service.stop();
            rmSync(dataDir, { recursive: true, force: true });
        },
    };
}
//# sourceMappingURL=scrape-run.js.map