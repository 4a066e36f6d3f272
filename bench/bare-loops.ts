/**
 * The baselines the system is measured against, on the same URLs and at the same concurrency:
 * a bare Puppeteer loop (one Chromium, `concurrency` tabs, each doing `goto` then `content`,
 * nothing else) and a bare HTTP loop (`fetch` then `text`). E-mails are extracted from what
 * they got afterwards, outside the timed part, to show what each one would have found.
 */
import puppeteer from 'puppeteer';
import { defaultExecutablePath } from '../actors/crawl/browser-launch.js';
import { extractEmails } from '../actors/extract/emails.js';
import { sampleTreePeak } from './memory-sampler.js';
import { treeCpuSeconds } from './process-cpu.js';

/** What one baseline loop measured. */
export interface LoopResult {
  readonly pages: number;
  readonly concurrency: number;
  readonly seconds: number;
  readonly pagesPerSecond: number;
  /** Pages whose load failed (they still count in `pages`). */
  readonly failures: number;
  /** Every address found in the pages fetched, per site origin. */
  readonly emailsBySite: ReadonlyMap<string, ReadonlySet<string>>;
  /** Peak footprint of the loop's Chromium tree (Puppeteer loop only), in bytes. */
  readonly chromiumPeakBytes?: number;
  /** CPU seconds used: the loop's own process, plus its Chromium for the Puppeteer loop. */
  readonly cpuSeconds: number;
}

/** Runs `work` over `urls` with `concurrency` workers; returns the HTML each URL gave (or null). */
async function runWorkers(
  urls: readonly string[],
  concurrency: number,
  work: (url: string, worker: number) => Promise<string>,
): Promise<{ html: (string | null)[]; seconds: number }> {
  const html: (string | null)[] = new Array<string | null>(urls.length).fill(null);
  let next = 0;
  const startedAt = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async (_, worker) => {
      for (let index = next++; index < urls.length; index = next++) {
        try {
          html[index] = await work(urls[index], worker);
        } catch {
          html[index] = null;
        }
      }
    }),
  );
  return { html, seconds: (performance.now() - startedAt) / 1000 };
}

function summarize(urls: readonly string[], html: readonly (string | null)[], concurrency: number, seconds: number, cpuSeconds: number): LoopResult {
  const emailsBySite = new Map<string, Set<string>>();
  let failures = 0;
  html.forEach((document, index) => {
    const url = urls[index];
    const site = new URL(url).origin;
    const found = emailsBySite.get(site) ?? new Set<string>();
    emailsBySite.set(site, found);
    if (document === null) {
      failures += 1;
      return;
    }
    for (const hit of extractEmails({ url, html: document })) found.add(hit.address);
  });
  return { pages: urls.length, concurrency, seconds, pagesPerSecond: urls.length / seconds, failures, emailsBySite, cpuSeconds };
}

/** Options of {@link barePuppeteerLoop}. */
export interface BarePuppeteerLoopOptions {
  /**
   * Sample the Chromium tree's footprint (PSS) while the loop runs. Reading PSS walks every
   * process's page tables in the kernel: about a third of a core at one sample per 250 ms, which
   * slows what is measured, so timed runs leave it off and memory is measured in a run of its own.
   * @default true
   */
  readonly sampleMemory?: boolean;
}

/** The bare Puppeteer loop: `page.goto(url)` (until the load event) then `page.content()`. */
export async function barePuppeteerLoop(urls: readonly string[], concurrency: number, options: BarePuppeteerLoopOptions = {}): Promise<LoopResult> {
  const executablePath = defaultExecutablePath();
  const browser = await puppeteer.launch({
    ...(executablePath ? { executablePath } : {}),
    headless: true,
    args: ['--no-sandbox'],
  });
  try {
    const pages = await Promise.all(Array.from({ length: concurrency }, () => browser.newPage()));
    const pid = browser.process()!.pid!;
    const memory = (options.sampleMemory ?? true) ? sampleTreePeak(pid) : undefined;
    const chromiumCpuBefore = await treeCpuSeconds(pid);
    const ownCpuBefore = process.cpuUsage();
    const { html, seconds } = await runWorkers(urls, concurrency, async (url, worker) => {
      const page = pages[worker];
      await page.goto(url);
      return page.content();
    });
    const ownCpu = process.cpuUsage(ownCpuBefore);
    const cpuSeconds = (await treeCpuSeconds(pid)) - chromiumCpuBefore + (ownCpu.user + ownCpu.system) / 1e6;
    const chromiumPeakBytes = await memory?.stop();
    return { ...summarize(urls, html, concurrency, seconds, cpuSeconds), ...(chromiumPeakBytes === undefined ? {} : { chromiumPeakBytes }) };
  } finally {
    await browser.close();
  }
}

/** The bare HTTP loop: `fetch(url)` then `response.text()`. */
export async function bareFetchLoop(urls: readonly string[], concurrency: number): Promise<LoopResult> {
  const ownCpuBefore = process.cpuUsage();
  const { html, seconds } = await runWorkers(urls, concurrency, async (url) => (await fetch(url)).text());
  const ownCpu = process.cpuUsage(ownCpuBefore);
  return summarize(urls, html, concurrency, seconds, (ownCpu.user + ownCpu.system) / 1e6);
}
