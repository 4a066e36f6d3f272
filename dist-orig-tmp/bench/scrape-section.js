/**
 * The bench's scraping section: a generated site of 500 pages (one in five writes its address by
 * script), scraped through the gateway in embedded mode with a graphql-ws subscription, side by
 * side with the bare Puppeteer loop (goto + content) over the same 500 addresses, at the same
 * concurrency, alternating so that both see the same machine load. Each round's ratio is
 * printed, and every address must be found.
 */
import { barePuppeteerLoop } from './bare-loops.js';
import { fixed, mib, ratio } from './report.js';
import { generateScrapeSite } from './scrape-site.js';
import { startScrapeService } from './scrape-run.js';
import { startSiteHost } from './site-host.js';
const PAGE_TIMEOUT_MS = 300_000;
/** Target of issue 14: peak PSS of everything (process, Chromium) at concurrency 5. */
const MEMORY_TARGET_BYTES = 0.8 * 1024 ** 3;
function median(values) {
    const sorted = [...values].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
/** Runs the section; see the file comment. */
export async function runScrapeSection(options) {
    const pages = options.pages ?? 500;
    const concurrency = options.concurrency ?? 5;
    const roundsWanted = options.rounds ?? 2;
    const site = generateScrapeSite({ pages });
    const scriptedPages = [...site.pages.values()].filter((page) => page.scriptRendered).length;
    const expected = new Set(site.emails);
    const host = await startSiteHost({ scrapeSite: { pages } });
    const service = await startScrapeService({ browserPages: concurrency });
    const rounds = [];
    try {
        const startUrl = host.urls[0];
        for (let round = 1; round <= roundsWanted; round += 1) {
            options.log(`scrape ${round}/${roundsWanted}: bare Puppeteer loop over ${pages} pages, ${concurrency} tabs…`);
            const bare = await barePuppeteerLoop(host.pageUrls, concurrency);
            options.log(`scrape ${round}/${roundsWanted}: embedded scrape through the gateway…`);
            const scrape = await service.scrape(startUrl, pages, concurrency, PAGE_TIMEOUT_MS);
            const emailsFound = [...expected].filter((address) => scrape.emails.has(address)).length;
            rounds.push({ scrape, bare, speedRatio: scrape.pagesPerSecond / bare.pagesPerSecond, emailsFound, emailsExpected: expected.size });
        }
    }
    finally {
        await service.stop();
        await host.close();
    }
    const medianSpeedRatio = median(rounds.map((round) => round.speedRatio));
    const header = [
        'round',
        'bare Puppeteer pages/s',
        'scrape pages/s',
        'scrape ÷ bare',
        'scrape pages',
        'e-mails found',
        'bare Chromium PSS MiB',
        'scrape PSS MiB (process + Chromium)',
        'PSS ÷ 0.8 GB target',
        'CPU s bare',
        'CPU s scrape',
    ];
    const lines = [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`];
    rounds.forEach((round, index) => {
        lines.push(`| ${[
            String(index + 1),
            fixed(round.bare.pagesPerSecond),
            fixed(round.scrape.pagesPerSecond),
            ratio(round.scrape.pagesPerSecond, round.bare.pagesPerSecond),
            String(round.scrape.pages),
            `${round.emailsFound}/${round.emailsExpected}`,
            mib(round.bare.chromiumPeakBytes),
            mib(round.scrape.peakBytes),
            ratio(round.scrape.peakBytes, MEMORY_TARGET_BYTES),
            fixed(round.bare.cpuSeconds),
            fixed(round.scrape.cpuSeconds),
        ].join(' | ')} |`);
    });
    const text = `Scrape: one site of ${pages} pages (${scriptedPages} write their address by script), embedded mode, startScraping + graphql-ws subscription, ` +
        `concurrency ${concurrency}, against the bare Puppeteer loop (goto + content, ${concurrency} tabs) over the same ${pages} addresses, alternating\n\n` +
        `${lines.join('\n')}\n\nscrape ÷ bare Puppeteer, median of ${rounds.length}: ${fixed(medianSpeedRatio, 2)}× (target ≥ 4.00×)`;
    return { pages, scriptedPages, concurrency, rounds, medianSpeedRatio, text };
}
//# sourceMappingURL=scrape-section.js.map