/**
 * Node's built-in SQLite (`node:sqlite`, Node ≥ 22.13), loaded here so nothing else deals with
 * its quirks:
 * - Node 22 prints "ExperimentalWarning: SQLite is an experimental feature" once per process
 *   when the module loads. The module is loaded synchronously below with exactly that warning
 *   filtered out, so every entry point (npm scripts, `node dist/main/...`, mocha) stays quiet
 *   while every other warning still prints.
 * - better-sqlite3's `db.transaction(fn)` has no equivalent: {@link runInTransaction} gives the
 *   same semantics with BEGIN IMMEDIATE / COMMIT / ROLLBACK and savepoints for nested calls.
 */
import { createRequire } from 'node:module';
import type * as NodeSqlite from 'node:sqlite';

export type SqliteDatabase = NodeSqlite.DatabaseSync;
export type StatementSync = NodeSqlite.StatementSync;

const SQLITE_WARNING_PREFIX = 'SQLite is an experimental feature';

function loadNodeSqlite(): typeof NodeSqlite {
  // eslint-disable-next-line @typescript-eslint/unbound-method -- kept to be put back as it was; it is only called with `process` as `this`
  const emitWarning = process.emitWarning;
  process.emitWarning = function filtered(this: NodeJS.Process, warning: string | Error, ...rest: unknown[]): void {
    const message = typeof warning === 'string' ? warning : warning.message;
    if (message.startsWith(SQLITE_WARNING_PREFIX)) return;
    (emitWarning as (...args: unknown[]) => void).call(process, warning, ...rest);
  };
  try {
    return createRequire(import.meta.url)('node:sqlite') as typeof NodeSqlite;
  } finally {
    process.emitWarning = emitWarning;
  }
}

const { DatabaseSync } = loadNodeSqlite();

/** Opens (creating when missing) a database file, or `:memory:`. */
export function openSqlite(file: string): SqliteDatabase {
  return new DatabaseSync(file);
}

/** Reads a single-valued pragma such as `user_version`. */
export function readPragma(db: SqliteDatabase, name: string): unknown {
  const row = db.prepare(`PRAGMA ${name}`).get() as Record<string, unknown> | undefined;
  return row ? Object.values(row)[0] : undefined;
}

const depths = new WeakMap<SqliteDatabase, number>();

/**
 * Runs `fn` in one transaction and returns its result: committed when `fn` returns, rolled back
 * when it throws (the error is rethrown). A call inside another joins it as a savepoint, so an
 * inner failure undoes only the inner work, as better-sqlite3's `db.transaction()` did.
 * BEGIN IMMEDIATE takes the write lock at once, so two processes never deadlock upgrading a
 * read lock (busy_timeout makes the second one wait).
 */
export function runInTransaction<T>(db: SqliteDatabase, fn: () => T): T {
  const depth = depths.get(db) ?? 0;
  const savepoint = `pl_tx_${depth}`;
  db.exec(depth === 0 ? 'BEGIN IMMEDIATE' : `SAVEPOINT ${savepoint}`);
  depths.set(db, depth + 1);
  try {
    const result = fn();
    db.exec(depth === 0 ? 'COMMIT' : `RELEASE ${savepoint}`);
    return result;
  } catch (error) {
    try {
      if (depth === 0) db.exec('ROLLBACK');
      else db.exec(`ROLLBACK TO ${savepoint}; RELEASE ${savepoint}`);
    } catch {
      // SQLite already rolled the transaction back itself (e.g. after SQLITE_FULL or SQLITE_BUSY).
    }
    throw error;
  } finally {
    depths.set(db, depth);
  }
}
