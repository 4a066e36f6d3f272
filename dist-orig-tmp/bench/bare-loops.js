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
/** Runs `work` over `urls` with `concurrency` workers; returns the HTML each URL gave (or null). */
async function runWorkers(urls, concurrency, work) {
    const html = new Array(urls.length).fill(null);
    let next = 0;
    const startedAt = performance.now();
    await Promise.all(Array.from({ length: concurrency }, async (_, worker) => {
        for (let index = next++; index < urls.length; index = next++) {
            try {
                html[index] = await work(urls[index], worker);
            }
            catch {
                html[index] = null;
            }
        }
    }));
    return { html, seconds: (performance.now() - startedAt) / 1000 };
}
function summarize(urls, html, concurrency, seconds, cpuSeconds) {
    const emailsBySite = new Map();
    let failures = 0;
    html.forEach((document, index) => {
        const url = urls[index];
        const site = new URL(url).origin;
        const found = emailsBySite.get(site) ?? new Set();
        emailsBySite.set(site, found);
        if (document === null) {
            failures += 1;
            return;
        }
        for (const hit of extractEmails({ url, html: document }))
            found.add(hit.address);
    });
    return { pages: urls.length, concurrency, seconds, pagesPerSecond: urls.length / seconds, failures, emailsBySite, cpuSeconds };
}
/** The bare Puppeteer loop: `page.goto(url)` (until the load event) then `page.content()`. */
export async function barePuppeteerLoop(urls, concurrency) {
    const executablePath = defaultExecutablePath();
    const browser = await puppeteer.launch({
        ...(executablePath ? { executablePath } : {}),
        headless: true,
        args: ['--no-sandbox'],
    });
    try {
        const pages = await Promise.all(Array.from({ length: concurrency }, () => browser.newPage()));
        const pid = browser.process().pid;
        const memory = sampleTreePeak(pid);
        const chromiumCpuBefore = await treeCpuSeconds(pid);
        const ownCpuBefore = process.cpuUsage();
        const { html, seconds } = await runWorkers(urls, concurrency, async (url, worker) => {
            const page = pages[worker];
            await page.goto(url);
            return page.content();
        });
        const ownCpu = process.cpuUsage(ownCpuBefore);
        const cpuSeconds = (await treeCpuSeconds(pid)) - chromiumCpuBefore + (ownCpu.user + ownCpu.system) / 1e6;
        const chromiumPeakBytes = await memory.stop();
        return { ...summarize(urls, html, concurrency, seconds, cpuSeconds), chromiumPeakBytes };
    }
    finally {
        await browser.close();
    }
}
/** The bare HTTP loop: `fetch(url)` then `response.text()`. */
export async function bareFetchLoop(urls, concurrency) {
    const ownCpuBefore = process.cpuUsage();
    const { html, seconds } = await runWorkers(urls, concurrency, async (url) => (await fetch(url)).text());
    const ownCpu = process.cpuUsage(ownCpuBefore);
    return summarize(urls, html, concurrency, seconds, (ownCpu.user + ownCpu.system) / 1e6);
}
//# sourceMappingURL=bare-loops.js.map