import { CompanyReportBuilder } from './analyse/company-report-builder.js';
import { withDeliverability } from './analyse/email-deliverability.js';
import { runCrawlActor } from './crawl-actor-runner.js';
import { analysePage, WorkerTaskFailedError, WorkerTaskTimeoutError } from './page-analysis/page-analysis.js';
import { technologyProbing } from './technologies/probe-hooks.js';
/** Wall-time limit of one company's crawl, in seconds. */
const MAX_DURATION_SECONDS = 120;
/** Pages of one company loaded at once. */
const PAGE_CONCURRENCY = 3;
/** Longest time without a progress message while the crawl runs. */
const PROGRESS_INTERVAL_MS = 2000;
/**
 * Pages whose technologies are probed in the browser (JS globals, DOM, cookies), at most. A page
 * is rendered for that only when its HTML hints at a technology a browser could see and the HTML
 * cannot (see technologies/probe-need.ts) and no page of its origin loading the same scripts was
 * probed; pages rendered for their content are probed too.
 */
const INSPECTED_PAGES = 3;
/**
 * Pages crawled in a row without a new e-mail address or phone number after which the crawl of
 * a company stops: the pages most likely to carry contacts are crawled first, so a long barren
 * run means the rest of the site has nothing more to give.
 */
export const BARREN_PAGES_BEFORE_STOP = 50;
/**
 * The page's phone numbers, read in a worker thread (the start page's region is decided there
 * too); none when the analysis fails or runs too long, which is logged.
 */
async function phonesOffThread(page, country, builder, warn) {
    const startPage = builder.pagesVisited === 0;
    try {
        const { result } = await analysePage('companyPhones', {
            page: { url: page.finalUrl, html: page.html, text: page.text, headers: page.headers },
            country,
            startPage,
            regions: builder.phoneRegions,
        });
        return startPage ? { phones: result.phones, regions: result.regions } : { phones: result.phones };
    }
    catch (error) {
        if (!(error instanceof WorkerTaskTimeoutError || error instanceof WorkerTaskFailedError))
            throw error;
        warn?.(`Phone numbers of ${page.finalUrl} not read: ${error.message}`, error);
        return { phones: [] };
    }
}
export function runCompanyActor(work, deps, signal) {
    const builder = new CompanyReportBuilder(work.company);
    const probing = technologyProbing({ maxProbedPages: INSPECTED_PAGES });
    let barrenPages = 0;
    return runCrawlActor({
        jobId: work.jobId,
        startUrl: work.company.website,
        what: `Analysing ${work.company.website}`,
        crawlOptions: {
            maxPages: work.limits.maxPages,
            maxDepth: work.limits.maxDepth,
            delayMs: work.limits.delayMs,
            concurrency: PAGE_CONCURRENCY,
            maxDurationSeconds: MAX_DURATION_SECONDS,
            renderForInspection: INSPECTED_PAGES,
        },
        progressIntervalMs: PROGRESS_INTERVAL_MS,
        startedMessage: { type: 'company.started', index: work.index },
        progressMessage: (currentUrl) => ({ type: 'company.progress', index: work.index, pagesVisited: builder.pagesVisited, currentUrl }),
        failedMessage: (error) => ({ type: 'company.failed', index: work.index, error, pagesVisited: builder.pagesVisited }),
        hooks: () => ({
            inspectPage: (page) => probing.inspectPage(page),
            wantsInspection: (candidate) => probing.wantsInspection(candidate),
            async onPage(page) {
                const inspection = probing.probeResultOf(page);
                const found = await phonesOffThread(page, work.company.country ?? null, builder, deps.warn);
                const added = builder.addPage({ ...page, inspection }, found);
                barrenPages = added > 0 ? 0 : barrenPages + 1;
            },
            shouldContinue() {
                return barrenPages < BARREN_PAGES_BEFORE_STOP;
            },
        }),
        async completedMessage(_summary, signal) {
            const report = await withDeliverability(builder.build(), deps.mailDomainChecker ?? null, signal);
            return { type: 'company.completed', index: work.index, report };
        },
    }, deps, signal);
}
//# sourceMappingURL=company.actor.js.map