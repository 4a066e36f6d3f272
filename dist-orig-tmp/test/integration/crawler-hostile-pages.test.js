/**
 * Pages whose scripts never yield (`while (true) {}` inline, in a timer, on DOMContentLoaded)
 * must not hold a crawl: each fails with its reason once the page timeout is spent, its tab is
 * closed rather than reused, and the crawl goes on with the other pages. The crawls here allow
 * 600 s (maxDurationSeconds) but mocha gives them far less: a crawl that waits for its budget
 * fails by timing out.
 */
import { expect } from 'chai';
import { createServer } from 'node:http';
import { launchBrowser } from '../../actors/crawl/browser.js';
import { resolveCrawlOptions } from '../../actors/crawl/crawl-options.js';
import { crawlSite, StartPageError } from '../../actors/crawl/crawler.js';
const BUSY_SCRIPTS = {
    '/busy-inline': 'while (true) {}',
    '/busy-timer': 'setTimeout(() => { while (true) {} }, 0);',
    '/busy-ready': "document.addEventListener('DOMContentLoaded', () => { while (true) {} });",
};
function page(title, body) {
    return `<!doctype html><html><head><title>${title}</title></head><body>${body}</body></html>`;
}
/** A site whose start page links to three busy pages and two good ones; `/` itself busy when asked. */
async function hostileSite(startPageBusy) {
    const server = createServer((req, res) => {
        const path = (req.url ?? '/').split('?')[0];
        res.setHeader('content-type', 'text/html; charset=utf-8');
        if (path === '/' && startPageBusy) {
            res.end(page('Busy home', '<div id="app"></div><script>while (true) {}</script>'));
        }
        else if (path === '/') {
            const links = [...Object.keys(BUSY_SCRIPTS), '/contact', '/about'].map((href) => `<a href="${href}">${href}</a>`).join(' ');
            res.end(page('Home', `<p>Welcome</p>${links}`));
        }
        else if (BUSY_SCRIPTS[path]) {
            res.end(page('Busy', `<p>Write to trap${path.replace('/', '-')}@northwind-trading.com</p><script>${BUSY_SCRIPTS[path]}</script>`));
        }
        else if (path === '/contact') {
            res.end(page('Contact', '<p>Write to sales@northwind-trading.com</p>'));
        }
        else if (path === '/about') {
            res.end(page('About', '<p>Our team: team@northwind-trading.com</p>'));
        }
        else {
            res.statusCode = 404;
            res.end(page('Not found', ''));
        }
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    return {
        url: `http://127.0.0.1:${server.address().port}/`,
        close: () => new Promise((resolve) => {
            server.close(() => resolve());
            server.closeAllConnections();
        }),
    };
}
describe('pages whose scripts never yield (real Chromium)', function () {
    this.timeout(90_000);
    let browser;
    let ctx;
    before(async () => {
        browser = await launchBrowser({ maxConcurrentPages: 4 });
    });
    afterEach(async () => {
        await ctx?.dispose();
        ctx = undefined;
    });
    after(async () => {
        await browser.dispose();
    });
    async function crawl(startUrl) {
        const options = resolveCrawlOptions({
            allowPrivateNetworks: true,
            renderMode: 'always',
            pageTimeoutMs: 2000,
            maxDurationSeconds: 600,
            concurrency: 2,
        });
        ctx = await browser.newContext({ allowPrivateNetworks: true });
        const pages = [];
        const failures = [];
        const summary = await crawlSite(ctx, startUrl, options, { onPage: (p) => void pages.push(p), onPageFailed: (f) => void failures.push(f) }, new AbortController().signal);
        return { pages, failures, stoppedBy: summary.stoppedBy, visited: summary.pagesVisited };
    }
    it('fails each busy page with its reason and crawls the others', async () => {
        const site = await hostileSite(false);
        try {
            const { pages, failures, stoppedBy, visited } = await crawl(site.url);
            expect(stoppedBy).to.equal('done');
            expect(pages.map((p) => new URL(p.url).pathname).sort()).to.deep.equal(['/', '/about', '/contact']);
            expect(visited).to.equal(3);
            expect(pages.flatMap((p) => p.emails.map((hit) => hit.address)).sort()).to.deep.equal(['sales@northwind-trading.com', 'team@northwind-trading.com']);
            expect(failures.map((f) => new URL(f.url).pathname).sort()).to.deep.equal(Object.keys(BUSY_SCRIPTS).sort());
            for (const failure of failures)
                expect(failure.error).to.match(/scripts kept the browser busy for 2000 ms/);
            // The busy tabs were closed, not given to the next load.
            const tabs = browser.stats();
            expect(tabs.pagesInUse).to.equal(0);
        }
        finally {
            await site.close();
        }
    });
    it('ends the job with a clear, not retryable failure when the start page never yields', async () => {
        const site = await hostileSite(true);
        try {
            const error = await crawl(site.url).then(() => expect.fail('expected the crawl to fail'), (reason) => reason);
            expect(error).to.be.instanceOf(StartPageError);
            expect(error.message).to.match(/^Could not read http:\/\/127\.0\.0\.1:\d+\/: the page's scripts kept the browser busy for 2000 ms$/);
            expect(error.retryable).to.equal(false);
        }
        finally {
            await site.close();
        }
    });
    it('still renders pages after busy tabs were closed', async () => {
        const site = await hostileSite(false);
        try {
            await crawl(site.url);
            await ctx.dispose();
            const { pages } = await crawl(new URL('/contact', site.url).href);
            expect(pages.map((p) => p.title)).to.deep.equal(['Contact']);
        }
        finally {
            await site.close();
        }
    });
});
//# sourceMappingURL=crawler-hostile-pages.test.js.map