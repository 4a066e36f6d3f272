/**
 * Start-up as an operator meets it, with real processes: waiting for NATS, a port in use, a
 * data directory already in use.
 */
import { expect } from 'chai';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { freePort, startNatsServer } from '../helpers/nats-server.js';
import { waitUntil } from '../helpers/proc.js';
import { spawnEntry } from '../helpers/spawn-entry.js';
import { tempDir } from '../helpers/temp.js';
const LOCK_FILE = 'prospectlab.lock';
async function getJson(url) {
    const response = await fetch(url, { signal: AbortSignal.timeout(10_000) });
    return { status: response.status, body: (await response.json()) };
}
/** Status of `url`, or null while nothing listens there. */
async function statusOf(url) {
    try {
        return (await getJson(url)).status;
    }
    catch {
        return null;
    }
}
const lines = (text) => text.split('\n').filter((line) => line.trim() !== '');
describe('start-up and shutdown (real processes)', function () {
    this.timeout(180_000);
    const processes = [];
    const dirs = [];
    let nats = null;
    const spawn = (...args) => {
        const proc = spawnEntry(...args);
        processes.push(proc);
        return proc;
    };
    const newDataDir = () => {
        const dir = tempDir('pl-startup');
        dirs.push(dir);
        return dir.path;
    };
    afterEach(async () => {
        await Promise.all(processes.splice(0).map((p) => p.stop(5000)));
        await nats?.stop();
        nats = null;
        for (const dir of dirs.splice(0))
            dir.remove();
    });
    it('a gateway without NATS logs the address once, serves /healthz and a 503 /readyz with the reason, and becomes ready when NATS starts', async () => {
        const natsPort = await freePort();
        const natsUrl = `nats://127.0.0.1:${natsPort}`;
        const httpPort = await freePort();
        const base = `http://127.0.0.1:${httpPort}`;
        const gateway = spawn('gateway', { NATS_URL: natsUrl, PORT: String(httpPort), PROSPECTLAB_DATA_DIR: newDataDir() });
        const actors = spawn('actors', { NATS_URL: natsUrl, PROSPECTLAB_ACTOR_CONCURRENCY: '1' });
        await gateway.waitForOutput(new RegExp(`gateway: waiting for NATS at ${natsUrl}\\b`), 60_000);
        await actors.waitForOutput(new RegExp(`actors: waiting for NATS at ${natsUrl}\\b`), 60_000);
        await waitUntil(async () => (await statusOf(`${base}/healthz`)) === 200, 30_000, 'the waiting gateway answering /healthz');
        const waiting = await getJson(`${base}/readyz`);
        expect(waiting.status).to.equal(503);
        expect(waiting.body.status).to.equal('not ready');
        expect(waiting.body.reason).to.equal(`waiting for NATS at ${natsUrl}`);
        expect((await fetch(`${base}/graphql?query=%7B__typename%7D`)).status).to.equal(503);
        nats = await startNatsServer({ port: natsPort });
        await waitUntil(async () => (await statusOf(`${base}/readyz`)) === 200, 90_000, '/readyz answering 200 after NATS started');
        const ready = await getJson(`${base}/readyz`);
        expect(ready.body).to.deep.include({ status: 'ready' });
        expect(ready.body.checks).to.deep.equal({ bus: true, store: true, browser: true });
        expect(gateway.output()).to.match(new RegExp(`gateway: connected to NATS at ${natsUrl}`));
        expect(gateway.output().match(/waiting for NATS/g)).to.have.length(1);
        const graphql = await fetch(`${base}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query: '{ __typename }' }),
        });
        expect(graphql.status).to.equal(200);
        expect(await gateway.stop()).to.equal(0);
        expect(await actors.stop()).to.equal(0);
    });
    for (const entry of ['gateway', 'embedded']) {
        it(`${entry}: a port already in use is one clear line and exit code 1`, async () => {
            const blocker = net.createServer();
            await new Promise((resolve) => blocker.listen(0, '127.0.0.1', resolve));
            const port = blocker.address().port;
            try {
                const env = { PORT: String(port), HOST: '127.0.0.1', PROSPECTLAB_DATA_DIR: newDataDir() };
                if (entry === 'gateway')
                    env.NATS_URL = `nats://127.0.0.1:${await freePort()}`;
                const proc = spawn(entry, env);
                expect(await proc.exited).to.equal(1);
                const errorLines = lines(proc.errors());
                expect(errorLines).to.deep.equal([
                    `${entry === 'embedded' ? 'prospectlab' : 'gateway'}: could not start: Port ${port} on 127.0.0.1 is already in use; set PORT`,
                ]);
                expect(proc.output()).not.to.match(/^\s+at /m);
            }
            finally {
                await new Promise((resolve) => blocker.close(() => resolve()));
            }
        });
    }
    it('the data directory is locked against a second process; a lock left by a killed process is taken over; SIGTERM releases it', async () => {
        const dataDir = newDataDir();
        const lockFile = path.join(dataDir, LOCK_FILE);
        const readLock = () => (fs.existsSync(lockFile) ? fs.readFileSync(lockFile, 'utf8').trim() : null);
        const nowhere = `nats://127.0.0.1:${await freePort()}`;
        const first = spawn('gateway', { NATS_URL: nowhere, PORT: '0', PROSPECTLAB_DATA_DIR: dataDir });
        await first.waitForOutput(/waiting for NATS/, 60_000);
        await waitUntil(() => readLock() === String(first.pid), 30_000, 'the first gateway writing its PID in the lock file');
        const second = spawn('embedded', { PORT: '0', PROSPECTLAB_DATA_DIR: dataDir });
        expect(await second.exited).to.equal(1);
        expect(lines(second.errors())).to.deep.equal([
            `prospectlab: could not start: Data directory ${dataDir} is in use by process ${first.pid}; stop it or set PROSPECTLAB_DATA_DIR`,
        ]);
        expect(readLock()).to.equal(String(first.pid));
        await first.kill(); // SIGKILL: the lock file stays behind, naming a dead process
        expect(readLock()).to.equal(String(first.pid));
        const third = spawn('gateway', { NATS_URL: nowhere, PORT: '0', PROSPECTLAB_DATA_DIR: dataDir });
        await third.waitForOutput(/waiting for NATS/, 60_000);
        await waitUntil(() => readLock() === String(third.pid), 30_000, 'the third gateway taking over the stale lock');
        expect(await third.stop()).to.equal(0);
        expect(readLock()).to.equal(null);
    });
});
//# sourceMappingURL=startup.test.js.map