/**
 * A company analysis renders a page for its technologies only when the page hints at one that
 * its HTML cannot show: renders are counted by the crawl's page counter (`via="browser"`) and by
 * the scripts the browser asks the site for (a plain HTTP fetch never asks for them).
 */
import { expect } from 'chai';
import { createServer } from 'node:http';
import { launchBrowser } from '../../actors/crawl/browser.js';
import { resolveCrawlOptions } from '../../actors/crawl/crawl-options.js';
import { crawlSite } from '../../actors/crawl/crawler.js';
import { runCompanyActor } from '../../actors/company.actor.js';
import { pagesLoaded } from '../../observability/metrics.js';
const FILLER = 'Depuis 1998, notre équipe accompagne les entreprises de la région dans leurs projets de rénovation, ' +
    "d'entretien et de mise aux normes, avec des devis clairs et des délais tenus.";
function sitePage(title, scripts, links) {
    return (`<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${title}</title>${scripts}</head>` +
        `<body><h1>${title}</h1><p>${FILLER}</p><p>Écrivez-nous : contact@rivage-renovation.fr</p>` +
        `<nav>${links.map((href) => `<a href="${href}">${href}</a>`).join(' ')}</nav></body></html>`);
}
const LINKS = ['/', '/contact.html', '/equipe.html', '/mentions.html'];
const PLAIN_SCRIPTS = '<script src="/js/jquery-3.6.0.min.js"></script><script src="/js/site.js" defer></script><script>window.siteConfig = { release: "site@1.4.2" };</script>';
const STATIC_SITE = {
    pages: Object.fromEntries(LINKS.map((path) => [path, sitePage(`Rivage ${path}`, PLAIN_SCRIPTS, LINKS)])),
    scripts: { '/js/jquery-3.6.0.min.js': 'window.jQuery = function () {};', '/js/site.js': 'document.documentElement.className += " js";' },
};
/** Swiper shows only as a JS global (its bundle is not named for it); the inline script names it. */
const SWIPER_SCRIPTS = '<script src="/js/bundle.js"></script><script>new Swiper(".hero", { loop: true });</script>';
const JS_ONLY_SITE = {
    pages: {
        '/': sitePage('Rivage', SWIPER_SCRIPTS, LINKS),
        '/contact.html': sitePage('Contact', SWIPER_SCRIPTS, LINKS),
        '/equipe.html': sitePage('Équipe', SWIPER_SCRIPTS, LINKS),
        '/mentions.html': sitePage('Mentions', PLAIN_SCRIPTS, LINKS),
    },
    scripts: {
        '/js/bundle.js': 'window.Swiper = function Swiper() {};',
        '/js/jquery-3.6.0.min.js': 'window.jQuery = function () {};',
        '/js/site.js': '',
    },
};
async function serve(site) {
    const served = { url: '', scriptRequests: 0, close: async () => undefined };
    const server = createServer((req, res) => {
        const path = new URL(req.url ?? '/', 'http://x').pathname;
        const script = site.scripts[path];
        if (script !== undefined) {
            served.scriptRequests += 1;
            res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
            res.end(script);
        }
        else if (site.pages[path] !== undefined) {
            res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
            res.end(site.pages[path]);
        }
        else {
            res.writeHead(404, { 'content-type': 'text/plain' });
            res.end('not found');
        }
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    return Object.assign(served, {
        url: `http://127.0.0.1:${server.address().port}/`,
        close: async () => {
            server.closeAllConnections();
            await new Promise((resolve) => server.close(() => resolve()));
        },
    });
}
async function browserLoads() {
    return (await pagesLoaded.get()).values.find((value) => value.labels.via === 'browser')?.value ?? 0;
}
async function analyse(browser, url) {
    const messages = [];
    const bus = { send: async (_subject, data) => void messages.push(data) };
    const company = { name: 'Rivage Rénovation', website: url, category: null, address: null, phone: null, country: 'FR', rating: null, reviewsCount: null };
    const before = await browserLoads();
    const outcome = await runCompanyActor({ type: 'company', jobId: 'job-probes', index: 0, company, limits: { maxPages: 10, maxDepth: 2, delayMs: 0 } }, { bus, browser, allowPrivateNetworks: true, finalAttempt: true }, new AbortController().signal);
    expect(outcome).to.equal('completed');
    const report = messages.find((message) => message.type === 'company.completed')?.report;
    expect(report, 'completed report').to.not.equal(undefined);
    return {
        technologies: report.technologies.map((technology) => (typeof technology === 'string' ? technology : technology.name)),
        emails: report.emails.map((email) => email.address),
        renders: (await browserLoads()) - before,
    };
}
describe('technology probes without the browser', function () {
    this.timeout(120_000);
    let browser;
    before(async () => {
        browser = await launchBrowser({ maxConcurrentPages: 2 });
    });
    after(async () => {
        await browser?.dispose();
    });
    it('renders no page of a plain server-rendered site, and reports its technologies from the HTML', async () => {
        const site = await serve(STATIC_SITE);
        try {
            const analysis = await analyse(browser, site.url);
            expect(analysis.emails).to.deep.equal(['contact@rivage-renovation.fr']);
            expect(analysis.technologies).to.include('jQuery');
            expect(analysis.renders, 'pages rendered').to.equal(0);
            expect(site.scriptRequests, 'scripts the browser asked for').to.equal(0);
        }
        finally {
            await site.close();
        }
    });
    it('renders once for a technology only a JS global shows, and not again for pages loading the same scripts', async () => {
        const site = await serve(JS_ONLY_SITE);
        try {
            const analysis = await analyse(browser, site.url);
            expect(analysis.technologies).to.include.members(['Swiper', 'jQuery']);
            // The start page is rendered; the two other pages with the same scripts reuse its probe,
            // and the page with plain scripts hints at nothing.
            expect(analysis.renders, 'pages rendered').to.equal(1);
            expect(site.scriptRequests, 'scripts the browser asked for').to.be.greaterThan(0);
        }
        finally {
            await site.close();
        }
    });
    describe('the crawl asks wantsInspection', () => {
        async function crawl(url, hooks) {
            const ctx = await browser.newContext({ allowPrivateNetworks: true });
            const pages = [];
            try {
                const options = resolveCrawlOptions({ allowPrivateNetworks: true, renderForInspection: 2, concurrency: 1 });
                await crawlSite(ctx, url, options, { ...hooks, onPage: (page) => void pages.push(page) }, new AbortController().signal);
            }
            finally {
                await ctx.dispose();
            }
            return pages;
        }
        const renderedForInspection = (pages) => pages.filter((page) => page.renderReason === 'inspection').length;
        it('renders nothing for inspection when it says no, and shows it each fetched page with its scripts counted', async () => {
            const site = await serve(STATIC_SITE);
            try {
                const asked = [];
                const pages = await crawl(site.url, { inspectPage: async () => ({}), wantsInspection: (candidate) => (asked.push(candidate), false) });
                expect(pages).to.have.length(LINKS.length);
                expect(renderedForInspection(pages)).to.equal(0);
                expect(asked.map((candidate) => new URL(candidate.url).pathname).sort()).to.deep.equal([...LINKS].sort());
                expect(asked[0]).to.include({ executableScripts: 3 });
                expect(asked[0].html).to.include('siteConfig');
                expect(asked[0].headers['content-type']).to.equal('text/html; charset=utf-8');
            }
            finally {
                await site.close();
            }
        });
        it('renders for inspection, within renderForInspection, the pages it wants, and those for which it throws', async () => {
            const site = await serve(STATIC_SITE);
            try {
                const pages = await crawl(site.url, {
                    inspectPage: async () => ({}),
                    wantsInspection: () => {
                        throw new Error('probe decision failed');
                    },
                });
                expect(renderedForInspection(pages)).to.equal(2);
            }
            finally {
                await site.close();
            }
        });
    });
});
//# sourceMappingURL=technology-probes.test.js.map