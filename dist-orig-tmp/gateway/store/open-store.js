/**
 * Opens the store the configuration asks for: PostgreSQL when a database URL is given
 * (several gateways may share it), otherwise SQLite in the data directory (one process).
 */
import { JobStore } from './job-store.js';
import { PostgresBackend } from './postgres-backend.js';
/**
 * @throws DataDirLockedError (SQLite folder held by another process), or the database's
 *   connection error (PostgreSQL)
 */
export async function openStore(options = {}) {
    if (options.databaseUrl) {
        const warn = options.warn ?? ((m, e) => console.warn(m, e ?? ''));
        return new JobStore(await PostgresBackend.connect({ url: options.databaseUrl, warn, ...(options.poolSize ? { poolSize: options.poolSize } : {}) }));
    }
    return JobStore.open(options.dataDir ?? './data');
}
//# sourceMappingURL=open-store.js.map