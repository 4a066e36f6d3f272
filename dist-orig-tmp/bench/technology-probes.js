/**
 * `node dist/bench/technology-probes.js [--sites N] [--pages N]`: the analysis crawl of the
 * generated bench sites with the two ways of choosing the pages rendered for technology probes,
 * in the same run and in alternating order: `every-site` (the start page and each page running
 * new scripts, as before) and `when-hinted` (only pages whose scripts hint at a technology their
 * HTML cannot show; see actors/technologies/probe-need.ts). Prints pages rendered and wall time
 * of each, their ratios, and whether both found the same technologies. Ratios, not raw times,
 * are what to compare on a loaded machine.
 */
import { launchBrowser } from '../actors/crawl/browser.js';
import { resolveCrawlOptions } from '../actors/crawl/crawl-options.js';
import { crawlSite } from '../actors/crawl/crawler.js';
import { detectTechnologies, technologyInputFromPage } from '../actors/technologies/detect.js';
import { technologyProbing } from '../actors/technologies/probe-hooks.js';
import { generateSiteSet } from './site-generator.js';
import { serveSites } from './site-server.js';
/** Same as the company actor's. */
const PROBED_PAGES = 3;
const PAGE_CONCURRENCY = 3;
function argument(name, fallback) {
    const index = process.argv.indexOf(name);
    if (index === -1)
        return fallback;
    const value = Number(process.argv[index + 1]);
    if (!Number.isInteger(value) || value < 1)
        throw new RangeError(`${name} must be a positive integer (got ${process.argv[index + 1]})`);
    return value;
}
async function main() {
    const sites = generateSiteSet({ sites: argument('--sites', 20), pagesPerSite: argument('--pages', 20) });
    const served = await serveSites(sites);
    const browser = await launchBrowser({ maxConcurrentPages: PAGE_CONCURRENCY * 2 });
    const totals = {
        'every-site': { rendered: 0, renderedForProbes: 0, pages: 0, wallMs: 0 },
        'when-hinted': { rendered: 0, renderedForProbes: 0, pages: 0, wallMs: 0 },
    };
    let sameTechnologies = 0;
    try {
        for (const [index, url] of served.urls.entries()) {
            const order = index % 2 === 0 ? ['every-site', 'when-hinted'] : ['when-hinted', 'every-site'];
            const runs = new Map();
            for (const way of order) {
                const ctx = await browser.newContext({ allowPrivateNetworks: true });
                const probing = technologyProbing({ maxProbedPages: PROBED_PAGES });
                const pages = [];
                const inputs = [];
                const hooks = {
                    inspectPage: (page) => probing.inspectPage(page),
                    ...(way === 'when-hinted' ? { wantsInspection: (candidate) => probing.wantsInspection(candidate) } : {}),
                    onPage(page) {
                        pages.push(page);
                        const probe = way === 'when-hinted' ? probing.probeResultOf(page) : (page.inspection ?? null);
                        inputs.push(technologyInputFromPage({
                            url: page.finalUrl,
                            html: page.html,
                            headers: page.headers,
                            ...(probe ? { cookies: probe.cookies, js: probe.js, ...(probe.dom ? { dom: probe.dom } : {}) } : {}),
                        }));
                    },
                };
                const options = resolveCrawlOptions({
                    allowPrivateNetworks: true,
                    maxPages: sites[index].pages.size,
                    maxDepth: 3,
                    delayMs: 0,
                    concurrency: PAGE_CONCURRENCY,
                    renderForInspection: PROBED_PAGES,
                });
                const started = performance.now();
                try {
                    await crawlSite(ctx, url, options, hooks, new AbortController().signal);
                }
                finally {
                    await ctx.dispose();
                }
                const wallMs = performance.now() - started;
                const rendered = pages.filter((page) => page.fetchedWith === 'browser');
                runs.set(way, {
                    rendered: rendered.length,
                    renderedForProbes: rendered.filter((page) => page.renderReason === 'inspection').length,
                    pages: pages.length,
                    wallMs,
                    technologies: detectTechnologies(inputs)
                        .map((technology) => technology.name)
                        .sort(),
                });
            }
            for (const [way, run] of runs) {
                totals[way].rendered += run.rendered;
                totals[way].renderedForProbes += run.renderedForProbes;
                totals[way].pages += run.pages;
                totals[way].wallMs += run.wallMs;
            }
            const [a, b] = [runs.get('every-site'), runs.get('when-hinted')];
            if (a.technologies.join() === b.technologies.join())
                sameTechnologies += 1;
            else
                console.log(`${url} (${sites[index].kind}): technologies differ: every-site ${a.technologies.join(', ')} / when-hinted ${b.technologies.join(', ')}`);
        }
    }
    finally {
        await browser.dispose();
        await served.close();
    }
    const old = totals['every-site'];
    const now = totals['when-hinted'];
    console.log(`| way | pages | rendered | rendered for probes | wall time ratio |`);
    console.log(`|---|---|---|---|---|`);
    console.log(`| every site (before) | ${old.pages} | ${old.rendered} | ${old.renderedForProbes} | 1.00 |`);
    console.log(`| when hinted (now) | ${now.pages} | ${now.rendered} | ${now.renderedForProbes} | ${(now.wallMs / old.wallMs).toFixed(2)} |`);
    console.log(`renders now / before: ${(now.rendered / Math.max(1, old.rendered)).toFixed(2)}; sites with the same technologies: ${sameTechnologies} of ${sites.length}`);
}
await main();
//# sourceMappingURL=technology-probes.js.map