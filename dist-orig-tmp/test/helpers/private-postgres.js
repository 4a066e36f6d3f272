/**
 * A private PostgreSQL 15 cluster for tests that must stop or restart the database (the shared
 * server on 127.0.0.1:5432 must never be touched): initdb into a temporary folder, pg_ctl on a
 * free port, trust auth, database `postgres`. As root the binaries run as the `postgres` user.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { freePort } from './nats-server.js';
const run = promisify(execFile);
const BIN = process.env.PG_BIN_DIR ?? '/usr/lib/postgresql/15/bin';
const asRoot = process.getuid?.() === 0;
async function pg(binary, args) {
    const file = path.join(BIN, binary);
    if (asRoot)
        await run('runuser', ['-u', 'postgres', '--', file, ...args]);
    else
        await run(file, args);
}
export async function startPrivatePostgres() {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pl-pg-'));
    if (asRoot)
        fs.chownSync(dir, Number((await run('id', ['-u', 'postgres'])).stdout.trim()), Number((await run('id', ['-g', 'postgres'])).stdout.trim()));
    const data = path.join(dir, 'data');
    const port = await freePort();
    const start = () => pg('pg_ctl', ['-D', data, '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`, '-l', path.join(dir, 'log'), '-w', '-t', '60', 'start']);
    const halt = () => pg('pg_ctl', ['-D', data, '-m', 'fast', '-w', '-t', '60', 'stop']);
    let stopped = false;
    try {
        await pg('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync']);
        await start();
    }
    catch (error) {
        fs.rmSync(dir, { recursive: true, force: true });
        throw error;
    }
    return {
        url: `postgres://postgres@127.0.0.1:${port}/postgres`,
        port,
        async restart(downMs = 0) {
            await halt();
            if (downMs > 0)
                await new Promise((resolve) => setTimeout(resolve, downMs));
            await start();
        },
        async stop() {
            if (stopped)
                return;
            stopped = true;
            await halt().catch(() => undefined);
            fs.rmSync(dir, { recursive: true, force: true });
        },
    };
}
//# sourceMappingURL=private-postgres.js.map