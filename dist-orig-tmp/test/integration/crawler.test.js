import { expect } from 'chai';
import { linkCost } from '../../actors/crawl/best-first-frontier.js';
import { contactLikelihoodClass } from '../../actors/crawl/url-rules.js';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { launchBrowser } from '../../actors/crawl/browser.js';
import { resolveCrawlOptions } from '../../actors/crawl/crawl-options.js';
import { crawlSite, StartPageError } from '../../actors/crawl/crawler.js';
import { serveAcmeSite } from '../fixtures/acme-routes.js';
import { fixtureSitePath } from '../helpers/fixture-server.js';
const expected = JSON.parse(readFileSync(join(fixtureSitePath('acme'), 'EXPECTED.json'), 'utf8'));
function pathOf(url) {
    const parsed = new URL(url);
    return parsed.pathname + parsed.search;
}
function isProcessAlive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch {
        return false;
    }
}
/** Polls `condition` every 20 ms until it holds (the mocha timeout bounds the wait). */
async function waitUntil(condition) {
    while (!condition())
        await new Promise((resolve) => setTimeout(resolve, 20));
}
/** A port on 127.0.0.1 with nothing listening (bound, then released). */
async function closedPort() {
    const server = createServer();
    await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    const { port } = server.address();
    await new Promise((resolve) => server.close(() => resolve()));
    return port;
}
async function expectStartPageError(promise) {
    try {
        await promise;
    }
    catch (error) {
        expect(error).to.be.instanceOf(StartPageError);
        return error;
    }
    expect.fail('expected the crawl to fail with a StartPageError');
}
for (const renderMode of ['auto', 'always']) {
    describe(`crawlSite (renderMode ${renderMode}, real Chromium, local fixture site)`, function () {
        this.timeout(60_000);
        let browser;
        let site;
        let ctx;
        before(async () => {
            browser = await launchBrowser();
            site = await serveAcmeSite();
        });
        afterEach(async () => {
            await ctx?.dispose();
            ctx = undefined;
        });
        after(async () => {
            const pid = browser.processId();
            await browser.dispose();
            await site.close();
            expect(pid).to.be.a('number');
            expect(isProcessAlive(pid), 'Chromium still running after dispose').to.equal(false);
        });
        async function crawl(startUrl, overrides = {}, extraHooks = {}, signal = new AbortController().signal) {
            const options = resolveCrawlOptions({ allowPrivateNetworks: true, renderMode, ...overrides });
            ctx = await browser.newContext({ allowPrivateNetworks: options.allowPrivateNetworks });
            const pages = [];
            const failures = [];
            const started = [];
            const summary = await crawlSite(ctx, startUrl, options, {
                onPage: async (page) => {
                    pages.push(page);
                    await extraHooks.onPage?.(page);
                },
                onPageFailed: async (failure) => {
                    failures.push(failure);
                    await extraHooks.onPageFailed?.(failure);
                },
                onPageStart: (url, depth) => {
                    started.push({ url, depth });
                    extraHooks.onPageStart?.(url, depth);
                },
            }, signal);
            const addresses = [...new Set(pages.flatMap((page) => page.emails.map((hit) => hit.address)))].sort();
            return { summary, pages, failures, started, addresses };
        }
        describe('the acme site with default options', () => {
            let record;
            let requestsBefore;
            before(async () => {
                requestsBefore = site.requestLog.length;
                record = await crawl(site.url);
            });
            it('finds exactly the addresses listed in EXPECTED.json', () => {
                expect(record.addresses).to.deep.equal(expected.emails.map((e) => e.address).sort());
                expect(record.summary.stoppedBy).to.equal('done');
                expect(record.summary.startUrl).to.equal(site.url);
            });
            it('reports each address on the page, at the depth, EXPECTED.json names', () => {
                for (const { address, page, depth } of expected.emails) {
                    const carrier = record.pages.find((crawled) => pathOf(crawled.finalUrl) === page && crawled.emails.some((hit) => hit.address === address));
                    expect(carrier, `${address} on ${page}`).to.not.equal(undefined);
                    expect(carrier.depth, `depth of ${page}`).to.equal(depth);
                    const hit = carrier.emails.find((h) => h.address === address);
                    expect(hit.pageUrl).to.equal(carrier.finalUrl);
                }
            });
            it('reports none of the traps', () => {
                const everything = JSON.stringify(record.pages.map((page) => page.emails));
                for (const { text } of expected.mustNotFind)
                    expect(everything).to.not.include(text.toLowerCase());
                for (const { address } of expected.robotsDisallowed)
                    expect(record.addresses).to.not.include(address);
            });
            it('never requests a URL robots.txt disallows, and reads robots.txt once', () => {
                const log = site.requestLog.slice(requestsBefore);
                expect(log.filter((path) => path.startsWith('/interne/'))).to.deep.equal([]);
                expect(log.filter((path) => path === '/robots.txt')).to.have.length(1);
            });
            it('downloads no images, media or fonts', () => {
                const log = site.requestLog.slice(requestsBefore);
                expect(log.filter((path) => path.startsWith('/img/') || path.startsWith('/fonts/'))).to.deep.equal([]);
                // The stylesheet and scripts still load: the page is rendered as a visitor sees it.
                expect(log).to.include('/css/site.css');
                expect(log).to.include('/data/dpo.json');
            });
            it('follows a redirect chain to a page it already knows and reports that page once', () => {
                const contactPages = record.pages.filter((page) => new URL(page.finalUrl).pathname === '/contact.html');
                expect(contactPages.map((page) => pathOf(page.finalUrl))).to.include('/contact.html');
                const plainContact = contactPages.filter((page) => pathOf(page.finalUrl) === '/contact.html');
                expect(plainContact).to.have.length(1);
                expect(site.requestLog.slice(requestsBefore)).to.include('/old-contact');
            });
            it('records a non-HTML page as visited without parsing it', () => {
                const status = record.pages.find((page) => pathOf(page.finalUrl) === '/api/status');
                expect(status, '/api/status visited').to.not.equal(undefined);
                expect(status.contentType).to.match(/^application\/json/);
                expect(status.html).to.equal('');
                expect(status.emails).to.deep.equal([]);
                expect(status.links).to.deep.equal([]);
            });
            it('does not fetch links that are obviously not pages (PDF)', () => {
                expect(site.requestLog.slice(requestsBefore)).to.not.include('/brochure.pdf');
            });
            it('stays within the site and never visits a URL twice', () => {
                const urls = record.pages.map((page) => page.url);
                expect(new Set(urls).size).to.equal(urls.length);
                for (const page of record.pages)
                    expect(new URL(page.finalUrl).host).to.equal(new URL(site.url).host);
                const counted = record.summary.pagesVisited + record.summary.pagesFailed;
                expect(record.pages.length + record.failures.length).to.equal(counted);
            });
            it('fills every field of a crawled page', () => {
                const home = record.pages.find((page) => page.depth === 0);
                expect(home.url).to.equal(site.url);
                expect(home.finalUrl).to.equal(site.url);
                expect(home.redirectChain).to.deep.equal([]);
                expect(home.status).to.equal(200);
                expect(home.contentType).to.match(/^text\/html/);
                expect(home.headers['content-type']).to.match(/^text\/html/);
                expect(home.title).to.equal('Usinage de précision à Lyon — ACME Industries');
                expect(home.html).to.include('<h1>Usinage de précision depuis 1987</h1>');
                expect(home.text).to.include('Usinage de précision depuis 1987');
                expect(home.responseTimeMs).to.be.a('number').and.at.least(0);
                expect(home.links.map((link) => pathOf(link.url))).to.include.members(['/contact.html', '/services/', '/interne/annuaire.html', '/brochure.pdf']);
                expect(home.links.map((link) => link.url)).to.include('https://www.linkedin.com/company/acme-industries-lyon');
                const services = home.links.find((link) => pathOf(link.url) === '/services/');
                expect(services?.text).to.equal('Services');
            });
        });
        it('crawls best-first: contact/about/legal/team pages first, depth as a cost', async () => {
            const { started } = await crawl(site.url, { concurrency: 1 });
            // Judged by URL alone (anchor texts can only make a page more urgent): the start page, then
            // the contact-likely pages of depth 1 before any page unlikely to carry contacts.
            expect(started[0].depth).to.equal(0);
            expect(linkCost(1, 0)).to.be.lessThan(linkCost(0, 2));
            const firstPlain = started.findIndex((entry) => entry.depth > 0 && contactLikelihoodClass(entry.url) === 2);
            const lastUrgent = started.map((entry) => entry.depth === 1 && contactLikelihoodClass(entry.url) === 0).lastIndexOf(true);
            expect(lastUrgent).to.be.lessThan(firstPlain);
            const order = started.map((entry) => pathOf(entry.url));
            expect(order.indexOf('/contact.html')).to.be.lessThan(order.indexOf('/services/'));
            expect(order.indexOf('/mentions-legales.html')).to.be.lessThan(order.indexOf('/actualites/'));
        });
        it('maxDepth 2 misses the address that is only at depth 3', async () => {
            const { addresses, pages } = await crawl(site.url, { maxDepth: 2 });
            const deep = expected.emails.filter((e) => e.depth === 3).map((e) => e.address);
            expect(deep).to.have.length(1);
            expect(addresses).to.deep.equal(expected.emails
                .filter((e) => e.depth <= 2)
                .map((e) => e.address)
                .sort());
            expect(Math.max(...pages.map((page) => page.depth))).to.equal(2);
        });
        it('maxDepth 0 crawls the start page only', async () => {
            const { pages, summary } = await crawl(site.url, { maxDepth: 0 });
            expect(pages.map((page) => page.url)).to.deep.equal([site.url]);
            expect(summary).to.include({ pagesVisited: 1, pagesFailed: 0, stoppedBy: 'done' });
        });
        it('finds the robots.txt-disallowed address only when robots.txt is ignored', async () => {
            const { addresses } = await crawl(site.url, { respectRobotsTxt: false });
            for (const { address } of expected.robotsDisallowed)
                expect(addresses).to.include(address);
        });
        it('holds maxPages on an endless link trap', async () => {
            const before = site.requestLog.length;
            const { summary, pages } = await crawl(new URL('/calendar/1', site.url).href, { maxDepth: 10, maxPages: 7 });
            expect(summary.stoppedBy).to.equal('maxPages');
            expect(summary.pagesVisited + summary.pagesFailed).to.equal(7);
            expect(pages).to.have.length(7);
            const calendarRequests = site.requestLog.slice(before).filter((path) => path.startsWith('/calendar/'));
            expect(calendarRequests).to.have.length(7);
        });
        it('holds maxDepth on an endless link trap', async () => {
            const { summary, pages } = await crawl(new URL('/calendar/1', site.url).href, { maxDepth: 4 });
            expect(summary.stoppedBy).to.equal('done');
            expect(pages.map((page) => pathOf(page.url))).to.deep.equal(['/calendar/1', '/calendar/2', '/calendar/3', '/calendar/4', '/calendar/5']);
        });
        it('holds maxDurationSeconds on an endless link trap', async () => {
            const { summary } = await crawl(new URL('/calendar/1', site.url).href, {
                maxDepth: 10,
                maxPages: 1000,
                maxDurationSeconds: 1,
                delayMs: 1500,
            });
            expect(summary.stoppedBy).to.equal('maxDuration');
            // With 1.5 s between two requests to the host, a 1 s budget leaves room for the start page only.
            expect(summary.pagesVisited).to.be.at.most(1);
        });
        it('records the redirect chain of a page', async () => {
            const { pages } = await crawl(new URL('/old-contact', site.url).href, { maxDepth: 0 });
            expect(pages).to.have.length(1);
            expect(pathOf(pages[0].url)).to.equal('/old-contact');
            expect(pathOf(pages[0].finalUrl)).to.equal('/contact.html');
            expect(pages[0].redirectChain.map(pathOf)).to.deep.equal(['/old-contact', '/anciennes-pages/contact']);
            expect(pages[0].emails.map((hit) => hit.address)).to.include('ventes@acme-industries.fr');
        });
        it('fails clearly, not retryable, when the start URL is a redirect loop', async () => {
            const error = await expectStartPageError(crawl(new URL('/loop-a', site.url).href));
            expect(error.message).to.include('ERR_TOO_MANY_REDIRECTS');
            expect(error.message).to.include('/loop-a');
            expect(error.retryable).to.equal(false);
        });
        for (const path of ['/brochure.pdf', '/api/status']) {
            it(`fails clearly, not retryable, when the start URL is not HTML (${path})`, async () => {
                const error = await expectStartPageError(crawl(new URL(path, site.url).href));
                expect(error.message).to.match(/is not an HTML page/);
                expect(error.retryable).to.equal(false);
            });
        }
        it('fails, retryable, when the start host refuses connections', async () => {
            const port = await closedPort();
            const error = await expectStartPageError(crawl(`http://127.0.0.1:${port}/`));
            expect(error.message).to.equal(`Could not load http://127.0.0.1:${port}/: net::ERR_CONNECTION_REFUSED (connection refused)`);
            expect(error.retryable).to.equal(true);
        });
        it('fails, retryable, after pageTimeoutMs when the start host never answers', async () => {
            const error = await expectStartPageError(crawl(new URL('/hang', site.url).href, { pageTimeoutMs: 1000 }));
            expect(error.message).to.equal(`Could not load ${new URL('/hang', site.url).href}: no response within 1000 ms`);
            expect(error.retryable).to.equal(true);
        });
        it('fails clearly, not retryable, when the start page is an HTTP 404', async () => {
            const error = await expectStartPageError(crawl(new URL('/no-such-page.html', site.url).href));
            expect(error.message).to.include('HTTP 404');
            expect(error.retryable).to.equal(false);
        });
        it('fails clearly when robots.txt disallows the start URL', async () => {
            const closed = await serveAcmeSite({
                '/robots.txt': (_req, res) => {
                    res.writeHead(200, { 'content-type': 'text/plain' });
                    res.end('User-agent: *\nDisallow: /\n');
                },
            });
            try {
                const error = await expectStartPageError(crawl(closed.url));
                expect(error.message).to.match(/disallowed by robots\.txt/);
                expect(error.retryable).to.equal(false);
                expect(closed.requestLog).to.deep.equal(['/robots.txt']);
            }
            finally {
                await closed.close();
            }
        });
        it('reports a failing page and goes on with the crawl', async () => {
            const { summary, failures, pages } = await crawl(new URL('/slow-section', site.url).href, { pageTimeoutMs: 1000 });
            expect(summary.stoppedBy).to.equal('done');
            expect(pages.map((page) => pathOf(page.url))).to.deep.equal(['/slow-section']);
            expect(failures).to.deep.equal([
                { url: new URL('/hang', site.url).href, depth: 1, error: `Could not load ${new URL('/hang', site.url).href}: no response within 1000 ms` },
            ]);
        });
        it('refuses a loopback start URL when private networks are not allowed, without any request', async () => {
            const before = site.requestLog.length;
            const error = await expectStartPageError(crawl(site.url, { allowPrivateNetworks: false }));
            expect(error.message).to.match(/loopback|private/i);
            expect(error.retryable).to.equal(false);
            expect(site.requestLog.slice(before)).to.deep.equal([]);
        });
        it('fails with StartPageError on an invalid start URL', async () => {
            const error = await expectStartPageError(crawl('ftp://acme-industries.fr/'));
            expect(error.retryable).to.equal(false);
            await expectStartPageError(crawl('not a url at all'));
        });
        describe('abort', () => {
            it('stops mid-page promptly, resolves "aborted" and leaves no page open', async () => {
                const controller = new AbortController();
                const aborting = await serveAcmeSite({
                    // The crawl is aborted while Chromium waits for this response, which never comes.
                    '/hang': () => controller.abort(),
                });
                try {
                    const record = await crawl(new URL('/slow-section', aborting.url).href, { pageTimeoutMs: 60_000 }, {}, controller.signal);
                    expect(record.summary.stoppedBy).to.equal('aborted');
                    expect(record.summary.elapsedMs).to.be.lessThan(60_000);
                    expect(record.pages.map((page) => pathOf(page.url))).to.deep.equal(['/slow-section']);
                    expect(record.failures).to.deep.equal([]);
                    expect(await ctx.pages()).to.deep.equal([]);
                    // Closing the page also dropped the request that was hanging.
                    await waitUntil(() => aborting.openRequests() === 0);
                }
                finally {
                    await aborting.close();
                }
            });
            it('does nothing when the signal is already aborted', async () => {
                const before = site.requestLog.length;
                const record = await crawl(site.url, {}, {}, AbortSignal.abort());
                expect(record.summary).to.include({ stoppedBy: 'aborted', pagesVisited: 0, pagesFailed: 0 });
                expect(site.requestLog.slice(before)).to.deep.equal([]);
            });
        });
        it('rejects with the error of a failing hook and closes its pages', async () => {
            const hookError = new Error('store unavailable');
            let caught;
            try {
                await crawl(site.url, {}, {
                    onPage: (page) => {
                        if (page.depth === 1)
                            throw hookError;
                    },
                });
            }
            catch (error) {
                caught = error;
            }
            expect(caught).to.equal(hookError);
            expect(await ctx.pages()).to.deep.equal([]);
        });
        describe('hostile or broken pages', () => {
            const HUGE_PAGE_CHARS = 8_000_000;
            let hostile;
            const html = (body) => (_req, res) => {
                res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
                res.end(`<!doctype html><title>Hostile</title>${body}`);
            };
            before(async () => {
                hostile = await serveAcmeSite({
                    '/downloads': html('<p>Contact : ventes@acme-industries.fr</p><a href="/attachment">Fiche produit</a><a href="/empty">Vide</a>'),
                    '/attachment': (_req, res) => {
                        res.writeHead(200, {
                            'content-type': 'text/html; charset=utf-8',
                            'content-disposition': 'attachment; filename="fiche.html"',
                        });
                        res.end('<p>piece-jointe@acme-industries.fr</p>');
                    },
                    '/empty': (_req, res) => {
                        res.writeHead(204);
                        res.end();
                    },
                    '/huge': (_req, res) => {
                        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
                        res.write('<!doctype html><title>Huge</title><p>debut@acme-industries.fr</p><p>');
                        const chunk = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(1000);
                        for (let written = 0; written < HUGE_PAGE_CHARS; written += chunk.length)
                            res.write(chunk);
                        res.end('</p><p>fin@acme-industries.fr</p>');
                    },
                });
            });
            after(() => hostile.close());
            it('never reads a reused page when a link turns out to be a download or an empty response', async () => {
                const { pages, failures } = await crawl(new URL('/downloads', hostile.url).href, { concurrency: 1 });
                expect(pages.map((page) => pathOf(page.url))).to.deep.equal(['/downloads']);
                expect(failures.map((failure) => pathOf(failure.url)).sort()).to.deep.equal(['/attachment', '/empty']);
                for (const failure of failures) {
                    expect(failure.error).to.equal(`Could not load ${failure.url}: net::ERR_ABORTED (the response is a download or empty, not a page)`);
                }
            });
            it('caps what it reads of a huge page and still reports it', async () => {
                const { pages, summary } = await crawl(new URL('/huge', hostile.url).href, { maxDepth: 0 });
                expect(summary.pagesVisited).to.equal(1);
                expect(pages[0].html.length).to.be.at.most(5_000_000);
                expect(pages[0].emails.map((hit) => hit.address)).to.include('debut@acme-industries.fr');
            });
            for (const [name, route] of [
                [
                    'answers HTTP 500',
                    ((_req, res) => {
                        res.writeHead(500);
                        res.end();
                    }),
                ],
                ['never answers', (() => undefined)],
            ]) {
                it(`treats a robots.txt that ${name} as "allow all"`, async () => {
                    const broken = await serveAcmeSite({ '/robots.txt': route });
                    try {
                        const { addresses, summary } = await crawl(broken.url, { pageTimeoutMs: 2500, maxDepth: 1 });
                        expect(summary.stoppedBy).to.equal('done');
                        expect(addresses).to.include('direction@acme-industries.fr');
                    }
                    finally {
                        await broken.close();
                    }
                });
            }
        });
        describe('concurrency and politeness', () => {
            const WIDE_PAGES = 12;
            let wide;
            let open = 0;
            let maxOpen = 0;
            const arrivals = [];
            const widePage = (req, res) => {
                const n = Number((req.url ?? '').split('/')[2]);
                arrivals.push(performance.now());
                open += 1;
                maxOpen = Math.max(maxOpen, open);
                setTimeout(() => {
                    open -= 1;
                    res.writeHead(200, { 'content-type': 'text/html' });
                    res.end(`<!doctype html><title>Item ${n}</title><p>Item ${n}</p>`);
                }, 300);
            };
            before(async () => {
                wide = await serveAcmeSite({
                    '/catalogue': (_req, res) => {
                        res.writeHead(200, { 'content-type': 'text/html' });
                        const links = Array.from({ length: WIDE_PAGES }, (_, i) => `<a href="/item/${i + 1}">Item ${i + 1}</a>`);
                        res.end(`<!doctype html><title>Catalogue</title>${links.join('')}`);
                    },
                    '/item/*': widePage,
                });
            });
            after(() => wide.close());
            beforeEach(() => {
                open = 0;
                maxOpen = 0;
                arrivals.length = 0;
            });
            it('renders at most `concurrency` pages at once, and does use them', async () => {
                const { summary } = await crawl(new URL('/catalogue', wide.url).href, { concurrency: 3 });
                expect(summary.pagesVisited).to.equal(WIDE_PAGES + 1);
                expect(maxOpen).to.equal(3);
            });
            it('keeps delayMs between two requests to the same host', async () => {
                const starts = [];
                const { summary } = await crawl(new URL('/catalogue', wide.url).href, { concurrency: 5, delayMs: 300, maxPages: 5 }, { onPageStart: () => void starts.push(performance.now()) });
                expect(summary.pagesVisited).to.equal(5);
                expect(arrivals).to.have.length(4); // the catalogue is served by another route
                // A page starts right when the pacer lets its request go; arrival times at the server
                // would add the jitter of starting a request on a busy machine.
                const gaps = starts.slice(1).map((at, i) => at - starts[i]);
                expect(gaps).to.have.length(4);
                for (const gap of gaps)
                    expect(gap, `gaps ${gaps.join(', ')}`).to.be.at.least(295);
            });
        });
    });
}
describe('launchBrowser / dispose', function () {
    this.timeout(60_000);
    it('leaves no Chromium process behind, even with contexts and pages open', async () => {
        const browser = await launchBrowser();
        const pid = browser.processId();
        expect(pid).to.be.a('number');
        const ctx = await browser.newContext({ allowPrivateNetworks: true });
        await ctx.acquirePage(new AbortController().signal);
        expect(browser.isConnected()).to.equal(true);
        await browser.dispose();
        expect(browser.isConnected()).to.equal(false);
        expect(isProcessAlive(pid)).to.equal(false);
        await ctx.dispose(); // after the browser is gone: must not throw
        await browser.dispose(); // twice: must not throw
    });
    it('relaunches Chromium on next use after a crash', async () => {
        const browser = await launchBrowser();
        try {
            const firstPid = browser.processId();
            process.kill(firstPid, 'SIGKILL');
            await waitUntil(() => !browser.isConnected());
            const ctx = await browser.newContext({ allowPrivateNetworks: true });
            const { page } = await ctx.acquirePage(new AbortController().signal);
            await page.setContent('<p>alive</p>');
            expect(browser.processId()).to.be.a('number').and.not.equal(firstPid);
            await ctx.dispose();
        }
        finally {
            await browser.dispose();
        }
    });
});
//# sourceMappingURL=crawler.test.js.map