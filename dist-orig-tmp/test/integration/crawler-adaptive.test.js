/**
 * Adaptive crawling must find what rendering every page finds: both modes run on the acme site
 * and on the company sites, and their e-mails, phones and links are compared page by page.
 */
import { expect } from 'chai';
import net from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractPhones } from '../../actors/analyse/phones.js';
import { launchBrowser } from '../../actors/crawl/browser.js';
import { resolveCrawlOptions } from '../../actors/crawl/crawl-options.js';
import { crawlSite } from '../../actors/crawl/crawler.js';
import { generateSiteSet } from '../../bench/site-generator.js';
import { serveSites } from '../../bench/site-server.js';
import { serveAcmeSite } from '../fixtures/acme-routes.js';
import { COMPANY_SITES, serveCompanySites } from '../fixtures/company-sites.js';
import { fixtureSitePath } from '../helpers/fixture-server.js';
const pathOf = (url) => {
    const parsed = new URL(url);
    return parsed.pathname + parsed.search;
};
/** What a page yields, keyed by path so that two runs compare whatever their page order. */
function summarize(pages) {
    const emails = {};
    const phones = new Set();
    const links = {};
    const byPath = [...pages].sort((a, b) => pathOf(a.finalUrl).localeCompare(pathOf(b.finalUrl)));
    for (const page of byPath) {
        for (const hit of page.emails)
            emails[hit.address] ??= pathOf(hit.pageUrl);
        for (const phone of extractPhones({ url: page.finalUrl, html: page.html, text: page.text }, 'FR'))
            phones.add(phone.number);
        links[pathOf(page.finalUrl)] = page.links.map((link) => link.url).sort();
    }
    return { pages, emails, phones: [...phones].sort(), links };
}
describe('adaptive crawling finds what rendering every page finds', function () {
    this.timeout(120_000);
    let browser;
    let acme;
    let companies;
    before(async () => {
        browser = await launchBrowser();
        acme = await serveAcmeSite();
        companies = await serveCompanySites();
    });
    after(async () => {
        await browser?.dispose();
        await acme?.close();
        await companies?.close();
    });
    async function crawl(url, overrides, hooks = {}) {
        const options = resolveCrawlOptions({ allowPrivateNetworks: true, ...overrides });
        const ctx = await browser.newContext({ allowPrivateNetworks: true });
        const pages = [];
        try {
            await crawlSite(ctx, url, options, { ...hooks, onPage: (page) => void pages.push(page) }, new AbortController().signal);
        }
        finally {
            await ctx.dispose();
        }
        return summarize(pages);
    }
    async function compareModes(url) {
        const auto = await crawl(url, { renderMode: 'auto' });
        const always = await crawl(url, { renderMode: 'always' });
        expect(auto.emails, 'e-mails and the pages they are on').to.deep.equal(always.emails);
        expect(auto.phones, 'phones').to.deep.equal(always.phones);
        expect(auto.links, 'links of every page').to.deep.equal(always.links);
        for (const page of always.pages) {
            const readable = page.contentType?.startsWith('text/html') && (page.status ?? 0) < 400;
            expect(page, pathOf(page.finalUrl)).to.include(readable ? { fetchedWith: 'browser', renderReason: 'always' } : { fetchedWith: 'http' });
        }
        return { auto, always };
    }
    describe('the acme site', () => {
        let auto;
        let requestsBefore;
        before(async () => {
            requestsBefore = acme.requestLog.length;
            ({ auto } = await compareModes(acme.url));
        });
        it('finds exactly the EXPECTED.json addresses in both modes', () => {
            const expected = JSON.parse(readFileSync(join(fixtureSitePath('acme'), 'EXPECTED.json'), 'utf8'));
            expect(Object.keys(auto.emails).sort()).to.deep.equal(expected.emails.map((e) => e.address).sort());
        });
        it('renders only the page whose address is written by a script', () => {
            const rendered = auto.pages.filter((page) => page.fetchedWith === 'browser').map((page) => pathOf(page.finalUrl));
            expect(rendered).to.deep.equal(['/mentions-legales.html']);
            const legal = auto.pages.find((page) => pathOf(page.finalUrl) === '/mentions-legales.html');
            expect(legal.renderReason).to.equal('script-writes-content');
            for (const page of auto.pages.filter((p) => p.fetchedWith === 'http'))
                expect(page.renderReason).to.equal(undefined);
        });
        it('downloads every page once: a rendered page is shown from the fetched document', () => {
            // The log holds the auto run first; the "always" run follows it.
            const log = acme.requestLog.slice(requestsBefore);
            const autoRun = log.slice(0, log.indexOf('/robots.txt', 1));
            expect(autoRun.filter((path) => path === '/a-propos.html')).to.have.length(1);
            expect(autoRun.filter((path) => path === '/mentions-legales.html')).to.have.length(1);
            // The page's own requests still go out: its script fetched the address.
            expect(autoRun).to.include('/data/dpo.json');
        });
        it('reads the same HTML facts from a static page either way', () => {
            const home = auto.pages.find((page) => page.depth === 0);
            expect(home.fetchedWith).to.equal('http');
            expect(home.title).to.equal('Usinage de précision à Lyon — ACME Industries');
            expect(home.html).to.include('<!doctype html>');
            expect(home.text).to.include('Usinage de précision depuis 1987');
            expect(home.status).to.equal(200);
        });
    });
    for (const name of COMPANY_SITES) {
        it(`the ${name} company site gives the same e-mails, phones and links`, async () => {
            const { auto } = await compareModes(companies.urls[name]);
            const rendered = auto.pages.filter((page) => page.fetchedWith === 'browser');
            // Only the single-page-app shell needs the browser.
            expect(rendered.map((page) => pathOf(page.finalUrl))).to.deep.equal(name === 'startup' ? ['/'] : []);
        });
    }
    it('renders for inspection the start page and pages running new scripts, and inspects only rendered pages', async () => {
        const inspected = [];
        const result = await crawl(acme.url, { renderForInspection: 3, concurrency: 1 }, {
            inspectPage: async (page) => {
                inspected.push(pathOf(page.url()));
                return { probed: true };
            },
        });
        // Only the home page and the legal page run scripts; the other pages have nothing to probe.
        const rendered = result.pages.filter((page) => page.fetchedWith === 'browser');
        expect(rendered.map((page) => [pathOf(page.finalUrl), page.renderReason])).to.deep.equal([
            ['/', 'inspection'],
            ['/mentions-legales.html', 'script-writes-content'],
        ]);
        for (const page of result.pages) {
            if (page.fetchedWith === 'browser')
                expect(page.inspection, pathOf(page.finalUrl)).to.deep.equal({ probed: true });
            else
                expect(page).to.not.have.property('inspection');
        }
        expect(inspected).to.have.length(result.pages.filter((page) => page.fetchedWith === 'browser').length);
    });
    describe('generated benchmark sites', () => {
        const sites = generateSiteSet({ sites: 2, pagesPerSite: 8, appSiteEvery: 2 });
        let served;
        before(async () => {
            served = await serveSites(sites);
        });
        after(() => served?.close());
        for (const [index, kind] of [
            [0, 'static'],
            [1, 'app'],
        ]) {
            it(`the ${kind} site: every listed address, the same in both modes`, async () => {
                expect(sites[index].kind).to.equal(kind);
                const { auto } = await compareModes(served.urls[index]);
                expect(Object.keys(auto.emails).sort()).to.deep.equal(sites[index].emails);
                const rendered = auto.pages.filter((page) => page.fetchedWith === 'browser').map((page) => pathOf(page.finalUrl));
                expect(rendered).to.have.members(kind === 'app' ? [...sites[index].pages.keys()] : ['/mentions-legales.html']);
            });
        }
        it('renders for inspection only the start page when every page runs the same scripts', async () => {
            const result = await crawl(served.urls[0], { renderForInspection: 3 }, { inspectPage: async () => ({}) });
            const rendered = result.pages.filter((page) => page.fetchedWith === 'browser').map((page) => [pathOf(page.finalUrl), page.renderReason]);
            expect(rendered).to.have.deep.members([
                ['/', 'inspection'],
                ['/mentions-legales.html', 'script-writes-content'],
            ]);
        });
        it('renders nothing for inspection when no hook inspects pages', async () => {
            const result = await crawl(served.urls[0], { renderForInspection: 3 });
            expect(result.pages.filter((page) => page.renderReason === 'inspection')).to.deep.equal([]);
        });
    });
    it('loads in the browser a page whose redirects need cookies (a cookie check)', async () => {
        const checking = await serveAcmeSite({
            '/cookie-check': (req, res) => {
                if ((req.headers.cookie ?? '').includes('checked=1')) {
                    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
                    res.end('<!doctype html><title>OK</title><p>Bienvenue. Écrivez à accueil@acme-industries.fr pour toute question sur nos services.</p><a href="/">Accueil</a>');
                    return;
                }
                res.writeHead(302, { location: '/cookie-check', 'set-cookie': 'checked=1; Path=/' });
                res.end();
            },
        });
        try {
            const result = await crawl(new URL('/cookie-check', checking.url).href, { maxDepth: 0 });
            expect(result.pages).to.have.length(1);
            expect(result.pages[0]).to.include({ fetchedWith: 'browser', renderReason: 'cookie-redirects', status: 200 });
            expect(Object.keys(result.emails)).to.deep.equal(['accueil@acme-industries.fr']);
        }
        finally {
            await checking.close();
        }
    });
    describe('a site that turns plain HTTP clients away', () => {
        let guarded;
        const hits = [];
        const WELCOME = '<!doctype html><title>Bienvenue</title><p>Notre équipe répond à contact@acme-industries.fr du lundi au vendredi, de 9 h à 18 h.</p><a href="/">Accueil</a>';
        const DENIED = '<!doctype html><title>Just a moment...</title><p>Checking your browser.</p>';
        before(async () => {
            // Browser navigations carry `sec-fetch-dest: document`; the plain HTTP fetch does not.
            const gate = (status, admitBrowsers) => (req, res) => {
                const browser = req.headers['sec-fetch-dest'] === 'document';
                hits.push({ path: req.url ?? '', browser });
                const admitted = browser && admitBrowsers;
                res.writeHead(admitted ? 200 : status, { 'content-type': 'text/html; charset=utf-8' });
                res.end(admitted ? WELCOME : DENIED);
            };
            guarded = await serveAcmeSite({
                '/bot-check-403': gate(403, true),
                '/bot-check-503': gate(503, true),
                '/always-403': gate(403, false),
                '/rate-limited': gate(429, true),
            });
        });
        after(async () => {
            await guarded?.close();
        });
        for (const status of [403, 503]) {
            it(`asks Chromium for a page the site refused over HTTP with ${status}`, async () => {
                hits.length = 0;
                const result = await crawl(new URL(`/bot-check-${status}`, guarded.url).href, { maxDepth: 0 });
                expect(result.pages).to.have.length(1);
                expect(result.pages[0]).to.include({ fetchedWith: 'browser', renderReason: 'http-refused', status: 200 });
                expect(Object.keys(result.emails)).to.deep.equal(['contact@acme-industries.fr']);
                expect(hits.filter((hit) => hit.path.startsWith('/bot-check'))).to.deep.equal([
                    { path: `/bot-check-${status}`, browser: false },
                    { path: `/bot-check-${status}`, browser: true },
                ]);
            });
        }
        it('keeps the refusal when the browser is refused too, asking once each way', async () => {
            hits.length = 0;
            const options = resolveCrawlOptions({ allowPrivateNetworks: true, maxDepth: 0 });
            const ctx = await browser.newContext({ allowPrivateNetworks: true });
            try {
                const crawling = crawlSite(ctx, new URL('/always-403', guarded.url).href, options, {}, new AbortController().signal);
                await crawling.then(() => expect.fail('the start page cannot be read'), (error) => expect(String(error)).to.match(/HTTP 403/));
            }
            finally {
                await ctx.dispose();
            }
            expect(hits.filter((hit) => hit.path === '/always-403').map((hit) => hit.browser)).to.deep.equal([false, true]);
        });
        it('does not ask again at once when the site says 429 Too Many Requests', async () => {
            hits.length = 0;
            const options = resolveCrawlOptions({ allowPrivateNetworks: true, maxDepth: 0 });
            const ctx = await browser.newContext({ allowPrivateNetworks: true });
            try {
                await crawlSite(ctx, new URL('/rate-limited', guarded.url).href, options, {}, new AbortController().signal).catch(() => undefined);
            }
            finally {
                await ctx.dispose();
            }
            expect(hits.filter((hit) => hit.path === '/rate-limited')).to.deep.equal([{ path: '/rate-limited', browser: false }]);
        });
    });
    it('loads in the browser a page whose response plain HTTP cannot parse (bare LF line ends)', async () => {
        const body = '<!doctype html><title>Atelier</title><p>Devis gratuit : écrivez à atelier@acme-industries.fr ou passez nous voir.</p><a href="/">Accueil</a>';
        let requests = 0;
        // An old server that ends its header lines with LF only: Chromium reads it, Node's parser refuses it.
        const server = net.createServer((socket) => {
            socket.once('data', () => {
                requests += 1;
                const bytes = Buffer.byteLength(body);
                socket.end(`HTTP/1.1 200 OK\nContent-Type: text/html; charset=utf-8\nContent-Length: ${bytes}\nConnection: close\n\n${body}`);
            });
            socket.on('error', () => undefined);
        });
        await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
        try {
            const { port } = server.address();
            const result = await crawl(`http://127.0.0.1:${port}/`, { maxDepth: 0 });
            expect(result.pages).to.have.length(1);
            expect(result.pages[0]).to.include({ fetchedWith: 'browser', renderReason: 'http-failed', status: 200 });
            expect(Object.keys(result.emails)).to.deep.equal(['atelier@acme-industries.fr']);
            expect(requests, 'the plain HTTP attempt, then the browser (robots.txt aside)').to.be.at.least(2);
        }
        finally {
            await new Promise((resolve) => server.close(resolve));
        }
    });
    it('loads nothing in Chromium when no page needs it', async () => {
        const before = browser.stats().pagesRendered;
        const result = await crawl(companies.urls.avocats, {});
        expect(result.pages.length).to.be.greaterThan(1);
        expect(browser.stats().pagesRendered).to.equal(before);
    });
});
//# sourceMappingURL=crawler-adaptive.test.js.map