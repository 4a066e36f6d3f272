/**
 * Runs the benchmark's site servers in a child process, so that serving the sites costs none
 * of the CPU measured for the loops of the benchmark process itself (the bare baselines).
 */
import { fork } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
const ENTRY = path.join(path.dirname(fileURLToPath(import.meta.url)), 'site-host-process.js');
const READY_TIMEOUT_MS = 30_000;
/** Generates the sites of `options` in a child process and serves them there. */
export async function startSiteHost(options) {
    const child = fork(ENTRY, [JSON.stringify(options)], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    const exited = new Promise((resolve) => child.once('exit', () => resolve()));
    const pending = new Map();
    let nextId = 1;
    const ready = await new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('the site host did not start')), READY_TIMEOUT_MS);
        child.on('message', (message) => {
            if (message.type === 'ready') {
                clearTimeout(timer);
                resolve(message);
            }
            else if (message.type === 'failed') {
                clearTimeout(timer);
                reject(new Error(`the site host failed: ${message.error}`));
            }
            else {
                pending.get(message.id)?.(message);
                pending.delete(message.id);
            }
        });
        void exited.then(() => {
            clearTimeout(timer);
            reject(new Error('the site host exited before it was ready'));
        });
    }).catch(async (error) => {
        child.kill('SIGKILL');
        await exited;
        throw error;
    });
    const ask = (command) => new Promise((resolve) => {
        const id = nextId++;
        pending.set(id, resolve);
        child.send({ id, command });
    });
    return {
        urls: ready.urls,
        pageUrls: ready.pageUrls,
        pid: child.pid,
        async counts() {
            const reply = await ask('counts');
            return reply.type === 'reply' && reply.counts ? reply.counts : { browser: 0, http: 0, scripts: 0 };
        },
        async resetCounts() {
            await ask('reset');
        },
        async close() {
            if (child.exitCode === null && child.signalCode === null) {
                await Promise.race([ask('close'), exited]);
                const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
                await exited;
                clearTimeout(timer);
            }
        },
    };
}
//# sourceMappingURL=site-host.js.map