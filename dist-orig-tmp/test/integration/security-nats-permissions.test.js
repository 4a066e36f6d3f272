/**
 * The least-privilege NATS users of the README, for real: a private nats-server runs the
 * README's `authorization` block verbatim, the gateway and an actor service connect with their
 * own users, and a scrape, an analysis and a cancellation go through without a single
 * permission violation. Then each user tries what it must not do, and is refused.
 */
import { expect } from 'chai';
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { connect } from 'nats';
import { serveAcmeSite } from '../fixtures/acme-routes.js';
import { collect, gqlData, SCRAPING_SUBSCRIPTION, START_SCRAPING, within, wsClient } from '../helpers/graphql.js';
import { startProcess } from '../helpers/processes.js';
import { tempDir } from '../helpers/temp.js';
const NATS_SERVER_BINARY = process.env.NATS_SERVER_BIN ?? '/usr/sbin/nats-server';
const GATEWAY_USER = 'prospectlab-gateway';
const ACTOR_USER = 'prospectlab-actor';
const GATEWAY_PASSWORD = 'gateway-secret-for-tests';
const ACTOR_PASSWORD = 'actor-secret-for-tests';
const README = join(fileURLToPath(import.meta.url), '..', '..', '..', '..', 'README.md');
/** The README's nats-server configuration block. */
function readmePermissions() {
    const text = readFileSync(README, 'utf8');
    const match = /```conf\n(# nats-server\.conf: least-privilege[\s\S]*?)```/.exec(text);
    if (!match)
        throw new Error('README.md has no least-privilege nats-server.conf block');
    return match[1];
}
async function freePort() {
    const server = net.createServer();
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address();
    await new Promise((resolve) => server.close(() => resolve()));
    return port;
}
/** Resolves with the rejection of `promise` (which must reject). */
async function rejectionOf(promise) {
    try {
        await promise;
    }
    catch (error) {
        return error;
    }
    throw new Error('expected a rejection');
}
describe('NATS least-privilege users (README configuration, private nats-server)', function () {
    this.timeout(90_000);
    const dir = tempDir('pl-nats-permissions');
    let server;
    let serverLog = '';
    let natsUrl;
    let gateway;
    let actors;
    let site;
    before(async () => {
        const port = await freePort();
        natsUrl = `nats://127.0.0.1:${port}`;
        const config = join(dir.path, 'nats-server.conf');
        writeFileSync(config, `listen: 127.0.0.1:${port}\njetstream { store_dir: "${join(dir.path, 'js')}" }\n${readmePermissions()}`);
        server = spawn(NATS_SERVER_BINARY, ['-c', config], {
            env: { ...process.env, PROSPECTLAB_GATEWAY_NATS_PASSWORD: GATEWAY_PASSWORD, PROSPECTLAB_ACTOR_NATS_PASSWORD: ACTOR_PASSWORD },
            stdio: ['ignore', 'pipe', 'pipe'],
        });
        await within(new Promise((resolve, reject) => {
            const onData = (chunk) => {
                serverLog += chunk.toString();
                if (serverLog.includes('Server is ready'))
                    resolve();
            };
            server.stdout.on('data', onData);
            server.stderr.on('data', onData);
            server.once('exit', (code) => reject(new Error(`nats-server exited with ${code}:\n${serverLog}`)));
        }), 15_000, 'nats-server to start');
        site = await serveAcmeSite({ '/hang': () => undefined });
        const common = { NATS_URL: natsUrl, PROSPECTLAB_ALLOW_PRIVATE_NETWORKS: '1', PROSPECTLAB_PAGE_TIMEOUT_MS: '60000' };
        // Actors first: they must be able to create the streams before any gateway ran.
        actors = await startProcess('actors', { ...common, NATS_USER: ACTOR_USER, NATS_PASSWORD: ACTOR_PASSWORD });
        gateway = await startProcess('gateway', {
            ...common,
            NATS_USER: GATEWAY_USER,
            NATS_PASSWORD: GATEWAY_PASSWORD,
            PROSPECTLAB_DATA_DIR: join(dir.path, 'store'),
        });
    });
    after(async () => {
        await gateway?.stop();
        await actors?.stop();
        await site?.close();
        if (server?.exitCode === null) {
            const exited = new Promise((resolve) => server.once('exit', resolve));
            server.kill('SIGTERM');
            await exited;
        }
        dir.remove();
    });
    it('runs a scrape, an analysis and a cancellation with no permission violation', async () => {
        const client = wsClient(gateway.url);
        try {
            const scrape = await gqlData(gateway.url, START_SCRAPING, { input: { url: site.url, maxPages: 5 } });
            const scrapeEvents = collect(client, SCRAPING_SUBSCRIPTION, { jobId: scrape.startScraping.id }, 'scrapingEvents');
            await within(scrapeEvents.done, 60_000, 'the scrape to end');
            expect(scrapeEvents.events.at(-1)).to.include({ __typename: 'ScrapingCompleted' });
            expect(scrapeEvents.events.filter((e) => e.__typename === 'ScrapingEmailFound')).to.not.be.empty;
            const analysis = await gqlData(gateway.url, 'mutation ($input: StartAnalysisInput!) { startAnalysis(input: $input) { id } }', { input: { companies: [{ name: 'Acme Industries', website: site.url }], options: { maxPagesPerSite: 3 } } });
            const analysisEvents = collect(client, 'subscription ($jobId: ID!) { analysisEvents(jobId: $jobId) { __typename seq } }', { jobId: analysis.startAnalysis.id }, 'analysisEvents');
            await within(analysisEvents.done, 60_000, 'the analysis to end');
            expect(analysisEvents.events.at(-1)).to.include({ __typename: 'AnalysisCompleted' });
            const hanging = await gqlData(gateway.url, START_SCRAPING, { input: { url: new URL('/hang', site.url).href } });
            const hangingEvents = collect(client, SCRAPING_SUBSCRIPTION, { jobId: hanging.startScraping.id }, 'scrapingEvents');
            await hangingEvents.waitFor((e) => e.__typename === 'ScrapingStarted', 30_000);
            await gqlData(gateway.url, 'mutation ($id: ID!) { cancelJob(id: $id) { id } }', { id: hanging.startScraping.id });
            await within(hangingEvents.done, 30_000, 'the cancelled scrape to end');
            expect(hangingEvents.events.at(-1)).to.include({ __typename: 'ScrapingCancelled' });
            expect(await (await fetch(`${gateway.url}/readyz`)).json()).to.deep.equal({ status: 'ready', checks: { bus: true, store: true, browser: true } });
            expect(serverLog, 'nats-server log').to.not.match(/Violation/);
        }
        finally {
            await client.dispose();
        }
    });
    describe('what each user must not do', () => {
        let asActor;
        let asGateway;
        before(async () => {
            asActor = await connect({ servers: natsUrl, user: ACTOR_USER, pass: ACTOR_PASSWORD, name: 'intruder-with-actor-credentials' });
            asGateway = await connect({ servers: natsUrl, user: GATEWAY_USER, pass: GATEWAY_PASSWORD, name: 'intruder-with-gateway-credentials' });
        });
        after(async () => {
            await asActor?.close();
            await asGateway?.close();
        });
        const actorRequests = [
            '$JS.API.STREAM.DELETE.PL_WORK',
            '$JS.API.STREAM.PURGE.PL_WORK',
            '$JS.API.STREAM.UPDATE.PL_WORK',
            '$JS.API.CONSUMER.MSG.NEXT.PL_ACTOR.gateway',
            '$JS.API.CONSUMER.DELETE.PL_WORK.actors',
        ];
        for (const subject of actorRequests) {
            it(`the actor user cannot call ${subject}`, async () => {
                const error = await rejectionOf(asActor.request(subject, new Uint8Array(), { timeout: 2000 }));
                expect(error.code).to.equal('PERMISSIONS_VIOLATION');
            });
        }
        it('the actor user cannot subscribe to the job events of clients', async () => {
            const sub = asActor.subscribe('pl.job.*.events');
            const error = await rejectionOf((async () => {
                for await (const _ of sub)
                    break;
            })());
            expect(error.code).to.equal('PERMISSIONS_VIOLATION');
        });
        const forged = [
            ['the actor user cannot queue work', () => asActor, 'pl.work.scrape'],
            ['the actor user cannot forge job events', () => asActor, 'pl.job.00000000-0000-4000-8000-000000000000.events'],
            ['the actor user cannot cancel jobs', () => asActor, 'pl.control.cancel.00000000-0000-4000-8000-000000000000'],
            ['the gateway user cannot forge actor results', () => asGateway, 'pl.actor.00000000-0000-4000-8000-000000000000'],
        ];
        for (const [name, as, subject] of forged) {
            it(`${name} (${subject})`, async () => {
                const nc = as();
                nc.publish(subject, new TextEncoder().encode('{"forged":true}'));
                await nc.flush();
                const user = nc === asActor ? ACTOR_USER : GATEWAY_USER;
                await within((async () => {
                    while (!serverLog.includes(`Publish Violation - User "${user}", Subject "${subject}"`))
                        await new Promise((r) => setTimeout(r, 50));
                })(), 5000, `nats-server to log the refused publish to ${subject}`);
            });
        }
        it('refuses a wrong password and a connection without credentials', async () => {
            expect((await rejectionOf(connect({ servers: natsUrl, user: ACTOR_USER, pass: 'wrong', reconnect: false }))).code).to.equal('AUTHORIZATION_VIOLATION');
            expect((await rejectionOf(connect({ servers: natsUrl, reconnect: false }))).code).to.equal('AUTHORIZATION_VIOLATION');
        });
    });
});
//# sourceMappingURL=security-nats-permissions.test.js.map