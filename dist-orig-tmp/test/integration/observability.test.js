/**
 * Logs and metrics of the real product: the embedded process with LOG_FORMAT=json runs a scrape
 * and an analysis with one failing company; its JSON log lines and its `/metrics` are checked.
 * Then gateway and actor processes on a private nats-server: bus connection lines, NATS
 * restarts, and the actor service's own metrics port.
 */
import { expect } from 'chai';
import http from 'node:http';
import { serveAcmeSite } from '../fixtures/acme-routes.js';
import { collect, SCRAPING_SUBSCRIPTION, START_SCRAPING, within } from '../helpers/graphql.js';
import { startNatsServer } from '../helpers/nats-server.js';
import { waitUntil } from '../helpers/proc.js';
import { startProcess } from '../helpers/processes.js';
import { requireSample, sampleValue } from '../helpers/prometheus.js';
import { bearer, postGraphql, runOnce, socketClient } from '../helpers/security.js';
import { tempDir } from '../helpers/temp.js';
import { ANALYSIS_SUBSCRIPTION, START_ANALYSIS } from './analysis-flow.js';
const API_KEY = 'obs-test-key-5f0c9d1e7a2b4c6d8e0f';
const NATS_PASSWORD = 'nats-secret-pw-93b1c7e2';
/** The JSON log lines a process printed so far (other output is ignored). */
function logLines(product) {
    return product
        .output()
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line));
}
function findLine(product, predicate, what) {
    const line = logLines(product).find(predicate);
    if (!line)
        throw new Error(`No log line ${what} in:\n${product.output()}`);
    return line;
}
async function scrapeMetrics(baseUrl, key = API_KEY) {
    const res = await fetch(baseUrl.endsWith('/metrics') ? baseUrl : `${baseUrl}/metrics`, { headers: key ? bearer(key) : {} });
    return { status: res.status, text: await res.text(), type: res.headers.get('content-type') };
}
/** A one-page company site whose home page is held until `release()`: the analysis stays running meanwhile. */
async function serveGatedSite() {
    let release;
    const released = new Promise((resolve) => (release = resolve));
    const server = http.createServer((req, res) => {
        if (req.url !== '/') {
            res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
            return;
        }
        void released.then(() => res
            .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
            .end('<!doctype html><html lang="en"><head><title>Gated Ltd</title></head><body><h1>Gated Ltd</h1><p>Write to <a href="mailto:contact@gated-ltd.fr">contact@gated-ltd.fr</a></p></body></html>'));
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address();
    return {
        url: `http://127.0.0.1:${port}/`,
        release,
        close: () => new Promise((resolve) => {
            release();
            server.closeAllConnections();
            server.close(() => resolve());
        }),
    };
}
async function runToEnd(client, query, jobId, field) {
    const sub = collect(client, query, { jobId }, field);
    await within(sub.done, 120_000, `job ${jobId} to end`);
    expect(sub.errors).to.deep.equal([]);
    return sub.events;
}
describe('logs and metrics, embedded mode (LOG_FORMAT=json)', function () {
    this.timeout(240_000);
    let product;
    let acme;
    let client;
    const data = tempDir('pl-observability');
    before(async () => {
        acme = await serveAcmeSite();
        product = await startProcess('embedded', {
            LOG_FORMAT: 'json',
            LOG_LEVEL: 'info',
            PROSPECTLAB_DATA_DIR: data.path,
            PROSPECTLAB_ALLOW_PRIVATE_NETWORKS: '1',
            PROSPECTLAB_PAGE_TIMEOUT_MS: '5000',
            PROSPECTLAB_API_KEYS: API_KEY,
            PROSPECTLAB_MAX_QUERY_DEPTH: '5',
            NATS_PASSWORD,
        });
        client = socketClient(product.url, { apiKey: API_KEY });
    });
    after(async () => {
        await client?.dispose();
        await product?.stop();
        await acme?.close();
        data.remove();
    });
    it('logs the security settings at start, with a warning about private networks', () => {
        const security = findLine(product, (l) => l.event === 'security', 'about security');
        expect(security).to.include({ level: 'info', mode: 'api-keys', keysConfigured: 1, allowPrivateNetworks: true, service: 'embedded' });
        expect(security.msg).to.match(/API keys required \(1 configured\)/);
        const warning = findLine(product, (l) => l.event === 'security.private_networks', 'warning about private networks');
        expect(warning.level).to.equal('warn');
        expect(warning.msg).to.include('PROSPECTLAB_ALLOW_PRIVATE_NETWORKS');
    });
    it('protects /metrics like the API: 401 without a key, the Prometheus text with one', async () => {
        const refused = await scrapeMetrics(product.url, null);
        expect(refused.status).to.equal(401);
        expect(refused.text).not.to.include('prospectlab_');
        const wrong = await scrapeMetrics(product.url, `${API_KEY}-wrong`);
        expect(wrong.status).to.equal(401);
        const ok = await scrapeMetrics(product.url);
        expect(ok.status).to.equal(200);
        expect(ok.type).to.match(/^text\/plain; version=0\.0\.4/);
        expect(requireSample(ok.text, 'process_cpu_user_seconds_total')).to.be.greaterThan(0);
        expect(requireSample(ok.text, 'prospectlab_chromium_launches_total')).to.be.at.least(1);
        await waitUntil(() => logLines(product).some((l) => l.event === 'request.refused' && l.code === 'UNAUTHENTICATED' && l.path === '/metrics'), 10_000, 'the refused /metrics request to be logged');
    });
    it('logs a refused GraphQL request with its code', async () => {
        const answer = await postGraphql(product.url, '{ __typename }', {}, bearer('not-a-configured-key-at-all-0000'));
        expect(answer.status).to.equal(401);
        await waitUntil(() => logLines(product).some((l) => l.event === 'request.refused' && l.code === 'UNAUTHENTICATED' && l.path === '/graphql' && l.status === 401), 10_000, 'the refused GraphQL request to be logged');
    });
    it('logs a refused graphql-ws connection and a query over the depth limit with their codes', async () => {
        const intruder = socketClient(product.url, { apiKey: 'not-a-configured-key-at-all-1111' });
        try {
            const outcome = await runOnce(intruder, '{ __typename }');
            expect(outcome.closeCode).to.equal(4403);
        }
        finally {
            await intruder.dispose();
        }
        // PROSPECTLAB_MAX_QUERY_DEPTH is 5 here: six levels are refused.
        const answer = await postGraphql(product.url, '{ jobs { edges { node { companies { emails { address } } } } } }', {}, bearer(API_KEY));
        expect(answer.body.errors?.[0]?.extensions?.code, answer.text).to.equal('QUERY_TOO_DEEP');
        await waitUntil(() => logLines(product).some((l) => l.event === 'request.refused' && l.code === 'UNAUTHENTICATED' && l.transport === 'graphql-ws'), 10_000, 'the refused graphql-ws connection to be logged');
        await waitUntil(() => logLines(product).some((l) => l.event === 'request.refused' && l.code === 'QUERY_TOO_DEEP'), 10_000, 'the QUERY_TOO_DEEP refusal to be logged');
    });
    it('logs the start and end of a scraping job with its duration and counts; counts pages and jobs', async () => {
        const before = (await scrapeMetrics(product.url)).text;
        const start = await postGraphql(product.url, START_SCRAPING, { input: { url: acme.url, maxPages: 6, maxDepth: 1 } }, bearer(API_KEY));
        const jobId = start.body.data?.startScraping.id;
        expect(jobId, JSON.stringify(start.body)).to.be.a('string');
        const events = await runToEnd(client, SCRAPING_SUBSCRIPTION, jobId, 'scrapingEvents');
        const completed = events.at(-1);
        expect(completed.__typename).to.equal('ScrapingCompleted');
        const started = findLine(product, (l) => l.event === 'job.started' && l.jobId === jobId, `job.started of ${jobId}`);
        expect(started).to.include({ level: 'info', kind: 'SCRAPING' });
        await waitUntil(() => logLines(product).some((l) => l.event === 'job.finished' && l.jobId === jobId), 10_000, 'job.finished');
        const finished = findLine(product, (l) => l.event === 'job.finished' && l.jobId === jobId, `job.finished of ${jobId}`);
        expect(finished).to.include({ kind: 'SCRAPING', status: 'COMPLETED', pages: completed.visited, emails: completed.emails });
        expect(finished.durationMs).to.be.a('number').and.at.least(0);
        expect(finished.pages).to.be.greaterThan(0);
        const after = (await scrapeMetrics(product.url)).text;
        const pages = (text) => requireSample(text, 'prospectlab_pages_total', { via: 'http' }) + requireSample(text, 'prospectlab_pages_total', { via: 'browser' });
        expect(pages(after) - pages(before)).to.be.at.least(completed.visited);
        const done = (text) => requireSample(text, 'prospectlab_jobs_finished_total', { kind: 'SCRAPING', status: 'COMPLETED' });
        expect(done(after) - done(before)).to.equal(1);
        const startedCount = (text) => requireSample(text, 'prospectlab_jobs_started_total', { kind: 'SCRAPING' });
        expect(startedCount(after) - startedCount(before)).to.equal(1);
        expect(requireSample(after, 'prospectlab_event_delivery_delay_seconds_count')).to.be.greaterThan(requireSample(before, 'prospectlab_event_delivery_delay_seconds_count'));
    });
    it('logs an analysis with one failing company (cause included) and moves the metrics while it runs', async () => {
        const gated = await serveGatedSite();
        try {
            const before = (await scrapeMetrics(product.url)).text;
            const companies = [
                { name: 'Gated Ltd', website: gated.url },
                { name: 'Transports Disparus', website: `http://127.0.0.1:${await closedPort()}/` },
            ];
            const start = await postGraphql(product.url, START_ANALYSIS, { input: { companies } }, bearer(API_KEY));
            const jobId = start.body.data?.startAnalysis.id;
            expect(jobId, JSON.stringify(start.body)).to.be.a('string');
            const sub = collect(client, ANALYSIS_SUBSCRIPTION, { jobId }, 'analysisEvents');
            await sub.waitFor((e) => e.__typename === 'AnalysisItemFailed', 60_000);
            // The gated company holds the job open: this scrape is taken during the analysis.
            const during = (await scrapeMetrics(product.url)).text;
            expect(requireSample(during, 'prospectlab_jobs_running', { kind: 'ANALYSIS' })).to.be.at.least(1);
            expect(requireSample(during, 'prospectlab_graphql_subscriptions_active')).to.be.at.least(1);
            const failed = (text) => requireSample(text, 'prospectlab_companies_total', { outcome: 'failed' });
            expect(failed(during) - failed(before)).to.equal(1);
            expect(requireSample(during, 'prospectlab_crawl_errors_total', { cause: 'net::ERR_CONNECTION_REFUSED' })).to.be.at.least(1);
            gated.release();
            await within(sub.done, 120_000, 'the analysis to end');
            expect(sub.errors).to.deep.equal([]);
            const completed = sub.events.at(-1);
            expect(completed).to.include({ __typename: 'AnalysisCompleted', succeeded: 1, failed: 1 });
            const companyFailed = findLine(product, (l) => l.event === 'company.failed' && l.jobId === jobId, 'company.failed');
            expect(companyFailed).to.include({ level: 'warn', company: 'Transports Disparus' });
            expect(companyFailed.cause)
                .to.be.a('string')
                .and.match(/refused|could not|ERR_/i);
            const started = findLine(product, (l) => l.event === 'job.started' && l.jobId === jobId, 'job.started');
            expect(started).to.include({ kind: 'ANALYSIS', companies: 2 });
            await waitUntil(() => logLines(product).some((l) => l.event === 'job.finished' && l.jobId === jobId), 10_000, 'job.finished');
            const finished = findLine(product, (l) => l.event === 'job.finished' && l.jobId === jobId, 'job.finished');
            expect(finished).to.include({ kind: 'ANALYSIS', status: 'COMPLETED', companies: 2, succeeded: 1, failed: 1, emails: 1 });
            expect(finished.pages).to.be.at.least(1);
            expect(finished.durationMs).to.be.a('number').and.at.least(0);
            const after = (await scrapeMetrics(product.url)).text;
            const analysed = (text) => requireSample(text, 'prospectlab_companies_total', { outcome: 'analysed' });
            expect(analysed(after) - analysed(before)).to.equal(1);
            const done = (text) => requireSample(text, 'prospectlab_jobs_finished_total', { kind: 'ANALYSIS', status: 'COMPLETED' });
            expect(done(after) - done(before)).to.equal(1);
            expect(requireSample(after, 'prospectlab_jobs_running', { kind: 'ANALYSIS' })).to.equal(0);
            expect(requireSample(after, 'prospectlab_work_queue_messages')).to.equal(0);
        }
        finally {
            await gated.close();
        }
    });
    it('never prints an API key or a password', () => {
        const output = product.output();
        expect(output).not.to.include(API_KEY);
        expect(output).not.to.include(NATS_PASSWORD);
    });
});
describe('logs and metrics, distributed mode (private NATS)', function () {
    this.timeout(240_000);
    let nats;
    let gateway;
    let actors;
    let acme;
    const data = tempDir('pl-observability-nats');
    before(async () => {
        nats = await startNatsServer();
        acme = await serveAcmeSite();
        // No auth on this server: it ignores the credentials, which must still never be printed.
        const common = { NATS_URL: nats.url, NATS_USER: 'prospectlab', NATS_PASSWORD, LOG_FORMAT: 'json', PROSPECTLAB_API_KEYS: API_KEY };
        gateway = await startProcess('gateway', { ...common, PROSPECTLAB_DATA_DIR: data.path });
        actors = await startProcess('actors', { ...common, METRICS_PORT: '0', PROSPECTLAB_ALLOW_PRIVATE_NETWORKS: '1', PROSPECTLAB_PAGE_TIMEOUT_MS: '5000' });
    });
    after(async () => {
        await actors?.stop();
        await gateway?.stop();
        await acme?.close();
        await nats?.stop();
        data.remove();
    });
    it("serves the actor service's metrics on METRICS_PORT, behind the API keys", async () => {
        const ready = findLine(actors, (l) => l.event === 'ready', 'ready');
        expect(ready.metrics).to.match(/^http:\/\/127\.0\.0\.1:\d+\/metrics$/);
        expect((await scrapeMetrics(ready.metrics, null)).status).to.equal(401);
        const before = await scrapeMetrics(ready.metrics);
        expect(before.status).to.equal(200);
        expect(requireSample(before.text, 'prospectlab_chromium_launches_total')).to.be.at.least(1);
        expect(requireSample(before.text, 'nodejs_heap_size_used_bytes')).to.be.greaterThan(0);
        const start = await postGraphql(gateway.url, START_SCRAPING, { input: { url: acme.url, maxPages: 3, maxDepth: 1 } }, bearer(API_KEY));
        const jobId = start.body.data?.startScraping.id;
        expect(jobId, JSON.stringify(start.body)).to.be.a('string');
        const client = socketClient(gateway.url, { apiKey: API_KEY });
        try {
            await runToEnd(client, SCRAPING_SUBSCRIPTION, jobId, 'scrapingEvents');
        }
        finally {
            await client.dispose();
        }
        const after = await scrapeMetrics(ready.metrics);
        const pages = (text) => requireSample(text, 'prospectlab_pages_total', { via: 'http' }) + requireSample(text, 'prospectlab_pages_total', { via: 'browser' });
        expect(pages(after.text) - pages(before.text)).to.be.at.least(1);
        const gatewayMetrics = await scrapeMetrics(gateway.url);
        expect(requireSample(gatewayMetrics.text, 'prospectlab_jobs_finished_total', { kind: 'SCRAPING', status: 'COMPLETED' })).to.equal(1);
        expect(sampleValue(gatewayMetrics.text, 'prospectlab_work_queue_messages')).to.equal(0);
    });
    it('logs the NATS connection, a disconnect and the reconnect', async () => {
        const connected = findLine(gateway, (l) => l.event === 'bus.connected', 'bus.connected');
        expect(connected.server).to.include(String(nats.port));
        await nats.restart();
        await waitUntil(() => logLines(gateway).some((l) => l.event === 'bus.disconnected'), 30_000, 'the gateway to log the disconnect');
        await waitUntil(() => logLines(gateway).some((l) => l.event === 'bus.reconnected'), 30_000, 'the gateway to log the reconnect');
        await waitUntil(() => logLines(actors).some((l) => l.event === 'bus.reconnected'), 30_000, 'the actors to log the reconnect');
        expect(findLine(gateway, (l) => l.event === 'bus.disconnected', 'bus.disconnected').level).to.equal('warn');
    });
    it('never prints the API key or the NATS password', () => {
        for (const product of [gateway, actors]) {
            expect(product.output()).not.to.include(API_KEY);
            expect(product.output()).not.to.include(NATS_PASSWORD);
        }
    });
});
/** A port nothing listens on. */
async function closedPort() {
    const server = http.createServer();
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address();
    await new Promise((resolve) => server.close(() => resolve()));
    return port;
}
//# sourceMappingURL=observability.test.js.map