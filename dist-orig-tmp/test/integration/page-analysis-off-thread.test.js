/**
 * Per-page analysis runs in worker threads, never on the event loop the gateway shares in
 * embedded mode: a page of 200 KB written to make the extractors slow (`"+1 ("` repeated, a long
 * base64 run) leaves the event loop turning, and the crawler hands every page to the pool.
 */
import { expect } from 'chai';
import { createServer } from 'node:http';
import { threadId } from 'node:worker_threads';
import { launchBrowser } from '../../actors/crawl/browser.js';
import { resolveCrawlOptions } from '../../actors/crawl/crawl-options.js';
import { crawlSite } from '../../actors/crawl/crawler.js';
import { runCompanyActor } from '../../actors/company.actor.js';
import { analysePage, pageAnalysisPool, WorkerTaskTimeoutError } from '../../actors/page-analysis/page-analysis.js';
const HOSTILE_TEXT = '"+1 ('.repeat(40_000) + ' ' + 'QUJD'.repeat(25_000);
const HOSTILE_HTML = `<!doctype html><html lang="en"><head><title>Hostile</title></head><body><p>${HOSTILE_TEXT}</p><p>Write to office@northwind-trading.com</p></body></html>`;
/** Event-loop turns (setImmediate) while `work` runs, and its outcome. */
async function turnsDuring(work) {
    let turns = 0;
    let running = true;
    const turn = () => {
        turns += 1;
        if (running)
            setImmediate(turn);
    };
    setImmediate(turn);
    const outcome = await work().catch((error) => {
        if (error instanceof Error)
            return error;
        throw error;
    });
    running = false;
    return { turns, outcome };
}
describe('page analysis off the event loop', function () {
    this.timeout(60_000);
    it('reads the e-mail addresses of a 200 KB hostile page in a worker thread while the event loop turns', async () => {
        expect(HOSTILE_HTML.length).to.be.greaterThan(200_000);
        const { turns, outcome } = await turnsDuring(() => analysePage('emails', { url: 'https://northwind-trading.com/', html: HOSTILE_HTML }));
        expect(outcome).not.to.be.instanceOf(Error);
        const { result, threadId: ranOn } = outcome;
        expect(ranOn).not.to.equal(threadId);
        expect(result.map((hit) => hit.address)).to.deep.equal(['office@northwind-trading.com']);
        expect(turns, 'event-loop turns during the analysis').to.be.greaterThan(0);
    });
    it('reads the phone numbers of a 200 KB hostile page in a worker thread (or stops it) while the event loop turns', async () => {
        const { turns, outcome } = await turnsDuring(() => analysePage('companyPhones', {
            page: { url: 'https://northwind-trading.com/', html: HOSTILE_HTML, text: HOSTILE_TEXT, headers: {} },
            country: 'US',
            startPage: true,
            regions: { region: null, fallbackRegions: [] },
        }));
        // However slow the phone matcher is, the page costs a worker thread only (stopped after the pool's timeout).
        if (outcome instanceof Error)
            expect(outcome).to.be.instanceOf(WorkerTaskTimeoutError);
        else
            expect(outcome.threadId).not.to.equal(threadId);
        expect(turns, 'event-loop turns during the analysis').to.be.greaterThan(0);
    });
    describe('in a crawl', () => {
        let browser;
        let server;
        let url;
        before(async () => {
            browser = await launchBrowser({ maxConcurrentPages: 1 });
            server = createServer((req, res) => {
                res.setHeader('content-type', 'text/html; charset=utf-8');
                if (req.url === '/hostile')
                    res.end(HOSTILE_HTML);
                else if (req.url === '/') {
                    res.end('<!doctype html><html lang="en"><title>Home</title><p>sales@northwind-trading.com, call +1 (415) 555-0132</p><a href="/hostile">more</a></html>');
                }
                else {
                    res.statusCode = 404;
                    res.end('');
                }
            });
            await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
            url = `http://127.0.0.1:${server.address().port}/`;
        });
        after(async () => {
            await browser.dispose();
            server.closeAllConnections();
            await new Promise((resolve) => server.close(() => resolve()));
        });
        it('hands every page to the analysis threads', async () => {
            const ctx = await browser.newContext({ allowPrivateNetworks: true });
            const pages = [];
            const before = pageAnalysisPool().tasksCompleted;
            try {
                await crawlSite(ctx, url, resolveCrawlOptions({ allowPrivateNetworks: true }), { onPage: (page) => void pages.push(page) }, new AbortController().signal);
            }
            finally {
                await ctx.dispose();
            }
            expect(pages.map((page) => new URL(page.url).pathname).sort()).to.deep.equal(['/', '/hostile']);
            expect(pages.flatMap((page) => page.emails.map((hit) => hit.address)).sort()).to.deep.equal([
                'office@northwind-trading.com',
                'sales@northwind-trading.com',
            ]);
            expect(pageAnalysisPool().tasksCompleted - before, 'pages analysed in a worker thread').to.equal(2);
        });
        it("reads a company report's phones and addresses in the analysis threads", async () => {
            const messages = [];
            const bus = { send: async (_subject, data) => void messages.push(data) };
            const before = pageAnalysisPool().tasksCompleted;
            const company = { name: 'Northwind', website: url, category: null, address: null, phone: null, country: 'US', rating: null, reviewsCount: null };
            const outcome = await runCompanyActor({ type: 'company', jobId: 'job-1', index: 0, company, limits: { maxPages: 5, maxDepth: 2, delayMs: 0 } }, { bus, browser, allowPrivateNetworks: true, finalAttempt: true }, new AbortController().signal);
            expect(outcome).to.equal('completed');
            const report = messages.find((message) => message.type === 'company.completed')?.report;
            expect(report?.emails.map((email) => email.address).sort()).to.deep.equal(['office@northwind-trading.com', 'sales@northwind-trading.com']);
            expect(report?.phones.map((phone) => phone.number)).to.include('+14155550132');
            // Two pages: e-mail addresses and phones of each.
            expect(pageAnalysisPool().tasksCompleted - before, 'analyses run in a worker thread').to.equal(4);
        });
    });
});
//# sourceMappingURL=page-analysis-off-thread.test.js.map