/**
 * The shared event fan-out of the gateway, through real graphql-ws clients: one bus
 * subscription and one serialisation per job and selection, whatever the number of
 * subscribers, with every subscriber's guarantees kept (replay then live without gap or
 * duplicate, own field selection, completion, release on `complete`, a stalled client held
 * apart with bounded memory).
 */
import { expect } from 'chai';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { ActorOutput } from '../../actors/actor-output.js';
import { collect, gqlData, SCRAPING_SUBSCRIPTION, START_SCRAPING, within, wsClient } from '../helpers/graphql.js';
import { startInProcessGateway } from '../helpers/in-process-gateway.js';
import { rawDataText } from '../helpers/security.js';
const SUBSCRIBERS = 120;
const WAIT_MS = 60_000;
function recordingClient(baseUrl) {
    const raw = [];
    let opened;
    class Recording extends WebSocket {
        constructor(address, protocols) {
            super(address, protocols);
            // eslint-disable-next-line @typescript-eslint/no-this-alias -- the test pauses the very socket graphql-ws opens
            opened = this;
            this.on('message', (data) => raw.push(rawDataText(data)));
        }
    }
    const client = createClient({ url: `${baseUrl.replace(/^http/, 'ws')}/graphql`, webSocketImpl: Recording, retryAttempts: 0, lazy: true });
    return {
        client,
        raw,
        socket() {
            if (!opened)
                throw new Error('the client has not connected yet');
            return opened;
        },
    };
}
async function until(what, condition) {
    const deadline = Date.now() + WAIT_MS;
    while (!condition()) {
        if (Date.now() > deadline)
            throw new Error(`${what} did not happen within ${WAIT_MS} ms`);
        await new Promise((resolve) => setTimeout(resolve, 10));
    }
}
function seqs(events) {
    return events.map((event) => event.seq);
}
function range(from, to) {
    return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}
describe('Event fan-out: graphql-ws subscribers of one job share one bus subscription and one serialisation', function () {
    this.timeout(180_000);
    let gw;
    const clients = [];
    before(async () => {
        gw = await startInProcessGateway();
    });
    after(async () => {
        await Promise.all(clients.splice(0).map(async (client) => {
            await client.dispose();
        }));
        await gw.stop();
    });
    async function newJob() {
        const { startScraping } = await gqlData(gw.url, START_SCRAPING, {
            input: { url: 'https://acme-industries.fr/', maxPages: 1000 },
        });
        return { jobId: startScraping.id, out: new ActorOutput({ bus: gw.bus, jobId: startScraping.id }) };
    }
    const progress = (out, visited) => out.send({ type: 'scrape.progress', visited, emails: 0, elapsedSeconds: visited / 10, currentUrl: `https://acme-industries.fr/p${visited}` });
    // Bursts are of e-mails: the ingest coalesces a burst of progress messages (a later one
    // supersedes an earlier one in the same batch), e-mails never.
    const emailFound = (out, n) => out.send({ type: 'scrape.email', email: { address: `contact${n}@acme-industries.fr`, pageUrl: `https://acme-industries.fr/p${n}`, context: '' } });
    function subscriber(query = SCRAPING_SUBSCRIPTION, variables) {
        const client = wsClient(gw.url);
        clients.push(client);
        return collect(client, query, variables, 'scrapingEvents');
    }
    it(`${SUBSCRIBERS} subscribers receive the same gap-free sequence, the same bytes, and one bus subscription serves them`, async () => {
        const { jobId, out } = await newJob();
        const recorders = [recordingClient(gw.url), recordingClient(gw.url)];
        clients.push(...recorders.map((r) => r.client));
        const all = [
            ...recorders.map((r) => collect(r.client, SCRAPING_SUBSCRIPTION, { jobId }, 'scrapingEvents')),
            ...Array.from({ length: SUBSCRIBERS - 2 }, () => subscriber(SCRAPING_SUBSCRIPTION, { jobId })),
        ];
        await until('every subscription opens', () => gw.gateway.liveEvents().streams >= SUBSCRIBERS);
        expect(gw.gateway.liveEvents().busSubscriptions).to.equal(1);
        await out.send({ type: 'scrape.started', url: 'https://acme-industries.fr/' });
        for (let n = 1; n <= 200; n++)
            void emailFound(out, n);
        await out.send({ type: 'scrape.completed', visited: 200, emails: 0, elapsedSeconds: 20 });
        await within(Promise.all(all.map((c) => c.done)), WAIT_MS, 'every subscription completes');
        for (const c of all) {
            expect(c.errors).to.deep.equal([]);
            expect(seqs(c.events)).to.deep.equal(range(1, 202));
            expect(c.events).to.deep.equal(all[0].events);
        }
        expect(all[0].events.at(-1).__typename).to.equal('ScrapingCompleted');
        // Same document: the same payload bytes (only the operation id differs per client).
        const payloads = recorders.map((r) => r.raw.filter((m) => m.includes('"type":"next"')).map((m) => m.slice(m.indexOf('"payload":'))));
        expect(payloads[0]).to.have.length(202);
        expect(payloads[1]).to.deep.equal(payloads[0]);
        await until('the bus subscription is released', () => gw.gateway.liveEvents().busSubscriptions === 0);
        expect(gw.gateway.liveEvents().streams).to.equal(0);
    });
    it('two selections of one job each get their own fields', async () => {
        const { jobId, out } = await newJob();
        const visitedOnly = `subscription ($jobId: ID!) { scrapingEvents(jobId: $jobId) { __typename seq ... on ScrapingProgress { visited } } }`;
        const urlOnly = `subscription Urls($jobId: ID!, $withAt: Boolean!) { scrapingEvents(jobId: $jobId) { seq at @include(if: $withAt) ... on ScrapingProgress { currentUrl } } }`;
        const a = [subscriber(visitedOnly, { jobId }), subscriber(visitedOnly, { jobId })];
        const b = subscriber(urlOnly, { jobId, withAt: false });
        const c = subscriber(urlOnly, { jobId, withAt: true });
        await until('every subscription opens', () => gw.gateway.liveEvents().streams >= 4);
        await out.send({ type: 'scrape.started', url: 'https://acme-industries.fr/' });
        for (let visited = 1; visited <= 20; visited++)
            await progress(out, visited);
        await out.send({ type: 'scrape.completed', visited: 20, emails: 0, elapsedSeconds: 2 });
        await within(Promise.all([...a, b, c].map((s) => s.done)), WAIT_MS, 'every subscription completes');
        // Progress superseded within an ingest batch is coalesced: how many arrive varies, never a gap.
        const total = a[0].events.length;
        const progressOf = (s) => s.events.filter((e) => e.seq > 1 && e.seq < total);
        const first = progressOf(a[0])[0];
        expect(first).to.deep.equal({ __typename: 'ScrapingProgress', seq: 2, visited: first.visited });
        expect(first.visited).to.be.within(1, 20);
        expect(a[1].events).to.deep.equal(a[0].events);
        expect(progressOf(b)[0]).to.deep.equal({ seq: 2, currentUrl: `https://acme-industries.fr/p${first.visited}` });
        expect(Object.keys(progressOf(c)[0])).to.deep.equal(['seq', 'at', 'currentUrl']);
        for (const s of [...a, b, c])
            expect(seqs(s.events)).to.deep.equal(range(1, total));
        expect(a[0].events.at(-1).__typename).to.equal('ScrapingCompleted');
    });
    it('afterSeq replays the stored events, then live ones, with no gap or duplicate under a burst', async () => {
        const { jobId, out } = await newJob();
        const watcher = subscriber(SCRAPING_SUBSCRIPTION, { jobId });
        await until('the watcher subscribes', () => gw.gateway.liveEvents().streams >= 1);
        await out.send({ type: 'scrape.started', url: 'https://acme-industries.fr/' });
        for (let n = 1; n <= 50; n++)
            void emailFound(out, n);
        await watcher.waitFor((e) => e.seq === 51, WAIT_MS);
        // Resume from seq 20 while a burst of 300 more events arrives.
        const burst = (async () => {
            for (let n = 51; n <= 350; n++)
                void emailFound(out, n);
            await out.send({ type: 'scrape.completed', visited: 350, emails: 0, elapsedSeconds: 35 });
        })();
        const resumed = Array.from({ length: 10 }, () => subscriber(SCRAPING_SUBSCRIPTION, { jobId, afterSeq: 20 }));
        await burst;
        await within(Promise.all([watcher, ...resumed].map((s) => s.done)), WAIT_MS, 'every subscription completes');
        for (const s of resumed) {
            expect(s.errors).to.deep.equal([]);
            expect(seqs(s.events)).to.deep.equal(range(21, 352));
        }
        expect(seqs(watcher.events)).to.deep.equal(range(1, 352));
    });
    it("a client's complete ends its stream, and the last one releases the job's bus subscription", async () => {
        const { jobId, out } = await newJob();
        const first = subscriber(SCRAPING_SUBSCRIPTION, { jobId });
        const second = subscriber(SCRAPING_SUBSCRIPTION, { jobId });
        await until('both subscribe', () => gw.gateway.liveEvents().streams === 2);
        expect(gw.gateway.liveEvents().busSubscriptions).to.equal(1);
        await out.send({ type: 'scrape.started', url: 'https://acme-industries.fr/' });
        await Promise.all([first, second].map((s) => s.waitFor((e) => e.seq === 1, WAIT_MS)));
        first.stop();
        await until('the first stream ends', () => gw.gateway.liveEvents().streams === 1);
        expect(gw.gateway.liveEvents().busSubscriptions).to.equal(1);
        await progress(out, 1);
        await second.waitFor((e) => e.seq === 2, WAIT_MS);
        second.stop();
        await until('the bus subscription is released', () => gw.gateway.liveEvents().busSubscriptions === 0);
        expect(gw.gateway.liveEvents().streams).to.equal(0);
        expect(seqs(first.events)).to.deep.equal([1]);
    });
    it('a stalled client does not hold back the others, its memory stays bounded, and it catches up gap-free', async () => {
        const { jobId, out } = await newJob();
        const stalled = recordingClient(gw.url);
        clients.push(stalled.client);
        const slow = collect(stalled.client, SCRAPING_SUBSCRIPTION, { jobId }, 'scrapingEvents');
        const others = Array.from({ length: 5 }, () => subscriber(SCRAPING_SUBSCRIPTION, { jobId }));
        await until('every subscription opens', () => gw.gateway.liveEvents().streams === 6);
        await out.send({ type: 'scrape.started', url: 'https://acme-industries.fr/' });
        await slow.waitFor((e) => e.seq === 1, WAIT_MS);
        // The stalled client stops reading its socket: what the gateway sends it piles up.
        const tcp = stalled.socket()._socket;
        tcp.pause();
        const events = 4000;
        let mostBuffered = 0;
        const sampler = setInterval(() => (mostBuffered = Math.max(mostBuffered, gw.gateway.liveEvents().mostBufferedEvents)), 5);
        try {
            for (let n = 1; n <= events; n++) {
                void emailFound(out, n);
                if (n % 500 === 0)
                    await out.flush();
            }
            await out.send({ type: 'scrape.completed', visited: events, emails: 0, elapsedSeconds: 400 });
            await within(Promise.all(others.map((s) => s.done)), WAIT_MS, 'the other subscriptions complete while one client is stalled');
        }
        finally {
            clearInterval(sampler);
        }
        for (const s of others)
            expect(seqs(s.events)).to.deep.equal(range(1, events + 2));
        expect(slow.events.length).to.be.below(events + 2);
        expect(mostBuffered).to.be.at.most(1000); // JobEventStream's maxBufferedEvents
        tcp.resume();
        await within(slow.done, WAIT_MS, 'the stalled client catches up');
        expect(seqs(slow.events)).to.deep.equal(range(1, events + 2));
    });
});
//# sourceMappingURL=event-fanout.test.js.map