/**
 * The embedded store: a SQLite file (WAL mode) in the data directory, locked for this process.
 * `node:sqlite` is synchronous; the asynchronous store interface runs every statement, and
 * every transaction as a whole, one after the other, so a transaction's statements never mix
 * with other work on the single connection.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { StoreBackend } from './job-store.js';
import { DataDirLock } from './data-dir-lock.js';
import { MIGRATIONS } from './migrations.js';
import type { SqlExecutor, SqlParam } from './sql-executor.js';
import { openSqlite, readPragma, runInTransaction, type SqliteDatabase, type StatementSync } from './sqlite.js';
import { WalCheckpointer, type WalCheckpointerOptions } from './wal-checkpointer.js';

/**
 * Compiled statements kept per connection, by SQL text: compiling costs about four times running
 * a simple statement. The store's SQL is a small fixed set plus a few shapes that vary with a
 * batch's size, hence the bound (the least recently used goes first).
 */
export const STATEMENT_CACHE_SIZE = 256;

function directExecutor(db: SqliteDatabase): SqlExecutor {
  const statements = new Map<string, StatementSync>();
  const prepared = (sql: string): StatementSync => {
    let statement = statements.get(sql);
    if (statement) {
      statements.delete(sql);
    } else {
      statement = db.prepare(sql);
      if (statements.size >= STATEMENT_CACHE_SIZE) statements.delete(statements.keys().next().value!);
    }
    statements.set(sql, statement);
    return statement;
  };
  return {
    dialect: 'sqlite',
    all: async <T>(sql: string, params: readonly SqlParam[] = []) => prepared(sql).all(...params) as T[],
    get: async <T>(sql: string, params: readonly SqlParam[] = []) => prepared(sql).get(...params) as T | undefined,
    run: async (sql: string, params: readonly SqlParam[] = []) => Number(prepared(sql).run(...params).changes),
  };
}

export class SqliteBackend implements StoreBackend {
  readonly kind = 'sqlite' as const;
  readonly sql: SqlExecutor;
  readonly #db: SqliteDatabase;
  readonly #direct: SqlExecutor;
  readonly #lock: DataDirLock | null;
  /** Checkpoints the write-ahead log off the event loop (none for `:memory:`). */
  readonly checkpointer: WalCheckpointer | null;
  #queue: Promise<unknown> = Promise.resolve();
  #closed: Promise<void> | null = null;

  private constructor(db: SqliteDatabase, lock: DataDirLock | null, checkpointer: WalCheckpointer | null) {
    this.#db = db;
    this.#lock = lock;
    this.checkpointer = checkpointer;
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
   * @param checkpoints how the write-ahead log is checkpointed off the event loop (`wal-checkpointer.ts`)
   * @throws DataDirLockedError when another live process holds the data directory
   * @throws RangeError when a checkpoint option is out of range
   */
  static open(dataDir: string, checkpoints: WalCheckpointerOptions = {}): SqliteBackend {
    let file = ':memory:';
    let lock: DataDirLock | null = null;
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
      } catch (error) {
        db.close();
        throw error;
      }
      let checkpointer: WalCheckpointer | null = null;
      try {
        if (file !== ':memory:') checkpointer = new WalCheckpointer(db, file, checkpoints);
      } catch (error) {
        db.close();
        throw error;
      }
      return new SqliteBackend(db, lock, checkpointer);
    } catch (error) {
      lock?.release();
      throw error;
    }
  }

  transaction<T>(fn: (sql: SqlExecutor) => Promise<T>): Promise<T> {
    return this.#exclusive(async () => {
      // BEGIN IMMEDIATE takes the write lock at once, so two processes never deadlock upgrading a read lock.
      this.#db.exec('BEGIN IMMEDIATE');
      try {
        const result = await fn(this.#direct);
        this.#db.exec('COMMIT');
        return result;
      } catch (error) {
        try {
          this.#db.exec('ROLLBACK');
        } catch {
          // SQLite already rolled the transaction back itself (e.g. after SQLITE_FULL or SQLITE_BUSY).
        }
        throw error;
      }
    });
  }

  close(): Promise<void> {
    this.#closed ??= this.#exclusive(async () => {
      try {
        await this.checkpointer?.stop(); // first: the main connection, closing last, checkpoints and removes the log
        this.#db.close();
      } finally {
        this.#lock?.release();
      }
    });
    return this.#closed;
  }

  /** Runs `fn` after everything queued before it, alone on the connection. */
  #exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(fn);
    this.#queue = run.catch(() => undefined);
    return run;
  }
}
