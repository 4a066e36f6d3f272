/**
 * The bench's scraping section: a generated site of 500 pages (one in five writes its address by
 * script), scraped through the gateway in embedded mode with a graphql-ws subscription, side by
 * side with the bare Puppeteer loop (goto + content) over the same 500 addresses, at the same
 * concurrency, alternating so that both see the same machine load. Each round's ratio is
 * printed, and every address must be found.
 *
 * Memory is measured in a round of its own, after the timed ones: sampling PSS costs the
 * sampling process about a third of a core and stalls the processes it reads, which slowed the
 * 8-second scrape by up to half and the 30-second bare loop by a sixth when both were sampled
 * while timed.
 */
import { barePuppeteerLoop, type LoopResult } from './bare-loops.js';
import { fixed, mib, ratio } from './report.js';
import { generateScrapeSite } from './scrape-site.js';
import { startScrapeService, type ScrapeRunResult } from './scrape-run.js';
import { startSiteHost } from './site-host.js';

/** Options of {@link runScrapeSection}. */
export interface ScrapeSectionOptions {
  /** @default 500 */
  readonly pages?: number;
  /** @default 5 */
  readonly concurrency?: number;
  /** Scrape + bare loop pairs. @default 2 */
  readonly rounds?: number;
  readonly log: (message: string) => void;
}

/** One scrape and the bare loop measured next to it. */
export interface ScrapeRound {
  readonly scrape: ScrapeRunResult;
  readonly bare: LoopResult;
  /** Scrape pages/s ÷ bare Puppeteer pages/s. */
  readonly speedRatio: number;
  readonly emailsFound: number;
  readonly emailsExpected: number;
}

/** What the section measured, and its printed table. */
export interface ScrapeSectionResult {
  readonly pages: number;
  readonly scriptedPages: number;
  readonly concurrency: number;
  /** Timed rounds: no memory sampling. */
  readonly rounds: readonly ScrapeRound[];
  /** The round with the PSS of both sides sampled (its speeds are not used for the ratio). */
  readonly memoryRound: ScrapeRound;
  /** Median of the rounds' speed ratios. */
  readonly medianSpeedRatio: number;
  readonly text: string;
}

const PAGE_TIMEOUT_MS = 300_000;
/** Target of issue 14: peak PSS of everything (process, Chromium) at concurrency 5. */
const MEMORY_TARGET_BYTES = 0.8 * 1024 ** 3;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Runs the section; see the file comment. */
export async function runScrapeSection(options: ScrapeSectionOptions): Promise<ScrapeSectionResult> {
  const pages = options.pages ?? 500;
  const concurrency = options.concurrency ?? 5;
  const roundsWanted = options.rounds ?? 2;
  const site = generateScrapeSite({ pages });
  const scriptedPages = [...site.pages.values()].filter((page) => page.scriptRendered).length;
  const expected = new Set(site.emails);
  const host = await startSiteHost({ scrapeSite: { pages } });
  const service = await startScrapeService({ browserPages: concurrency });
  const rounds: ScrapeRound[] = [];
  let memoryRound: ScrapeRound | undefined;
  try {
    const startUrl = host.urls[0];
    const measureRound = async (label: string, sampleMemory: boolean): Promise<ScrapeRound> => {
      options.log(`scrape ${label}: bare Puppeteer loop over ${pages} pages, ${concurrency} tabs…`);
      const bare = await barePuppeteerLoop(host.pageUrls, concurrency, { sampleMemory });
      options.log(`scrape ${label}: embedded scrape through the gateway…`);
      const scrape = await service.scrape(startUrl, pages, concurrency, PAGE_TIMEOUT_MS, { sampleMemory });
      const emailsFound = [...expected].filter((address) => scrape.emails.has(address)).length;
      return { scrape, bare, speedRatio: scrape.pagesPerSecond / bare.pagesPerSecond, emailsFound, emailsExpected: expected.size };
    };
    for (let round = 1; round <= roundsWanted; round += 1) rounds.push(await measureRound(`${round}/${roundsWanted}`, false));
    memoryRound = await measureRound('memory round (PSS sampled)', true);
  } finally {
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
  [...rounds, memoryRound].forEach((round, index) => {
    lines.push(
      `| ${[
        round === memoryRound ? 'memory (sampled, not in the ratio)' : String(index + 1),
        fixed(round.bare.pagesPerSecond),
        fixed(round.scrape.pagesPerSecond),
        ratio(round.scrape.pagesPerSecond, round.bare.pagesPerSecond),
        String(round.scrape.pages),
        `${round.emailsFound}/${round.emailsExpected}`,
        mib(round.bare.chromiumPeakBytes),
        mib(round.scrape.peakBytes),
        round.scrape.peakBytes === undefined ? '–' : ratio(round.scrape.peakBytes, MEMORY_TARGET_BYTES),
        fixed(round.bare.cpuSeconds),
        fixed(round.scrape.cpuSeconds),
      ].join(' | ')} |`,
    );
  });
  const text =
    `Scrape: one site of ${pages} pages (${scriptedPages} write their address by script), embedded mode, startScraping + graphql-ws subscription, ` +
    `concurrency ${concurrency}, against the bare Puppeteer loop (goto + content, ${concurrency} tabs) over the same ${pages} addresses, alternating\n\n` +
    `${lines.join('\n')}\n\nscrape ÷ bare Puppeteer, median of ${rounds.length} timed rounds: ${fixed(medianSpeedRatio, 2)}× (target ≥ 4.00×); ` +
    `peak PSS in the memory round: ${mib(memoryRound.scrape.peakBytes)} MiB (target < ${mib(MEMORY_TARGET_BYTES)} MiB)`;
  return { pages, scriptedPages, concurrency, rounds, memoryRound, medianSpeedRatio, text };
}
