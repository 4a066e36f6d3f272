/**
 * A private nats-server with JetStream for tests that must stop or restart NATS (the shared
 * server on 127.0.0.1:4222 must never be touched). Binds 127.0.0.1 on free ports and keeps
 * its store in a temporary folder removed by `stop()`.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
const NATS_SERVER_BINARY = process.env.NATS_SERVER_BIN ?? '/usr/sbin/nats-server';
const READY_TIMEOUT_MS = 15_000;
const STOP_GRACE_MS = 5_000;
/** Asks the OS for a free TCP port on 127.0.0.1. */
export async function freePort() {
    const server = net.createServer();
    await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(0, '127.0.0.1', resolve);
    });
    const { port } = server.address();
    await new Promise((resolve) => server.close(() => resolve()));
    return port;
}
function exitOf(child) {
    if (child.exitCode !== null || child.signalCode !== null)
        return Promise.resolve();
    return new Promise((resolve) => child.once('exit', () => resolve()));
}
/**
 * Starts `nats-server -js` on a free port, or on `options.port` (for tests that point a process
 * at an address before the server exists); resolves once it accepts clients.
 */
export async function startNatsServer(options = {}) {
    const port = options.port ?? (await freePort());
    const monitorPort = await freePort();
    const storeDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pl-nats-'));
    let log = '';
    let child = null;
    let stopped = false;
    const launch = async () => {
        const proc = spawn(NATS_SERVER_BINARY, ['-js', '-a', '127.0.0.1', '-p', String(port), '-m', String(monitorPort), '-sd', storeDir], {
            stdio: ['ignore', 'pipe', 'pipe'],
        });
        child = proc;
        const logStart = log.length;
        await new Promise((resolve, reject) => {
            const timer = setTimeout(() => {
                proc.kill('SIGKILL');
                reject(new Error(`nats-server did not start within ${READY_TIMEOUT_MS} ms:\n${log.slice(logStart)}`));
            }, READY_TIMEOUT_MS);
            const onData = (chunk) => {
                log += chunk.toString();
                if (log.slice(logStart).includes('Server is ready')) {
                    clearTimeout(timer);
                    resolve();
                }
            };
            proc.stdout?.on('data', onData);
            proc.stderr?.on('data', onData);
            proc.once('error', (error) => {
                clearTimeout(timer);
                reject(error);
            });
            proc.once('exit', (code, signal) => {
                clearTimeout(timer);
                reject(new Error(`nats-server exited (${code ?? signal}) before it was ready:\n${log.slice(logStart)}`));
            });
        });
    };
    const halt = async () => {
        const proc = child;
        child = null;
        if (!proc)
            return;
        const exited = exitOf(proc);
        proc.kill('SIGTERM');
        const timer = setTimeout(() => proc.kill('SIGKILL'), STOP_GRACE_MS);
        await exited;
        clearTimeout(timer);
    };
    try {
        await launch();
    }
    catch (error) {
        await halt();
        fs.rmSync(storeDir, { recursive: true, force: true });
        throw error;
    }
    return {
        url: `nats://127.0.0.1:${port}`,
        port,
        async stop() {
            if (stopped)
                return;
            stopped = true;
            await halt();
            fs.rmSync(storeDir, { recursive: true, force: true });
        },
        async restart(downMs = 0) {
            if (stopped)
                throw new Error('nats-server was stopped for good');
            await halt();
            if (downMs > 0)
                await new Promise((resolve) => setTimeout(resolve, downMs));
            await launch();
        },
        async subscriptionCount(subject) {
            const response = await fetch(`http://127.0.0.1:${monitorPort}/connz?subs=detail&limit=100000`, {
                signal: AbortSignal.timeout(5000),
            });
            if (!response.ok)
                throw new Error(`nats monitoring answered ${response.status}`);
            const body = (await response.json());
            return (body.connections ?? []).flatMap((connection) => connection.subscriptions_list_detail ?? []).filter((sub) => sub.subject === subject).length;
        },
        log: () => log,
    };
}
//# sourceMappingURL=nats-server.js.map