/**
 * The scraping flow in distributed mode: a real nats-server with JetStream, the gateway and an
 * actor service as separate processes (`dist/main/gateway.js`, `dist/main/actors.js`).
 */
import { expect } from 'chai';
import { serveAcmeSite } from '../fixtures/acme-routes.js';
import { collect, gqlData, SCRAPING_SUBSCRIPTION, within, wsClient } from '../helpers/graphql.js';
import { startNatsServer } from '../helpers/nats-server.js';
import { startProcess } from '../helpers/processes.js';
import { tempDir } from '../helpers/temp.js';
import { assertWellFormedStream, describeScrapingFlow, startScraping } from './scraping-flow.js';
const ACTOR_ENV = { PROSPECTLAB_ALLOW_PRIVATE_NETWORKS: '1', PROSPECTLAB_PAGE_TIMEOUT_MS: '4000' };
describe('scraping, distributed mode (NATS, separate gateway and actor processes)', function () {
    this.timeout(120_000);
    let nats;
    let gateway;
    let actors;
    const data = tempDir('pl-distributed');
    const startGateway = () => startProcess('gateway', { NATS_URL: nats.url, PROSPECTLAB_DATA_DIR: data.path });
    before(async () => {
        nats = await startNatsServer();
        gateway = await startGateway();
        actors = await startProcess('actors', { NATS_URL: nats.url, ...ACTOR_ENV });
    });
    after(async () => {
        const gatewayCode = await gateway?.stop();
        const actorsCode = await actors?.stop();
        await nats?.stop();
        data.remove();
        expect(gatewayCode, `gateway output:\n${gateway?.output()}`).to.equal(0);
        expect(actorsCode, `actors output:\n${actors?.output()}`).to.equal(0);
    });
    it('is ready: /readyz sees NATS, the store and an actor service with its browser', async () => {
        const ready = await fetch(`${gateway.url}/readyz`);
        expect(await ready.json()).to.deep.equal({ status: 'ready', checks: { bus: true, store: true, browser: true } });
    });
    describeScrapingFlow(() => ({ url: gateway.url }));
    describe('gateway restart and subscription clean-up', () => {
        let site;
        before(async () => {
            site = await serveAcmeSite();
        });
        after(async () => {
            await site?.close();
        });
        it('a restarted gateway keeps the job, its result and its events; the job goes on meanwhile', async () => {
            let client = wsClient(gateway.url);
            const jobId = await startScraping(gateway.url, { url: `${site.url}calendar/1`, maxPages: 10, maxDepth: 10, delayMs: 300, concurrency: 1 });
            const sub = collect(client, SCRAPING_SUBSCRIPTION, { jobId }, 'scrapingEvents');
            await sub.waitFor((e) => e.__typename === 'ScrapingEmailFound', 30_000);
            await client.dispose();
            const seen = sub.events.length;
            const lastSeq = sub.events.at(-1).seq;
            expect(await gateway.stop()).to.equal(0);
            await new Promise((r) => setTimeout(r, 1500)); // the actor keeps crawling while the gateway is down
            gateway = await startGateway();
            client = wsClient(gateway.url);
            try {
                const resumed = collect(client, SCRAPING_SUBSCRIPTION, { jobId, afterSeq: lastSeq }, 'scrapingEvents');
                await within(resumed.done, 60_000, 'the resumed stream to end');
                expect(resumed.errors).to.deep.equal([]);
                const all = [...sub.events.slice(0, seen), ...resumed.events];
                const terminal = assertWellFormedStream(all, jobId);
                expect(terminal.__typename).to.equal('ScrapingCompleted');
                expect(terminal.visited).to.equal(10);
                expect(all.filter((e) => e.__typename === 'ScrapingEmailFound')).to.have.length(10);
                const full = collect(client, SCRAPING_SUBSCRIPTION, { jobId }, 'scrapingEvents');
                await within(full.done, 10_000, 'full replay');
                expect(full.events).to.deep.equal(all);
                const { job } = await gqlData(gateway.url, 'query ($id: ID!) { job(id: $id) { status site { pagesVisited emails { address } } } }', { id: jobId });
                expect(job.status).to.equal('COMPLETED');
                expect(job.site.emails).to.have.length(10);
            }
            finally {
                await client.dispose();
            }
        });
        it("a client's complete leaves no NATS subscription behind", async () => {
            const client = wsClient(gateway.url);
            try {
                const jobId = await startScraping(gateway.url, { url: `${site.url}calendar/1`, maxPages: 1000, maxDepth: 10, delayMs: 500, concurrency: 1 });
                const subject = `pl.job.${jobId}.events`;
                const subs = [1, 2, 3].map(() => collect(client, SCRAPING_SUBSCRIPTION, { jobId }, 'scrapingEvents'));
                await Promise.all(subs.map((s) => s.waitFor((e) => e.__typename === 'ScrapingProgress', 30_000)));
                // The gateway shares one NATS subscription among the watchers of a job.
                expect(await nats.subscriptionCount(subject)).to.equal(1);
                subs[0].stop();
                subs[1].stop();
                const seenSeq = subs[2].events.at(-1).seq;
                await subs[2].waitFor((e) => e.seq > seenSeq && e.__typename === 'ScrapingProgress', 30_000);
                expect(await nats.subscriptionCount(subject), 'kept for the last watcher').to.equal(1);
                subs[2].stop();
                await waitUntil(async () => (await nats.subscriptionCount(subject)) === 0, 5000);
                expect(await nats.subscriptionCount(subject)).to.equal(0);
                await gqlData(gateway.url, 'mutation ($id: ID!) { cancelJob(id: $id) { status } }', { id: jobId });
            }
            finally {
                await client.dispose();
            }
        });
    });
});
async function waitUntil(check, timeoutMs) {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
        if (await check())
            return;
        await new Promise((r) => setTimeout(r, 100));
    }
}
//# sourceMappingURL=scraping-distributed.test.js.map