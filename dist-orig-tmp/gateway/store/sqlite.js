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
const SQLITE_WARNING_PREFIX = 'SQLite is an experimental feature';
function loadNodeSqlite() {
    // eslint-disable-next-line @typescript-eslint/unbound-method -- kept to be put back as it was; it is only called with `process` as `this`
    const emitWarning = process.emitWarning;
    process.emitWarning = function filtered(warning, ...rest) {
        const message = typeof warning === 'string' ? warning : warning.message;
        if (message.startsWith(SQLITE_WARNING_PREFIX))
            return;
        emitWarning.call(process, warning, ...rest);
    };
    try {
        return createRequire(import.meta.url)('node:sqlite');
    }
    finally {
        process.emitWarning = emitWarning;
    }
}
const { DatabaseSync } = loadNodeSqlite();
/** Opens (creating when missing) a database file, or `:memory:`. */
export function openSqlite(file) {
    return new DatabaseSync(file);
}
/** Reads a single-valued pragma such as `user_version`. */
export function readPragma(db, name) {
    const row = db.prepare(`PRAGMA ${name}`).get();
    return row ? Object.values(row)[0] : undefined;
}
const depths = new WeakMap();
/**
 * Runs `fn` in one transaction and returns its result: committed when `fn` returns, rolled back
 * when it throws (the error is rethrown). A call inside another joins it as a savepoint, so an
 * inner failure undoes only the inner work, as better-sqlite3's `db.transaction()` did.
 * BEGIN IMMEDIATE takes the write lock at once, so two processes never deadlock upgrading a
 * read lock (busy_timeout makes the second one wait).
 */
export function runInTransaction(db, fn) {
    const depth = depths.get(db) ?? 0;
    const savepoint = `pl_tx_${depth}`;
    db.exec(depth === 0 ? 'BEGIN IMMEDIATE' : `SAVEPOINT ${savepoint}`);
    depths.set(db, depth + 1);
    try {
        const result = fn();
        db.exec(depth === 0 ? 'COMMIT' : `RELEASE ${savepoint}`);
        return result;
    }
    catch (error) {
        try {
            if (depth === 0)
                db.exec('ROLLBACK');
            else
                db.exec(`ROLLBACK TO ${savepoint}; RELEASE ${savepoint}`);
        }
        catch {
            // SQLite already rolled the transaction back itself (e.g. after SQLITE_FULL or SQLITE_BUSY).
        }
        throw error;
    }
    finally {
        depths.set(db, depth);
    }
}
//# sourceMappingURL=sqlite.js.map