/**
 * The shared store: PostgreSQL through a `pg` connection pool, for any number of gateways.
 * Migrations run at start-up under an advisory lock, so gateways starting together apply
 * each one once.
 */
import pg from 'pg';
import { PG_MIGRATIONS } from './pg-migrations.js';
import { numberPlaceholders } from './sql-executor.js';
/** The database cannot be reached or migrated at start-up: the operator must fix it. */
export class DatabaseUnavailableError extends Error {
    name = 'DatabaseUnavailableError';
}
/** `host:port/database` of a URL, without credentials, for messages. */
export function describeDatabase(url) {
    try {
        const u = new URL(url);
        return `${u.hostname}:${u.port || '5432'}${u.pathname}`;
    }
    catch {
        return 'the configured database';
    }
}
/** Any number: the lock only has to be the same for every ProspectLab gateway. */
const MIGRATION_LOCK = 72_616_812;
/** How often a held lease's connection is checked, so a silently dropped one is noticed. */
const LEASE_CHECK_INTERVAL_MS = 2000;
/** Session advisory lock of a lease, per schema: deployments in other schemas do not share it. */
const LEASE_KEY = "hashtext(current_schema() || ':lease:' || CAST($1 AS TEXT))";
function executor(client) {
    const query = async (sql, params = []) => client.query(numberPlaceholders(sql), [...params]);
    return {
        dialect: 'postgres',
        all: async (sql, params) => (await query(sql, params)).rows,
        get: async (sql, params) => (await query(sql, params)).rows[0],
        run: async (sql, params) => (await query(sql, params)).rowCount ?? 0,
    };
}
export class PostgresBackend {
    kind = 'postgres';
    sql;
    #pool;
    #closed = null;
    constructor(pool) {
        this.#pool = pool;
        this.sql = executor(pool);
    }
    /** Connects and migrates. @throws DatabaseUnavailableError naming the database and the reason */
    static async connect(options) {
        const pool = new pg.Pool({ connectionString: options.url, max: options.poolSize ?? 10, connectionTimeoutMillis: 10_000 });
        // An idle connection dropped by a database restart must not end the process; the pool reconnects.
        pool.on('error', (error) => options.warn('PostgreSQL connection lost; reconnecting on next use', error));
        try {
            await migrate(pool);
        }
        catch (error) {
            await pool.end().catch(() => undefined);
            const reason = error instanceof Error ? error.message || error.code || error.name : String(error);
            throw new DatabaseUnavailableError(`Cannot use PostgreSQL at ${describeDatabase(options.url)}: ${reason}`, { cause: error });
        }
        return new PostgresBackend(pool);
    }
    async transaction(fn) {
        const client = await this.#pool.connect();
        let broken;
        // A connection dropped while checked out (a database restart) emits 'error': without a
        // listener that would end the process; the failing query rejects on its own.
        const onError = (error) => {
            broken = error;
        };
        client.on('error', onError);
        try {
            await client.query('BEGIN');
            const result = await fn(executor(client));
            await client.query('COMMIT');
            return result;
        }
        catch (error) {
            await client.query('ROLLBACK').catch((rollbackError) => {
                broken = rollbackError instanceof Error ? rollbackError : new Error(String(rollbackError));
            });
            throw error;
        }
        finally {
            client.off('error', onError);
            client.release(broken); // a broken connection, or one that could not roll back, is discarded
        }
    }
    /**
     * A session advisory lock on a connection kept for the lease: PostgreSQL frees it when the
     * connection ends, so a gateway that dies gives its lease up with its connection.
     */
    async tryLease(name) {
        const client = await this.#pool.connect();
        let markLost;
        const lost = new Promise((resolve) => (markLost = resolve));
        const onError = () => markLost();
        client.on('error', onError);
        let held = false;
        try {
            const { rows } = await client.query(`SELECT pg_try_advisory_lock(${LEASE_KEY}) AS held`, [name]);
            held = rows[0]?.held ?? false;
        }
        finally {
            if (!held) {
                client.off('error', onError);
                client.release();
            }
        }
        if (!held)
            return null;
        const check = setInterval(() => void client.query('SELECT 1').catch(() => markLost()), LEASE_CHECK_INTERVAL_MS);
        check.unref();
        let released = null;
        return {
            lost,
            release: () => (released ??= (async () => {
                clearInterval(check);
                await client.query(`SELECT pg_advisory_unlock(${LEASE_KEY})`, [name]).catch(() => undefined);
                client.off('error', onError);
                client.release(true); // closed, not pooled: the lock goes with the session whatever happened
            })()),
        };
    }
    close() {
        this.#closed ??= this.#pool.end();
        return this.#closed;
    }
}
async function migrate(pool) {
    const client = await pool.connect();
    client.on('error', () => undefined); // the failing query reports it
    try {
        await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
        try {
            await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER NOT NULL)');
            const { rows } = await client.query('SELECT MAX(version) AS version FROM schema_migrations');
            for (let v = rows[0]?.version ?? 0; v < PG_MIGRATIONS.length; v++) {
                await client.query('BEGIN');
                try {
                    await client.query(PG_MIGRATIONS[v]);
                    await client.query('INSERT INTO schema_migrations (version) VALUES ($1)', [v + 1]);
                    await client.query('COMMIT');
                }
                catch (error) {
                    await client.query('ROLLBACK');
                    throw error;
                }
            }
        }
        finally {
            await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
        }
    }
    finally {
        client.release();
    }
}
//# sourceMappingURL=postgres-backend.js.map