/**
 * Two deployments with different PROSPECTLAB_NATS_PREFIX on one (private) nats-server, as
 * separate processes: neither takes the other's work, each has its own streams and consumers.
 */
import { expect } from 'chai';
import { connect } from 'nats';
import { serveGeneratedSites } from '../fixtures/generated-sites.js';
import { collect, gqlData, within, wsClient } from '../helpers/graphql.js';
import { startNatsServer } from '../helpers/nats-server.js';
import { startProcess } from '../helpers/processes.js';
import { tempDir } from '../helpers/temp.js';
import { ANALYSIS_SUBSCRIPTION, JOB_COMPANIES, START_ANALYSIS } from './analysis-flow.js';
const ACTOR_ENV = { PROSPECTLAB_ALLOW_PRIVATE_NETWORKS: '1', PROSPECTLAB_ACTOR_CONCURRENCY: '4' };
describe('two deployments sharing one NATS server with different prefixes', function () {
    this.timeout(180_000);
    let nats;
    let sites;
    const processes = [];
    const dirs = [tempDir('pl-prefix-alpha'), tempDir('pl-prefix-beta')];
    const start = async (entry, prefix, env = {}) => {
        const p = await startProcess(entry, { NATS_URL: nats.url, PROSPECTLAB_NATS_PREFIX: prefix, ...env });
        processes.push(p);
        return p;
    };
    before(async () => {
        nats = await startNatsServer();
        sites = await serveGeneratedSites(6);
    });
    after(async () => {
        await Promise.all(processes.map((p) => p.kill()));
        await nats?.stop();
        await sites?.close();
        for (const dir of dirs)
            dir.remove();
    });
    it("neither deployment takes the other's work; each completes with its own actors", async () => {
        const alpha = await start('gateway', 'alpha', { PROSPECTLAB_DATA_DIR: dirs[0].path });
        const beta = await start('gateway', 'beta', { PROSPECTLAB_DATA_DIR: dirs[1].path });
        await start('actors', 'alpha', ACTOR_ENV);
        const options = { concurrency: 3, maxPagesPerSite: 2, maxDepth: 1 };
        const forAlpha = sites.urls.slice(0, 3).map((website, i) => ({ name: `Alpha ${i + 1}`, website }));
        const forBeta = sites.urls.slice(3).map((website, i) => ({ name: `Beta ${i + 1}`, website }));
        const betaJob = (await gqlData(beta.url, START_ANALYSIS, { input: { companies: forBeta, options } })).startAnalysis.id;
        const alphaJob = (await gqlData(alpha.url, START_ANALYSIS, { input: { companies: forAlpha, options } })).startAnalysis.id;
        const alphaClient = wsClient(alpha.url);
        const betaClient = wsClient(beta.url);
        try {
            const alphaSub = collect(alphaClient, ANALYSIS_SUBSCRIPTION, { jobId: alphaJob }, 'analysisEvents');
            await within(alphaSub.done, 90_000, "alpha's job to complete with alpha's actors");
            expect(alphaSub.events.at(-1)).to.include({ __typename: 'AnalysisCompleted', total: 3, succeeded: 3 });
            const betaNow = (await gqlData(beta.url, JOB_COMPANIES, { id: betaJob })).job;
            expect(betaNow.companies.map((c) => c.status), "beta's work waits for beta's actors").to.deep.equal(['RUNNING', 'RUNNING', 'RUNNING']);
            expect((await gqlData(alpha.url, JOB_COMPANIES, { id: betaJob })).job, "alpha's gateway knows nothing of beta's job").to.equal(null);
            const nc = await connect({ servers: nats.url });
            try {
                const jsm = await nc.jetstreamManager();
                const streams = (await jsm.streams.list().next()).map((s) => s.config.name).sort();
                expect(streams.filter((name) => !name.includes('_DEAD_'))).to.deep.equal(['ALPHA_ACTOR', 'ALPHA_WORK', 'BETA_ACTOR', 'BETA_WORK']);
                expect((await jsm.consumers.list('ALPHA_WORK').next()).map((c) => c.name)).to.deep.equal(['alpha_actors']);
                expect((await jsm.streams.info('BETA_WORK')).state.messages, "beta's 3 companies wait in beta's stream").to.equal(3);
            }
            finally {
                await nc.close();
            }
            await start('actors', 'beta', ACTOR_ENV);
            const betaSub = collect(betaClient, ANALYSIS_SUBSCRIPTION, { jobId: betaJob }, 'analysisEvents');
            await within(betaSub.done, 90_000, "beta's job to complete once beta has actors");
            expect(betaSub.events.at(-1)).to.include({ __typename: 'AnalysisCompleted', total: 3, succeeded: 3 });
            expect(betaSub.events.map((e) => e.seq)).to.deep.equal(betaSub.events.map((_, i) => i + 1));
        }
        finally {
            await alphaClient.dispose();
            await betaClient.dispose();
        }
    });
});
//# sourceMappingURL=nats-prefix.test.js.map