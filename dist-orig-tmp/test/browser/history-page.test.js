/**
 * The history page: jobs newest first, a page at a time, filters, and reopening a finished job
 * (its results) or a running one (live).
 */
import { expect } from 'chai';
import { createServer } from 'node:net';
import { gqlData, START_SCRAPING } from '../helpers/graphql.js';
import { openPage, screenshot, textOf, waitForText } from './browser-harness.js';
import { useBrowserSuite } from './browser-suite.js';
import { serveEndlessSite } from './endless-site.js';
const FAILING_JOBS = 21;
async function closedPort() {
    const server = createServer();
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address();
    await new Promise((resolve) => server.close(() => resolve()));
    return port;
}
async function waitForStatus(baseUrl, jobId, status, timeoutMs) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
        const { job } = await gqlData(baseUrl, 'query ($id: ID!) { job(id: $id) { status } }', { id: jobId });
        if (job.status === status)
            return;
        if (Date.now() > deadline)
            throw new Error(`job ${jobId} is ${job.status}, not ${status}, after ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 200));
    }
}
describe('browser: history page', function () {
    this.timeout(240_000);
    let completedId;
    let runningId;
    const suite = useBrowserSuite({
        name: 'pl-browser-history',
        serveSite: serveEndlessSite,
        beforeStop: async () => {
            if (runningId)
                await gqlData(suite.product.url, 'mutation ($id: ID!) { cancelJob(id: $id) { id } }', { id: runningId });
        },
    });
    const start = async (input) => (await gqlData(suite.product.url, START_SCRAPING, { input })).startScraping.id;
    before(async () => {
        const port = await closedPort();
        for (let i = 0; i < FAILING_JOBS; i += 1)
            await start({ url: `http://127.0.0.1:${port}/page-${i}`, maxPages: 1 });
        completedId = await start({ url: suite.site.url, maxPages: 20 });
        await waitForStatus(suite.product.url, completedId, 'COMPLETED', 120_000);
        runningId = await start({ url: `${suite.site.url}endless/1`, maxPages: 1000, delayMs: 300, maxDurationSeconds: 600 });
        await waitForStatus(suite.product.url, runningId, 'RUNNING', 60_000);
    });
    it('lists the jobs newest first, a page at a time, and filters them', async () => {
        const { page, assertNoErrors } = await openPage(suite.browser);
        try {
            await page.goto(`${suite.product.url}/#/history`, { waitUntil: 'networkidle0' });
            await waitForText(page, '.history-view .results-count', /^23 jobs, page 1\.$/);
            const ids = await page.$$eval('.history-table tbody tr', (rows) => rows.map((tr) => tr.dataset.jobId));
            expect(ids).to.have.length(20);
            expect(ids.slice(0, 2), 'newest first').to.deep.equal([runningId, completedId]);
            expect(await page.$eval('.history-table tbody tr', (tr) => tr.querySelector('a.open-job').textContent)).to.equal('Follow live');
            await screenshot(page, 'history');
            expect(await page.$eval('.pager button:first-child', (b) => b.disabled)).to.equal(true);
            await page.click('.pager button:last-child');
            await waitForText(page, '.history-view .results-count', /^23 jobs, page 2\.$/);
            expect(await page.$$eval('.history-table tbody tr', (rows) => rows.length)).to.equal(3);
            expect(await page.$eval('.pager button:last-child', (b) => b.disabled)).to.equal(true);
            await page.click('.pager button:first-child');
            await waitForText(page, '.history-view .results-count', /^23 jobs, page 1\.$/);
            await page.select('#history-status', 'COMPLETED');
            await waitForText(page, '.history-view .results-count', /^1 job, page 1\.$/);
            expect(await page.$$eval('.history-table tbody tr', (rows) => rows.map((tr) => tr.dataset.jobId))).to.deep.equal([completedId]);
            await page.select('#history-status', '');
            await page.select('#history-kind', 'ANALYSIS');
            await waitForText(page, '.history-view .results-count', /^No job yet\.$/);
            assertNoErrors();
        }
        finally {
            await page.close();
        }
    });
    it('reopens a running job live and a finished one with its results', async () => {
        const { page, assertNoErrors } = await openPage(suite.browser);
        try {
            await page.goto(`${suite.product.url}/#/history`, { waitUntil: 'networkidle0' });
            await page.waitForSelector(`tr[data-job-id="${runningId}"] a.open-job`);
            await page.click(`tr[data-job-id="${runningId}"] a.open-job`);
            await waitForText(page, '.live-scrape .badge', /^Running$/);
            expect(page.url()).to.equal(`${suite.product.url}/#/scraping/${runningId}`);
            const rowsNow = await page.evaluate(() => document.querySelectorAll('.emails-table tbody tr').length);
            await page.waitForFunction((count) => document.querySelectorAll('.emails-table tbody tr').length > count, { timeout: 30_000 }, rowsNow);
            await page.goBack({ waitUntil: 'networkidle0' });
            await page.waitForSelector(`tr[data-job-id="${completedId}"] a.open-job`);
            expect(await textOf(page, `tr[data-job-id="${completedId}"] a.open-job`)).to.equal('Open');
            await page.click(`tr[data-job-id="${completedId}"] a.open-job`);
            await waitForText(page, '.live-scrape .badge', /^Completed$/);
            await page.waitForFunction(() => document.querySelectorAll('.emails-table tbody tr').length === 9, { timeout: 10_000 });
            expect(await page.evaluate(() => document.activeElement?.id)).to.equal('scraping-title', 'focus moves to the new page heading');
            assertNoErrors();
        }
        finally {
            await page.close();
        }
    });
});
//# sourceMappingURL=history-page.test.js.map