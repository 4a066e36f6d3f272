/**
 * The scraping flow as a client sees it, shared by the distributed (NATS) and embedded
 * end-to-end suites: a real gateway, real actors, real Chromium, a real graphql-ws client and
 * the acme fixture site served on 127.0.0.1.
 */
import { expect } from 'chai';
import fs from 'node:fs';
import { createServer } from 'node:net';
import { serveAcmeSite } from '../fixtures/acme-routes.js';
import { fixtureSitePath } from '../helpers/fixture-server.js';
import { collect, gql, gqlData, START_SCRAPING, SCRAPING_SUBSCRIPTION, within, wsClient } from '../helpers/graphql.js';
export const ACME_EXPECTED = JSON.parse(fs.readFileSync(`${fixtureSitePath('acme')}/EXPECTED.json`, 'utf8'));
export async function startScraping(url, input) {
    const data = await gqlData(url, START_SCRAPING, { input });
    expect(data.startScraping.kind).to.equal('SCRAPING');
    return data.startScraping.id;
}
/** Runs a scrape to its end and returns every event received live. */
export async function scrapeToEnd(system, client, input) {
    const jobId = await startScraping(system.url, input);
    const sub = collect(client, SCRAPING_SUBSCRIPTION, { jobId }, 'scrapingEvents');
    await within(sub.done, 90_000, `job ${jobId} to end`);
    expect(sub.errors).to.deep.equal([]);
    return { jobId, events: sub.events };
}
/** Checks the invariants every event stream must satisfy and returns the terminal event. */
export function assertWellFormedStream(events, jobId) {
    expect(events.length).to.be.greaterThan(0);
    expect(events.map((e) => e.seq)).to.deep.equal(events.map((_, i) => i + 1), 'seq is 1, 2, 3… with no gap');
    for (const e of events) {
        expect(e.jobId).to.equal(jobId);
        expect(Number.isNaN(Date.parse(e.at))).to.equal(false);
    }
    const terminals = events.filter((e) => ['ScrapingCompleted', 'ScrapingFailed', 'ScrapingCancelled'].includes(e.__typename));
    expect(terminals, 'exactly one terminal event').to.have.length(1);
    expect(events.at(-1)).to.equal(terminals[0]);
    return terminals[0];
}
/** A TCP port nothing listens on. */
async function closedPort() {
    const server = createServer();
    await new Promise((r) => server.listen(0, '127.0.0.1', r));
    const port = server.address().port;
    await new Promise((r) => server.close(() => r()));
    return port;
}
export function describeScrapingFlow(getSystem) {
    let site;
    let client;
    before(async () => {
        site = await serveAcmeSite();
    });
    after(async () => {
        await site?.close();
    });
    beforeEach(() => {
        client = wsClient(getSystem().url);
    });
    afterEach(async () => {
        await client?.dispose();
    });
    it('scrapes the fixture site: exactly the expected addresses, with a well-formed live event stream', async () => {
        const system = getSystem();
        const { jobId, events } = await scrapeToEnd(system, client, { url: site.url });
        const terminal = assertWellFormedStream(events, jobId);
        expect(terminal.__typename).to.equal('ScrapingCompleted');
        expect(events[0]).to.include({ __typename: 'ScrapingStarted', seq: 1, url: site.url });
        const found = events.filter((e) => e.__typename === 'ScrapingEmailFound').map((e) => e.email.address);
        const expected = ACME_EXPECTED.emails.map((e) => e.address);
        expect([...found].sort()).to.deep.equal([...expected].sort());
        expect(new Set(found).size).to.equal(found.length, 'each address announced once');
        for (const e of events.filter((x) => x.__typename === 'ScrapingEmailFound')) {
            expect(e.email.pageUrl.startsWith(site.url)).to.equal(true);
            expect(e.email.context).to.be.a('string');
        }
        const progress = events.filter((e) => e.__typename === 'ScrapingProgress');
        expect(progress.length).to.be.greaterThan(0);
        const visitedSeries = progress.map((e) => e.visited);
        expect(visitedSeries).to.deep.equal([...visitedSeries].sort((a, b) => a - b), 'visited never goes back');
        expect(terminal.emails).to.equal(expected.length);
        expect(terminal.visited).to.be.at.least(10);
        expect(terminal.visited).to.be.at.most(50);
        const { job } = await gqlData(system.url, `query ($id: ID!) { job(id: $id) { id kind status progress startedAt finishedAt label
      site { url pagesVisited emails { address pageUrl context } } } }`, { id: jobId });
        expect(job.status).to.equal('COMPLETED');
        expect(job.label, 'the default label is the site host').to.equal(new URL(site.url).host);
        expect(job.progress).to.equal(100);
        expect(job.site.pagesVisited).to.equal(terminal.visited);
        expect(job.site.emails.map((e) => e.address).sort()).to.deep.equal([...expected].sort());
        for (const disallowed of ACME_EXPECTED.robotsDisallowed) {
            expect(found).not.to.include(disallowed.address);
        }
    });
    it('replays a finished job: afterSeq returns exactly the missed events, then completes', async () => {
        const system = getSystem();
        const { jobId, events } = await scrapeToEnd(system, client, { url: site.url, maxDepth: 1, label: '  Acme — relance de mai  ' });
        const { job } = await gqlData(system.url, 'query ($id: ID!) { job(id: $id) { label } }', { id: jobId });
        expect(job.label).to.equal('Acme — relance de mai');
        const replayAll = collect(client, SCRAPING_SUBSCRIPTION, { jobId }, 'scrapingEvents');
        await within(replayAll.done, 10_000, 'full replay to complete');
        expect(replayAll.events).to.deep.equal(events);
        const replayTail = collect(client, SCRAPING_SUBSCRIPTION, { jobId, afterSeq: 3 }, 'scrapingEvents');
        await within(replayTail.done, 10_000, 'tail replay to complete');
        expect(replayTail.events).to.deep.equal(events.slice(3));
        const pastEnd = collect(client, SCRAPING_SUBSCRIPTION, { jobId, afterSeq: events.length }, 'scrapingEvents');
        await within(pastEnd.done, 10_000, 'empty replay to complete');
        expect(pastEnd.events).to.deep.equal([]);
    });
    it('cancelJob stops a running scrape promptly with one ScrapingCancelled, keeping partial results', async () => {
        const system = getSystem();
        // The calendar trap is endless; a per-host delay makes the crawl slow enough to cancel mid-way.
        const jobId = await startScraping(system.url, { url: `${site.url}calendar/1`, maxPages: 1000, maxDepth: 10, delayMs: 400, concurrency: 1 });
        const sub = collect(client, SCRAPING_SUBSCRIPTION, { jobId }, 'scrapingEvents');
        await sub.waitFor((e) => e.__typename === 'ScrapingEmailFound' && e.seq > 3, 60_000);
        const { cancelJob } = await gqlData(system.url, 'mutation ($id: ID!) { cancelJob(id: $id) { id status } }', { id: jobId });
        expect(cancelJob.status).to.equal('CANCELLED');
        await within(sub.done, 5_000, 'the stream to end after cancel');
        const terminal = assertWellFormedStream(sub.events, jobId);
        expect(terminal.__typename).to.equal('ScrapingCancelled');
        const emailsSeen = sub.events.filter((e) => e.__typename === 'ScrapingEmailFound').length;
        expect(terminal.emails).to.equal(emailsSeen);
        // The actor stops: the server stops getting requests for new calendar pages.
        await new Promise((r) => setTimeout(r, 2500));
        const before = site.requestLog.length;
        await new Promise((r) => setTimeout(r, 1500));
        expect(site.requestLog.length).to.equal(before, 'no more requests after the cancel');
        const { job } = await gqlData(system.url, 'query ($id: ID!) { job(id: $id) { status site { emails { address } } } }', { id: jobId });
        expect(job.status).to.equal('CANCELLED');
        expect(job.site.emails).to.have.length(emailsSeen);
        // Cancelling again is harmless.
        const again = await gqlData(system.url, 'mutation ($id: ID!) { cancelJob(id: $id) { status } }', { id: jobId });
        expect(again.cancelJob.status).to.equal('CANCELLED');
    });
    it('holds the limits on an endless link trap', async () => {
        const { jobId, events } = await scrapeToEnd(getSystem(), client, { url: `${site.url}calendar/1`, maxPages: 7, maxDepth: 10 });
        const terminal = assertWellFormedStream(events, jobId);
        expect(terminal.__typename).to.equal('ScrapingCompleted');
        expect(terminal.visited).to.equal(7);
        expect(terminal.emails).to.equal(7);
    });
    describe('bad input gets a clear error and harms nothing', () => {
        const refusals = [
            ['not a URL', { url: 'not a url' }, /not a valid url/i],
            ['an ftp: URL', { url: 'ftp://files.acme-industries.fr/' }, /unsupported url scheme "ftp:"/i],
            ['an empty URL', { url: '   ' }, /empty/i],
            ['maxPages 0', { url: 'https://acme-industries.fr', maxPages: 0 }, /maxPages/],
            ['maxDepth 99', { url: 'https://acme-industries.fr', maxDepth: 99 }, /maxDepth/],
            ['concurrency -1', { url: 'https://acme-industries.fr', concurrency: -1 }, /concurrency/],
            ['maxDurationSeconds 100000', { url: 'https://acme-industries.fr', maxDurationSeconds: 100000 }, /maxDurationSeconds/],
            ['a label of 201 characters', { url: 'https://acme-industries.fr', label: 'x'.repeat(201) }, /label must be at most 200/],
            ['a label with a line break', { url: 'https://acme-industries.fr', label: 'Acme\nDROP' }, /label must not contain control characters/],
            ['a label with a bidi override', { url: 'https://acme-industries.fr', label: 'invoice\u202Efdp.exe' }, /label must not contain control characters/],
        ];
        for (const [name, input, message] of refusals) {
            it(`refuses ${name} with BAD_USER_INPUT`, async () => {
                const system = getSystem();
                const r = await gql(system.url, START_SCRAPING, { input });
                expect(r.data ?? null).to.equal(null);
                expect(r.errors?.[0]?.extensions?.code).to.equal('BAD_USER_INPUT');
                expect(r.errors?.map((e) => e.message).join(' ')).to.match(message);
                if ('label' in input)
                    expect(r.errors?.[0]?.extensions?.field).to.equal('label');
                const health = await fetch(`${system.url}/healthz`);
                expect(health.status).to.equal(200);
            });
        }
        it('refuses a missing url with a GraphQL validation error', async () => {
            const r = await gql(getSystem().url, 'mutation { startScraping(input: {}) { id } }');
            expect(r.errors?.[0]?.message).to.match(/url/);
        });
        it('answers JOB_NOT_FOUND for an unknown job and null for job()', async () => {
            const system = getSystem();
            const r = await gql(system.url, 'mutation { cancelJob(id: "00000000-0000-4000-8000-000000000000") { id } }');
            expect(r.errors?.[0]?.extensions?.code).to.equal('JOB_NOT_FOUND');
            const q = await gqlData(system.url, 'query { job(id: "nope") { id } }');
            expect(q.job).to.equal(null);
            const sub = collect(client, SCRAPING_SUBSCRIPTION, { jobId: 'nope' }, 'scrapingEvents');
            await within(sub.done, 5000, 'the refused subscription to end');
            expect(JSON.stringify(sub.errors)).to.match(/JOB_NOT_FOUND|No job/);
        });
        const failing = [
            ['an unreachable host', async () => `http://127.0.0.1:${await closedPort()}/`, /ERR_CONNECTION_REFUSED|refused|could not load/i],
            ['a host that never answers', (u) => `${u}hang`, /within \d+ ms|timed? ?out/i],
            ['a non-HTML URL', (u) => `${u}api/status`, /html/i],
            ['a redirect loop', (u) => `${u}loop-a`, /redirect/i],
        ];
        for (const [name, makeUrl, message] of failing) {
            it(`ends with ScrapingFailed for ${name}, and the gateway keeps serving`, async () => {
                const system = getSystem();
                const { jobId, events } = await scrapeToEnd(system, client, { url: await makeUrl(site.url) });
                const terminal = assertWellFormedStream(events, jobId);
                expect(terminal.__typename).to.equal('ScrapingFailed');
                expect(terminal.error).to.match(message);
                const { job } = await gqlData(system.url, 'query ($id: ID!) { job(id: $id) { status error } }', { id: jobId });
                expect(job).to.deep.equal({ status: 'FAILED', error: terminal.error });
                expect((await fetch(`${system.url}/healthz`)).status).to.equal(200);
            });
        }
    });
    it('lists jobs newest first with cursor pagination and filters', async () => {
        const system = getSystem();
        for (let i = 0; i < 3; i++)
            await scrapeToEnd(system, client, { url: `${site.url}api/status` });
        const first = await gqlData(system.url, 'query { jobs(first: 2, kind: SCRAPING) { totalCount pageInfo { hasNextPage endCursor } nodes { id createdAt } } }');
        expect(first.jobs.nodes).to.have.length(2);
        expect(first.jobs.totalCount).to.be.at.least(3);
        expect(first.jobs.pageInfo.hasNextPage).to.equal(true);
        const second = await gqlData(system.url, 'query ($after: String) { jobs(first: 2, after: $after) { nodes { id createdAt } } }', {
            after: first.jobs.pageInfo.endCursor,
        });
        const ids = [...first.jobs.nodes, ...second.jobs.nodes].map((j) => j.id);
        expect(new Set(ids).size).to.equal(ids.length);
        const times = [...first.jobs.nodes, ...second.jobs.nodes].map((j) => Date.parse(j.createdAt));
        expect(times).to.deep.equal([...times].sort((a, b) => b - a));
        const failed = await gqlData(system.url, 'query { jobs(status: FAILED, first: 100) { nodes { status } } }');
        expect(failed.jobs.nodes.every((j) => j.status === 'FAILED')).to.equal(true);
        const bad = await gql(system.url, 'query { jobs(first: 1000) { totalCount } }');
        expect(bad.errors?.[0]?.extensions?.code).to.equal('BAD_USER_INPUT');
        const badCursor = await gql(system.url, 'query { jobs(after: "zzz") { totalCount } }');
        expect(badCursor.errors?.[0]?.extensions?.code).to.equal('BAD_USER_INPUT');
    });
}
//# sourceMappingURL=scraping-flow.js.map