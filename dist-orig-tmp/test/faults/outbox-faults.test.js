/**
 * The gateway's work dispatch under faults, with real processes on a private nats-server: the
 * gateway killed right after a commit that decided work and before sending it, and a NATS
 * outage longer than the time after which undelivered work used to be dropped. Each job still
 * ends with every company reported exactly once.
 */
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { expect } from 'chai';
import { serveGeneratedSites } from '../fixtures/generated-sites.js';
import { collect, gql, gqlData, within, wsClient } from '../helpers/graphql.js';
import { startNatsServer } from '../helpers/nats-server.js';
import { waitUntil } from '../helpers/proc.js';
import { startProcess } from '../helpers/processes.js';
import { tempDir } from '../helpers/temp.js';
import { ANALYSIS_SUBSCRIPTION, JOB_COMPANIES, START_ANALYSIS } from '../integration/analysis-flow.js';
const ACTOR_ENV = { PROSPECTLAB_ALLOW_PRIVATE_NETWORKS: '1', PROSPECTLAB_ACTOR_CONCURRENCY: '4', PROSPECTLAB_PAGE_TIMEOUT_MS: '5000' };
const OPTIONS = { concurrency: 3, maxPagesPerSite: 2, maxDepth: 1, delayMs: 300 };
/** Every event once and in order, every company finished once, the job completed with all OK. */
async function assertEveryCompanyOnce(url, jobId, sub, companies) {
    expect(sub.errors).to.deep.equal([]);
    const events = sub.events;
    expect(events.map((e) => e.seq)).to.deep.equal(events.map((_, i) => i + 1), 'no event lost or repeated');
    expect(events.at(-1)).to.include({ __typename: 'AnalysisCompleted', total: companies.length, succeeded: companies.length, failed: 0 });
    const finished = events.filter((e) => e.__typename === 'AnalysisProgress' && e.message.startsWith('Analysed '));
    expect(finished.map((e) => e.company).sort()).to.deep.equal(companies.map((c) => c.name).sort(), 'each company finished once');
    const { job } = await gqlData(url, JOB_COMPANIES, { id: jobId });
    expect(job.status).to.equal('COMPLETED');
    expect(job.companies.map((c) => c.status)).to.deep.equal(companies.map(() => 'OK'));
}
/** The outbox rows' statuses of a job, read-only from the database file (a running gateway holds the data directory). */
function outboxStatuses(dataDir, jobId) {
    const db = new DatabaseSync(path.join(dataDir, 'prospectlab.sqlite'), { readOnly: true });
    try {
        return db
            .prepare('SELECT status FROM outbox WHERE job_id = ? ORDER BY seq')
            .all(jobId)
            .map((row) => String(row.status));
    }
    finally {
        db.close();
    }
}
describe('gateway work dispatch under faults (transactional outbox, real processes)', function () {
    this.timeout(240_000);
    let nats;
    let sites;
    const processes = [];
    const clients = [];
    const dirs = [];
    const start = async (entry, env) => {
        const p = await startProcess(entry, { NATS_URL: nats.url, ...env });
        processes.push(p);
        return p;
    };
    const subscribe = (url, jobId) => {
        const client = wsClient(url);
        clients.push(client);
        return collect(client, ANALYSIS_SUBSCRIPTION, { jobId }, 'analysisEvents');
    };
    const companies = (from, count, prefix) => sites.urls.slice(from, from + count).map((website, i) => ({ name: `${prefix} ${from + i + 1}`, website }));
    before(async () => {
        nats = await startNatsServer();
        sites = await serveGeneratedSites(24);
    });
    afterEach(async () => {
        await Promise.all(clients.splice(0).map(async (c) => c.dispose()));
        await Promise.all(processes.splice(0).map((p) => p.kill()));
        for (const dir of dirs.splice(0))
            dir.remove();
    });
    after(async () => {
        await nats?.stop();
        await sites?.close();
    });
    for (const [commit, window] of [
        [1, 'the commit that creates the job'],
        [3, 'the commit of a company completion that chose the next company'],
    ]) {
        it(`SIGKILL right after ${window}, before its work is sent: after a restart the job completes, each company once`, async () => {
            const data = tempDir('pl-outbox-crash');
            dirs.push(data);
            const env = { PROSPECTLAB_DATA_DIR: data.path };
            const doomed = await start('gateway', { ...env, PROSPECTLAB_TEST_CRASH_AFTER_COMMIT: `dispatch:${commit}` });
            await start('actors', ACTOR_ENV);
            const list = companies(0, 8, `Crash ${commit}`);
            const started = await gql(doomed.url, START_ANALYSIS, { input: { companies: list, options: OPTIONS } }).catch(() => null);
            await waitUntil(() => doomed.child.signalCode === 'SIGKILL', 60_000, 'the gateway to kill itself after the commit');
            if (commit === 1)
                expect(started?.data?.startAnalysis, 'the mutation died with the gateway').to.equal(undefined);
            const restarted = await start('gateway', env);
            const { jobs } = await gqlData(restarted.url, '{ jobs(first: 5) { nodes { id } } }');
            expect(jobs.nodes).to.have.length(1);
            const jobId = jobs.nodes[0].id;
            const sub = subscribe(restarted.url, jobId);
            await within(sub.done, 120_000, 'the analysis to complete after the restart');
            await assertEveryCompanyOnce(restarted.url, jobId, sub, list);
            expect(restarted.output()).not.to.match(/Could not queue/);
            // A row the killed gateway sent but had no time to mark SENT stays claimed until its lease
            // ends (30 s); the restarted gateway then sends it again (the bus drops the copy by its
            // message id, so the company is not analysed twice, as asserted above) and marks it.
            await waitUntil(() => outboxStatuses(data.path, jobId).every((status) => status === 'SENT'), 90_000, 'every outbox row to be marked SENT');
            await restarted.stop();
            const statuses = outboxStatuses(data.path, jobId);
            expect(statuses, 'one work message per company, all sent').to.deep.equal(list.map(() => 'SENT'));
        });
    }
    it('a NATS outage longer than the send warning (the former 5-minute drop, shortened): work waits and both jobs complete', async () => {
        const data = tempDir('pl-outbox-outage');
        dirs.push(data);
        const gateway = await start('gateway', { PROSPECTLAB_DATA_DIR: data.path, PROSPECTLAB_WORK_SEND_WARN_MS: '2000' });
        await start('actors', ACTOR_ENV);
        const before = companies(8, 8, 'Before');
        const during = companies(16, 8, 'During');
        const first = await gqlData(gateway.url, START_ANALYSIS, { input: { companies: before, options: OPTIONS } });
        const subBefore = subscribe(gateway.url, first.startAnalysis.id);
        await subBefore.waitFor((e) => e.__typename === 'AnalysisProgress' && e.message.startsWith('Analysed '), 60_000);
        const outage = nats.restart(8000); // down for four times the warning threshold
        await waitUntil(async () => (await fetch(`${gateway.url}/readyz`)).status === 503, 10_000, 'the gateway to see NATS gone');
        const second = await gqlData(gateway.url, START_ANALYSIS, { input: { companies: during, options: OPTIONS } });
        expect(second.startAnalysis.status, 'accepted while NATS is down').to.equal('RUNNING');
        await waitUntil(() => /Work has waited \d+ s for the message bus/.test(gateway.output()), 15_000, 'the send warning');
        await outage;
        const subDuring = subscribe(gateway.url, second.startAnalysis.id);
        await within(Promise.all([subBefore.done, subDuring.done]), 180_000, 'both analyses to complete');
        await assertEveryCompanyOnce(gateway.url, first.startAnalysis.id, subBefore, before);
        await assertEveryCompanyOnce(gateway.url, second.startAnalysis.id, subDuring, during);
        expect(gateway.output()).not.to.match(/Could not queue/);
    });
});
//# sourceMappingURL=outbox-faults.test.js.map