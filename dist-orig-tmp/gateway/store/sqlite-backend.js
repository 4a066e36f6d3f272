/**
 * The embedded store: a SQLite file (WAL mode) in the data directory, locked for this process.
 * `node:sqlite` is synchronous; the asynchronous store interface runs every statement, and
 * every transaction as a whole, one after the other, so a transaction's statements never mix
 * with other work on the single connection.
 */
import fs from 'node:fs';
import path from 'node:path';
import { DataDirLock } from './data-dir-lock.js';
import { MIGRATIONS } from './migrations.js';
import { openSqlite, readPragma, runInTransaction } from './sqlite.js';
function directExecutor(db) {
    return {
        dialect: 'sqlite',
        all: async (sql, params = []) => db.prepare(sql).all(...params),
        get: async (sql, params = []) => db.prepare(sql).get(...params),
        run: async (sql, params = []) => Number(db.prepare(sql).run(...params).changes),
    };
}
export class SqliteBackend {
    kind = 'sqlite';
    sql;
    #db;
    #direct;
    #lock;
    #queue = Promise.resolve();
    #closed = null;
    constructor(db, lock) {
        this.#db = db;
        this.#lock = lock;
        this.#direct = directExecutor(db);
        this.sql = {
            dialect: 'sqlite',
            all: (sql, params) => this.#exclusive(() => this.#direct.all(sql, params)),
            get: (sql, params) => this.#exclusive(() => this.#direct.get(sql, params)),
            run: (sql, params) => this.#exclusive(() => this.#direct.run(sql, params)),
        };
    }
    /**
     * Opens (and migrates) `<dataDir>/prospectlab.sqlite`; `:memory:` for tests. The data
     * directory is locked for this process until {@link close}.
     * @throws DataDirLockedError when another live process holds the data directory
     */
    static open(dataDir) {
        let file = ':memory:';
        let lock = null;
        if (dataDir !== ':memory:') {
            fs.mkdirSync(dataDir, { recursive: true });
            lock = DataDirLock.acquire(dataDir);
            file = path.join(dataDir, 'prospectlab.sqlite');
        }
        try {
            const db = openSqlite(file);
            try {
                db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;');
                const version = Number(readPragma(db, 'user_version'));
                for (let v = version; v < MIGRATIONS.length; v++) {
                    runInTransaction(db, () => {
                        db.exec(MIGRATIONS[v]);
                        db.exec(`PRAGMA user_version = ${v + 1}`);
                    });
                }
            }
            catch (error) {
                db.close();
                throw error;
            }
            return new SqliteBackend(db, lock);
        }
        catch (error) {
            lock?.release();
            throw error;
        }
    }
    transaction(fn) {
        return this.#exclusive(async () => {
            // BEGIN IMMEDIATE takes the write lock at once, so two processes never deadlock upgrading a read lock.
            this.#db.exec('BEGIN IMMEDIATE');
            try {
                const result = await fn(this.#direct);
                this.#db.exec('COMMIT');
                return result;
            }
            catch (error) {
                try {
                    this.#db.exec('ROLLBACK');
                }
                catch {
                    // SQLite already rolled the transaction back itself (e.g. after SQLITE_FULL or SQLITE_BUSY).
                }
                throw error;
            }
        });
    }
    close() {
        this.#closed ??= this.#exclusive(async () => {
            try {
                this.#db.close();
            }
            finally {
                this.#lock?.release();
            }
        });
        return this.#closed;
    }
    /** Runs `fn` after everything queued before it, alone on the connection. */
    #exclusive(fn) {
        const run = this.#queue.then(fn);
        this.#queue = run.catch(() => undefined);
        return run;
    }
}
//# sourceMappingURL=sqlite-backend.js.map