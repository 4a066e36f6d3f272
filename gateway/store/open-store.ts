/**
 * Opens the store the configuration asks for: PostgreSQL when a database URL is given
 * (several gateways may share it), otherwise SQLite in the data directory (one process).
 */
import { JobStore } from './job-store.js';
import { PostgresBackend } from './postgres-backend.js';

export interface StoreOptions {
  /** SQLite's folder (`:memory:` for tests); ignored with {@link databaseUrl}. @default './data' */
  readonly dataDir?: string;
  /** `postgres://…`: the shared PostgreSQL store. */
  readonly databaseUrl?: string;
  /** PostgreSQL connections of this process. @default 10 */
  readonly poolSize?: number;
  /** @default console.warn */
  readonly warn?: (message: string, error?: unknown) => void;
}

/**
 * @throws DataDirLockedError (SQLite folder held by another process), or the database's
 *   connection error (PostgreSQL)
 */
export async function openStore(options: StoreOptions = {}): Promise<JobStore> {
  const warn = options.warn ?? ((m: string, e?: unknown) => console.warn(m, e ?? ''));
  if (options.databaseUrl) {
    return new JobStore(await PostgresBackend.connect({ url: options.databaseUrl, warn, ...(options.poolSize ? { poolSize: options.poolSize } : {}) }));
  }
  return JobStore.open(options.dataDir ?? './data', { warn });
}
