/**
 * The retry policy end to end: a start page that answers 503 twice is analysed on the third
 * delivery (embedded mode, and on NATS with a separate actor process); a start page that
 * answers 404 fails the scrape at once, without a retry. Also the crawler's classification of
 * start-page statuses, Retry-After included.
 */
import { expect } from 'chai';
import http from 'node:http';
import { launchBrowser } from '../../actors/crawl/browser.js';
import { resolveCrawlOptions } from '../../actors/crawl/crawl-options.js';
import { crawlSite, StartPageError } from '../../actors/crawl/crawler.js';
import { collect, gqlData, SCRAPING_SUBSCRIPTION, START_SCRAPING, within, wsClient } from '../helpers/graphql.js';
import { startNatsServer } from '../helpers/nats-server.js';
import { startProcess } from '../helpers/processes.js';
import { tempDir } from '../helpers/temp.js';
import { ANALYSIS_SUBSCRIPTION, JOB_COMPANIES, START_ANALYSIS } from './analysis-flow.js';
const PAGE = `<!doctype html><html lang="en"><head><title>Flaky Ltd</title></head>
<body><h1>Flaky Ltd</h1><p>Write to <a href="mailto:hello@flaky-ltd.com">hello@flaky-ltd.com</a>.</p></body></html>`;
async function serveScriptedSite() {
    const hits = new Map();
    const scripts = new Map();
    const server = http.createServer((req, res) => {
        const path = new URL(req.url ?? '/', 'http://x').pathname;
        const n = (hits.get(path) ?? 0) + 1;
        hits.set(path, n);
        const { status, headers = {} } = scripts.get(path)?.(n) ?? { status: 404 };
        res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', ...headers });
        res.end(status === 200 ? PAGE : `<!doctype html><title>${status}</title><p>HTTP ${status}</p>`);
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    return {
        url: `http://127.0.0.1:${server.address().port}`,
        hits,
        script: (path, answer) => void scripts.set(path, answer),
        close: () => new Promise((resolve) => server.close(() => resolve())),
    };
}
/** 503 on the first two requests of `path`, then the page. */
const unavailableTwice = (n) => (n <= 2 ? { status: 503 } : { status: 200 });
function describeRetries(getUrl, getOutputs) {
    let site;
    let client;
    before(async () => {
        site = await serveScriptedSite();
        client = wsClient(getUrl());
    });
    after(async () => {
        await client?.dispose();
        await site?.close();
    });
    it('analyses a company whose start page answers 503 twice, then 200', async () => {
        site.script('/flaky/', unavailableTwice);
        const website = `${site.url}/flaky/`;
        const { startAnalysis } = await gqlData(getUrl(), START_ANALYSIS, { input: { companies: [{ name: 'Flaky Ltd', website }] } });
        const sub = collect(client, ANALYSIS_SUBSCRIPTION, { jobId: startAnalysis.id }, 'analysisEvents');
        await within(sub.done, 90_000, 'the analysis to end');
        expect(sub.errors).to.deep.equal([]);
        expect(sub.events.at(-1)).to.include({ __typename: 'AnalysisCompleted', total: 1, succeeded: 1, failed: 0 });
        expect(sub.events.filter((e) => e.__typename === 'AnalysisItemFailed')).to.deep.equal([]);
        const { job } = await gqlData(getUrl(), JOB_COMPANIES, { id: startAnalysis.id });
        const [company] = job.companies;
        expect(company.status).to.equal('OK');
        expect(company.error).to.equal(null);
        expect(company.httpStatus).to.equal(200);
        expect(company.emails.map((e) => e.address)).to.deep.equal(['hello@flaky-ltd.com']);
        expect(site.hits.get('/flaky/'), 'two 503 answers, then the page').to.be.at.least(3);
        expect(getOutputs()).to.match(/Analysing http:\/\/127\.0\.0\.1:\d+\/flaky\/ failed \(Could not load [^)]*HTTP 503\); retrying in 1 s \(delivery 1 of 5\)/);
    });
    it('scrapes a site whose start page answers 503 with Retry-After four times, waiting as long as it asks', async () => {
        site.script('/busy/', (n) => (n <= 4 ? { status: 503, headers: { 'retry-after': '3' } } : { status: 200 }));
        const url = `${site.url}/busy/`;
        const { startScraping } = await gqlData(getUrl(), START_SCRAPING, { input: { url, maxDepth: 0 } });
        const sub = collect(client, SCRAPING_SUBSCRIPTION, { jobId: startScraping.id }, 'scrapingEvents');
        await within(sub.done, 90_000, 'the scrape to end');
        expect(sub.errors).to.deep.equal([]);
        expect(sub.events.at(-1)).to.include({ __typename: 'ScrapingCompleted', visited: 1, emails: 1 });
        expect(sub.events.filter((e) => e.__typename === 'ScrapingStarted'), 'one Started for all deliveries').to.have.length(1);
        const retries = [
            ...getOutputs().matchAll(/Scraping http:\/\/127\.0\.0\.1:\d+\/busy\/ failed \([^)]*HTTP 503\); retrying in (\d+) s \(delivery (\d) of 5\)/g),
        ];
        expect(retries.length, 'at least two retries').to.be.at.least(2);
        expect(retries.slice(0, 2).map((m) => m[1]), 'Retry-After: 3 is longer than the first two backoffs').to.deep.equal(['3', '3']);
    });
    it('fails a scrape whose start page answers 404 at once, with a clear message and no retry', async () => {
        const url = `${site.url}/gone/`;
        const { startScraping } = await gqlData(getUrl(), START_SCRAPING, { input: { url } });
        const sub = collect(client, SCRAPING_SUBSCRIPTION, { jobId: startScraping.id }, 'scrapingEvents');
        await within(sub.done, 60_000, 'the scrape to end');
        expect(sub.errors).to.deep.equal([]);
        const terminal = sub.events.at(-1);
        expect(terminal.__typename).to.equal('ScrapingFailed');
        expect(terminal.error).to.equal(`Could not load ${url}: HTTP 404`);
        expect(site.hits.get('/gone/'), 'one request: a 404 is not retried').to.equal(1);
    });
}
const ACTOR_ENV = { PROSPECTLAB_ALLOW_PRIVATE_NETWORKS: '1', PROSPECTLAB_PAGE_TIMEOUT_MS: '5000' };
async function startProduct(mode, dataDir) {
    if (mode === 'embedded') {
        const product = await startProcess('embedded', { PROSPECTLAB_DATA_DIR: dataDir, ...ACTOR_ENV });
        return {
            url: product.url,
            actorOutput: () => product.output(),
            stop: async () => {
                await product.stop();
            },
        };
    }
    const nats = await startNatsServer();
    const processes = [];
    try {
        processes.push(await startProcess('gateway', { NATS_URL: nats.url, PROSPECTLAB_DATA_DIR: dataDir }));
        processes.push(await startProcess('actors', { NATS_URL: nats.url, ...ACTOR_ENV }));
    }
    catch (error) {
        await Promise.all(processes.map((p) => p.stop()));
        await nats.stop();
        throw error;
    }
    const [gateway, actors] = processes;
    return {
        url: gateway.url,
        actorOutput: () => actors.output(),
        async stop() {
            const codes = [await gateway.stop(), await actors.stop()];
            await nats.stop();
            expect(codes, processes.map((p) => p.output()).join('\n---\n')).to.deep.equal([0, 0]);
        },
    };
}
for (const mode of ['embedded', 'distributed']) {
    describe(`retry policy, ${mode} mode${mode === 'distributed' ? ' (NATS, a gateway and an actor process)' : ''}`, function () {
        this.timeout(180_000);
        const data = tempDir(`pl-retry-${mode}`);
        let product;
        before(async () => {
            product = await startProduct(mode, data.path);
        });
        after(async () => {
            await product?.stop();
            data.remove();
        });
        describeRetries(() => product.url, () => product.actorOutput());
    });
}
describe('crawlSite: retry policy of a start page that answers an error', function () {
    this.timeout(60_000);
    let browser;
    let site;
    before(async () => {
        browser = await launchBrowser({ maxConcurrentPages: 2 });
        site = await serveScriptedSite();
    });
    after(async () => {
        await site?.close();
        await browser?.dispose();
    });
    const cases = [
        { status: 503, retryable: true },
        { status: 503, headers: { 'retry-after': '12' }, retryable: true, retryAfterMs: 12_000 },
        { status: 429, headers: { 'retry-after': '3' }, retryable: true, retryAfterMs: 3000 },
        { status: 500, retryable: true },
        { status: 408, retryable: true },
        { status: 404, retryable: false },
        { status: 403, headers: { 'retry-after': '3' }, retryable: false },
        { status: 410, retryable: false },
    ];
    for (const { status, headers, retryable, retryAfterMs } of cases) {
        const label = `HTTP ${status}${headers ? ' with Retry-After' : ''}`;
        it(`${label}: ${retryable ? 'retryable' : 'not retryable'}`, async () => {
            const path = `/status-${status}-${headers ? 'ra' : 'plain'}/`;
            site.script(path, () => ({ status, ...(headers ? { headers } : {}) }));
            const ctx = await browser.newContext({ allowPrivateNetworks: true });
            try {
                const error = await crawlSite(ctx, `${site.url}${path}`, resolveCrawlOptions({ allowPrivateNetworks: true, maxDepth: 0 }), {}, new AbortController().signal).then(() => expect.fail('the crawl should fail'), (e) => e);
                expect(error).to.be.instanceOf(StartPageError);
                expect(error.message).to.equal(`Could not load ${site.url}${path}: HTTP ${status}`);
                expect(error.retryable).to.equal(retryable);
                expect(error.retryAfterMs).to.equal(retryAfterMs);
            }
            finally {
                await ctx.dispose();
            }
        });
    }
});
//# sourceMappingURL=retry-policy.test.js.map