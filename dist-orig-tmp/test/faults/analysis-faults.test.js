/**
 * Faults injected for real while analyses run on real NATS, with the gateway and actor
 * services as separate processes: kill -9 of an actor, SIGTERM of an actor, a Chromium
 * crash, a NATS restart, a company that kills every actor that takes it, a job whose actors
 * never come back. Each ends with every company reported exactly once.
 */
import { expect } from 'chai';
import { serveCompanySites } from '../fixtures/company-sites.js';
import { fixtureSitePath, serveFixtureSite } from '../helpers/fixture-server.js';
import { collect, gqlData, within, wsClient } from '../helpers/graphql.js';
import { startNatsServer } from '../helpers/nats-server.js';
import { browserPidOf, descendants, isAlive, waitUntil } from '../helpers/proc.js';
import { startProcess } from '../helpers/processes.js';
import { tempDir } from '../helpers/temp.js';
import { ANALYSIS_SUBSCRIPTION, JOB_COMPANIES, START_ANALYSIS } from '../integration/analysis-flow.js';
const ACTOR_ENV = {
    PROSPECTLAB_ALLOW_PRIVATE_NETWORKS: '1',
    PROSPECTLAB_PAGE_TIMEOUT_MS: '5000',
    PROSPECTLAB_WORK_ACK_WAIT_MS: '2000',
    PROSPECTLAB_WORK_MAX_DELIVER: '3',
    PROSPECTLAB_ACTOR_CONCURRENCY: '4',
};
function companiesOf(...sets) {
    return sets.flatMap((sites, i) => Object.entries(sites.urls).map(([name, website]) => ({ name: `${name} ${i + 1}`, website })));
}
/** Every company reported once, every event once, in order; returns the job. */
async function assertExactlyOnce(url, jobId, events, companies, failed = []) {
    expect(events.map((e) => e.seq)).to.deep.equal(events.map((_, i) => i + 1), 'no event lost or repeated');
    const terminal = events.at(-1);
    expect(terminal).to.include({ __typename: 'AnalysisCompleted', total: companies.length, failed: failed.length });
    const analysed = events.filter((e) => e.__typename === 'AnalysisProgress' && /^(Analysed|Could not analyse) /.test(e.message));
    expect(analysed.map((e) => e.company).sort()).to.deep.equal(companies.map((c) => c.name).sort(), 'each company finished once');
    const started = events.filter((e) => e.__typename === 'AnalysisProgress' && /^Analysing [^:]+$/.test(e.message));
    expect(new Set(started.map((e) => e.company)).size).to.equal(started.length, 'each company announced once');
    expect(events
        .filter((e) => e.__typename === 'AnalysisItemFailed')
        .map((e) => e.company)
        .sort()).to.deep.equal([...failed].sort());
    const { job } = await gqlData(url, JOB_COMPANIES, { id: jobId });
    expect(job.status).to.equal('COMPLETED');
    expect(job.companies.map((c) => c.name)).to.deep.equal(companies.map((c) => c.name));
    for (const c of job.companies)
        expect(c.status, c.name).to.equal(failed.includes(c.name) ? 'FAILED' : 'OK');
    return job;
}
/**
 * A site that kills whichever actor service fetches it (`current()`). `killed` holds the services
 * it killed: one request can arrive twice (Chromium retries a reset connection) before the kill
 * lands, so deliveries are counted by process, not by request.
 */
/** `current` gives the pid of the actor service running now, known from its spawn (it may take work before it says it is ready). */
async function servePoison(current) {
    const killed = new Set();
    const site = await serveFixtureSite(fixtureSitePath('companies'), {
        routes: {
            '/*': (_req, res) => {
                res.destroy();
                const pid = current();
                if (pid !== null && isAlive(pid)) {
                    killed.add(pid);
                    process.kill(pid, 'SIGKILL');
                }
            },
        },
    });
    return { site, killed };
}
describe('faults during analyses (real NATS, separate processes)', function () {
    this.timeout(240_000);
    let nats;
    let gateway;
    let client;
    let sitesA;
    let sitesB;
    const actors = [];
    const data = tempDir('pl-faults');
    const startActor = async (env = {}, onSpawn) => {
        const actor = await startProcess('actors', { NATS_URL: nats.url, ...ACTOR_ENV, ...env }, undefined, onSpawn);
        actors.push(actor);
        return actor;
    };
    const start = async (companies, options) => {
        const { startAnalysis } = await gqlData(gateway.url, START_ANALYSIS, { input: { companies, options } });
        const sub = collect(client, ANALYSIS_SUBSCRIPTION, { jobId: startAnalysis.id }, 'analysisEvents');
        return { jobId: startAnalysis.id, sub };
    };
    before(async () => {
        nats = await startNatsServer();
        sitesA = await serveCompanySites();
        sitesB = await serveCompanySites();
        gateway = await startProcess('gateway', { NATS_URL: nats.url, PROSPECTLAB_DATA_DIR: data.path });
    });
    beforeEach(() => {
        client = wsClient(gateway.url);
    });
    afterEach(async () => {
        await client.dispose();
        await Promise.all(actors.splice(0).map((a) => a.kill()));
    });
    after(async () => {
        await gateway?.stop();
        await nats?.stop();
        await sitesA?.close();
        await sitesB?.close();
        data.remove();
    });
    it('kill -9 of an actor service: its companies are redelivered to the other one, each reported once, no orphan Chromium', async () => {
        const victim = await startActor();
        await startActor();
        const companies = companiesOf(sitesA, sitesB);
        const { jobId, sub } = await start(companies, { concurrency: 8, delayMs: 1500 });
        await waitUntil(() => descendants(victim.child.pid).length > 0, 30_000, 'the victim to run Chromium');
        await sub.waitFor((e) => e.__typename === 'AnalysisProgress' && / \d+ pages? /.test(e.message), 60_000);
        const victimChildren = descendants(victim.child.pid);
        await victim.kill();
        await within(sub.done, 180_000, 'the analysis to complete');
        await assertExactlyOnce(gateway.url, jobId, sub.events, companies);
        await waitUntil(() => victimChildren.every((pid) => !isAlive(pid)), 10_000, "the killed actor's Chromium to exit");
    });
    it('SIGTERM of an actor service hands its work back, closes its browser and exits 0', async () => {
        const leaving = await startActor();
        await startActor();
        const companies = companiesOf(sitesA);
        const { jobId, sub } = await start(companies, { concurrency: 4, delayMs: 1500 });
        await sub.waitFor((e) => e.__typename === 'AnalysisProgress' && / \d+ pages? /.test(e.message), 60_000);
        const children = descendants(leaving.child.pid);
        expect(await leaving.stop()).to.equal(0);
        // Chromium's helper processes may take a moment to follow their browser out.
        await waitUntil(() => children.every((pid) => !isAlive(pid)), 10_000, 'no Chromium left behind');
        await within(sub.done, 120_000, 'the analysis to complete');
        await assertExactlyOnce(gateway.url, jobId, sub.events, companies);
    });
    it('a Chromium crash: the browser is relaunched, the company retried, the service lives on', async () => {
        const actor = await startActor();
        const companies = companiesOf(sitesA);
        const { jobId, sub } = await start(companies, { concurrency: 2, delayMs: 1500 });
        await sub.waitFor((e) => e.__typename === 'AnalysisProgress' && / \d+ pages? /.test(e.message), 60_000);
        const browserPid = browserPidOf(actor.child.pid);
        expect(browserPid, 'a Chromium to kill').to.be.a('number');
        process.kill(browserPid, 'SIGKILL');
        await within(sub.done, 120_000, 'the analysis to complete');
        await assertExactlyOnce(gateway.url, jobId, sub.events, companies);
        expect(isAlive(actor.child.pid)).to.equal(true);
        const relaunched = browserPidOf(actor.child.pid);
        expect(relaunched).to.be.a('number');
        expect(relaunched).not.to.equal(browserPid);
    });
    it('a NATS restart mid-job: gateway and actors reconnect, the job completes, no event lost or repeated', async () => {
        await startActor();
        const companies = companiesOf(sitesA);
        const { jobId, sub } = await start(companies, { concurrency: 2, delayMs: 1500 });
        await sub.waitFor((e) => e.__typename === 'AnalysisProgress' && / \d+ pages? /.test(e.message), 60_000);
        await nats.restart();
        await within(sub.done, 120_000, 'the analysis to complete');
        expect(sub.errors).to.deep.equal([]);
        await assertExactlyOnce(gateway.url, jobId, sub.events, companies);
    });
    it('a poison company that kills every actor that takes it ends as AnalysisItemFailed after the delivery limit', async () => {
        let current = null;
        // The poison site kills whichever actor service fetches it; a supervisor restarts the service.
        const { site: poison, killed } = await servePoison(() => current?.pid ?? null);
        let supervising = true;
        const supervise = async () => {
            while (supervising) {
                const actor = await startActor({}, (child) => (current = child)).catch(() => null);
                if (actor?.child.exitCode === null && actor.child.signalCode === null)
                    await new Promise((resolve) => actor.child.once('exit', resolve));
            }
        };
        const supervisor = supervise();
        try {
            const companies = [
                { name: 'Poison', website: poison.url },
                { name: 'Garage', website: sitesA.urls.garage },
            ];
            // One company at a time, so the garage is never in the actor the poison kills.
            const { jobId, sub } = await start(companies, { concurrency: 1 });
            await within(sub.done, 120_000, 'the analysis to complete');
            await assertExactlyOnce(gateway.url, jobId, sub.events, companies, ['Poison']);
            const failure = sub.events.find((e) => e.__typename === 'AnalysisItemFailed');
            expect(failure.error).to.match(/Gave up after 3 attempts/);
            expect(killed.size, 'actor services killed, one per delivery').to.equal(3);
        }
        finally {
            supervising = false;
            await poison.close();
            await Promise.all(actors.map((a) => a.kill()));
            await supervisor;
        }
    });
});
describe('a job whose actor services never come back', function () {
    this.timeout(60_000);
    it('ends at the job timeout with the remaining companies reported failed', async () => {
        const nats = await startNatsServer();
        const data = tempDir('pl-timeout');
        const gateway = await startProcess('gateway', { NATS_URL: nats.url, PROSPECTLAB_DATA_DIR: data.path, PROSPECTLAB_JOB_TIMEOUT_SECONDS: '3' });
        const client = wsClient(gateway.url);
        try {
            const companies = [{ name: 'A', website: 'https://alpha-industries.fr' }, { name: 'B', website: 'https://beta-logistique.fr' }, { name: 'C' }];
            const { startAnalysis } = await gqlData(gateway.url, START_ANALYSIS, { input: { companies } });
            const sub = collect(client, ANALYSIS_SUBSCRIPTION, { jobId: startAnalysis.id }, 'analysisEvents');
            await within(sub.done, 30_000, 'the timeout to end the job');
            expect(sub.events.filter((e) => e.__typename === 'AnalysisItemFailed').map((e) => [e.company, e.error])).to.deep.equal([
                ['A', 'Timed out after 3 s'],
                ['B', 'Timed out after 3 s'],
            ]);
            expect(sub.events.at(-1)).to.include({ __typename: 'AnalysisCompleted', total: 3, succeeded: 1, failed: 2 });
        }
        finally {
            await client.dispose();
            await gateway.stop();
            await nats.stop();
            data.remove();
        }
    });
});
describe('a company that runs out of deliveries while the gateway is down', function () {
    this.timeout(120_000);
    it('is reported failed by the gateway once it is back, long before the job timeout', async () => {
        const nats = await startNatsServer();
        const data = tempDir('pl-dead-letter');
        const env = { NATS_URL: nats.url, PROSPECTLAB_DATA_DIR: data.path };
        let gateway = await startProcess('gateway', env);
        let client;
        let current = null;
        let spawned = null;
        const { site: poison, killed } = await servePoison(() => spawned?.pid ?? null);
        let supervising = true;
        let supervisor = Promise.resolve();
        try {
            const companies = [{ name: 'Poison', website: poison.url }];
            const { startAnalysis } = await gqlData(gateway.url, START_ANALYSIS, { input: { companies, options: { concurrency: 1 } } });
            const jobId = startAnalysis.id;
            expect(await gateway.stop()).to.equal(0);
            supervisor = (async () => {
                while (supervising) {
                    current = await startProcess('actors', { NATS_URL: nats.url, ...ACTOR_ENV }, undefined, (child) => (spawned = child)).catch(() => null);
                    const child = current?.child;
                    if (child?.exitCode === null && child.signalCode === null)
                        await new Promise((resolve) => child.once('exit', resolve));
                }
            })();
            await waitUntil(() => killed.size === 3, 60_000, 'the third delivery to kill its actor service');
            await new Promise((resolve) => setTimeout(resolve, 1500)); // JetStream's advisory goes out now, to no gateway
            gateway = await startProcess('gateway', env);
            client = wsClient(gateway.url);
            const sub = collect(client, ANALYSIS_SUBSCRIPTION, { jobId }, 'analysisEvents');
            await within(sub.done, 30_000, 'the job to end (its timeout is 6 hours)');
            const failures = sub.events.filter((e) => e.__typename === 'AnalysisItemFailed');
            expect(failures.map((e) => [e.company, e.error])).to.have.length(1);
            expect(failures[0].error).to.match(/Gave up after 3 attempts/);
            expect(sub.events.at(-1)).to.include({ __typename: 'AnalysisCompleted', total: 1, failed: 1 });
            expect(killed.size, 'no fourth delivery').to.equal(3);
        }
        finally {
            supervising = false;
            await client?.dispose();
            if (current)
                await current.kill();
            await supervisor;
            await gateway.stop();
            await poison.close();
            await nats.stop();
            data.remove();
        }
    });
});
//# sourceMappingURL=analysis-faults.test.js.map