/**
 * Several gateways on one PostgreSQL store and one NATS, all as separate processes: a
 * mutation on one gateway, subscriptions on every gateway, a gateway SIGKILLed mid-job and
 * restarted (its subscribers resume on another one with afterSeq), and a PostgreSQL restart
 * mid-job. Every subscriber must end with the same gap-free sequence: 0 lost, 0 duplicated.
 */
import { expect } from 'chai';
import { serveGeneratedSites } from '../fixtures/generated-sites.js';
import { collect, gqlData, within, wsClient } from '../helpers/graphql.js';
import { startNatsServer } from '../helpers/nats-server.js';
import { createTestSchema } from '../helpers/postgres.js';
import { startPrivatePostgres } from '../helpers/private-postgres.js';
import { startProcess } from '../helpers/processes.js';
import { tempDir } from '../helpers/temp.js';
import { ANALYSIS_SUBSCRIPTION, JOB_COMPANIES, START_ANALYSIS } from '../integration/analysis-flow.js';
const ACTOR_ENV = { PROSPECTLAB_ALLOW_PRIVATE_NETWORKS: '1', PROSPECTLAB_ACTOR_CONCURRENCY: '6', PROSPECTLAB_PAGE_TIMEOUT_MS: '5000' };
function failoverSubscriber(gateways, home, jobId, clients) {
    const sub = { events: [], receivedAt: [], home, reconnects: 0, done: Promise.resolve() };
    const run = async () => {
        let index = home;
        for (let attempt = 0; attempt < 20; attempt++) {
            const urls = gateways();
            let url = urls[index % urls.length];
            for (let step = 1; !url && step <= urls.length; step++)
                url = urls[(index + step) % urls.length];
            if (!url)
                throw new Error('no gateway left');
            const client = wsClient(url);
            clients.push(client);
            const afterSeq = sub.events.at(-1)?.seq ?? 0;
            const collected = collect(client, ANALYSIS_SUBSCRIPTION, { jobId, afterSeq }, 'analysisEvents');
            const seen = { count: 0 };
            const timer = setInterval(() => {
                while (seen.count < collected.events.length) {
                    sub.events.push(collected.events[seen.count++]);
                    sub.receivedAt.push(Date.now());
                }
            }, 5);
            await collected.done;
            clearInterval(timer);
            while (seen.count < collected.events.length) {
                sub.events.push(collected.events[seen.count++]);
                sub.receivedAt.push(Date.now());
            }
            void client.dispose();
            if (sub.events.at(-1)?.__typename === 'AnalysisCompleted')
                return;
            sub.reconnects++;
            index++;
            await new Promise((resolve) => setTimeout(resolve, 200));
        }
        throw new Error('gave up reconnecting');
    };
    sub.done = run();
    return sub;
}
function percentile(values, p) {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}
/** The same gap-free sequence for every subscriber, the job complete, each company analysed once. */
function assertSameGapFreeSequence(subs, total) {
    const reference = subs[0].events;
    expect(reference.map((e) => e.seq)).to.deep.equal(reference.map((_, i) => i + 1), 'gap-free, ordered, unduplicated');
    expect(reference.at(-1)).to.include({ __typename: 'AnalysisCompleted', total, succeeded: total, failed: 0 });
    const analysed = reference.filter((e) => e.__typename === 'AnalysisProgress' && e.message.startsWith('Analysed '));
    expect(new Set(analysed.map((e) => e.company)).size).to.equal(total);
    expect(analysed).to.have.length(total);
    for (const sub of subs) {
        expect(sub.events.map((e) => `${e.seq}:${e.__typename}:${e.message ?? ''}`)).to.deep.equal(reference.map((e) => `${e.seq}:${e.__typename}:${e.message ?? ''}`));
    }
    return reference;
}
describe('several gateways on PostgreSQL and NATS (separate processes)', function () {
    this.timeout(600_000);
    let nats;
    let sites;
    const processes = [];
    const clients = [];
    const data = tempDir('pl-gateways');
    const start = async (entry, env) => {
        const p = await startProcess(entry, { NATS_URL: nats.url, PROSPECTLAB_DATA_DIR: data.path, ...env });
        processes.push(p);
        return p;
    };
    before(async () => {
        nats = await startNatsServer();
        sites = await serveGeneratedSites(100);
    });
    afterEach(async function () {
        if (this.currentTest?.state === 'failed') {
            for (const p of processes)
                console.log(`--- output of pid ${p.child.pid}:\n${p.output().slice(-4000)}`);
        }
        await Promise.all(clients.splice(0).map(async (c) => c.dispose()));
        await Promise.all(processes.splice(0).map((p) => p.kill()));
    });
    after(async () => {
        await nats?.stop();
        await sites?.close();
        data.remove();
    });
    it('3 gateways, 2 actor services, 100 companies, 30 subscribers; one gateway SIGKILLed mid-job and restarted: 0 lost, 0 duplicated', async () => {
        const schema = await createTestSchema();
        try {
            const env = { PROSPECTLAB_DATABASE_URL: schema.url, PROSPECTLAB_DATABASE_POOL_SIZE: '5' };
            const gateways = await Promise.all([0, 1, 2].map(() => start('gateway', env)));
            const urls = gateways.map((g) => g.url);
            await start('actors', ACTOR_ENV);
            await start('actors', ACTOR_ENV);
            const companies = sites.urls.map((website, i) => ({ name: `Société ${i + 1}`, website }));
            const { startAnalysis } = await gqlData(urls[0], START_ANALYSIS, {
                input: { companies, options: { concurrency: 12, maxPagesPerSite: 2, maxDepth: 1 } },
            });
            const jobId = startAnalysis.id;
            const subs = Array.from({ length: 30 }, (_, i) => failoverSubscriber(() => urls, i % 3, jobId, clients));
            const victim = 1;
            const watcher = subs.find((s) => s.home === 0);
            const analysedSoFar = () => watcher.events.filter((e) => e.__typename === 'AnalysisProgress' && e.message.startsWith('Analysed ')).length;
            const deadline = Date.now() + 240_000;
            while (analysedSoFar() < 30 && Date.now() < deadline)
                await new Promise((resolve) => setTimeout(resolve, 100));
            expect(analysedSoFar(), 'the job to be well under way').to.be.at.least(30);
            urls[victim] = null;
            await gateways[victim].kill();
            const killedAt = analysedSoFar();
            const restarted = await start('gateway', env);
            urls[victim] = restarted.url;
            await within(Promise.all(subs.map((s) => s.done)), 420_000, 'every subscriber to see the end');
            const reference = assertSameGapFreeSequence(subs, companies.length);
            const moved = subs.filter((s) => s.home === victim);
            for (const s of moved)
                expect(s.reconnects, 'subscribers of the killed gateway resumed elsewhere').to.be.at.least(1);
            // Reads from any gateway, the restarted one included.
            for (const url of urls) {
                const { job } = await gqlData(url, JOB_COMPANIES, { id: jobId });
                expect(job.status).to.equal('COMPLETED');
                expect(job.companies.filter((c) => c.status === 'OK')).to.have.length(companies.length);
                const csv = await fetch(`${url}/jobs/${jobId}/export.csv`);
                expect(csv.status).to.equal(200);
                expect((await csv.text()).trim().split('\n')).to.have.length(companies.length + 1);
            }
            const lateClient = wsClient(urls[victim]);
            clients.push(lateClient);
            const late = collect(lateClient, ANALYSIS_SUBSCRIPTION, { jobId, afterSeq: reference.length - 5 }, 'analysisEvents');
            await within(late.done, 30_000, 'an afterSeq replay on the restarted gateway');
            expect(late.events.map((e) => e.seq)).to.deep.equal(reference.slice(-5).map((e) => e.seq));
            // Event path: actor's timestamp → subscriber, by the gateway the subscriber is on (events before the kill).
            const latency = [0, 2].map((g) => {
                const samples = subs
                    .filter((s) => s.home === g)
                    .flatMap((s) => s.events.map((e, i) => ({ e, ms: s.receivedAt[i] - Date.parse(e.at) })))
                    .filter(({ e }) => e.__typename === 'AnalysisProgress')
                    .map(({ ms }) => ms);
                return { gateway: g, p50Ms: percentile(samples, 50), p95Ms: percentile(samples, 95), samples: samples.length };
            });
            // The same event through two gateways: first arrival at a subscriber of gateway 2 minus gateway 0.
            const firstArrival = (g) => {
                const at = new Map();
                for (const s of subs.filter((x) => x.home === g)) {
                    s.events.forEach((e, i) => at.set(e.seq, Math.min(at.get(e.seq) ?? Infinity, s.receivedAt[i])));
                }
                return at;
            };
            const [at0, at2] = [firstArrival(0), firstArrival(2)];
            const deltas = [...at0].filter(([seq]) => at2.has(seq)).map(([seq, t]) => at2.get(seq) - t);
            const gatewayDelta = {
                p50Ms: percentile(deltas, 50),
                p95Ms: percentile(deltas, 95),
                p50AbsMs: percentile(deltas.map(Math.abs), 50),
                p95AbsMs: percentile(deltas.map(Math.abs), 95),
            };
            console.log(`      gateway figures: ${JSON.stringify({
                gatewayDelta,
                events: reference.length,
                subscribers: subs.length,
                killedAfterAnalysed: killedAt,
                reconnects: subs.reduce((n, s) => n + s.reconnects, 0),
                lost: 0,
                duplicated: 0,
                latency,
            })}`);
        }
        finally {
            await Promise.all(processes.splice(0).map((p) => p.kill()));
            await schema.drop();
        }
    });
    it('a PostgreSQL restart mid-job: gateways ride it out, the job completes, every subscriber gap-free', async () => {
        const database = await startPrivatePostgres();
        try {
            const env = { PROSPECTLAB_DATABASE_URL: database.url, PROSPECTLAB_DATABASE_POOL_SIZE: '4' };
            const gateways = [await start('gateway', env), await start('gateway', env)];
            const urls = gateways.map((g) => g.url);
            await start('actors', ACTOR_ENV);
            const companies = sites.urls.slice(0, 24).map((website, i) => ({ name: `Entreprise ${i + 1}`, website }));
            const { startAnalysis } = await gqlData(urls[0], START_ANALYSIS, {
                input: { companies, options: { concurrency: 4, maxPagesPerSite: 2, maxDepth: 1, delayMs: 300 } },
            });
            const jobId = startAnalysis.id;
            const subs = Array.from({ length: 4 }, (_, i) => failoverSubscriber(() => urls, i % 2, jobId, clients));
            const deadline = Date.now() + 120_000;
            const analysed = () => subs[0].events.filter((e) => e.__typename === 'AnalysisProgress' && e.message.startsWith('Analysed ')).length;
            while (analysed() < 4 && Date.now() < deadline)
                await new Promise((resolve) => setTimeout(resolve, 100));
            expect(analysed()).to.be.at.least(4);
            await database.restart(3000);
            await within(Promise.all(subs.map((s) => s.done)), 240_000, 'the analysis to complete after the restart');
            assertSameGapFreeSequence(subs, companies.length);
            const { job } = await gqlData(urls[1], JOB_COMPANIES, { id: jobId });
            expect(job.status).to.equal('COMPLETED');
            expect(gateways.map((g) => g.output()).join('\n')).to.match(/Could not apply|PostgreSQL connection lost|Sending queued work failed/);
        }
        catch (error) {
            for (const p of processes)
                console.log(`--- output of pid ${p.child.pid}:\n${p.output().slice(-4000)}`);
            throw error;
        }
        finally {
            await Promise.all(processes.splice(0).map((p) => p.kill()));
            await database.stop();
        }
    });
});
//# sourceMappingURL=gateways-faults.test.js.map